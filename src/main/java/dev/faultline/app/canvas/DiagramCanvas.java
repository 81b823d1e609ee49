package dev.faultline.app.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Affine;

import dev.faultline.layout.EdgeRoutes;
import dev.faultline.layout.Box;
import dev.faultline.layout.Point;
import dev.faultline.render.DiagramScene;
import dev.faultline.render.KindGlyphs;
import dev.faultline.render.LegendEntry;
import dev.faultline.render.SceneEdge;
import dev.faultline.render.SceneGroup;
import dev.faultline.render.SceneNode;
import dev.faultline.simulation.FailureEvent;

/**
 * The interactive diagram: a retained scene graph (one {@link Group} per node, one path per edge) moved by ONE
 * affine transform on the world group, so panning and zooming never redraw anything (see stack.md: ~50 fps at
 * 5,000 nodes, versus under 1 fps repainting a Canvas). A new {@link DiagramScene} restyles existing nodes in place;
 * nodes are only created when the set of nodes changes, and on graphs of {@link #GROUP_FROM} nodes or more only
 * when first drawn (see {@code nodeViews}). On those large graphs the edges are not one path each but one bitmap
 * ({@link EdgeLayer}, drawn off the FX thread); only labelled edges and the edges of a node being dragged are views.
 */
public final class DiagramCanvas extends Region {
    /** Below this zoom, labels would be unreadable (< ~6 px): draw bare shapes instead. */
    public static final double LABEL_THRESHOLD = 0.45;
    /** Below this zoom, nodes are drawn as plain blocks and edges without arrow heads (level of detail). */
    public static final double COMPACT_THRESHOLD = 0.22;
    private static final double ZOOM_STEP = 1.2;
    /** Screen pixels a node must be dragged before it moves. */
    public static final double DRAG_THRESHOLD = 6;
    /** Graphs this large get a minimap. */
    public static final int MINIMAP_FROM = 150;
    /** Graphs this large hide off-screen nodes and edges while panning. */
    public static final int CULL_FROM = 300;
    /**
     * Graphs larger than this show groups instead of nodes while zoomed out below {@link #LABEL_THRESHOLD}, where a
     * node's label is not drawn and a node says nothing a group block does not (semantic zoom, issue #13). Smaller
     * graphs are always drawn node by node.
     */
    public static final int GROUP_FROM = 151;

    private final CanvasActions actions;
    private final Viewport viewport = new Viewport();
    private final Affine transform = new Affine();
    private final Group world = new Group();
    private final Group groupLayer = new Group();
    private final Group edgeLayer = new Group();
    /** Large graphs: the edges as one bitmap drawn off the FX thread (EdgeLayer); edgeLayer keeps the live ones. */
    private final KindGlyphs glyphs = KindGlyphs.load();
    private final EdgeLayer edgeBitmap = new EdgeLayer(this::linesIn, this::pictureIn, glyphs);
    /** Large graphs: edges drawn as views over the bitmap while one of their ends is dragged. */
    private final Set<Integer> liveEdges = new HashSet<>();
    /** Edges that were live: their views stay until a bitmap with them in it is on screen. */
    private final Set<Integer> retiringEdges = new HashSet<>();
    private long retireAfter = -1;
    private final Group nodeLayer = new Group();
    /** Removed nodes while comparing: seen, never picked (GhostViews). */
    private final Group ghostLayer = new Group();
    private final GroupOverview overview = new GroupOverview(this::toggleGroup);
    /** Focus mode: the only nodes drawn (null: off) and which of their edges are drawn. */
    private Set<String> focusNodes;
    private java.util.function.Predicate<SceneEdge> focusEdges = e -> true;
    /** Some nodes or edges were hidden by groups or focus at the last update: they must be shown again. */
    private boolean filtered;
    private final VBox legend = new VBox(4);
    private final ColorCache colours = new ColorCache();
    private final Minimap minimap;
    /**
     * The views made so far. Graphs of {@link #GROUP_FROM} nodes or more make a node's or an edge's view only when
     * it is first drawn (an open group, focus, or in view when not grouped) and keep it; smaller graphs make them
     * all at once. Opening 20,000 nodes used to build 44,000 JavaFX nodes that the groups then hid (issue #13).
     */
    private final Map<String, NodeView> nodeViews = new LinkedHashMap<>();
    private final Map<Integer, EdgeView> edgeViews = new HashMap<>();
    /** The scene's nodes by id (all of them, with or without a view). */
    private Map<String, SceneNode> sceneNodes = Map.of();
    /** Views are made as they are drawn (a large graph), not all at once. */
    private boolean lazy;
    /** Lazy graphs: nodes and edges by layout box, and what the last update showed. */
    private BoxGrid nodeGrid;
    /** Made beside the FX thread's work ({@link SceneIndex}): waited for when edges are first drawn one by one. */
    private java.util.concurrent.Future<BoxGrid> edgeGrid;
    /** Lazy graphs: the edges with a label (drawn as views, not in the bitmap). */
    private BoxGrid labelGrid;
    private List<String> gridIds = List.of();
    private List<Box> edgeBoxes = List.of();
    /** Every node's and edge's box in the scene, from its index: the fit view while no view is drawn elsewhere. */
    private Box sceneBounds;
    private Set<String> shownNodes = new HashSet<>();
    private Set<Integer> shownEdges = new HashSet<>();
    /**
     * A large graph was just shown and its groups are being computed: zoomed out, nothing is made until they come
     * (or until the next pulse, for a canvas that is never given groups), else the fit view would make every view.
     */
    private boolean groupsPending;
    private Map<String, List<Integer>> edgesByNode = new HashMap<>();
    /** A new file's index, being made while the file opens ({@link #prepare}); null when none is. */
    private volatile SceneIndex.Pending preparedIndex;
    private final Set<String> selected = new HashSet<>();
    private DiagramScene scene;
    private boolean detailVisible = true;
    private boolean compact;
    private double dotSize;
    /** Closed at first: the diagram gets the whole canvas at fit; one click on "Legend" opens it. */
    private boolean legendOpen = false;
    /** The user opened or closed the legend; from then on it stays as they left it. */
    private boolean legendChosen;
    /** The view shows everything (fit) and the user has not moved it since: a resize fits again. */
    private boolean fitted;
    private double dragStartX;
    private double dragStartY;
    private boolean panning;
    private ContextMenu openMenu;
    /** A lasting highlight (flow path, causal chain); hover highlights on top of it and gives it back. */
    private dev.faultline.app.workspace.Highlight lasting;
    private final Label caption = new Label();

