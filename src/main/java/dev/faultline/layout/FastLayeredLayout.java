package dev.faultline.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;

/**
 * A quick layered layout for very large topologies (tens of thousands of nodes), where ELK would take minutes:
 * depth-first cycle breaking, longest-path layering (callers above callees), one barycentre pass to pull callees
 * under their callers, very wide layers wrapped onto several centred rows, and straight edges. Linear in nodes plus edges apart from
 * sorting each layer; 50,000 nodes take a second or two. Crossings are not minimised beyond the barycentre pass.
 */
public final class FastLayeredLayout implements LayoutAlgorithm {
    static final double NODE_GAP = 24;
    static final double LAYER_GAP = 72;
    /** One-row rows: gaps between boxes, between the wrapped lines of one layer, and between layers. */
    static final double ROWS_NODE_GAP = 14;
    static final double ROWS_LINE_GAP = 12;
    static final double ROWS_LAYER_GAP = 26;

    /** Aspect (width / height) of the area the rows should fill, or 0 for the big-graph shape. */
    private final double aspect;

    /** The big-graph layout: two-row boxes, landscape, at least 2,400 wide. */
    public FastLayeredLayout() {
        this(0);
    }

    private FastLayeredLayout(double aspect) {
        this.aspect = aspect;
    }

    /**
     * Dense rows for a graph too big to read at fit in ELK's shape: one-row boxes (label kept at full size, badges
     * dropped), tight gaps, and the row width that makes the picture fill an area of the given aspect at the largest
     * scale. Layers still read top to bottom, each starting on a new line.
     */
    public static FastLayeredLayout rows(double aspect) {
        return new FastLayeredLayout(aspect);
    }

