package dev.faultline.analysis.availability;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * The oracle of {@link SelfDownModel}'s placement and node classes: the previous code, with the node's
 * {@link Node#instancesByZone()} map merged by zone index and a record of boxed lists as the class key (issue #18
 * replaced both by plain arrays).
 */
final class StraightforwardPlacement {
    final int[][] zonesOf;
    final int[][] instancesIn;
    final int[] unzoned;
    final int[] classOf;
    final int[] representative;

    StraightforwardPlacement(Topology topology) {
        Map<String, Integer> zoneIndex = new HashMap<>();
        for (int z = 0; z < topology.zones().size(); z++) zoneIndex.put(topology.zones().get(z).id(), z);
        List<Node> nodes = topology.nodes();
        int n = nodes.size();
        zonesOf = new int[n][];
        instancesIn = new int[n][];
        unzoned = new int[n];
        for (int v = 0; v < n; v++) {
            Node node = nodes.get(v);
            Map<Integer, Integer> counts = new java.util.LinkedHashMap<>();
            if (node.zones().isEmpty()) unzoned[v] = node.replicas();
            node.instancesByZone().forEach((zone, held) -> counts.merge(zoneIndex.get(zone), held, Integer::sum));
            zonesOf[v] = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
            instancesIn[v] = counts.values().stream().mapToInt(Integer::intValue).toArray();
        }
        record Key(long availability, int minHealthy, int unzoned, List<Integer> zones, List<Integer> instances) {
        }
        Map<Key, Integer> ids = new HashMap<>();
        int[] first = new int[n];
        classOf = new int[n];
        for (int v = 0; v < n; v++) {
            Node node = nodes.get(v);
            Key key = new Key(Double.doubleToLongBits(node.effectiveAvailability()), node.minHealthy(), unzoned[v],
                    Arrays.stream(zonesOf[v]).boxed().toList(), Arrays.stream(instancesIn[v]).boxed().toList());
            Integer c = ids.get(key);
            if (c == null) {
                c = ids.size();
                ids.put(key, c);
                first[c] = v;
            }
            classOf[v] = c;
        }
        representative = Arrays.copyOf(first, ids.size());
    }
}
