package dev.faultline.app.canvas;

import java.util.LinkedHashMap;
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
    /**
     * The blocks are made when the level is first drawn (or a block is asked for): at 20,000 nodes the 1,334 team
     * blocks under the merged level cost the FX thread ~0.15 s as the file opened, and are drawn only once a domain
     * is opened or the view zoomed in.
     */
    private boolean built;
    /** Whether the made blocks are in the scene graph (done on the FX thread, when the level is drawn). */
    private boolean attached;
    private Set<String> opened = Set.of();
    private Consumer<GroupBlock> wire = v -> { };

    GroupPicture picture() {
        return picture;
    }

    /** The narrowest block's width in world units: from it on, every block of the level reads. */
    double cell() {
        return cell;
    }

    Map<String, GroupBlock> views() {
        ensureBuilt();
        return views;
    }

    GroupBlock block(String id) {
        if (picture == null || !picture.blocks().containsKey(id)) return null;
        ensureBuilt();
        return views.get(id);
    }

    /** Shows a picture (null: nothing): restyles the blocks in place when the groups are the same ones. */
    void show(GroupPicture next, Palette p, Set<String> opened, Consumer<GroupBlock> wire) {
        if (next == null) {
            picture = null;
            built = false;
            attached = false;
            views.clear();
            blocks.getChildren().clear();
            edges.clear();
            return;
        }
        boolean same = picture != null && next.grouping() == picture.grouping()
                && next.blocks().equals(picture.blocks()) && p == palette;
        picture = next;
        palette = p;
        this.opened = opened;
        this.wire = wire;
        if (same) {
            if (built) views.values().forEach(v -> v.update(next.summaries().get(v.group().id()), p));
            return;
        }
        views.clear();
        blocks.getChildren().clear();
        built = false;
        attached = false;
        cell = next.blocks().values().stream().mapToDouble(Box::width).min().orElse(1);
        edges.show(next, p);
    }

    /** Makes the blocks (not yet in the scene graph, so any thread may ask for one). */
    private void ensureBuilt() {
        if (built || picture == null) return;
        built = true;
        for (NodeGroup g : picture.grouping().groups()) {
            Box b = picture.blocks().get(g.id());
            if (b == null) continue;
            GroupBlock v = new GroupBlock(g, b, picture.summaries().get(g.id()), palette);
            v.setOpen(opened.contains(g.id()));
            wire.accept(v);
            views.put(g.id(), v);
        }
    }

    /** Hides the level's blocks and edges without making blocks that were never drawn. */
    void hide() {
        if (built) {
            for (GroupBlock v : views.values()) if (v.isVisible()) v.setVisible(false);
        }
        if (edges.isVisible()) edges.setVisible(false);
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
        ensureBuilt();
        if (!attached) {
            attached = true;
            blocks.getChildren().setAll(views.values());
        }
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
