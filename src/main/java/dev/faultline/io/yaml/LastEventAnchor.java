package dev.faultline.io.yaml;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * The anchor of the YAML node the parser is on. Jackson reports anchors only on mappings
 * ({@code getObjectId()} is null for {@code name: &n x} and {@code [&q 1]}), so anchors on plain values and lists
 * would be silently accepted; SnakeYAML's event, which Jackson keeps in a protected field, has them all.
 */
public final class LastEventAnchor {
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

    /**
     * The parser's last event when it is an anchored node, else null. Jackson does not advance it for every token,
     * so callers report each event once (by identity).
     */
    public static NodeEvent anchoredEvent(YAMLParser parser) {
        if (LAST_EVENT == null) return null;
        Object event = LAST_EVENT.get(parser);
        // An alias ('*a') is a NodeEvent too, naming the anchor it refers to: reported as an alias elsewhere.
        return event instanceof NodeEvent node && !(event instanceof AliasEvent) && node.getAnchor() != null
                ? node : null;
    }
}
