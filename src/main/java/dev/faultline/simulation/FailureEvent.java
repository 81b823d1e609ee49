package dev.faultline.simulation;

import java.util.Locale;

/**
 * One failure in a scenario: {@code node:X}, {@code instance:X}, {@code zone:Z}, {@code region:R} or {@code team:T}.
 * A bare id means {@code node:id}. Node ids may contain ':', so only a known prefix is read as the event type.
 */
public record FailureEvent(Type type, String target) {

    public enum Type {
        NODE, INSTANCE, ZONE, REGION, TEAM;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public FailureEvent {
        if (target == null || target.isEmpty()) throw new IllegalArgumentException("a failure event needs a target");
    }

    public static FailureEvent node(String id) { return new FailureEvent(Type.NODE, id); }

    public static FailureEvent instance(String id) { return new FailureEvent(Type.INSTANCE, id); }

    public static FailureEvent zone(String id) { return new FailureEvent(Type.ZONE, id); }

    public static FailureEvent region(String id) { return new FailureEvent(Type.REGION, id); }

    public static FailureEvent team(String id) { return new FailureEvent(Type.TEAM, id); }

    /** Reads {@code type:target} or a bare node id. */
    public static FailureEvent parse(String text) {
        String s = text.trim();
        int colon = s.indexOf(':');
        if (colon > 0) {
            String prefix = s.substring(0, colon).toLowerCase(Locale.ROOT);
            for (Type t : Type.values()) {
                if (t.id().equals(prefix)) return new FailureEvent(t, s.substring(colon + 1));
            }
        }
        return node(s);
    }

    @Override
    public String toString() {
        return type.id() + ":" + target;
    }
}
