package dev.faultline.app.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;

import dev.faultline.layout.Box;
import dev.faultline.render.Palette;
import dev.faultline.render.group.BundledEdge;
import dev.faultline.render.group.GroupPicture;
import dev.faultline.render.group.NodeGroup;
import dev.faultline.render.group.Strength;

/**
 * The far zoom of a large graph: one {@link GroupBlock} per group and the bundled edges between them. Edges are
 * drawn as nine paths (three strengths times three weights), not one shape per edge: 20,000 nodes give about 23,000
 * group pairs, and a handful of shapes renders far faster than thousands. The count on a bundled edge (of two or more)
 * is drawn once the view settles, for the edges in view only, in the gaps between blocks. Groups the user opened
 * keep an outline here; their nodes are drawn by the canvas's node layer.
 */
final class GroupOverview extends Group {
    private static final double[] WIDTH_STEPS = {1, 4};
    /** Block size on screen (px) from which edge counts are written: below it the gaps are too narrow for them. */
    private static final double COUNTS_FROM_PX = 150;
    private final Group edges = new Group();
    private final Group blocks = new Group();
    private final Group counts = new Group();
    private final Map<String, GroupBlock> views = new LinkedHashMap<>();
    private final Set<String> opened = new HashSet<>();
    private final PauseTransition settle = new PauseTransition(Duration.millis(150));
    private final Consumer<String> onToggle;
    private GroupPicture picture;
    private Palette palette = Palette.LIGHT;
    private double cell = 1;
    private double[] view = {0, 0, 0, 0};
    private double scale = 1;
    private double widthStep;

    /** {@code onToggle}: a group was opened or closed by a double-click (its id). */
    GroupOverview(Consumer<String> onToggle) {
        this.onToggle = onToggle;
        setId("group-overview");
        // Counts under the blocks: they read in the gaps between blocks and never over a block's own text.
        getChildren().addAll(edges, counts, blocks);
        counts.setMouseTransparent(true);
        edges.setMouseTransparent(true);
        // Tens of thousands of bundled segments: rasterised once into a bitmap that pan and zoom move and scale,
        // rather than re-rasterised every frame (measured in docs/performance.md, "#13 semantic zoom").
        edges.setCache(true);
        edges.setCacheHint(javafx.scene.CacheHint.SCALE);
        settle.setOnFinished(e -> refreshCounts());
    }

    GroupPicture picture() {
        return picture;
    }

    /** Shows a picture: restyles the blocks in place when the groups are the same ones (a scenario step). */
    void show(GroupPicture next, Palette p) {
        boolean same = picture != null && next.grouping() == picture.grouping() && next.blocks().equals(picture.blocks())
                && p == palette;
        picture = next;
        palette = p;
        if (same) {
            views.values().forEach(v -> v.update(next.summaries().get(v.group().id()), p));
            return;
        }
        opened.retainAll(next.blocks().keySet());
        views.clear();
        List<GroupBlock> made = new ArrayList<>();
        for (NodeGroup g : next.grouping().groups()) {
            Box b = next.blocks().get(g.id());
            if (b == null) continue;
            GroupBlock v = new GroupBlock(g, b, next.summaries().get(g.id()), p);
            v.setOpen(opened.contains(g.id()));
            wire(v);
            views.put(g.id(), v);
            made.add(v);
            cell = b.width();
        }
        blocks.getChildren().setAll(made);
        edges.getChildren().setAll(bundlePaths(next, p));
        widthStep = 0;
        counts.getChildren().clear();
    }

