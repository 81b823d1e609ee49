package dev.faultline.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.alg.layered.options.WrappingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;

/**
 * Layered (Sugiyama) layout by Eclipse ELK: callers above callees (direction DOWN) or, when that shape fits a
 * window-shaped area better, callers left of callees (direction RIGHT); orthogonal edge routes, fixed random seed so
 * the same topology always gets the same picture. Fallback alternatives take part in the layout as
 * extra caller-to-fallback edges and get their own routes.
 *
 * <p>When zones are declared, nodes are handed to ELK grouped by home zone (their first zone) and, for graphs up to
 * 200 nodes, ELK is asked to respect that order where it costs no crossings, so same-zone nodes tend to sit side by
 * side.
 *
 * <p>Pinned nodes keep their top-left corner: ELK lays out everything, then pinned nodes move to their points and
 * every edge touching one is re-routed simply (straight, or a Z-shaped orthogonal route) by {@link PinnedLayout}.
 *
 * <p>Above {@link #DEFAULT_ELK_LIMIT} nodes plus edges ELK would take too long on a laptop (measured on 2 shared
 * cores: a generated 1,000-node, 4,100-dependency topology took 4-8 s, 2,000 nodes with 8,400 dependencies 20 s);
 * the work goes to {@link FastLayeredLayout} instead (longest-path layering, one barycentre pass, wrapped rows,
 * straight edges), which lays out 10,000-50,000 nodes in well under two seconds.
 */
public final class ElkLayeredLayout implements LayoutAlgorithm {
    /** Nodes plus edges (dependencies and fallbacks) that ELK still lays out in a few seconds on a laptop. */
    public static final int DEFAULT_ELK_LIMIT = 4000;
    static final double NODE_GAP = 20;
    static final double LAYER_GAP = 48;
    private static final int SEED = 1;
    static final int MODEL_ORDER_LIMIT = 200;
    /** Graphs up to this size (nodes plus edges) are laid out both ways and the better-fitting shape is kept. */
    static final int SHAPE_CHOICE_LIMIT = 1500;
    /**
     * The shape of the area a layout should fill: the canvas of a 1600x1000 window with both side panels open.
     * A constant rather than the live window, so the screen and every export get the same picture.
     */
    public static final double VIEW_ASPECT = 1.25;
    /** Labels smaller than this on screen at fit do not count as readable. */
    public static final double READABLE_TEXT_PX = 11;
    /** A 1600x1000 window's canvas with the side panels folded, less the fit margin: the readability yardstick. */
    public static final double READABLE_VIEW_WIDTH = 1580;
    public static final double READABLE_VIEW_HEIGHT = 980;
    /** The same window's canvas with both side panels open, less the fit margin: what a user sees first. */
    public static final double WINDOW_CANVAS_WIDTH = 1000;
    public static final double WINDOW_CANVAS_HEIGHT = 893;
    /**
     * ELK's layered picture is kept unless its labels at fit in {@link #WINDOW_CANVAS_WIDTH the first view} are
     * smaller than this; then {@link FastLayeredLayout#rows dense rows} take over if they read better. Below 11 px on
     * purpose: a sample at 10.5 px keeps its orthogonal routes and badges, a dense 21-node import at 8 px does not.
     */
    static final double ROWS_BELOW_PX = 9.5;
    /** Dense rows are for graphs up to this many nodes; bigger ones are read through zoom and grouping. */
    static final int ROWS_LIMIT = 300;

    private final int elkLimit;

    public ElkLayeredLayout() {
        this(DEFAULT_ELK_LIMIT);
    }

    /** @param elkLimit the largest graph (nodes plus edges) ELK handles; above it the fast layout takes over */
    public ElkLayeredLayout(int elkLimit) {
        this.elkLimit = elkLimit;
    }

