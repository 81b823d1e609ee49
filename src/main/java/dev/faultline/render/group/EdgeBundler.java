package dev.faultline.render.group;

import java.util.ArrayList;
import java.util.HashMap;
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
        // Looked up by the two group ids in turn (their hashes are cached) rather than by a key string made per
        // dependency: at 20,000 nodes the concatenated keys of 86,000 dependencies, hashed in three maps, were most of
        // the far-zoom groups' time in the opening (issue #13).
        Map<String, Map<String, Bundle>> byFrom = new HashMap<>();
        List<Bundle> order = new ArrayList<>();
        for (Dependency d : t.dependencies()) {
            String a = grouping.groupOf(d.from());
            String b = grouping.groupOf(d.to());
            if (a == null || b == null || a.equals(b)) continue;
            Bundle bundle = byFrom.computeIfAbsent(a, k -> new HashMap<>()).get(b);
            if (bundle == null) {
                bundle = new Bundle(a, b);
                byFrom.get(a).put(b, bundle);
                order.add(bundle);
            }
            bundle.add(Strength.of(d));
        }
        List<BundledEdge> out = new ArrayList<>(order.size());
        for (Bundle bundle : order) out.add(new BundledEdge(bundle.from, bundle.to, bundle.count, bundle.worst));
        return out;
    }

    /** One group pair's dependencies so far, in the order the pairs first appear. */
    private static final class Bundle {
        private final String from;
        private final String to;
        private int count;
        private Strength worst;

        private Bundle(String from, String to) {
            this.from = from;
            this.to = to;
        }

        private void add(Strength s) {
            count++;
            worst = worst == null ? s : worst.worst(s);
        }
    }
}
