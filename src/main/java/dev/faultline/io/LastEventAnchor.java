package dev.faultline.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * The anchor of the YAML node the parser is on. Jackson reports anchors only on mappings
 * ({@code getObjectId()} is null for {@code name: &n x} and {@code [&q 1]}), so anchors on plain values and lists
 * would be silently accepted; SnakeYAML's event, which Jackson keeps in a protected field, has them all.
 */
final class LastEventAnchor {
    private static final VarHandle LAST_EVENT = lastEvent();

    private LastEventAnchor() {
    }

    private static VarHandle lastEvent() {
        try {
            return MethodHandles.privateLookupIn(YAMLParser.class, MethodHandles.lookup())
                    .findVarHandle(YAMLParser.class, "_lastEvent", Event.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // another Jackson: fall back to what getObjectId() reports
        }
    }

    /** The anchor name, or null when the current node has none (or it cannot be known). */
    static String of(YAMLParser parser) {
        if (LAST_EVENT == null) return null;
        Object event = LAST_EVENT.get(parser);
        return event instanceof NodeEvent node ? node.getAnchor() : null;
    }
}
