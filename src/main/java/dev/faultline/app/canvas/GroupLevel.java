package dev.faultline.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

import dev.faultline.layout.Box;
import dev.faultline.render.Palette;
import dev.faultline.render.group.BundledEdge;
import dev.faultline.render.group.GroupPicture;
import dev.faultline.render.group.NodeGroup;
import dev.faultline.render.group.Strength;

/**
 * One level of the far zoom (teams, or the merged groups above them): a {@link GroupBlock} per group and the bundled
 * edges between them. Edges are drawn as nine paths (three strengths times three weights), not one shape per edge:
 * 20,000 nodes give about 23,000 group pairs, and a handful of shapes renders far faster than thousands.
 */
final class GroupLevel {
    private static final double[] WIDTH_STEPS = {1, 4};
    final Group edges = new Group();
    final Group blocks = new Group();
    private final Map<String, GroupBlock> views = new LinkedHashMap<>();
    private GroupPicture picture;
    private double cell = 1;
    private double widthStep;
    private Palette palette;

    GroupLevel() {
        edges.setMouseTransparent(true);
        // Tens of thousands of bundled segments: rasterised once into a bitmap that pan and zoom move and scale,
        // rather than re-rasterised every frame (measured in docs/performance.md, "#13 semantic zoom").
        edges.setCache(true);
        edges.setCacheHint(javafx.scene.CacheHint.SCALE);
    }

    GroupPicture picture() {
        return picture;
    }

    /** Block width in world units (all blocks of a level have the same size). */
    double cell() {
        return cell;
    }

    Map<String, GroupBlock> views() {
        return views;
    }

    GroupBlock block(String id) {
        return views.get(id);
    }

    /** Shows a picture (null: nothing): restyles the blocks in place when the groups are the same ones. */
    void show(GroupPicture next, Palette p, Set<String> opened, Consumer<GroupBlock> wire) {
        if (next == null) {
            picture = null;
            views.clear();
            blocks.getChildren().clear();
            edges.getChildren().clear();
            return;
        }
        boolean same = picture != null && next.grouping() == picture.grouping()
                && next.blocks().equals(picture.blocks()) && p == palette;
        picture = next;
        palette = p;
        if (same) {
            views.values().forEach(v -> v.update(next.summaries().get(v.group().id()), p));
            return;
        }
        views.clear();
        List<GroupBlock> made = new ArrayList<>();
        for (NodeGroup g : next.grouping().groups()) {
            Box b = next.blocks().get(g.id());
            if (b == null) continue;
            GroupBlock v = new GroupBlock(g, b, next.summaries().get(g.id()), p);
            v.setOpen(opened.contains(g.id()));
            wire.accept(v);
            views.put(g.id(), v);
            made.add(v);
            cell = b.width();
        }
        blocks.getChildren().setAll(made);
        edges.getChildren().setAll(bundlePaths(next, p));
        widthStep = 0;
    }

    /** Whether a block of this level carries its text at this zoom. */
    boolean textReadable(double scale) {
        return cell * scale >= GroupBlock.TEXT_FROM_PX;
    }

    /**
     * Shows the blocks in view that {@code shown} accepts, with text where readable, and the edges when
     * {@code withEdges}; a level not drawn at all is hidden as a whole.
     */
    void viewChanged(double scale, double[] view, Predicate<String> shown, boolean withEdges) {
        boolean text = textReadable(scale);
        for (GroupBlock v : views.values()) {
            Box b = v.box();
            boolean in = b.maxX() >= view[0] && b.x() <= view[2] && b.maxY() >= view[1] && b.y() <= view[3]
                    && shown.test(v.group().id());
            if (v.isVisible() != in) v.setVisible(in);
            if (in && text != v.textVisible()) v.setTextVisible(text);
        }
        if (edges.isVisible() != withEdges) edges.setVisible(withEdges);
        if (!withEdges) return;
        // Line widths follow the zoom in powers of two only: the edges are cached as one bitmap, and a new width
        // redraws it.
        double step = Math.pow(2, Math.round(Math.log(scale) / Math.log(2)));
        if (step != widthStep) {
            widthStep = step;
            for (javafx.scene.Node n : edges.getChildren()) {
                Path path = (Path) n;
                path.setStrokeWidth(((double) path.getUserData()) / step);
            }
        }
    }

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
