package dev.faultline.export.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * A cheap top-down placement for formats that store coordinates (GraphML for yEd), so a file opens readable before
 * the user runs a real layout. Level = breadth-first distance from the root nodes; nodes only reachable through a
 * cycle start a level of their own. O(nodes + dependencies).
 */
final class Layering {
    static final double COLUMN = 190;
    static final double ROW = 110;

    private final Map<String, double[]> positions = new HashMap<>();

    Layering(Topology topology) {
        Map<String, List<String>> callees = new HashMap<>();
        for (Dependency d : topology.dependencies()) {
            for (String p : d.providers()) callees.computeIfAbsent(d.from(), k -> new ArrayList<>()).add(p);
        }
        Map<String, Integer> level = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String root : topology.rootNodes()) {
            level.put(root, 0);
            queue.add(root);
        }
        List<List<String>> rows = new ArrayList<>();
        drain(queue, level, callees);
        for (Node n : topology.nodes()) {
            if (!level.containsKey(n.id())) {
                level.put(n.id(), 0);
                queue.add(n.id());
                drain(queue, level, callees);
            }
        }
        for (Node n : topology.nodes()) {
            int l = level.get(n.id());
            while (rows.size() <= l) rows.add(new ArrayList<>());
            rows.get(l).add(n.id());
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) positions.put(row.get(c), new double[] {c * COLUMN, r * ROW});
        }
    }

    private static void drain(Deque<String> queue, Map<String, Integer> level, Map<String, List<String>> callees) {
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (String next : callees.getOrDefault(id, List.of())) {
                if (!level.containsKey(next)) {
                    level.put(next, level.get(id) + 1);
                    queue.add(next);
                }
            }
        }
    }

    double x(String id) {
        return positions.get(id)[0];
    }

    double y(String id) {
        return positions.get(id)[1];
    }
}
