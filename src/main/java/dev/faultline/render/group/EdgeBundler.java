package dev.faultline.render.group;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;

/**
 * One edge per ordered group pair. A dependency counts once, towards its primary target ({@code to}); its fallback
 * alternatives are not separate dependencies. Dependencies inside a group are not drawn between groups.
 */
public final class EdgeBundler {
    private EdgeBundler() {
    }

    public static List<BundledEdge> bundle(Topology t, Grouping grouping) {
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
        List<BundledEdge> out = new ArrayList<>(counts.size());
        counts.forEach((k, c) -> out.add(new BundledEdge(ends.get(k)[0], ends.get(k)[1], c[0], worst.get(k))));
        return out;
    }
}