    @Override
    public LayoutResult layout(Topology topology, Map<String, Point> pinned, ProgressListener progress,
                               CancellationToken cancel) {
        List<Node> nodes = topology.nodes();
        int n = nodes.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) index.put(nodes.get(i).id(), i);
        int[][] callees = adjacency(topology, index, n, true);
        int[][] callers = adjacency(topology, index, n, false);
        progress.progress(0, 4, "Breaking cycles");
        boolean[][] back = backEdges(callees, cancel);
        progress.progress(1, 4, "Assigning layers");
        int[] layer = longestPathLayers(callees, back, cancel);
        progress.progress(2, 4, "Ordering layers");
        Map<String, Box> boxes = aspect > 0 ? placeToFit(nodes, layer, callers, cancel)
                : place(nodes, layer, callers, Math.max(2400, Math.sqrt(area(nodes) * 1.6)), cancel);
        pinned.forEach((id, p) -> boxes.computeIfPresent(id, (k, b) -> b.movedTo(p.x(), p.y())));
        progress.progress(3, 4, "Routing edges");
        LayoutResult result = route(topology, boxes);
        progress.progress(4, 4, "Layout done");
        return result;
    }

    /** For each node, the distinct nodes it calls (or that call it), dependencies and fallbacks alike. */
    private static int[][] adjacency(Topology topology, Map<String, Integer> index, int n, boolean outgoing) {
        List<List<Integer>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) lists.add(new ArrayList<>(2));
        for (Dependency d : topology.dependencies()) {
            int from = index.get(d.from());
            for (String provider : d.providers()) {
                int to = index.get(provider);
                if (outgoing) lists.get(from).add(to); else lists.get(to).add(from);
            }
        }
        int[][] result = new int[n][];
        for (int i = 0; i < n; i++) result[i] = lists.get(i).stream().mapToInt(Integer::intValue).distinct().toArray();
        return result;
    }

    /** Marks edges that close a cycle (they point to a node still on the depth-first stack). Iterative: no recursion limit. */
    private static boolean[][] backEdges(int[][] callees, CancellationToken cancel) {
        int n = callees.length;
        boolean[][] back = new boolean[n][];
        for (int i = 0; i < n; i++) back[i] = new boolean[callees[i].length];
        byte[] state = new byte[n]; // 0 new, 1 on stack, 2 done
        int[] next = new int[n];
        Deque<Integer> stack = new ArrayDeque<>();
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) continue;
            if ((root & 1023) == 0) cancel.throwIfCancelled();
            stack.push(root);
            state[root] = 1;
            while (!stack.isEmpty()) {
                int v = stack.peek();
                if (next[v] < callees[v].length) {
                    int e = next[v]++;
                    int w = callees[v][e];
                    if (state[w] == 1) back[v][e] = true;
                    else if (state[w] == 0) {
                        state[w] = 1;
                        stack.push(w);
                    }
                } else {
                    state[v] = 2;
                    stack.pop();
                }
            }
        }
        return back;
    }

    /** Layer of a node = length of the longest caller chain above it (Kahn's order over the acyclic edges). */
    private static int[] longestPathLayers(int[][] callees, boolean[][] back, CancellationToken cancel) {
        int n = callees.length;
        int[] indegree = new int[n];
        for (int v = 0; v < n; v++) {
            for (int e = 0; e < callees[v].length; e++) if (!back[v][e]) indegree[callees[v][e]]++;
        }
        int[] layer = new int[n];
        Deque<Integer> ready = new ArrayDeque<>();
        for (int v = 0; v < n; v++) if (indegree[v] == 0) ready.add(v);
        int seen = 0;
        while (!ready.isEmpty()) {
            int v = ready.poll();
            if ((++seen & 1023) == 0) cancel.throwIfCancelled();
            for (int e = 0; e < callees[v].length; e++) {
                if (back[v][e]) continue;
                int w = callees[v][e];
                layer[w] = Math.max(layer[w], layer[v] + 1);
                if (--indegree[w] == 0) ready.add(w);
            }
        }
        return layer;
    }

    /**
     * Rows top to bottom; within a row, nodes sorted by the mean x of their callers placed above (file order breaks
     * ties). A layer wider than the target width wraps onto further rows, so a huge flat layer does not make a
     * picture hundreds of thousands of pixels wide; every wrapped row of a layer stays below the layer before.
     */
    private Map<String, Box> place(List<Node> nodes, int[] layer, int[][] callers, double maxRow,
                                   CancellationToken cancel) {
        int n = nodes.size();
        int layers = Arrays.stream(layer).max().orElse(0) + 1;
        List<List<Integer>> rows = new ArrayList<>(layers);
        for (int l = 0; l < layers; l++) rows.add(new ArrayList<>());
        for (int v = 0; v < n; v++) rows.get(layer[v]).add(v);
        double[] width = new double[n];
        for (int v = 0; v < n; v++) width[v] = boxWidth(nodes.get(v));
        double[] x = new double[n];
        double[] y = new double[n];
        double top = 0;
        for (int l = 0; l < layers; l++) {
            cancel.throwIfCancelled();
            List<Integer> row = rows.get(l);
            if (l > 0) {
                double[] key = new double[n];
                for (int v : row) key[v] = barycentre(v, callers, layer, x, width);
                row.sort(Comparator.<Integer>comparingDouble(v -> key[v]).thenComparingInt(v -> v));
            }
            top = wrapRow(row, width, x, y, top, maxRow);
        }
        Map<String, Box> boxes = new LinkedHashMap<>(n * 2);
        for (int v = 0; v < n; v++) boxes.put(nodes.get(v).id(), new Box(x[v], y[v], width[v], boxHeight()));
        return boxes;
    }

    /** Area of the boxes with their gaps: the big-graph shape aims at a landscape picture 1.6 times wider than tall. */
    private double area(List<Node> nodes) {
        double area = 0;
        for (Node node : nodes) area += (boxWidth(node) + nodeGap()) * (boxHeight() + layerGap());
        return area;
    }

    /**
     * Tries row widths around the one a perfect fill would need and keeps the placement that fits the aspect at
     * the largest scale: how many lines each layer wraps onto decides the height, so only trying tells.
     */
    private Map<String, Box> placeToFit(List<Node> nodes, int[] layer, int[][] callers, CancellationToken cancel) {
        double ideal = Math.sqrt(area(nodes) * aspect);
        double widest = nodes.stream().mapToDouble(this::boxWidth).max().orElse(0);
        Map<String, Box> best = null;
        double bestScale = 0;
        for (int step = 0; step <= 24; step++) {
            double maxRow = Math.max(widest, ideal * (0.55 + step * 0.05));
            Map<String, Box> boxes = place(nodes, layer, callers, maxRow, cancel);
            double w = boxes.values().stream().mapToDouble(Box::maxX).max().orElse(0)
                    - boxes.values().stream().mapToDouble(Box::x).min().orElse(0);
            double h = boxes.values().stream().mapToDouble(Box::maxY).max().orElse(0);
            double scale = Math.min(aspect / Math.max(1, w), 1 / Math.max(1, h));
            if (scale > bestScale) {
                bestScale = scale;
                best = boxes;
            }
        }
        return normalised(best);
    }

    /** Moves the boxes so the leftmost starts at x = 0 (centred lines narrower than the row width start further in). */
    private static Map<String, Box> normalised(Map<String, Box> boxes) {
        double left = boxes.values().stream().mapToDouble(Box::x).min().orElse(0);
        Map<String, Box> moved = new LinkedHashMap<>(boxes.size() * 2);
        boxes.forEach((id, b) -> moved.put(id, b.movedTo(b.x() - left, b.y())));
        return moved;
    }

    private double boxWidth(Node node) {
        return aspect > 0 ? NodeSize.oneRowWidth(node) : NodeSize.width(node);
    }

    private double boxHeight() {
        return aspect > 0 ? NodeSize.ONE_ROW_HEIGHT : NodeSize.HEIGHT;
    }

    private double nodeGap() {
        return aspect > 0 ? ROWS_NODE_GAP : NODE_GAP;
    }

    private double layerGap() {
        return aspect > 0 ? ROWS_LAYER_GAP : LAYER_GAP;
    }

    /** Between the wrapped lines of one layer: tighter than between layers in dense rows, so layers read as bands. */
    private double lineGap() {
        return aspect > 0 ? ROWS_LINE_GAP : LAYER_GAP;
    }

    /** Places one layer from {@code top}, wrapping at {@code maxRow} and centring each line; returns the next top. */
    private double wrapRow(List<Integer> row, double[] width, double[] x, double[] y, double top, double maxRow) {
        int start = 0;
        while (start < row.size()) {
            int end = start;
            double used = 0;
            while (end < row.size() && (end == start || used + width[row.get(end)] <= maxRow)) {
                used += width[row.get(end)] + nodeGap();
                end++;
            }
            double cx = (maxRow - (used - nodeGap())) / 2;
            for (int i = start; i < end; i++) {
                int v = row.get(i);
                x[v] = cx;
                y[v] = top;
                cx += width[v] + nodeGap();
            }
            top += boxHeight() + (end < row.size() ? lineGap() : layerGap());
            start = end;
        }
        return top;
    }

    private static double barycentre(int v, int[][] callers, int[] layer, double[] x, double[] width) {
        double sum = 0;
        int count = 0;
        for (int u : callers[v]) {
            if (layer[u] < layer[v]) {
                sum += x[u] + width[u] / 2;
                count++;
            }
        }
        return count == 0 ? Double.MAX_VALUE : sum / count;
    }

    private static LayoutResult route(Topology topology, Map<String, Box> boxes) {
        List<List<Point>> routes = new ArrayList<>();
        List<List<List<Point>>> fallbacks = new ArrayList<>();
        for (Dependency d : topology.dependencies()) {
            Box from = boxes.get(d.from());
            routes.add(EdgeRoutes.straight(from, boxes.get(d.to())));
            fallbacks.add(d.fallback().stream().map(f -> EdgeRoutes.straight(from, boxes.get(f))).toList());
        }
        double w = boxes.values().stream().mapToDouble(Box::maxX).max().orElse(0);
        double h = boxes.values().stream().mapToDouble(Box::maxY).max().orElse(0);
        return new LayoutResult(boxes, routes, fallbacks, w, h);
    }
}
