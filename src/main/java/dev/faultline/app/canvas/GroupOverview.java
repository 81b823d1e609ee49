package dev.faultline.app.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;

import dev.faultline.layout.Box;
import dev.faultline.render.Palette;
import dev.faultline.render.group.BundledEdge;
import dev.faultline.render.group.GroupMerger;
import dev.faultline.render.group.GroupPicture;
import dev.faultline.render.group.InsideBlocks;
import dev.faultline.render.group.NodeGroup;

/**
 * The far zoom of a large graph, on two levels: the groups (teams, zones or clusters: {@link GroupLevel}) and, when
 * there are too many of them to read at fit, the merged groups above them ({@link GroupMerger}: teams by domain).
 * The merged level is drawn while a group block would be too small for its text; zooming in past that shows the
 * groups. A merged group opened by a double-click shows its groups' blocks; a group opened shows its nodes (drawn
 * by the canvas's node layer), its block kept as an outline. The count on a bundled edge (of two or more) is drawn
 * once the view settles, for the edges in view only, in the gaps between blocks.
 */
final class GroupOverview extends Group {
    /** Block size on screen (px) from which edge counts are written: below it the gaps are too narrow for them. */
    private static final double COUNTS_FROM_PX = 150;
    private final GroupLevel groups = new GroupLevel();
    private final GroupLevel merged = new GroupLevel();
    /** Edge counts: one bitmap at the resolution they are shown at, moved and scaled while panning. */
    private final StepCache counts = new StepCache();
    /** Open groups and open merged groups (their ids never clash: merged ids start with "merged:"). */
    private final Set<String> opened = new HashSet<>();
    private final Map<String, String> parentOf = new HashMap<>();
    /** Where each opened group's nodes are drawn inside its block, by group (made when first asked for). */
    private final Map<String, Map<String, Box>> inside = new HashMap<>();
    private final PauseTransition settle = new PauseTransition(Duration.millis(300));
    private final Consumer<String> onToggle;
    private Palette palette = Palette.LIGHT;
    private double[] view = {0, 0, 0, 0};
    private double scale = 1;

    /** {@code onToggle}: a group was opened or closed by a double-click (its id). */
    GroupOverview(Consumer<String> onToggle) {
        this.onToggle = onToggle;
        setId("group-overview");
        // Counts under the blocks: they read in the gaps between blocks and never over a block's own text. An open
        // merged group's blocks are drawn over the merged level.
        getChildren().addAll(groups.edges, merged.edges, counts, merged.blocks, groups.blocks);
        counts.setMouseTransparent(true);
        settle.setOnFinished(e -> refreshCounts());
    }

    /** The groups whose members the canvas draws when open (the finer level). */
    GroupPicture picture() {
        return groups.picture();
    }

    /** Shows the groups and, when they are too many to read at fit, the merged level above them (else null). */
    void show(GroupPicture next, GroupPicture mergedPicture, Palette p) {
        palette = p;
        boolean sameMerged = mergedPicture != null && merged.picture() != null
                && mergedPicture.grouping() == merged.picture().grouping();
        Set<String> ids = new HashSet<>(next.blocks().keySet());
        if (mergedPicture != null) ids.addAll(mergedPicture.blocks().keySet());
        opened.retainAll(ids);
        if (groups.picture() == null || !next.blocks().equals(groups.picture().blocks())) inside.clear();
        groups.show(next, p, opened, this::wire);
        merged.show(mergedPicture, p, opened, this::wire);
        if (!sameMerged) {
            parentOf.clear();
            if (mergedPicture != null) {
                for (NodeGroup g : next.grouping().groups()) {
                    if (!g.members().isEmpty()) parentOf.put(g.id(), mergedPicture.grouping().groupOf(g.members().get(0)));
                }
            }
        }
        counts.shapes().clear();
    }