    static {
        // The service loader does not always find ELK's providers (shaded jars, plain class paths): register
        // explicitly. Registration is idempotent.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    @Override
    public LayoutResult layout(Topology topology, Map<String, Point> pinned, ProgressListener progress,
                               CancellationToken cancel) {
        if (size(topology) > elkLimit) {
            return new FastLayeredLayout().layout(topology, pinned, progress, cancel);
        }
        boolean rowsMayHelp = topology.nodes().size() <= ROWS_LIMIT;
        if (rowsMayHelp && tooBigForLayers(topology)) {
            // ELK would spend seconds on a picture that cannot be read at fit: the boxes alone, with the gaps a
            // layered layout keeps, cover more than the readable area.
            return PinnedLayout.apply(topology, rows(topology, progress, cancel), pinned);
        }
        LayoutResult down = layout(topology, Direction.DOWN, false, progress, cancel);
        LayoutResult best = down;
        if (size(topology) <= SHAPE_CHOICE_LIMIT) {
            // Most topologies are shallow and wide (many services, few tiers): top-down they make a strip that fits
            // the window only at an unreadable zoom. Boxes are wide and short, so left-to-right stacks the wide
            // layers as columns; keep whichever shape fills a window-shaped area at the larger scale.
            for (LayoutResult other : List.of(layout(topology, Direction.RIGHT, false, ProgressListener.NONE, cancel),
                    layout(topology, Direction.RIGHT, true, ProgressListener.NONE, cancel))) {
                if (fitScale(other) > fitScale(best) * 1.05) best = other;
            }
        }
        if (rowsMayHelp && textAtFit(best, WINDOW_CANVAS_WIDTH, WINDOW_CANVAS_HEIGHT) < ROWS_BELOW_PX) {
            LayoutResult rows = rows(topology, ProgressListener.NONE, cancel);
            if (textAtFit(rows, WINDOW_CANVAS_WIDTH, WINDOW_CANVAS_HEIGHT)
                    > textAtFit(best, WINDOW_CANVAS_WIDTH, WINDOW_CANVAS_HEIGHT)) best = rows;
        }
        LayoutResult result = PinnedLayout.apply(topology, best, pinned);
        progress.progress(3, 3, "Layout done");
        return result;
    }

    /** The label's on-screen size when the layout is fitted into the readable area (fit never zooms past 1.5). */
    public static double textAtFit(LayoutResult r) {
        return textAtFit(r, READABLE_VIEW_WIDTH, READABLE_VIEW_HEIGHT);
    }

    /** The label's on-screen size when the layout is fitted into a view of the given size. */
    public static double textAtFit(LayoutResult r, double viewWidth, double viewHeight) {
        double scale = Math.min(viewWidth / Math.max(1, r.width()), viewHeight / Math.max(1, r.height()));
        return NodeSize.LABEL_FONT_SIZE * Math.min(1.5, scale);
    }

    /**
     * Whether two-row boxes with a layered layout's gaps cover more than the readable area at the readable scale:
     * a layered picture of them cannot be read at fit, however ELK arranges it.
     */
    static boolean tooBigForLayers(Topology topology) {
        double scale = READABLE_TEXT_PX / NodeSize.LABEL_FONT_SIZE;
        double readableArea = (READABLE_VIEW_WIDTH / scale) * (READABLE_VIEW_HEIGHT / scale);
        double boxes = 0;
        for (Node node : topology.nodes()) boxes += (NodeSize.width(node) + NODE_GAP) * (NodeSize.HEIGHT + LAYER_GAP);
        return boxes > readableArea;
    }

    private static LayoutResult rows(Topology topology, ProgressListener progress, CancellationToken cancel) {
        return FastLayeredLayout.rows(VIEW_ASPECT)
                .layout(topology, Map.of(), progress, cancel);
    }

    /** The scale at which a layout fits an area of {@link #VIEW_ASPECT} (width / height), up to a constant. */
    static double fitScale(LayoutResult r) {
        return Math.min(VIEW_ASPECT / Math.max(1, r.width()), 1 / Math.max(1, r.height()));
    }

    private LayoutResult layout(Topology topology, Direction direction, boolean wrap, ProgressListener progress,
                                CancellationToken cancel) {
        cancel.throwIfCancelled();
        progress.progress(0, 3, "Preparing layout");
        ElkNode root = graphRoot(topology.nodes().size(), direction);
        if (wrap) {
            // A long chain of layers is cut into rows stacked under each other, aiming at the window's shape.
            root.setProperty(LayeredOptions.WRAPPING_STRATEGY, WrappingStrategy.MULTI_EDGE);
            root.setProperty(CoreOptions.ASPECT_RATIO, VIEW_ASPECT);
        }
        Map<String, ElkNode> elkNodes = addNodes(root, topology);
        List<ElkEdge> depEdges = new ArrayList<>();
        List<List<ElkEdge>> fallbackEdges = new ArrayList<>();
        for (Dependency d : topology.dependencies()) {
            ElkNode from = elkNodes.get(d.from());
            depEdges.add(ElkGraphUtil.createSimpleEdge(from, elkNodes.get(d.to())));
            fallbackEdges.add(d.fallback().stream()
                    .map(f -> ElkGraphUtil.createSimpleEdge(from, elkNodes.get(f))).toList());
        }
        progress.progress(1, 3, "Laying out " + topology.nodes().size() + " nodes");
        new RecursiveGraphLayoutEngine().layout(root, new CancellableMonitor(cancel));
        cancel.throwIfCancelled();
        progress.progress(2, 3, "Routing edges");
        Map<String, Box> boxes = new LinkedHashMap<>();
        elkNodes.forEach((id, en) -> boxes.put(id, new Box(en.getX(), en.getY(), en.getWidth(), en.getHeight())));
        List<List<Point>> routes = depEdges.stream().map(ElkLayeredLayout::route).toList();
        List<List<List<Point>>> fallbackRoutes =
                fallbackEdges.stream().map(es -> es.stream().map(ElkLayeredLayout::route).toList()).toList();
        double w = boxes.values().stream().mapToDouble(Box::maxX).max().orElse(0);
        double h = boxes.values().stream().mapToDouble(Box::maxY).max().orElse(0);
        return new LayoutResult(boxes, routes, fallbackRoutes, w, h);
    }

    /** Nodes plus edges: ELK's cost grows with both (dense graphs make many long edges). */
    static int size(Topology topology) {
        int edges = 0;
        for (Dependency d : topology.dependencies()) edges += 1 + d.fallback().size();
        return topology.nodes().size() + edges;
    }

    private static ElkNode graphRoot(int nodeCount, Direction direction) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, direction);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.RANDOM_SEED, SEED);
        // Crossing minimisation dominates on big graphs; fewer sweeps keep 1,000+ nodes within seconds.
        root.setProperty(LayeredOptions.THOROUGHNESS, nodeCount > 500 ? 1 : nodeCount > 150 ? 4 : 7);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_GAP);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_GAP);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 12.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 12.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 16.0);
        // Model order keeps same-zone nodes together, but ELK sorts by it with an insertion sort over a costly
        // comparator: a dense 1,000-node graph took over two minutes. Only small graphs get it.
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
                nodeCount <= MODEL_ORDER_LIMIT ? OrderingStrategy.NODES_AND_EDGES : OrderingStrategy.NONE);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(0));
        return root;
    }

    /** Nodes in file order, or grouped by home zone (stable) when zones exist, so ELK's model order keeps zones together. */
    private static Map<String, ElkNode> addNodes(ElkNode root, Topology topology) {
        List<Node> ordered = new ArrayList<>(topology.nodes());
        if (!topology.zones().isEmpty()) {
            Map<String, Integer> zoneOrder = new HashMap<>();
            topology.zones().forEach(z -> zoneOrder.put(z.id(), zoneOrder.size()));
            ordered.sort(Comparator.comparingInt(nd -> nd.zones().isEmpty()
                    ? Integer.MAX_VALUE : zoneOrder.getOrDefault(nd.zones().get(0), Integer.MAX_VALUE)));
        }
        Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
        for (Node node : ordered) {
            ElkNode en = ElkGraphUtil.createNode(root);
            en.setIdentifier(node.id());
            en.setDimensions(NodeSize.width(node), NodeSize.HEIGHT);
            elkNodes.put(node.id(), en);
        }
        // Keep the result map in file order, whatever order ELK saw.
        Map<String, ElkNode> inFileOrder = new LinkedHashMap<>();
        topology.nodes().forEach(nd -> inFileOrder.put(nd.id(), elkNodes.get(nd.id())));
        return inFileOrder;
    }

    private static List<Point> route(ElkEdge edge) {
        if (edge.getSections().isEmpty()) return List.of();
        ElkEdgeSection s = edge.getSections().get(0);
        List<Point> points = new ArrayList<>();
        points.add(new Point(s.getStartX(), s.getStartY()));
        for (ElkBendPoint b : s.getBendPoints()) points.add(new Point(b.getX(), b.getY()));
        points.add(new Point(s.getEndX(), s.getEndY()));
        return points;
    }

    /** Lets ELK notice the user's cancel between its phases. */
    private static final class CancellableMonitor extends BasicProgressMonitor {
        private final CancellationToken cancel;

        CancellableMonitor(CancellationToken cancel) {
            this.cancel = cancel;
        }

        @Override
        public boolean isCanceled() {
            return cancel.isCancelled();
        }
    }
}