    public DiagramCanvas(CanvasActions actions) {
        this.actions = actions;
        setId("diagram-canvas");
        getStyleClass().add("diagram-canvas");
        setFocusTraversable(true);
        world.getTransforms().add(transform);
        world.getChildren().addAll(groupLayer, overview, ghostLayer, edgeBitmap, edgeLayer, nodeLayer);
        edgeBitmap.setOnShown(this::edgeBitmapShown);
        // While the moving picture stands in for them, the views are not drawn (opacity 0: the renderer skips them)
        // but still picked, so a click or a hover right after a pan reaches the node under the pointer.
        edgeBitmap.setOnPicture(on -> {
            nodeLayer.setOpacity(on ? 0 : 1);
            edgeLayer.setOpacity(on ? 0 : 1);
        });
        overview.setVisible(false);
        legend.setId("legend");
        legend.getStyleClass().add("legend");
        legend.setPadding(new Insets(8, 10, 8, 10));
        legend.setPickOnBounds(false);
        legend.setManaged(false);
        legend.setVisible(false);
        minimap = new Minimap(colours, (wx, wy) -> {
            viewport.centreOn(wx, wy, getWidth(), getHeight());
            applyViewport();
        });
        minimap.setManaged(false);
        minimap.setVisible(false);
        caption.setId("highlight-caption");
        caption.getStyleClass().add("highlight-caption");
        caption.setManaged(false);
        caption.setVisible(false);
        caption.setWrapText(true);
        caption.setOnMouseClicked(e -> {
            actions.clearHighlight();
            e.consume();
        });
        getChildren().addAll(world, legend, minimap, caption);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(200, 200);
        installPanZoom();
        installKeys();
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> pointerStill = false);
        // Keep showing everything when the window or a panel resizes, unless the user moved the view.
        widthProperty().addListener((o, a, b) -> refitIfFitted());
        heightProperty().addListener((o, a, b) -> refitIfFitted());
    }

    // ---- scene ------------------------------------------------------------------------------------------------------

    /** Shows a scene: restyles in place when the nodes are the same ones, rebuilds otherwise. */
    public void show(DiagramScene next) {
        // Only what changed is redrawn (see SceneDiff): a failure must not rebuild 2,000 nodes' worth of shapes.
        SceneDiff diff = SceneDiff.between(scene, next, sceneNodes, scene == null ? 0 : scene.edges().size());
        scene = next;
        Map<String, SceneNode> before = sceneNodes;
        boolean moved = false;
        Map<String, SceneNode> byId = new HashMap<>(next.nodes().size() * 2);
        for (SceneNode n : next.nodes()) {
            byId.put(n.id(), n);
            SceneNode old = before.get(n.id());
            moved |= old != null && !old.bounds().equals(n.bounds());
        }
        sceneNodes = byId;
        if (diff.paletteChanged()) {
            setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
                    colours.get(next.palette().background, Color.WHITE), null, null)));
        }
        if (diff.sameNodes()) {
            restyle(next);
            // The same nodes may have moved (a pin re-lays the graph out): what is in view is found by the new boxes.
            if (moved) {
                indexBoxes(next);
                retireLiveEdges();
                updateDetail();
            }
        } else {
            rebuild(next);
        }
        if (diff.groupsChanged() || diff.paletteChanged()) showGroups(next.groups());
        // Ghosts (compare mode) are few and usually none: cheap to set every time.
        ghostLayer.getChildren().setAll(GhostViews.of(next, colours, glyphs));
        if (diff.legendChanged() || diff.paletteChanged()) showLegend(next.legend());
        if (lasting != null) applyLasting();
        minimap.setVisible(next.nodes().size() >= MINIMAP_FROM);
        if (minimap.isVisible() && (diff.nodesChanged() || diff.paletteChanged() || !diff.sameNodes())) {
            minimap.draw(next);
            updateMinimapView();
        }
    }

    private void updateMinimapView() {
        // At fit the whole diagram is in view: the minimap would only cover its corner.
        minimap.setOpacity(fitted ? 0 : 1);
        minimap.setMouseTransparent(fitted);
        if (!minimap.isVisible()) return;
        minimap.showView(viewport.toWorldX(0), viewport.toWorldY(0), getWidth() / viewport.scale(),
                getHeight() / viewport.scale());
    }

    public DiagramScene scene() {
        return scene;
    }

    private void rebuild(DiagramScene s) {
        nodeViews.clear();
        edgeViews.clear();
        shownNodes = new HashSet<>();
        shownEdges = new HashSet<>();
        nodeLayer.getChildren().clear();
        edgeLayer.getChildren().clear();
        lazy = s.nodes().size() >= GROUP_FROM;
        liveEdges.clear();
        retiringEdges.clear();
        edgeBitmap.setActive(lazy);
        edgeBitmap.invalidate();
        SceneIndex.Pending pending = preparedIndex;
        preparedIndex = null;
        SceneIndex made = pending == null ? null : pending.takeFor(s);
        useIndex(made != null && (made.nodeGrid() != null) == lazy ? made : SceneIndex.of(s, lazy));
        // A new file's first picture (prepared while it opened) is fitted by the window: at the old zoom a large
        // graph would first make the views of every node in the old view's corner, then drop them at the fit.
        boolean fitFirst = made != null && lazy && getWidth() > 0 && getHeight() > 0;
        if (lazy) {
            groupsPending = true;
            javafx.application.Platform.runLater(() -> {
                if (!groupsPending) return;
                groupsPending = false;
                updateDetail();
            });
        } else {
            nodeGrid = null;
            edgeGrid = null;
            labelGrid = null;
            gridIds = List.of();
            List<javafx.scene.Node> nodes = new ArrayList<>(s.nodes().size());
            for (SceneNode n : s.nodes()) nodes.add(makeNodeView(n));
            List<javafx.scene.Node> edges = new ArrayList<>(s.edges().size());
            for (int i = 0; i < s.edges().size(); i++) edges.add(makeEdgeView(i));
            edgeLayer.getChildren().setAll(edges);
            nodeLayer.getChildren().setAll(nodes);
        }
        if (fitFirst) fit();
        else updateDetail();
    }

    /** Files the layout boxes of nodes and edge routes (in the grids when lazy), for culling and fitting. */
    private void indexBoxes(DiagramScene s) {
        useIndex(SceneIndex.of(s, lazy));
    }

    private void useIndex(SceneIndex index) {
        edgesByNode = index.edgesByNode();
        edgeBoxes = index.edgeBoxes();
        gridIds = index.gridIds();
        nodeGrid = index.nodeGrid();
        edgeGrid = index.edgeGridMade();
        labelGrid = index.labelGrid();
        sceneBounds = index.bounds();
    }

    /**
     * A new file's first picture, before it is shown (any thread): its index is made on a thread of its own
     * meanwhile, and {@link #show} takes it rather than making it on the FX thread.
     */
    public void prepare(DiagramScene next) {
        preparedIndex = SceneIndex.startFor(next, next.nodes().size() >= GROUP_FROM);
    }

    private static Box pathBox(SceneEdge e) {
        return SceneIndex.pathBox(e);
    }

    /** A node's view, made (with the current style, selection and highlight) if it has none yet; null if absent. */
    private NodeView nodeViewFor(String id) {
        NodeView v = nodeViews.get(id);
        if (v != null) return v;
        SceneNode n = sceneNodes.get(id);
        if (n == null) return null;
        v = makeNodeView(n);
        v.setVisible(false); // updateDetail shows it if it is drawn
        nodeLayer.getChildren().add(v);
        // A new view taking the current highlight is no change to what is drawn (the moving picture painted this
        // node with the same dimming): it must not drop the picture, as it did for every node panned into view
        // while a hover or a flow dimmed the graph.
        v.setOnLookChanged(() -> { });
        paintState(id, v);
        v.setOnLookChanged(edgeBitmap::nodesChanged);
        return v;
    }

    private NodeView makeNodeView(SceneNode n) {
        NodeView v = new NodeView(n, colours, glyphs, scene.palette());
        v.setDotSize(dotSize);
        v.setCompact(compact);
        v.setSelected(selected.contains(n.id()));
        wireNode(v);
        v.setOnLookChanged(edgeBitmap::nodesChanged);
        nodeViews.put(n.id(), v);
        return v;
    }

    private EdgeView edgeViewFor(int i) {
        EdgeView v = edgeViews.get(i);
        if (v != null) return v;
        v = makeEdgeView(i);
        v.setVisible(false);
        edgeLayer.getChildren().add(v);
        paintState(v);
        return v;
    }

    private EdgeView makeEdgeView(int i) {
        EdgeView v = new EdgeView(i, scene.edges().get(i), colours);
        v.setBackgroundColour(colours.get(scene.palette().background, Color.WHITE));
        v.setCompact(compact);
        edgeViews.put(i, v);
        return v;
    }

    /** Where a node is drawn: inside its open group's block while groups are drawn, else at its layout position. */
    private Box drawnBox(String id, boolean grouped) {
        Box inside = grouped ? overview.drawnInside(id, this::boundsOf) : null;
        return inside != null ? inside : boundsOf(id);
    }

    /** Where a node is drawn now (tests, screenshots): see {@link #drawnBox}. */
    public Box drawnBounds(String nodeId) {
        return sceneNodes.containsKey(nodeId) ? drawnBox(nodeId, grouped()) : null;
    }

    /** Where a node is: its view's place (it may have been dragged) or its layout box. */
    private Box boundsOf(String id) {
        NodeView v = nodeViews.get(id);
        if (v != null) return v.bounds();
        SceneNode n = sceneNodes.get(id);
        return n == null ? null : n.bounds();
    }

    /** Only the views that exist are restyled; a view made later is made from the current scene. */
    private void restyle(DiagramScene s) {
        nodeViews.forEach((id, v) -> v.update(sceneNodes.get(id), colours, s.palette()));
        // The "or" pills are filled with the background: a theme switch must repaint them too.
        Color bg = colours.get(s.palette().background, Color.WHITE);
        edgeViews.forEach((i, v) -> {
            v.setBackgroundColour(bg);
            v.update(s.edges().get(i), colours);
        });
        edgeBitmap.invalidate();
    }

    private void showGroups(List<SceneGroup> groups) {
        List<javafx.scene.Node> shapes = new ArrayList<>();
        for (SceneGroup g : groups) {
            Box b = g.bounds();
            Rectangle r = new Rectangle(b.x(), b.y(), b.width(), b.height());
            r.setArcWidth(16);
            r.setArcHeight(16);
            r.setFill(colours.get(g.fill(), Color.TRANSPARENT));
            r.setStroke(colours.get(g.stroke(), Color.LIGHTGRAY));
            r.setStrokeWidth(dev.faultline.render.StylePolicy.GROUP_STROKE_WIDTH);
            r.getStrokeDashArray().setAll(dev.faultline.render.StylePolicy.GROUP_DASH);
            Text t = new Text(b.x() + 10, b.y() + 16, g.label());
            t.getStyleClass().add("group-label");
            t.setFill(colours.get(g.stroke(), Color.GRAY));
            shapes.add(r);
            shapes.add(t);
        }
        groupLayer.getChildren().setAll(shapes);
        groupLayer.setMouseTransparent(true);
    }

    /**
     * The legend, bottom-left, in columns so it stays low; its header collapses it. It lists exactly what the
     * picture uses (the scene builder decides), like the legend of every export.
     */
    private void showLegend(List<LegendEntry> entries) {
        legend.getChildren().clear();
        if (entries.isEmpty()) {
            legend.setVisible(false);
            return;
        }
        legend.setVisible(true);
        Label header = new Label((legendOpen ? "▾ " : "▸ ") + "Legend");
        header.setId("legend-header");
        header.getStyleClass().add("legend-header");
        header.setOnMouseClicked(e -> {
            legendOpen = !legendOpen;
            legendChosen = true;
            showLegend(entries);
            e.consume();
        });
        legend.getChildren().add(header);
        if (legendOpen) {
            javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
            grid.setHgap(14);
            grid.setVgap(3);
            int rows = (int) Math.ceil(entries.size() / 3.0);
            for (int i = 0; i < entries.size(); i++) {
                LegendEntry e = entries.get(i);
                Label text = new Label(e.label());
                text.getStyleClass().add("legend-label");
                StackPane sw = new StackPane(swatch(e));
                sw.setMinWidth(28);
                HBox row = new HBox(6, sw, text);
                row.setAlignment(Pos.CENTER_LEFT);
                row.getStyleClass().add("legend-row");
                grid.add(row, i / rows, i % rows);
            }
            legend.getChildren().add(grid);
        }
        requestLayout();
    }

    /** Opens or folds the legend, as a click on its header does. */
    public void setLegendOpen(boolean open) {
        legendOpen = open;
        legendChosen = true;
        if (scene != null) showLegend(scene.legend());
    }

    private javafx.scene.Node swatch(LegendEntry e) {
        return LegendSwatches.swatch(e, colours, glyphs, scene.palette());
    }

    @Override
    protected void layoutChildren() {
        legend.autosize();
        if (legendOpen && !legendChosen && legend.getHeight() > getHeight() * 0.35 && legend.isVisible()) {
            // A small canvas: a legend this tall would hide the diagram. One click on its header opens it.
            legendOpen = false;
            showLegend(scene.legend());
            legend.autosize();
        }
        legend.relocate(12, getHeight() - legend.getHeight() - 12);
        if (caption.isVisible()) {
            double w = Math.min(getWidth() - 24, caption.prefWidth(-1));
            caption.resize(w, caption.prefHeight(w));
            caption.relocate(12, 10);
        }
        minimap.resizeRelocate(getWidth() - Minimap.WIDTH - 12, getHeight() - Minimap.HEIGHT - 12, Minimap.WIDTH,
                Minimap.HEIGHT);
        updateMinimapView();
    }

    // ---- view -------------------------------------------------------------------------------------------------------

    public void fit() {
        if (scene == null) return;
        // No view made yet (a large file just shown, or zoomed out over its groups): the index has the bounds.
        boolean fromIndex = focusNodes == null && nodeViews.isEmpty() && edgeViews.isEmpty() && sceneBounds != null;
        Box all = fromIndex ? sceneBounds : contentBounds(focusNodes == null ? sceneNodes.keySet() : focusNodes);
        if (all == null) return;
        // Edges that leave the nodes' box (wrapped layouts route some around the side) must be in view too.
        if (focusNodes == null && !fromIndex) all = withEdges(all);
        double reserved = legend.isVisible() ? legend.getHeight() + 12 : 0;
        viewport.fit(all.x(), all.y(), all.width(), all.height(), getWidth(), Math.max(100, getHeight() - reserved), 1.5);
        fitted = true;
        applyViewport();
    }

    private void refitIfFitted() {
        if (fitted) javafx.application.Platform.runLater(() -> {
            if (fitted) fit();
        });
    }

    public void zoomToSelection() {
        Box b = contentBounds(selected);
        if (b == null) return;
        fitted = false;
        viewport.fit(b.x() - 40, b.y() - 40, b.width() + 80, b.height() + 80, getWidth(), getHeight(), 1.5);
        applyViewport();
    }

    public void zoomIn() {
        fitted = false;
        viewport.zoomAt(ZOOM_STEP, getWidth() / 2, getHeight() / 2);
        applyViewport();
    }

    public void zoomOut() {
        fitted = false;
        viewport.zoomAt(1 / ZOOM_STEP, getWidth() / 2, getHeight() / 2);
        applyViewport();
    }

    /** Centres a node, zooming in to a readable scale if the view is zoomed out too far to read it. */
    public void centreOn(String nodeId) {
        if (!sceneNodes.containsKey(nodeId)) return;
        revealNode(nodeId);
        fitted = false;
        // Keep the user's zoom unless it is too far out to read the node.
        if (viewport.scale() < LABEL_THRESHOLD) viewport.set(1, viewport.tx(), viewport.ty());
        Box b = boundsOf(nodeId);
        viewport.centreOn(b.centerX(), b.centerY(), getWidth(), getHeight());
        applyViewport();
    }

    public double zoom() {
        return viewport.scale();
    }

    public Viewport viewport() {
        return viewport;
    }

    private void applyViewport() {
        keepSelectionInPlace();
        transform.setToTransform(viewport.scale(), 0, viewport.tx(), 0, viewport.scale(), viewport.ty());
        viewMoved();
        updateMinimapView();
        boolean detailBefore = detailVisible;
        detailVisible = viewport.scale() >= LABEL_THRESHOLD;
        if (detailBefore != detailVisible) edgeBitmap.nodesChanged();
        boolean nowCompact = viewport.scale() < COMPACT_THRESHOLD;
        if (nowCompact != compact) {
            compact = nowCompact;
            nodeViews.values().forEach(v -> v.setCompact(nowCompact));
            edgeViews.values().forEach(e -> e.setCompact(nowCompact));
            // Drawn once, for the new view that updateDetail gives (not first for the old one, then again).
            edgeBitmap.invalidateLater();
        }
        updateDetail();
        if (compact) {
            // Dots at least ~3 px wide, in steps of a power of two so a zoom does not touch every node each frame.
            double size = Math.pow(2, Math.ceil(Math.log(3 / viewport.scale()) / Math.log(2)));
            if (size != dotSize) {
                dotSize = size;
                nodeViews.values().forEach(v -> v.setDotSize(size));
            }
        }
    }

    /**
     * Level of detail. Zoomed out, no labels (they would be unreadable). Zoomed in, labels for the nodes in view; a
     * node's text is only built when it first comes into view, so a large graph opens fast.
     */
    private void updateDetail() {
        double margin = 200 / Math.max(viewport.scale(), 0.01);
        double x0 = viewport.toWorldX(0) - margin;
        double y0 = viewport.toWorldY(0) - margin;
        double x1 = viewport.toWorldX(Math.max(getWidth(), 400)) + margin;
        double y1 = viewport.toWorldY(Math.max(getHeight(), 300)) + margin;
        // Large graphs: hide what is off screen, so a pan at a readable zoom renders the few nodes in view rather
        // than walking thousands of shapes.
        boolean grouped = grouped();
        overview.setVisible(grouped);
        if (grouped) overview.viewChanged(viewport.scale(), x0, y0, x1, y1);
        boolean filtering = grouped || focusNodes != null;
        if (lazy) {
            updateLazily(x0, y0, x1, y1, grouped);
            return;
        }
        boolean cull = nodeViews.size() >= CULL_FROM || filtering || filtered;
        filtered = filtering;
        for (NodeView v : nodeViews.values()) {
            Box b = v.bounds();
            boolean inView = b.maxX() >= x0 && b.x() <= x1 && b.maxY() >= y0 && b.y() <= y1
                    && (!filtering || drawsNode(v.nodeId(), grouped));
            if (cull && v.isVisible() != inView) v.setVisible(inView);
            if (detailVisible && inView) v.setDetailVisible(true);
            else if (v.isDetailVisible()) v.setDetailVisible(false);
        }
        if (cull) {
            for (EdgeView e : edgeViews.values()) {
                boolean inView = e.routeMeets(x0, y0, x1, y1) && (!filtering || drawsEdge(e.scene(), grouped));
                if (e.isVisible() != inView) e.setVisible(inView);
            }
        }
    }

    /**
     * When the zoom crosses between groups and nodes, a single selected node is drawn somewhere else (inside its
     * group's block, or at its layout position): the view follows it, so it stays where the user was looking.
     */
    private void keepSelectionInPlace() {
        boolean nowGrouped = grouped();
        if (nowGrouped == viewGrouped) return;
        viewGrouped = nowGrouped;
        if (selected.size() != 1) return;
        String id = selected.iterator().next();
        String group = overview.picture() == null ? null : overview.picture().grouping().groupOf(id);
        if (group == null || !overview.isOpen(group)) return;
        Box inside = overview.drawnInside(id, this::boundsOf);
        Box laidOut = boundsOf(id);
        if (inside == null || laidOut == null) return;
        Box from = nowGrouped ? laidOut : inside;
        Box to = nowGrouped ? inside : laidOut;
        double s = viewport.scale();
        double sx = from.centerX() * s + viewport.tx();
        double sy = from.centerY() * s + viewport.ty();
        if (sx < 0 || sy < 0 || sx > getWidth() || sy > getHeight()) return; // not in view: nothing to keep
        viewport.set(s, sx - to.centerX() * s, sy - to.centerY() * s);
    }

    private boolean viewGrouped;

    /**
     * Large graphs: finds what is drawn in view without walking every node (the open groups' members, the focus,
     * or the grid cells of the view), makes the views it lacks, and shows and hides only what changed.
     */
    private void updateLazily(double x0, double y0, double x1, double y1, boolean grouped) {
        Set<String> nodesNow = new HashSet<>();
        Set<Integer> edgesNow = new HashSet<>();
        Iterable<String> drawable = drawableNodes(grouped);
        boolean blank = groupsPending && viewport.scale() < LABEL_THRESHOLD;
        if (grouped != lastGrouped || blank != lastBlank) {
            // What may be drawn changed (groups came, or the zoom crossed into them): the bitmap's lines too.
            lastGrouped = grouped;
            lastBlank = blank;
            edgeBitmap.invalidateLater(); // drawn for the new view, given at the end
        }
        if (drawable != null) {
            // Groups or focus: few nodes are drawn; an edge is drawn when both its ends are, wherever they are.
            for (String id : drawable) {
                Box b = drawnBox(id, grouped);
                if (b != null && b.maxX() >= x0 && b.x() <= x1 && b.maxY() >= y0 && b.y() <= y1) nodesNow.add(id);
                for (int i : edgesByNode.getOrDefault(id, List.of())) {
                    if (!labelled(i) || edgesNow.contains(i) || !edgeMeets(i, x0, y0, x1, y1)) continue;
                    if (drawsEdge(scene.edges().get(i), grouped)) edgesNow.add(i);
                }
            }
        } else if (!blank) {
            nodeGrid.forEachIn(x0, y0, x1, y1, i -> nodesNow.add(gridIds.get(i)));
            labelGrid.forEachIn(x0, y0, x1, y1, edgesNow::add);
        }
        // Edges being dragged (and those just dropped, until the bitmap has them) are views over the bitmap.
        for (Set<Integer> live : List.of(liveEdges, retiringEdges)) {
            for (int i : live) if (drawsEdge(scene.edges().get(i), grouped)) edgesNow.add(i);
        }
        // Hysteresis: a node that leaves the view stays drawn until it is well outside it, so a pan back and forth
        // along the border does not hide and show (and re-layout the layer for) the same views every frame.
        double keep = drawable == null && !blank ? KEEP_MARGIN / Math.max(viewport.scale(), 0.01) : 0;
        for (String id : shownNodes) {
            if (nodesNow.contains(id)) continue;
            NodeView v = nodeViews.get(id);
            Box b = v.bounds();
            if (keep > 0 && b.maxX() >= x0 - keep && b.x() <= x1 + keep && b.maxY() >= y0 - keep && b.y() <= y1 + keep) {
                nodesNow.add(id);
                continue;
            }
            v.setVisible(false);
            v.setCache(false); // a hidden view keeps no bitmap (20,000 of them would)
            if (v.isDetailVisible()) v.setDetailVisible(false);
        }
        for (String id : nodesNow) {
            NodeView v = nodeViewFor(id);
            v.drawAt(grouped ? overview.drawnInside(id, this::boundsOf) : null);
            if (!v.isVisible()) {
                v.setVisible(true);
                cacheView(v);
            }
            if (detailVisible) v.setDetailVisible(true);
            else if (v.isDetailVisible()) v.setDetailVisible(false);
        }
        for (int i : shownEdges) {
            if (!edgesNow.contains(i)) edgeViews.get(i).setVisible(false);
        }
        for (int i : edgesNow) {
            EdgeView e = edgeViewFor(i);
            if (!e.isVisible()) e.setVisible(true);
        }
        shownNodes = nodesNow;
        shownEdges = edgesNow;
        edgeBitmap.viewChanged(viewport.toWorldX(0), viewport.toWorldY(0), viewport.toWorldX(getWidth()),
                viewport.toWorldY(getHeight()), viewport.scale());
    }

    /**
     * Large graphs: while the view moves, a drawn node view is kept as a bitmap, so each frame of a pan or zoom draws
     * one image per node rather than its box, glyph, label and badges again (the software renderer also rasterised
     * the label's glyphs anew at every zoom step). Once the view rests the bitmaps go and the nodes are drawn as shapes
     * again: a bitmap at a fractional pixel offset is drawn filtered, which blurs the text a little.
     */
    private void cacheView(NodeView v) {
        if (!CACHE_NODES) return;
        if (viewMoving) {
            v.setCacheHint(javafx.scene.CacheHint.SCALE);
            v.setCache(true);
        } else {
            v.setCache(false);
        }
    }

    private static final boolean CACHE_NODES = !Boolean.getBoolean("faultline.nodes.nocache");
    private boolean viewMoving;
    /** Large graphs: the view moved less than the rest delay ago (see rested()). */
    private boolean moving;
    /** The node under the pointer, and the node whose hover is shown (they differ while the view moves). */
    private String pointerNode;
    private String hoveredNode;
    /** The pointer has not moved since the view last did: a node entering under it is the view's doing. */
    private boolean pointerStill;
    private final javafx.animation.PauseTransition viewRest = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(400));

    /** The view moved: drawn nodes become bitmaps until it rests. */
    private void viewMoved() {
        if (!lazy) return;
        moving = true;
        pointerStill = true;
        edgeBitmap.setMoving(true);
        viewRest.setOnFinished(e -> rested());
        if (CACHE_NODES && !viewMoving) {
            viewMoving = true;
            for (String id : shownNodes) cacheView(nodeViews.get(id));
        }
        viewRest.playFromStart();
    }

    /** The view has not moved for a while: views drawn as shapes again, the pointer's hover, the views shown. */
    private void rested() {
        moving = false;
        if (viewMoving) {
            viewMoving = false;
            for (String id : shownNodes) cacheView(nodeViews.get(id));
        }
        hoverPointerNode();
        edgeBitmap.setMoving(false);
    }

    /**
     * Hover follows the pointer, but not while the view moves under a still pointer (a scroll, a key, a pan): each node
     * passing under it would dim and brighten the whole graph, edges and all, on every few frames, and drop the moving
     * picture each time. The node under the pointer is hovered once the view rests.
     */
    private void hoverPointerNode() {
        if (java.util.Objects.equals(pointerNode, hoveredNode)) return;
        if (pointerNode != null && nodeViews.containsKey(pointerNode)) {
            hoveredNode = pointerNode;
            highlight(pointerNode);
        } else if (hoveredNode != null) {
            hoveredNode = null;
            hovered = null;
            if (lasting != null) applyLasting();
            else clearHighlight();
        }
    }

    /** Beyond the view's margin, how far (in pixels) a drawn node may go before it is hidden again. */
    private static final double KEEP_MARGIN = 500;
    private boolean lastGrouped;
    private boolean lastBlank;

    /** Edges with a label (the "or" pill of a fallback) are views, text and all; the bitmap draws only lines. */
    private boolean labelled(int i) {
        String label = scene.edges().get(i).label();
        return label != null && !label.isEmpty();
    }

    /** Lazy graphs: the bitmap's lines for a region of the diagram, as the edge views would draw them now. */
    private List<EdgeRaster.Line> linesIn(double x0, double y0, double x1, double y1) {
        if (scene == null || !lazy) return List.of();
        List<Integer> found = edgesIn(x0, y0, x1, y1);
        List<EdgeRaster.Line> lines = new ArrayList<>(found.size());
        for (int i : found) {
            if (liveEdges.contains(i) || labelled(i)) continue;
            lines.add(lineOf(i));
        }
        return lines;
    }

    /**
     * Lazy graphs, while the view moves: what the node views (and the labelled edges' views) of a region show now, to
     * be painted with the edges as one picture (issue #13). Null where the picture would not look like the views:
     * far zoom (dots, groups, no labels) and while edges are dragged.
     */
    private NodePicture pictureIn(double x0, double y0, double x1, double y1) {
        if (scene == null || !lazy || compact || !detailVisible || grouped() || !liveEdges.isEmpty()
                || !retiringEdges.isEmpty()) {
            return null;
        }
        List<SceneEdge> labelled = new ArrayList<>();
        for (int i : edgesIn(x0, y0, x1, y1)) {
            if (!labelled(i)) continue;
            SceneEdge e = scene.edges().get(i);
            EdgeRaster.Line line = lineOf(i);
            labelled.add(new SceneEdge(e.from(), e.to(), e.path(), String.format(java.util.Locale.ROOT, "#%06X%02X",
                    line.argb() & 0xFFFFFF, line.argb() >>> 24), line.width(), e.dash(), e.fallback(), e.label()));
        }
        List<String> ids = new ArrayList<>();
        Iterable<String> drawable = drawableNodes(false);
        if (drawable != null) {
            for (String id : drawable) {
                Box b = boundsOf(id);
                if (b != null && b.maxX() >= x0 && b.x() <= x1 && b.maxY() >= y0 && b.y() <= y1) ids.add(id);
            }
        } else {
            // The scene's order (the grid's indices), as the views are drawn when they overlap.
            List<Integer> found = new ArrayList<>();
            nodeGrid.forEachIn(x0, y0, x1, y1, found::add);
            java.util.Collections.sort(found);
            for (int i : found) ids.add(gridIds.get(i));
        }
        List<NodePicture.Look> looks = new ArrayList<>(ids.size());
        for (String id : ids) {
            NodeView v = nodeViews.get(id);
            SceneNode n = sceneNodes.get(id);
            if (n == null) continue;
            double x = v != null ? v.getLayoutX() : n.bounds().x();
            double y = v != null ? v.getLayoutY() : n.bounds().y();
            if (v != null && !(x + n.bounds().width() >= x0 && x <= x1 && y + n.bounds().height() >= y0 && y <= y1)) {
                continue; // a dragged node, now elsewhere
            }
            looks.add(new NodePicture.Look(n, x, y, v != null ? v.dim() : dimFor(id), selected.contains(id)));
        }
        Color bg = colours.get(scene.palette().background, Color.WHITE);
        Color ring = bg.getBrightness() < 0.5 ? Color.web("#56B4E9") : Color.web("#0072B2"); // faultline(-dark).css
        return new NodePicture(looks, labelled, scene.palette(), argb(ring), argb(bg));
    }

    private static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    /** The edges drawn in a region (groups and focus respected), in the scene's order. */
    private List<Integer> edgesIn(double x0, double y0, double x1, double y1) {
        boolean grouped = grouped();
        List<Integer> found = new ArrayList<>();
        Iterable<String> drawable = drawableNodes(grouped);
        if (drawable != null) {
            Set<Integer> seen = new HashSet<>();
            for (String id : drawable) {
                for (int i : edgesByNode.getOrDefault(id, List.of())) {
                    if (seen.add(i) && edgeMeets(i, x0, y0, x1, y1) && drawsEdge(scene.edges().get(i), grouped)) {
                        found.add(i);
                    }
                }
            }
        } else if (!(groupsPending && viewport.scale() < LABEL_THRESHOLD)) {
            SceneIndex.awaited(edgeGrid).forEachIn(x0, y0, x1, y1, found::add);
        }
        java.util.Collections.sort(found); // the scene's order, as the views were stacked
        return found;
    }

    /** One edge as the bitmap draws it: the look {@link EdgeView} would give it now (dimming, emphasis, far zoom). */
    private EdgeRaster.Line lineOf(int i) {
        SceneEdge e = scene.edges().get(i);
        Color c = colours.get(e.color(), Color.GRAY);
        if (edgeDimmed(e)) c = Dimming.faded(c, EdgeView.DIM_STRENGTH);
        int argb = (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
        double width = edgeEmphasised(e) ? e.width() * EdgeView.EMPHASIS : e.width();
        double[] dash = compact ? null : e.dash().stream().mapToDouble(Double::doubleValue).toArray();
        return new EdgeRaster.Line(i, e.path(), argb, width, dash, e.width(), !compact);
    }

    /** Part of a lasting highlight (a flow's path, a why-chain): drawn heavier. */
    private boolean edgeEmphasised(SceneEdge se) {
        if (lasting == null) return false;
        String key = dev.faultline.app.workspace.Highlight.key(se.from(), se.to(), se.fallback());
        return lasting.edges().contains(key) || lasting.fallbacks().contains(key);
    }

    /** Faded: off the hovered node's paths, else off the lasting highlight, else out of the emphasis. */
    private boolean edgeDimmed(SceneEdge se) {
        if (hovered != null) return !(hovered.contains(se.from()) && hovered.contains(se.to()));
        if (lasting != null) return !edgeEmphasised(se);
        return !emphasis.isEmpty() && !(emphasis.contains(se.from()) && emphasis.contains(se.to()));
    }

    /** A new bitmap is on screen: the views of dropped edges it now draws can go. */
    private void edgeBitmapShown() {
        if (!retiringEdges.isEmpty() && edgeBitmap.shown().version() >= retireAfter) {
            retiringEdges.clear();
            updateDetail();
        }
    }

    /** A drag ended in a new layout: its edges go back into the bitmap, their views stay until it is drawn. */
    private void retireLiveEdges() {
        if (liveEdges.isEmpty()) return;
        retiringEdges.addAll(liveEdges);
        liveEdges.clear();
        edgeBitmap.invalidate();
        retireAfter = edgeBitmap.version();
    }

    /** The only nodes that may be drawn when groups or focus limit them (null: any node may be). */
    private Iterable<String> drawableNodes(boolean grouped) {
        if (focusNodes != null) return focusNodes;
        if (!grouped) return null;
        List<String> out = new ArrayList<>();
        for (String g : overview.opened()) {
            overview.picture().grouping().group(g).ifPresent(group -> out.addAll(group.members()));
        }
        return out;
    }

    private boolean edgeMeets(int i, double x0, double y0, double x1, double y1) {
        EdgeView e = edgeViews.get(i);
        if (e != null) return e.routeMeets(x0, y0, x1, y1);
        Box b = edgeBoxes.get(i);
        return b != null && b.maxX() >= x0 && b.x() <= x1 && b.maxY() >= y0 && b.y() <= y1;
    }

    // ---- semantic zoom and focus (issue #13) -------------------------------------------------------------------

    /** Groups are drawn instead of nodes: a large graph, zoomed out past readable labels, focus mode off. */
    public boolean grouped() {
        return overview.picture() != null && sceneNodes.size() >= GROUP_FROM && focusNodes == null
                && viewport.scale() < LABEL_THRESHOLD;
    }

    private boolean drawsNode(String id, boolean grouped) {
        if (focusNodes != null) return focusNodes.contains(id);
        return !grouped || overview.isOpen(overview.picture().grouping().groupOf(id));
    }

    private boolean drawsEdge(SceneEdge e, boolean grouped) {
        // While groups are drawn, an open group's nodes sit inside its block, away from their routes: the bundled
        // edges between blocks say what they depend on.
        if (grouped) return false;
        return drawsNode(e.from(), grouped) && drawsNode(e.to(), grouped) && (focusNodes == null || focusEdges.test(e));
    }

    /** The far-zoom picture (groups, counts, bundled edges) of the scene shown; null removes it. */
    public void showGroups(dev.faultline.render.group.GroupPicture picture) {
        showGroups(picture, null);
    }

    /** As above, with {@code merged}: the level above the groups when they are too many to read at fit (or null). */
    public void showGroups(dev.faultline.render.group.GroupPicture picture,
                           dev.faultline.render.group.GroupPicture merged) {
        if (picture == null) {
            overview.setVisible(false);
            return;
        }
        overview.show(picture, merged, scene == null ? dev.faultline.render.Palette.LIGHT : scene.palette());
        groupsPending = false;
        edgeBitmap.invalidate();
        updateDetail();
    }

    /** Opens or closes a group in place (a double-click on its block does the same). */
    public void setGroupOpen(String groupId, boolean open) {
        overview.setOpen(groupId, open);
        edgeBitmap.invalidate();
        updateDetail();
    }

    private void toggleGroup(String groupId) {
        setGroupOpen(groupId, !overview.isOpen(groupId));
    }

    public boolean isGroupOpen(String groupId) {
        return overview.isOpen(groupId);
    }

    /** Opens the group a node is in, so selecting it from search or the findings shows it. */
    public void revealNode(String nodeId) {
        if (overview.picture() == null) return;
        String g = overview.picture().grouping().groupOf(nodeId);
        if (g != null && !overview.isOpen(g)) setGroupOpen(g, true);
    }

    /** The drawn block of a group (tests), or null. */
    public javafx.scene.Node groupBlock(String groupId) {
        return overview.block(groupId);
    }

    /** Focus mode: draws only these nodes and the edges between them that {@code edges} accepts; null ends it. */
    public void setFocus(Set<String> nodes, java.util.function.Predicate<SceneEdge> edges) {
        focusNodes = nodes == null ? null : Set.copyOf(nodes);
        focusEdges = edges == null ? e -> true : edges;
        edgeBitmap.invalidate();
        updateDetail();
    }

    /** Whether groups and focus let this node be drawn (it may still be off screen). */
    public boolean isDrawn(String nodeId) {
        if (!sceneNodes.containsKey(nodeId)) return false;
        boolean grouped = grouped();
        return !(grouped || focusNodes != null) || drawsNode(nodeId, grouped);
    }

    /** Applies the viewport after something outside moved it (the frame-time probe's automatic pan). */
    public void applyViewportForProbe() {
        applyViewport();
    }

    public boolean isCompact() {
        return compact;
    }

    public boolean labelsVisible() {
        return detailVisible;
    }

    /**
     * {@code nodes} grown to hold every edge's route (a view's own, else the scene's), without a box per edge: at
     * 20,000 nodes fit ran through 86,000 edges in the step that shows a new file.
     */
    private Box withEdges(Box nodes) {
        double minX = nodes.x(), minY = nodes.y(), maxX = nodes.maxX(), maxY = nodes.maxY();
        boolean views = !edgeViews.isEmpty();
        for (int i = 0; i < edgeBoxes.size(); i++) {
            EdgeView e = views ? edgeViews.get(i) : null;
            Box r = e != null ? e.routeBounds() : edgeBoxes.get(i);
            if (r == null) continue;
            minX = Math.min(minX, r.x());
            minY = Math.min(minY, r.y());
            maxX = Math.max(maxX, r.maxX());
            maxY = Math.max(maxY, r.maxY());
        }
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }

    private Box contentBounds(Iterable<String> ids) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        boolean any = false;
        for (String id : ids) {
            Box b = boundsOf(id);
            if (b == null) continue;
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
            any = true;
        }
        return any ? new Box(minX, minY, maxX - minX, maxY - minY) : null;
    }

    // ---- selection and highlight ----------------------------------------------------------------------------------

    /** Marks exactly these nodes selected, touching only the nodes whose mark changes (O(changed), not O(N)). */
    public void setSelection(Iterable<String> ids) {
        Set<String> next = new HashSet<>();
        ids.forEach(next::add);
        for (String id : selected) {
            NodeView v = nodeViews.get(id);
            if (v != null && !next.contains(id)) v.setSelected(false);
        }
        for (String id : next) {
            NodeView v = nodeViews.get(id);
            if (v != null && !selected.contains(id)) v.setSelected(true);
        }
        if (!selected.equals(next)) edgeBitmap.nodesChanged();
        selected.clear();
        selected.addAll(next);
    }

    /** Shows a lasting highlight: its nodes and edges bright (edges heavier), the rest dimmed; null clears it. */
    public void setHighlight(dev.faultline.app.workspace.Highlight h) {
        lasting = h;
        caption.setVisible(h != null);
        caption.setText(h == null ? "" : h.caption());
        applyLasting();
        requestLayout();
    }

    public dev.faultline.app.workspace.Highlight highlight() {
        return lasting;
    }

    private void applyLasting() {
        nodeViews.forEach(this::paintState);
        edgeViews.values().forEach(this::paintState);
        edgeBitmap.invalidate();
    }

    /** A node's lasting look: the lasting highlight if there is one, else the emphasis (all bright if none). */
    private void paintState(String id, NodeView v) {
        if (lasting == null) {
            PseudoStates.set(v, OUT_OF_SCOPE, !emphasis.isEmpty() && !emphasis.contains(id));
            PseudoStates.set(v, "highlighted", false);
            PseudoStates.set(v, "chain-root", false);
        } else {
            PseudoStates.set(v, "highlighted", lasting.nodes().contains(id));
            PseudoStates.set(v, "chain-root", lasting.roots().contains(id));
        }
        v.setDim(dimFor(id));
    }

    /** How strongly a node is drawn now: hover wins, then a lasting highlight, then the emphasis. */
    private double dimFor(String id) {
        if (hovered != null) return hovered.contains(id) ? 1 : 0.3;
        if (lasting != null) return lasting.nodes().contains(id) ? 1 : 0.25;
        return !emphasis.isEmpty() && !emphasis.contains(id) ? 0.3 : 1;
    }

    private void paintState(EdgeView e) {
        SceneEdge se = e.scene();
        e.setEmphasised(edgeEmphasised(se));
        e.setDimmed(edgeDimmed(se));
    }

    /** Hover: the node, what it needs (downstream) and what needs it (upstream) stay bright; the rest dims. */
    private void highlight(String nodeId) {
        Set<String> keep = new HashSet<>();
        keep.add(nodeId);
        walk(nodeId, true, keep);
        walk(nodeId, false, keep);
        hovered = keep;
        nodeViews.forEach((id, v) -> v.setDim(keep.contains(id) ? 1 : 0.3));
        for (EdgeView e : edgeViews.values()) {
            e.setDimmed(!(keep.contains(e.scene().from()) && keep.contains(e.scene().to())));
        }
        edgeBitmap.invalidate();
    }

    private void walk(String start, boolean downstream, Set<String> seen) {
        List<String> stack = new ArrayList<>(List.of(start));
        Set<String> visited = new HashSet<>(List.of(start));
        while (!stack.isEmpty()) {
            String id = stack.remove(stack.size() - 1);
            for (int i : edgesByNode.getOrDefault(id, List.of())) {
                SceneEdge e = scene.edges().get(i);
                String next = downstream ? (e.from().equals(id) ? e.to() : null) : (e.to().equals(id) ? e.from() : null);
                if (next != null && visited.add(next)) {
                    seen.add(next);
                    stack.add(next);
                }
            }
        }
    }

    private void clearHighlight() {
        nodeViews.forEach(this::paintState);
        edgeViews.values().forEach(this::paintState);
        edgeBitmap.invalidate();
    }

    // ---- emphasis: a set of nodes kept bright while the rest dims (the Data overlay's audit scope) ----------------

    private static final String OUT_OF_SCOPE = "out-of-scope";
    /** While the pointer is on a node: the nodes its hover keeps bright (null: no hover). */
    private Set<String> hovered;
    private Set<String> emphasis = Set.of();

    /**
     * Keeps these nodes, and the edges between them, bright and dims the rest (style class "out-of-scope") until
     * called with an empty set. Hovering still highlights; leaving the node restores the emphasis.
     */
    public void emphasize(Set<String> nodeIds) {
        Set<String> next = Set.copyOf(nodeIds);
        if (next.equals(emphasis)) return; // selection changes in other overlays must not wipe a flow highlight
        emphasis = next;
        // A lasting highlight (a flow, a why-chain) wins, as when the pointer leaves a node: selecting a flow's
        // members re-emphasises right after the flow is highlighted and must not undim everything.
        if (lasting != null) applyLasting();
        else clearHighlight();
    }

    // ---- input ------------------------------------------------------------------------------------------------------

    private void wireNode(NodeView v) {
        double[] grab = new double[4];
        boolean[] moved = {false};
        v.setOnMouseEntered(e -> {
            v.ensureTooltip();
            pointerNode = v.nodeId();
            if (moving && pointerStill) return; // the view moved under the pointer: hovered once it rests
            hoveredNode = v.nodeId();
            highlight(v.nodeId());
        });
        v.setOnMouseExited(e -> {
            if (v.nodeId().equals(pointerNode)) pointerNode = null;
            if (moving && pointerStill) return;
            hoveredNode = null;
            hovered = null;
            if (lasting != null) applyLasting();
            else clearHighlight();
        });
        v.setOnMousePressed(e -> {
            requestFocus();
            closeMenu();
            if (e.getButton() == MouseButton.SECONDARY) {
                openNodeMenu(v, e.getScreenX(), e.getScreenY());
            } else if (e.getButton() == MouseButton.PRIMARY) {
                grab[0] = e.getSceneX();
                grab[1] = e.getSceneY();
                grab[2] = v.getLayoutX();
                grab[3] = v.getLayoutY();
                moved[0] = false;
            }
            e.consume();
        });
        v.setOnMouseDragged(e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            double dx = (e.getSceneX() - grab[0]) / viewport.scale();
            double dy = (e.getSceneY() - grab[1]) / viewport.scale();
            // A few pixels of slack: a click that wobbles, or a pan started on a node by mistake, moves nothing.
            if (!moved[0] && Math.hypot(dx, dy) * viewport.scale() < DRAG_THRESHOLD) return;
            moved[0] = true;
            v.relocate(grab[2] + dx, grab[3] + dy);
            rerouteEdgesOf(v.nodeId());
            e.consume();
        });
        v.setOnMouseReleased(e -> {
            if (e.getButton() == MouseButton.PRIMARY && moved[0]) {
                actions.pin(Map.of(v.nodeId(), new Point(v.getLayoutX(), v.getLayoutY())));
            }
            e.consume();
        });
        v.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && !moved[0]) {
                actions.select(v.nodeId(), e.isShiftDown() || e.isControlDown() || e.isShortcutDown());
            }
            e.consume();
        });
        // Keyboard context-menu key; the mouse opens the menu on press (above), so skip if it is already open.
        v.setOnContextMenuRequested(e -> {
            if (openMenu == null || !openMenu.isShowing()) openNodeMenu(v, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private void openNodeMenu(NodeView v, double screenX, double screenY) {
        // Right-click selects, as in every editor; the tooltip must not sit under the menu.
        actions.select(v.nodeId(), false);
        v.hideTooltip();
        showMenu(nodeMenu(v.nodeId()), screenX, screenY);
    }

    /** While dragging: the node's edges become straight lines that follow it. */
    private void rerouteEdgesOf(String nodeId) {
        List<Integer> edges = edgesByNode.getOrDefault(nodeId, List.of());
        if (lazy && !liveEdges.containsAll(edges)) {
            // The bitmap cannot follow a drag: the node's edges become views on top of it, and it is drawn again
            // without them.
            liveEdges.addAll(edges);
            retiringEdges.removeAll(edges);
            edgeBitmap.invalidate();
            updateDetail();
        }
        for (int i : edges) {
            EdgeView ev = edgeViews.get(i);
            if (ev == null) continue; // not drawn (yet): made from the layout when it is
            ev.route(EdgeRoutes.between(boundsOf(ev.scene().from()), boundsOf(ev.scene().to())));
        }
    }

    ContextMenu nodeMenu(String nodeId) {
        MenuItem fail = item("Fail node", "menu-fail-node", () -> actions.failNode(nodeId));
        MenuItem failOne = item("Fail one instance", "menu-fail-instance", () -> actions.failInstance(nodeId));
        MenuItem blast = item("Show blast radius", "menu-blast-radius", () -> actions.showBlastRadius(nodeId));
        MenuItem why = item("Why is this down?", "menu-why", () -> actions.explain(nodeId));
        boolean pinned = actions.isPinned(nodeId);
        MenuItem pin = item(pinned ? "Unpin" : "Pin here", "menu-pin", () -> {
            if (pinned) actions.unpin(nodeId);
            else {
                NodeView v = nodeViewFor(nodeId);
                actions.pin(Map.of(nodeId, new Point(v.getLayoutX(), v.getLayoutY())));
            }
        });
        MenuItem copy = item("Copy id", "menu-copy-id", () -> actions.copyId(nodeId));
        return new ContextMenu(fail, failOne, blast, why, new SeparatorMenuItem(), pin, copy);
    }

    ContextMenu backgroundMenu() {
        ContextMenu menu = new ContextMenu();
        Map<FailureEvent.Type, Menu> byType = new LinkedHashMap<>();
        for (FailureEvent.Type type : List.of(FailureEvent.Type.ZONE, FailureEvent.Type.REGION, FailureEvent.Type.TEAM)) {
            Menu m = new Menu("Fail " + type.id());
            m.setId("menu-fail-" + type.id());
            byType.put(type, m);
        }
        for (FailureEvent event : actions.domainEvents()) {
            Menu m = byType.get(event.type());
            if (m != null) m.getItems().add(item(event.target(), null, () -> actions.failDomain(event)));
        }
        byType.values().forEach(m -> {
            m.setDisable(m.getItems().isEmpty());
            menu.getItems().add(m);
        });
        menu.getItems().addAll(new SeparatorMenuItem(), item("Fit to window  (F)", null, this::fit));
        return menu;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem mi = new MenuItem(text);
        if (id != null) mi.setId(id);
        mi.setOnAction(e -> action.run());
        return mi;
    }

    private void showMenu(ContextMenu menu, double x, double y) {
        closeMenu();
        openMenu = menu;
        menu.show(this, x, y);
    }

    private void closeMenu() {
        if (openMenu != null) openMenu.hide();
        openMenu = null;
    }

    private void installPanZoom() {
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            closeMenu();
            if (e.getButton() == MouseButton.SECONDARY && !e.isConsumed()) {
                showMenu(backgroundMenu(), e.getScreenX(), e.getScreenY());
            } else if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE) {
                dragStartX = e.getX();
                dragStartY = e.getY();
                panning = true;
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!panning) return;
            viewport.panBy(e.getX() - dragStartX, e.getY() - dragStartY);
            fitted = false;
            dragStartX = e.getX();
            dragStartY = e.getY();
            applyViewport();
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> panning = false);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && !e.isConsumed()) {
                actions.clearSelection();
            }
        });
        setOnContextMenuRequested(e -> {
            if (!e.isConsumed() && (openMenu == null || !openMenu.isShowing())) {
                showMenu(backgroundMenu(), e.getScreenX(), e.getScreenY());
            }
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            fitted = false;
            if (e.isControlDown() || e.isShortcutDown()) {
                double factor = e.getDeltaY() > 0 ? 1.1 : e.getDeltaY() < 0 ? 1 / 1.1 : 1;
                viewport.zoomAt(factor, e.getX(), e.getY());
            } else {
                viewport.panBy(e.getDeltaX(), e.getDeltaY());
            }
            applyViewport();
            e.consume();
        });
    }

    private void installKeys() {
        setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            if (e.isControlDown() || e.isShortcutDown() || e.isAltDown()) return;
            switch (k) {
                case ESCAPE -> {
                    actions.clearHighlight();
                    e.consume();
                    return;
                }
                case F -> fit();
                case Z -> zoomToSelection();
                case PLUS, ADD, EQUALS -> zoomIn();
                case MINUS, SUBTRACT -> zoomOut();
                case LEFT -> viewport.panBy(60, 0);
                case RIGHT -> viewport.panBy(-60, 0);
                case UP -> viewport.panBy(0, 60);
                case DOWN -> viewport.panBy(0, -60);
                default -> { return; }
            }
            if (k != KeyCode.F) fitted = false;
            applyViewport();
            e.consume();
        });
    }

    /**
     * Test and probe access: the view of a node (null if absent). A node of a large graph that has not been drawn yet
     * has no view: this returns a hidden one made as it would be made now (current scene, selection, highlight),
     * outside the canvas and not kept, so a test can read any node's look (or fire its events) from any thread.
     */
    public javafx.scene.Node nodeView(String id) {
        NodeView v = nodeViews.get(id);
        SceneNode n = sceneNodes.get(id);
        if (v != null || n == null) return v;
        NodeView made = new NodeView(n, colours, glyphs, scene.palette());
        made.setDotSize(dotSize);
        made.setCompact(compact);
        made.setSelected(selected.contains(id));
        made.setVisible(false);
        wireNode(made); // a probe hovers and clicks it as it would the drawn one
        paintState(id, made);
        return made;
    }

    /** How an edge is drawn now, wherever it is drawn (a view, or the edge bitmap of a large graph): tests. */
    public record DrawnEdge(Color colour, double width, List<Double> dash, boolean arrowHead, boolean inBitmap,
                            Box route) { }

    /**
     * How the edge from {@code from} to {@code to} is drawn now: by its view, or by the last edge bitmap put on screen
     * (see {@link #edgesSettled()}); null when it is not drawn (hidden by groups or focus, or out of view).
     */
    public DrawnEdge drawnEdge(String from, String to) {
        if (scene == null) return null;
        for (int i = 0; i < scene.edges().size(); i++) {
            SceneEdge e = scene.edges().get(i);
            if (!e.from().equals(from) || !e.to().equals(to)) continue;
            EdgeView v = edgeViews.get(i);
            if (v != null && v.isVisible()) {
                return new DrawnEdge(v.strokeColour(), v.strokeWidth(), v.dash(), v.headShown(), false,
                        v.routeBounds());
            }
            EdgeLayer.Shown shown = edgeBitmap.shown();
            if (!lazy || shown == null) continue;
            for (EdgeRaster.Line line : shown.lines()) {
                if (line.edge() != i) continue;
                int c = line.argb();
                List<Double> dash = new ArrayList<>();
                if (line.dash() != null) for (double d : line.dash()) dash.add(d);
                return new DrawnEdge(Color.rgb(c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF, (c >>> 24) / 255.0),
                        line.width(), dash, line.head(), true, pathBox(scene.edges().get(i)));
            }
        }
        return null;
    }

    /** Whether the edge bitmap on screen has a line for the edge from {@code from} to {@code to} (tests). */
    public boolean edgeBitmapDraws(String from, String to) {
        EdgeLayer.Shown shown = edgeBitmap.shown();
        if (shown == null || scene == null) return false;
        for (EdgeRaster.Line line : shown.lines()) {
            SceneEdge e = scene.edges().get(line.edge());
            if (e.from().equals(from) && e.to().equals(to)) return true;
        }
        return false;
    }

    /** The edge bitmap on screen draws every change made so far for the current view (tests wait for it). */
    public boolean edgesSettled() {
        return edgeBitmap.settled();
    }

    /** The edge bitmap's colour at a diagram point, as composited over nothing (transparent where no line is). */
    public Color edgeBitmapColourAt(double worldX, double worldY) {
        return unpremultiplied(edgeBitmap.pixelAt(worldX, worldY));
    }

    /** While the view moves: whether one picture of edges and nodes is drawn instead of the node views (tests). */
    public boolean movingPictureShown() {
        return edgeBitmap.pictureShown();
    }

    /** Whether the moving picture on screen covers all of the view (it may stand for it while it does not): tests. */
    public boolean movingPictureCoversView() {
        return edgeBitmap.pictureCoversView();
    }

    /** Whether the node views are drawn (they are not while the moving picture stands in for them): tests. */
    public boolean nodeViewsDrawn() {
        return nodeLayer.isVisible() && nodeLayer.getOpacity() > 0;
    }

    /** The moving picture's colour at a diagram point, as composited over nothing (tests). */
    public Color movingPictureColourAt(double worldX, double worldY) {
        return unpremultiplied(edgeBitmap.picturePixelAt(worldX, worldY));
    }

    /** Whether the moving picture is shown resampled at the view's exact zoom (see ResampledPicture): tests. */
    public boolean movingPictureResampled() {
        return edgeBitmap.pictureResampled();
    }

    /** The resampled moving picture's colour on screen at a diagram point (transparent where not shown): tests. */
    public Color resampledPictureColourAt(double worldX, double worldY) {
        javafx.geometry.Point2D at = edgeBitmap.localToScene(worldX, worldY);
        return unpremultiplied(edgeBitmap.resampledPixelAtScene(at.getX(), at.getY()));
    }

    /** A premultiplied ARGB pixel of the bitmaps as the colour it stands for. */
    private static Color unpremultiplied(int p) {
        int a = p >>> 24;
        if (a == 0) return Color.TRANSPARENT;
        return Color.rgb(Math.min(255, (p >> 16 & 0xFF) * 255 / a), Math.min(255, (p >> 8 & 0xFF) * 255 / a),
                Math.min(255, (p & 0xFF) * 255 / a), a / 255.0);
    }

    /** How many node views exist (made lazily on large graphs): tests. */
    public int nodeViewCount() {
        return nodeViews.size();
    }

    /** Test access: the ghost of a removed node while comparing (null if none). */
    public javafx.scene.Node ghostView(String id) {
        return ghostLayer.getChildren().stream().filter(n -> ("ghost-" + id).equals(n.getId())).findFirst().orElse(null);
    }

    public int nodeCount() {
        return sceneNodes.size();
    }

    /**
     * How strongly a node is drawn: 1 normally, below 1 while a hover, a flow or the Data overlay's scope dims it
     * (dimming is done by colour, not by the node's opacity: see {@link Dimming}). Test and probe access.
     */
    public double dimOf(String id) {
        NodeView v = nodeViews.get(id);
        if (v != null) return v.dim();
        return sceneNodes.containsKey(id) ? dimFor(id) : Dimming.NONE;
    }

    /** The world group that pan and zoom transform (for the frame-time probe). */
    public Group world() {
        return world;
    }
}
