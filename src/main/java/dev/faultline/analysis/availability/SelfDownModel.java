package dev.faultline.analysis.availability;

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
    private final int[][] instancesIn;
    /** Per node: instances in no declared zone (a node without zones): they count whenever they are up. */
    private final int[] unzoned;
    /** Per node, filled on first use: q when m instances can count, for m = 0..replicas. */
    private final double[][] byCounting;

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
        byCounting = new double[nodeCount][];
        for (int v = 0; v < nodeCount; v++) {
            Node n = nodes.get(v);
            availability[v] = n.effectiveAvailability();
            minHealthy[v] = n.minHealthy();
            place(v, n, zoneIndex);
        }
    }

    private void place(int v, Node n, Map<String, Integer> zoneIndex) {
        Map<Integer, Integer> counts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n.replicas(); i++) {
            Integer z = n.zones().isEmpty() ? null : zoneIndex.get(n.zones().get(i % n.zones().size()));
            if (z == null) unzoned[v]++;
            else counts.merge(z, 1, Integer::sum);
        }
        zonesOf[v] = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
        instancesIn[v] = counts.values().stream().mapToInt(Integer::intValue).toArray();
    }

    /** The probability that node v is self-down, given which zones are up. */
    double selfDown(int v, boolean[] zoneUp) {
        int m = unzoned[v];
        int[] zs = zonesOf[v];
        for (int k = 0; k < zs.length; k++) if (zoneUp[zs[k]]) m += instancesIn[v][k];
        double[] table = byCounting[v];
        if (table == null) {
            int replicas = unzoned[v];
            for (int c : instancesIn[v]) replicas += c;
            table = new double[replicas + 1];
            for (int k = 0; k <= replicas; k++) table[k] = fewerThan(k, availability[v], minHealthy[v]);
            byCounting[v] = table;
        }
        return table[m];
    }

    /** P(Binomial(m, a) < k), summed term by term in log space so that large m cannot underflow. */
    static double fewerThan(int m, double a, int k) {
        if (k <= 0) return 0;
        if (k > m) return 1;
        if (a >= 1) return 0;
        if (a <= 0) return 1;
        double logA = Math.log(a);
        double logB = Math.log1p(-a);
        double logChoose = 0;
        double sum = 0;
        for (int j = 0; j < k; j++) {
            sum += Math.exp(logChoose + j * logA + (m - j) * logB);
            logChoose += Math.log(m - j) - Math.log(j + 1);
        }
        return Math.min(1, sum);
    }
}