    private void wire(GroupBlock v) {
        v.setOnMouseClicked(e -> {
            // Every second click: a quick double-click right after another one counts on as clicks 3 and 4.
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() % 2 == 0) {
                onToggle.accept(v.group().id());
                e.consume();
            }
        });
        v.setOnMouseEntered(e -> Tooltip.install(v, new Tooltip(v.tooltip() + childrenText(v.group().id()))));
    }

    private String childrenText(String id) {
        if (merged.block(id) == null) return "";
        long n = parentOf.values().stream().filter(id::equals).count();
        return "\n" + n + " " + groups.picture().grouping().by().id() + (n == 1 ? "" : "s")
                + ": double-click or zoom in to see them";
    }

    // ---- opening ------------------------------------------------------------------------------------------------

    /** The merged level is drawn: there is one, and a group's block would be too small for its text. */
    boolean mergedShown() {
        return merged.picture() != null && groups.cell() * scale < GroupMerger.READABLE_PX;
    }

    /**
     * Whether a group (or merged group) is open. While the merged level is drawn, a group counts as open only inside
     * an open merged group: closing "inventory" hides the nodes of its open teams too.
     */
    boolean isOpen(String groupId) {
        if (!opened.contains(groupId)) return false;
        String parent = parentOf.get(groupId);
        return parent == null || !mergedShown() || opened.contains(parent);
    }

    /** The groups (finer level) that are open now. */
    Set<String> opened() {
        Set<String> out = new HashSet<>();
        for (String id : opened) if (groups.picture().blocks().containsKey(id) && isOpen(id)) out.add(id);
        return out;
    }

    /** Opens or closes a group or a merged group; opening a group opens the merged group it is in. */
    void setOpen(String groupId, boolean open) {
        if (open) opened.add(groupId);
        else opened.remove(groupId);
        String parent = parentOf.get(groupId);
        if (open && parent != null) opened.add(parent);
        for (String id : parent == null ? List.of(groupId) : List.of(groupId, parent)) {
            GroupBlock v = block(id);
            if (v != null) v.setOpen(opened.contains(id));
        }
    }

    /**
     * Where a node of an open group is drawn while groups are: inside its group's block
     * ({@link InsideBlocks#members}), or null when its group has no block. {@code layoutBox}: where the layout put a
     * node.
     */
    Box drawnInside(String nodeId, java.util.function.Function<String, Box> layoutBox) {
        GroupPicture p = groups.picture();
        String g = p == null ? null : p.grouping().groupOf(nodeId);
        Box block = g == null ? null : p.blocks().get(g);
        if (block == null) return null;
        return inside.computeIfAbsent(g, id -> {
            Map<String, Box> boxes = new HashMap<>();
            for (String m : p.grouping().group(id).orElseThrow().members()) {
                Box b = layoutBox.apply(m);
                if (b != null) boxes.put(m, b);
            }
            return InsideBlocks.members(block, p.grouping().group(id).orElseThrow().members(), boxes);
        }).get(nodeId);
    }

    GroupBlock block(String groupId) {
        // The merged level first: asking the finer level would make its blocks (see GroupLevel).
        GroupBlock v = merged.picture() == null ? null : merged.block(groupId);
        return v != null ? v : groups.block(groupId);
    }

    // ---- level of detail ------------------------------------------------------------------------------------------

    /** The view moved: the level to draw, blocks off screen hidden, text where readable, edge counts once settled. */
    void viewChanged(double newScale, double x0, double y0, double x1, double y1) {
        scale = newScale;
        view = new double[]{x0, y0, x1, y1};
        boolean top = mergedShown();
        merged.blocks.setVisible(top);
        if (top) {
            merged.viewChanged(scale, view, id -> true, true);
            // The groups are drawn only inside an open merged group: until one is, they are not even made.
            if (opened.stream().anyMatch(id -> merged.picture().blocks().containsKey(id))) {
                groups.viewChanged(scale, view, id -> opened.contains(parentOf.get(id)), false);
            } else {
                groups.hide();
            }
        } else {
            merged.edges.setVisible(false);
            groups.viewChanged(scale, view, id -> true, true);
        }
        if (!counts.shapes().isEmpty()) counts.shapes().clear();
        if ((top ? merged : groups).textReadable(scale)) settle.playFromStart();
    }

    /** "×12" on each bundled edge of 2 or more in view, at a readable zoom; at most a few hundred. */
    private void refreshCounts() {
        GroupLevel level = mergedShown() ? merged : groups;
        GroupPicture picture = level.picture();
        if (picture == null || level.cell() * scale < COUNTS_FROM_PX || !isVisible()) return;
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
            // A halo in the background colour under the count, so it reads over the lines it sits on. Not one text
            // with an outside stroke: JavaFX builds that outline with area geometry on every frame, which made each
            // frame at 5,000 nodes take 200 ms (renderer thread dump, docs/performance-history.md "#13 overview").
            Text halo = new Text(x, y, "×" + e.count());
            halo.setFont(font);
            halo.setFill(Color.web(palette.background));
            halo.setStroke(Color.web(palette.background));
            halo.setStrokeWidth(3 / scale);
            Text t = new Text(x, y, "×" + e.count());
            t.setFont(font);
            t.getStyleClass().add("bundle-count");
            t.setFill(Color.web(palette.text));
            made.add(halo);
            made.add(t);
            if (made.size() >= 800) break;
        }
        counts.setStep(scale); // made for a settled view: a bitmap at exactly the zoom shown
        counts.shapes().setAll(made);
    }
}
