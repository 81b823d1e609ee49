package dev.faultline.analysis.availability;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/**
 * The random part of risk-model.md §1: zones up with their availability, instances up with their node's, and when a
 * node is <em>self-down</em> (fewer than {@code minHealthy} instances up in a zone that is up). Node index i is the
 * i-th of {@link Topology#nodes()}, zone index z the z-th of {@link Topology#zones()}. Given the zone states, nodes
 * are independent and each one's self-down probability is a binomial tail.
 */
final class SelfDownModel {
    final int nodeCount;
    final int zoneCount;
    final double[] zoneAvailability;
    private final double[] availability;
    private final int[] minHealthy;
    /** Per node: the distinct declared zones its instances are placed in. */
    final int[][] zonesOf;
    /** Per node, parallel to {@link #zonesOf}: how many instances each of those zones holds. */
    final int[][] instancesIn;
    /** Per node: instances in no declared zone (a node without zones): they count whenever they are up. */
    private final int[] unzoned;
    /** Per node, filled on use: q by the number m of instances that can count (few distinct m per node). */
    private final Map<Integer, Double>[] byCounting;
    /**
     * In front of {@link #byCounting}: per node, the last q of each m modulo {@value #SLOTS} (m = -1: none yet). The
     * exact evaluation asks for every node in every zone state, and a boxed map look-up each time was the largest
     * cost of a cold 10,000-node availability analysis (issue #18).
     */
    private final int[] recentM;
    private final double[] recentQ;
    private static final int SLOTS = 4;
    /**
     * Per node: its <em>class</em>, shared by nodes whose self-down probability is the same function of the zones
     * (same availability, minHealthy and instances per zone). The generated 50,000-node file has 61
     * classes, so per-state tables by class stay in the processor's cache ({@link ZoneStateTable}).
     */
    final int[] classOf;
    /** Per class: one of its nodes. */
    final int[] representative;

    SelfDownModel(Topology topology) {
        List<Zone> zones = topology.zones();
        zoneCount = zones.size();
        zoneAvailability = new double[zoneCount];
        Map<String, Integer> zoneIndex = new HashMap<>();
        for (int z = 0; z < zoneCount; z++) {
            zoneIndex.put(zones.get(z).id(), z);
            zoneAvailability[z] = zones.get(z).effectiveAvailability();
        }
        List<Node> nodes = topology.nodes();
        nodeCount = nodes.size();
        availability = new double[nodeCount];
        minHealthy = new int[nodeCount];
        zonesOf = new int[nodeCount][];
        instancesIn = new int[nodeCount][];
        unzoned = new int[nodeCount];
        @SuppressWarnings("unchecked")
        Map<Integer, Double>[] tables = new Map[nodeCount];
        byCounting = tables;
        recentM = new int[nodeCount * SLOTS];
        java.util.Arrays.fill(recentM, -1);
        recentQ = new double[nodeCount * SLOTS];
        for (int v = 0; v < nodeCount; v++) {
            Node n = nodes.get(v);
            availability[v] = n.effectiveAvailability();
            minHealthy[v] = n.minHealthy();
            place(v, n, zoneIndex);
        }
        classOf = new int[nodeCount];
        representative = classes(classOf);
    }

    /**
     * The same model with caches of its own, for another thread (the caches are filled as {@link #selfDown} is
     * asked, so one model cannot serve two threads); the per-node figures are shared, not rebuilt.
     */
    SelfDownModel forAnotherThread() {
        return new SelfDownModel(this);
    }

    private SelfDownModel(SelfDownModel shared) {
        nodeCount = shared.nodeCount;
        zoneCount = shared.zoneCount;
        zoneAvailability = shared.zoneAvailability;
        availability = shared.availability;
        minHealthy = shared.minHealthy;
        zonesOf = shared.zonesOf;
        instancesIn = shared.instancesIn;
        unzoned = shared.unzoned;
        @SuppressWarnings("unchecked")
        Map<Integer, Double>[] tables = new Map[nodeCount];
        byCounting = tables;
        recentM = new int[nodeCount * SLOTS];
        java.util.Arrays.fill(recentM, -1);
        recentQ = new double[nodeCount * SLOTS];
        classOf = shared.classOf;
        representative = shared.representative;
    }

    /**
     * Numbers the classes in order of first node; fills {@code classOf} and returns a node of each class. Keyed by the
     * per-node arrays themselves (issue #18: a record of boxed lists per node made this and {@link #place} a third of
     * a cold 50,000-node availability analysis's set-up under C1). The oracle in the tests keeps the boxed version.
     */
    private int[] classes(int[] classOf) {
        Map<ClassKey, Integer> ids = new HashMap<>();
        int[] first = new int[nodeCount];
        for (int v = 0; v < nodeCount; v++) {
            ClassKey key = new ClassKey(Double.doubleToLongBits(availability[v]), minHealthy[v], unzoned[v],
                    zonesOf[v], instancesIn[v]);
            Integer c = ids.get(key);
            if (c == null) {
                c = ids.size();
                ids.put(key, c);
                first[c] = v;
            }
            classOf[v] = c;
        }
        return Arrays.copyOf(first, ids.size());
    }

