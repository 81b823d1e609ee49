package dev.faultline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code from} needs {@code to}. While {@code to} is DOWN, any of the {@code fallback} nodes (tried in order) can serve.
 * A dependency that is not {@code required} is soft: losing it degrades the caller, never takes it down.
 */
public record Dependency(
        String from,
        String to,
        Mode mode,
        boolean required,
        List<String> fallback,
        Integer timeoutMs,
        Boolean circuitBreaker,
        Integer retries,
        String description,
        SourcePosition position) {

    public Dependency {
        fallback = List.copyOf(fallback);
    }

    public static Dependency sync(String from, String to) {
        return new Dependency(from, to, Mode.SYNC, true, List.of(), null, null, null, null, SourcePosition.UNKNOWN);
    }

    public static Dependency async(String from, String to) {
        return new Dependency(from, to, Mode.ASYNC, true, List.of(), null, null, null, null, SourcePosition.UNKNOWN);
    }

    public Dependency soft() {
        return new Dependency(from, to, mode, false, fallback, timeoutMs, circuitBreaker, retries, description, position);
    }

    public Dependency withFallback(String... alternatives) {
        return new Dependency(from, to, mode, required, List.of(alternatives), timeoutMs, circuitBreaker, retries,
                description, position);
    }

    /** {@code to} followed by the fallbacks, in the order they are tried. */
    public List<String> providers() {
        List<String> all = new ArrayList<>(1 + fallback.size());
        all.add(to);
        all.addAll(fallback);
        return all;
    }

    /** A failure here can take the caller down (sync and required). */
    public boolean isHard() {
        return mode == Mode.SYNC && required;
    }

    public String label() {
        return from + " -> " + to;
    }
}
