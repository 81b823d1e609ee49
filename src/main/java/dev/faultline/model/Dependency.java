package dev.faultline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code from} needs {@code to}. While {@code to} is DOWN, any of the {@code fallback} nodes (tried in order) can serve.
 * A dependency that is not {@code required} is soft: losing it degrades the caller, never takes it down.
 *
 * <p>{@code calls} (per request of the caller), {@code retries} and {@code timeoutMs} feed the latency and capacity
 * model (risk-model.md sections 3 and 4); null means "not given" and the {@code effective...} accessors apply the
 * defaults. Build one with {@link #builder(String, String)}.
 */
public record Dependency(
        String from,
        String to,
        Mode mode,
        boolean required,
        List<String> fallback,
        Double timeoutMs,
        Boolean circuitBreaker,
        Integer retries,
        Double calls,
        String description,
        SourcePosition position) {

    public Dependency {
        fallback = List.copyOf(fallback);
        mode = mode == null ? Mode.SYNC : mode;
    }

    public static Builder builder(String from, String to) {
        return new Builder(from, to);
    }

    public static Dependency sync(String from, String to) {
        return builder(from, to).build();
    }

    public static Dependency async(String from, String to) {
        return builder(from, to).mode(Mode.ASYNC).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public Dependency soft() {
        return toBuilder().required(false).build();
    }

    public Dependency withFallback(String... alternatives) {
        return toBuilder().fallback(List.of(alternatives)).build();
    }

    /** {@code to} followed by the fallbacks, in the order they are tried; not to be changed by the caller. */
    public List<String> providers() {
        if (fallback.isEmpty()) return java.util.Collections.singletonList(to); // nearly always; read in hot loops
        List<String> all = new ArrayList<>(1 + fallback.size());
        all.add(to);
        all.addAll(fallback);
        return all;
    }

    /** A failure here can take the caller down (sync and required). */
    public boolean isHard() {
        return mode == Mode.SYNC && required;
    }

    public boolean isSync() {
        return mode == Mode.SYNC;
    }

    /** Calls per request of the caller; 1 when not given. */
    public double effectiveCalls() {
        return calls == null ? 1 : calls;
    }

    /** Extra attempts after a failed or timed-out call; 0 when not given. */
    public int effectiveRetries() {
        return retries == null ? 0 : retries;
    }

    public String label() {
        return from + " -> " + to;
    }

    /** Builds a {@link Dependency}: sync, required, no fallback unless set. */
    public static final class Builder {
        private String from;
        private String to;
        private Mode mode = Mode.SYNC;
        private boolean required = true;
        private List<String> fallback = List.of();
        private Double timeoutMs;
        private Boolean circuitBreaker;
        private Integer retries;
        private Double calls;
        private String description;
        private SourcePosition position = SourcePosition.UNKNOWN;

        private Builder(String from, String to) {
            this.from = from;
            this.to = to;
        }

        private Builder(Dependency d) {
            from = d.from; to = d.to; mode = d.mode; required = d.required; fallback = d.fallback;
            timeoutMs = d.timeoutMs; circuitBreaker = d.circuitBreaker; retries = d.retries; calls = d.calls;
            description = d.description; position = d.position;
        }

        public Builder from(String v) { from = v; return this; }
        public Builder to(String v) { to = v; return this; }
        public Builder mode(Mode v) { mode = v; return this; }
        public Builder required(boolean v) { required = v; return this; }
        public Builder fallback(List<String> v) { fallback = v; return this; }
        public Builder fallback(String... v) { fallback = List.of(v); return this; }
        public Builder timeoutMs(Number v) { timeoutMs = Node.toDouble(v); return this; }
        public Builder circuitBreaker(Boolean v) { circuitBreaker = v; return this; }
        public Builder retries(Integer v) { retries = v; return this; }
        public Builder calls(Number v) { calls = Node.toDouble(v); return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder position(SourcePosition v) { position = v; return this; }

        public Dependency build() {
            return new Dependency(from, to, mode, required, fallback, timeoutMs, circuitBreaker, retries, calls,
                    description, position);
        }
    }
}
