package dev.faultline.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.scene.Group;

import dev.faultline.layout.Box;
import dev.faultline.render.Palette;
import dev.faultline.render.group.GroupPicture;
import dev.faultline.render.group.NodeGroup;

/**
 * One level of the far zoom (teams, or the merged groups above them): a {@link GroupBlock} per group and the bundled
 * edges between them ({@link EdgeTiles}).
 */
final class GroupLevel {
    final EdgeTiles edges = new EdgeTiles();
    final Group blocks = new Group();
    private final Map<String, GroupBlock> views = new LinkedHashMap<>();
    private GroupPicture picture;
    private double cell = 1;
    private Palette palette;

    GroupPicture picture() {
        return picture;
    }

    /** The narrowest block's width in world units: from it on, every block of the level reads. */
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
            edges.clear();
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
        cell = Double.MAX_VALUE;
        List<GroupBlock> made = new ArrayList<>();
        for (NodeGroup g : next.grouping().groups()) {
            Box b = next.blocks().get(g.id());
            if (b == null) continue;
            GroupBlock v = new GroupBlock(g, b, next.summaries().get(g.id()), p);
            v.setOpen(opened.contains(g.id()));
            wire.accept(v);
            views.put(g.id(), v);
            made.add(v);
            cell = Math.min(cell, b.width());
        }
        if (made.isEmpty()) cell = 1;
        blocks.getChildren().setAll(made);
        edges.show(next, p);
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
        if (withEdges) edges.viewChanged(scale, view);
    }
}
