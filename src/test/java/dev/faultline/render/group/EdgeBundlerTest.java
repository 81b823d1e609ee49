package dev.faultline.render.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

class EdgeBundlerTest {
    @Test
    void bundlesAsOneCountPerOrderedGroupPairInTheOrderPairsFirstAppear() {
        Random random = new Random(13);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String team = i % 37 == 0 ? null : "t" + random.nextInt(25);
            nodes.add(Node.builder("n" + i).kind(Kind.SERVICE).team(team).build());
        }
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String from = "n" + random.nextInt(400);
            String to = "n" + random.nextInt(400);
            if (from.equals(to)) continue;
            Dependency d = switch (random.nextInt(3)) {
                case 0 -> Dependency.sync(from, to);
                case 1 -> Dependency.sync(from, to).soft();
                default -> Dependency.async(from, to);
            };
            deps.add(d);
        }
        Topology t = Topologies.of(nodes, deps);
        Grouping g = Grouping.of(t, GroupBy.TEAM);

        List<BundledEdge> bundled = EdgeBundler.bundle(t, g);

        assertEquals(byKeyString(t, g), bundled);
        assertTrue(bundled.size() > 300, "many group pairs: " + bundled.size());
        assertEquals(deps.stream().filter(d -> !g.groupOf(d.from()).equals(g.groupOf(d.to()))).count(),
                bundled.stream().mapToInt(BundledEdge::count).sum(), "each dependency between groups counted once");
    }

    /** The bundling as it was first written (a key string per dependency): the reference for counts and order. */
    private static List<BundledEdge> byKeyString(Topology t, Grouping grouping) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Strength> worst = new LinkedHashMap<>();
        Map<String, String[]> ends = new LinkedHashMap<>();
        for (Dependency d : t.dependencies()) {
            String a = grouping.groupOf(d.from());
            String b = grouping.groupOf(d.to());
            if (a == null || b == null || a.equals(b)) continue;
            String key = a + "\u0000" + b;
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
            worst.merge(key, Strength.of(d), Strength::worst);
            ends.putIfAbsent(key, new String[]{a, b});
        }
        List<BundledEdge> out = new ArrayList<>();
        counts.forEach((k, c) -> out.add(new BundledEdge(ends.get(k)[0], ends.get(k)[1], c[0], worst.get(k))));
        return out;
    }
}
