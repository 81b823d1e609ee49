package dev.faultline.io.v1;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.faultline.model.SourcePosition;
import dev.faultline.io.yaml.Located;
import dev.faultline.io.yaml.Positions;

/**
 * Format version 1 exactly as the file spells it, every value with its position. A value that is absent or had the
 * wrong type is null (the type problem is already logged); the validator then checks ranges, ids and references
 * against these records, and only a clean file becomes a model.
 *
 * <p>Nodes and dependencies (hundreds of thousands in a big file) keep their values as they are and the values'
 * positions in one {@code long[]} per record, indexed like their list of keys, rather than a {@link Located} per
 * value: all records stay alive until the model is built, and each young collection copies every live object
 * (issue #18: 1.5 million wrappers at 50,000 nodes). A position is made into a {@link SourcePosition} only for a
 * message.
 */
public record TopologyFileV1(
        SourcePosition at,
        Located<Long> faultline,
        Located<String> name,
        Located<String> description,
        List<TeamV1> teams,
        List<ZoneV1> zones,
        SourcePosition nodesAt,
        List<NodeV1> nodes,
        List<DependencyV1> dependencies,
        List<FlowV1> flows) {

    record TeamV1(SourcePosition at, Located<String> id, Located<String> name, List<Located<String>> members) {
    }

    record ZoneV1(SourcePosition at, Located<String> id, Located<String> region, Located<Double> availability,
                  Located<String> jurisdiction) {
    }

    /**
     * The texts of a list, each with where it is written (a packed position). The list is immutable, so the model
     * keeps it as it is.
     */
    record Texts(List<String> values, long[] positions) {
        static final Texts NONE = new Texts(List.of(), new long[0]);

        boolean isEmpty() {
            return values.isEmpty();
        }

        int size() {
            return values.size();
        }

        String get(int i) {
            return values.get(i);
        }

        SourcePosition at(int i) {
            return Positions.of(positions[i]);
        }

        /** Equal texts written at the same places (a record compares arrays by identity). */
        @Override
        public boolean equals(Object o) {
            return o instanceof Texts t && values.equals(t.values) && Arrays.equals(positions, t.positions);
        }

        @Override
        public int hashCode() {
            return 31 * values.hashCode() + Arrays.hashCode(positions);
        }

        @Override
        public String toString() {
            return values + " at " + Arrays.toString(positions);
        }
    }

    /**
     * A node as written. {@code positions} holds where each value is written ({@link KeyPositions}, keys indexed
     * like {@link V1Reader#NODE_KEYS}); {@code pos} is where the node's mapping starts.
     */
    /** A record that says where the value of each of its keys is written. */
    @FunctionalInterface
    interface Positioned {
        SourcePosition at(String key);
    }

    record NodeV1(
            long pos,
            long[] positions,
            String id,
            String name,
            String kind,
            String team,
            Long replicas,
            Long minHealthy,
            Texts zones,
            Boolean entrypoint,
            Double slo,
            Double availability,
            Double latencyMs,
            Double p99Ms,
            String callOrder,
            Double capacityRps,
            Double monthlyCost,
            Double latencyBudgetMs,
            Double rps,
            Texts data,
            Texts residency,
            String jurisdiction,
            Texts observability,
            Map<String, Object> tags,
            String description) implements Positioned {

        SourcePosition at() {
            return Positions.of(pos);
        }

        /** Where the id is written (packed). */
        long idPos() {
            return KeyPositions.of(positions, 0);
        }

        /** Values and positions equal (a record compares arrays by identity); for tests, which compare reads. */
        @Override
        public boolean equals(Object o) {
            return o instanceof NodeV1 n && pos == n.pos && Arrays.equals(positions, n.positions)
                    && Arrays.equals(values(), n.values());
        }

        @Override
        public int hashCode() {
            return Long.hashCode(pos) ^ Arrays.hashCode(positions) ^ Arrays.hashCode(values());
        }

        @Override
        public String toString() {
            return "NodeV1[pos=" + pos + ", positions=" + Arrays.toString(positions) + ", values="
                    + Arrays.toString(values()) + "]";
        }

        private Object[] values() {
            return new Object[] {id, name, kind, team, replicas, minHealthy, zones, entrypoint, slo, availability,
                latencyMs, p99Ms, callOrder, capacityRps, monthlyCost, latencyBudgetMs, rps, data, residency,
                jurisdiction, observability, tags, description};
        }

        /** Where the value of {@code key} (one of {@link V1Reader#NODE_KEYS}) is written: for a message. */
        @Override
        public SourcePosition at(String key) {
            return Positions.of(KeyPositions.of(positions, keyIndex(V1Reader.NODE_KEYS, key)));
        }
    }

    /** A dependency as written; {@code positions} as a node's, keys indexed like {@link V1Reader#DEPENDENCY_KEYS}. */
    record DependencyV1(
            long pos,
            long[] positions,
            String from,
            String to,
            String mode,
            Boolean required,
            Texts fallback,
            Double timeoutMs,
            Boolean circuitBreaker,
            Long retries,
            Double calls,
            String description) implements Positioned {

        SourcePosition at() {
            return Positions.of(pos);
        }

        /** Values and positions equal (a record compares arrays by identity); for tests, which compare reads. */
        @Override
        public boolean equals(Object o) {
            return o instanceof DependencyV1 d && pos == d.pos && Arrays.equals(positions, d.positions)
                    && Arrays.equals(values(), d.values());
        }

        @Override
        public int hashCode() {
            return Long.hashCode(pos) ^ Arrays.hashCode(positions) ^ Arrays.hashCode(values());
        }

        @Override
        public String toString() {
            return "DependencyV1[pos=" + pos + ", positions=" + Arrays.toString(positions) + ", values="
                    + Arrays.toString(values()) + "]";
        }

        private Object[] values() {
            return new Object[] {from, to, mode, required, fallback, timeoutMs, circuitBreaker, retries, calls,
                description};
        }

        /** Where the value of {@code key} (one of {@link V1Reader#DEPENDENCY_KEYS}) is written: for a message. */
        @Override
        public SourcePosition at(String key) {
            return Positions.of(KeyPositions.of(positions, keyIndex(V1Reader.DEPENDENCY_KEYS, key)));
        }
    }

    record FlowV1(
            SourcePosition at,
            Located<String> id,
            Located<String> name,
            Located<String> entry,
            List<Located<String>> via,
            Located<Double> slo,
            Located<Double> latencyBudgetMs,
            Located<Double> rps) {
    }

    private static int keyIndex(List<String> keys, String key) {
        int i = keys.indexOf(key);
        if (i < 0) throw new IllegalArgumentException("not a key: " + key);
        return i;
    }
}