    /** What a node's self-down probability depends on; equal keys, equal functions of the zones. */
    private static final class ClassKey {
        private final long availability;
        private final int minHealthy;
        private final int unzoned;
        private final int[] zones;
        private final int[] instances;
        private final int hash;

        ClassKey(long availability, int minHealthy, int unzoned, int[] zones, int[] instances) {
            this.availability = availability;
            this.minHealthy = minHealthy;
            this.unzoned = unzoned;
            this.zones = zones;
            this.instances = instances;
            int h = Long.hashCode(availability);
            h = 31 * h + minHealthy;
            h = 31 * h + unzoned;
            h = 31 * h + Arrays.hashCode(zones);
            hash = 31 * h + Arrays.hashCode(instances);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ClassKey k && k.hash == hash && k.availability == availability
                    && k.minHealthy == minHealthy && k.unzoned == unzoned && Arrays.equals(k.zones, zones)
                    && Arrays.equals(k.instances, instances);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * Instances per zone by the placement formula of {@link Node#instancesByZone()} (round-robin: position j of k gets
     * replicas/k, plus one if j < replicas%k; replicas may be 2 billion), merged by zone in order of first placement,
     * into two small arrays without the maps and streams (see {@link #classes}).
     */
    private void place(int v, Node n, Map<String, Integer> zoneIndex) {
        List<String> zones = n.zones();
        int k = zones.size();
        int replicas = n.replicas();
        if (k == 0) {
            unzoned[v] = replicas;
            zonesOf[v] = NONE;
            instancesIn[v] = NONE;
            return;
        }
        int[] zs = new int[k];
        int[] held = new int[k];
        int count = 0;
        for (int j = 0; j < k; j++) {
            int here = replicas / k + (j < replicas % k ? 1 : 0);
            if (here <= 0) continue;
            int z = zoneIndex.get(zones.get(j));
            int at = 0;
            while (at < count && zs[at] != z) at++;
            if (at == count) {
                zs[count] = z;
                held[count++] = here;
            } else {
                held[at] += here;
            }
        }
        zonesOf[v] = count == k ? zs : Arrays.copyOf(zs, count);
        instancesIn[v] = count == k ? held : Arrays.copyOf(held, count);
    }

    private static final int[] NONE = new int[0];

    /** The probability that node v is self-down, given which zones are up. */
    double selfDown(int v, boolean[] zoneUp) {
        int m = unzoned[v];
        int[] zs = zonesOf[v];
        for (int k = 0; k < zs.length; k++) if (zoneUp[zs[k]]) m += instancesIn[v][k];
        int slot = v * SLOTS + (m & (SLOTS - 1));
        if (recentM[slot] == m) return recentQ[slot];
        Map<Integer, Double> table = byCounting[v];
        if (table == null) byCounting[v] = table = new HashMap<>();
        Double q = table.get(m);
        if (q == null) table.put(m, q = fewerThan(m, availability[v], minHealthy[v]));
        recentM[slot] = m;
        recentQ[slot] = q;
        return q;
    }

    /** Standard deviations beyond which a binomial term is below 1e-300 of the mode's: far past double precision. */
    private static final double WINDOW_SDS = 40;

    /**
     * P(Binomial(m, a) < k), summed term by term in log space so that large m cannot underflow. Only the terms within
     * {@value #WINDOW_SDS} standard deviations of the mean are summed (the rest are below 1e-300 of the largest, so
     * they cannot move the sum): the cost is O(sqrt(m a (1 - a))), not O(k), so a node declaring two billion replicas
     * costs thousands of terms, not billions.
     */
    static double fewerThan(int m, double a, int k) {
        if (k <= 0) return 0;
        if (k > m) return 1;
        if (a >= 1) return 0;
        if (a <= 0) return 1;
        double logA = Math.log(a);
        double logB = Math.log1p(-a);
        double mean = m * a;
        double window = WINDOW_SDS * Math.sqrt(m * a * (1 - a)) + WINDOW_SDS;
        int lo = (int) Math.max(0, Math.floor(mean - window));
        int hi = (int) Math.min(k - 1L, (long) Math.ceil(mean + window));
        if (lo > hi) return lo >= k ? 0 : 1; // the whole mass lies above k - 1 (or below: then every term counts)
        double logChoose = logChoose(m, lo);
        double sum = 0;
        for (int j = lo; j <= hi; j++) {
            sum += Math.exp(logChoose + j * logA + (double) (m - j) * logB);
            logChoose += Math.log(m - j) - Math.log(j + 1);
        }
        return Math.min(1, sum);
    }

    /** ln C(m, j). */
    static double logChoose(int m, int j) {
        return logFactorial(m) - logFactorial(j) - logFactorial(m - j);
    }

    private static final double[] SMALL_LOG_FACTORIALS = new double[256];

    static {
        for (int n = 1; n < SMALL_LOG_FACTORIALS.length; n++) {
            SMALL_LOG_FACTORIALS[n] = SMALL_LOG_FACTORIALS[n - 1] + Math.log(n);
        }
    }

    /** ln n!: summed below 256, Stirling's series above (its error is below 1e-17 there). */
    static double logFactorial(int n) {
        if (n < SMALL_LOG_FACTORIALS.length) return SMALL_LOG_FACTORIALS[n];
        double x = n;
        double inv = 1 / x;
        double inv2 = inv * inv;
        return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x)
                + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
    }
}