    private void wire(GroupBlock v) {
        v.setOnMouseClicked(e -> {
            // Every second click: a quick double-click right after another one counts on as clicks 3 and 4.
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() % 2 == 0) {
                onToggle.accept(v.group().id());
                e.consume();
            }
        });
        v.setOnMouseEntered(e -> Tooltip.install(v, new Tooltip(v.tooltip())));
    }

    // ---- opening ------------------------------------------------------------------------------------------------

    boolean isOpen(String groupId) {
        return opened.contains(groupId);
    }

    Set<String> opened() {
        return Set.copyOf(opened);
    }

    void setOpen(String groupId, boolean open) {
        if (open) opened.add(groupId);
        else opened.remove(groupId);
        GroupBlock v = views.get(groupId);
        if (v != null) {
            v.setOpen(open);
            v.setTextVisible(textReadable());
        }
    }

    GroupBlock block(String groupId) {
        return views.get(groupId);
    }

    // ---- level of detail ------------------------------------------------------------------------------------------

    /** The view moved: hide blocks off screen, show text where it is readable, recount edges once it settles. */
    void viewChanged(double newScale, double x0, double y0, double x1, double y1) {
        scale = newScale;
        view = new double[]{x0, y0, x1, y1};
        boolean text = textReadable();
        for (GroupBlock v : views.values()) {
            Box b = v.box();
            boolean in = b.maxX() >= x0 && b.x() <= x1 && b.maxY() >= y0 && b.y() <= y1;
            if (v.isVisible() != in) v.setVisible(in);
            if (in && text != v.textVisible()) v.setTextVisible(text);
        }
        // Line widths follow the zoom in powers of two only: the edges are cached as one bitmap (below), and a new
        // width redraws it.
        double step = Math.pow(2, Math.round(Math.log(scale) / Math.log(2)));
        if (step != widthStep) {
            widthStep = step;
            for (javafx.scene.Node n : edges.getChildren()) {
                Path path = (Path) n;
                path.setStrokeWidth(((double) path.getUserData()) / step);
            }
        }
        if (!counts.getChildren().isEmpty()) counts.getChildren().clear();
        if (text) settle.playFromStart();
    }

    private boolean textReadable() {
        return cell * scale >= GroupBlock.TEXT_FROM_PX;
    }

    /** "×12" on each bundled edge of 2 or more in view, at a readable zoom; at most a few hundred. */
    private void refreshCounts() {
        if (picture == null || cell * scale < COUNTS_FROM_PX || !isVisible()) return;
        List<Text> made = new ArrayList<>();
        Font font = Font.font("System", 11 / scale);
        for (BundledEdge e : picture.bundles()) {
            Box a = picture.blocks().get(e.from());
            Box b = picture.blocks().get(e.to());
            if (a == null || b == null || e.count() < 2) continue; // a lone dependency is the thin line itself
            // 40% of the way from the caller: the two directions of a pair do not write over each other.
            double x = a.centerX() + (b.centerX() - a.centerX()) * 0.4;
            double y = a.centerY() + (b.centerY() - a.centerY()) * 0.4;
            if (x < view[0] || x > view[2] || y < view[1] || y > view[3]) continue;
            Text t = new Text(x, y, "×" + e.count());
            t.setFont(font);
            t.getStyleClass().add("bundle-count");
            t.setFill(Color.web(palette.text));
            t.setStroke(Color.web(palette.background));
            t.setStrokeWidth(2.5 / scale);
            t.setStyle("-fx-stroke-type: outside");
            made.add(t);
            if (made.size() >= 400) break;
        }
        counts.getChildren().setAll(made);
    }

    // ---- bundled edges ------------------------------------------------------------------------------------------

    /**
     * One path per strength and weight class: hard solid, soft thinner and lighter, async dashed (ui.md's edge
     * language); 1, 2-4 and 5+ dependencies in a bundle draw 1, 2 and 3.5 px wide at any zoom.
     */
    private static List<Path> bundlePaths(GroupPicture pic, Palette p) {
        Map<String, List<PathElement>> parts = new LinkedHashMap<>();
        for (BundledEdge e : pic.bundles()) {
            Box a = pic.blocks().get(e.from());
            Box b = pic.blocks().get(e.to());
            if (a == null || b == null) continue;
            int weight = e.count() <= WIDTH_STEPS[0] ? 0 : e.count() <= WIDTH_STEPS[1] ? 1 : 2;
            List<PathElement> list = parts.computeIfAbsent(e.worst() + ":" + weight, k -> new ArrayList<>());
            addSegment(list, a, b);
        }
        List<Path> out = new ArrayList<>();
        parts.forEach((key, list) -> {
            Strength s = Strength.valueOf(key.substring(0, key.indexOf(':')));
            int weight = Integer.parseInt(key.substring(key.indexOf(':') + 1));
            Path path = new Path(list);
            double px = (weight == 0 ? 1 : weight == 1 ? 2 : 3.5) * (s == Strength.SOFT ? 0.7 : 1);
            path.setUserData(px);
            path.setStrokeWidth(px);
            path.setStroke(Color.web(s == Strength.SOFT ? p.softEdge : p.edge, weight == 0 ? 0.3 : weight == 1 ? 0.5 : 0.75));
            path.setFill(null);
            if (s == Strength.ASYNC) path.getStrokeDashArray().setAll(6.0, 4.0);
            path.getStyleClass().add("bundle-" + s.name().toLowerCase(java.util.Locale.ROOT));
            out.add(path);
        });
        return out;
    }

    /** From the border of block a to the border of block b, with an arrow head at b (the callee). */
    private static void addSegment(List<PathElement> list, Box a, Box b) {
        double dx = b.centerX() - a.centerX();
        double dy = b.centerY() - a.centerY();
        double len = Math.max(Math.abs(dx), Math.abs(dy));
        if (len == 0) return;
        double half = a.width() / 2;
        double t0 = half / len;
        double t1 = 1 - half / len;
        double sx = a.centerX() + dx * t0, sy = a.centerY() + dy * t0;
        double ex = a.centerX() + dx * t1, ey = a.centerY() + dy * t1;
        list.add(new MoveTo(sx, sy));
        list.add(new LineTo(ex, ey));
        double norm = Math.hypot(dx, dy);
        double ux = dx / norm, uy = dy / norm;
        double head = a.width() * 0.08;
        list.add(new MoveTo(ex - head * (ux - uy * 0.5), ey - head * (uy + ux * 0.5)));
        list.add(new LineTo(ex, ey));
        list.add(new LineTo(ex - head * (ux + uy * 0.5), ey - head * (uy - ux * 0.5)));
    }
}
