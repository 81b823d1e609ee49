package dev.faultline.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

import dev.faultline.app.canvas.DiagramCanvas;
import dev.faultline.app.workspace.TopologyDocument;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.layout.Box;
import dev.faultline.model.Dependency;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;
import dev.faultline.render.DiagramScene;
import dev.faultline.render.SceneNode;
import dev.faultline.render.group.FocusFilter;
import dev.faultline.render.group.GroupBy;
import dev.faultline.render.group.GroupLevels;
import dev.faultline.render.group.GroupPicture;
import dev.faultline.render.group.Grouping;
import dev.faultline.render.group.GroupSummary;
import dev.faultline.simulation.State;

/**
 * The second tool bar: what large graphs are grouped by when zoomed out (semantic zoom), and focus mode (only the
 * N-hop neighbourhood of the selection, optionally without soft and async dependencies, filtered by team, zone or
 * state). It feeds the canvas a {@link GroupPicture} after every scene, recomputing only the counts when only the
 * scenario changed; the grouping, block places and bundled edges are kept per opened layout.
 */
final class SemanticZoomBar extends ToolBar {
    private static final String EVERYTHING = "Everything";
    private final WorkspaceViewModel vm;
    private final DiagramCanvas canvas;
    private final ComboBox<GroupBy> groupBy = new ComboBox<>();
    private final ToggleButton focus = new ToggleButton("Focus");
    private final Spinner<Integer> hops = new Spinner<>(1, FocusFilter.MAX_HOPS, 1);
    private final CheckBox hardOnly = new CheckBox("Hard dependencies only");
    private final ComboBox<String> filter = new ComboBox<>();
    /** View › "Groups and focus tool bar": shows the bar for a graph too small to be grouped. */
    private final javafx.scene.control.CheckMenuItem shownByUser = new javafx.scene.control.CheckMenuItem(
            "Groups and focus tool bar");
    private TopologyDocument groupedDocument;
    private GroupBy groupedBy;
    private GroupPicture kept;
    /** The level above {@link #kept} when its groups are too many to read at fit (GroupMerger), else null. */
    private GroupPicture keptMerged;
    /** The document whose clusters are being found in the background (null: none): a scene change meanwhile waits. */
    private TopologyDocument clustering;
    /** True while {@link #showGroups} sets the default grouping of a new file itself. */
    private boolean choosingDefault;

    SemanticZoomBar(WorkspaceViewModel vm, DiagramCanvas canvas) {
        this.vm = vm;
        this.canvas = canvas;
        setId("zoom-bar");
        groupBy.setId("group-by");
        groupBy.getItems().setAll(GroupBy.values());
        groupBy.setTooltip(new Tooltip("What a large graph is grouped by when zoomed out; double-click a group to open it"));
        focus.setId("focus-toggle");
        focus.setTooltip(new Tooltip("Show only the selection's neighbourhood (and the filter's nodes)"));
        hops.setId("focus-hops");
        hops.setPrefWidth(64);
        hops.setTooltip(new Tooltip("How many dependencies away from the selection to show"));
        hardOnly.setId("focus-hard");
        filter.setId("focus-filter");
        // A set width: computed, it measured a cell for each of the file's teams and zones (1,334 at 20,000 nodes)
        // on the FX thread as the file opened.
        filter.setPrefWidth(200);
        getItems().addAll(new Label("Group large graphs by:"), groupBy, new Separator(), focus, new Label("hops"), hops,
                hardOnly, new Label("Show:"), filter);
        groupBy.setOnAction(e -> {
            if (!choosingDefault && groupBy.getValue() != null && groupBy.getValue() != groupedBy) showGroups();
        });
        focus.setOnAction(e -> applyFocus(true));
        hops.valueProperty().addListener((o, a, b) -> applyFocus(true));
        hardOnly.setOnAction(e -> applyFocus(true));
        filter.setOnAction(e -> {
            // Not when a new file resets the filter: the window fits the new file itself (the refit here ran
            // through all 20,000 nodes and 86,000 edges a second time in the step that shows the file).
            if (!choosingDefault) applyFocus(true);
        });
        shownByUser.setId("menu-zoom-bar");
        shownByUser.setOnAction(e -> showIfUseful());
        showIfUseful();
        vm.sceneProperty().addListener((o, a, b) -> {
            if (b == null) return;
            showIfUseful();
            showGroups();
            applyFocus(false);
        });
        vm.selection().addListener((ListChangeListener<String>) c -> {
            // Search and the findings select nodes: open the groups they are in, so they can be seen.
            if (vm.selection().size() <= 20) vm.selection().forEach(canvas::revealNode);
            if (focus.isSelected()) applyFocus(false);
        });
    }

    /** The View menu's item that shows the bar for any graph. */
    javafx.scene.control.MenuItem menuItem() {
        return shownByUser;
    }

    /**
     * Shown for graphs large enough to be grouped, or when the user asks (View menu), so small files keep the
     * window's height for the panels.
     */
    private void showIfUseful() {
        DiagramScene scene = vm.scene();
        boolean show = shownByUser.isSelected() || focus.isSelected()
                || scene != null && scene.nodes().size() >= DiagramCanvas.GROUP_FROM;
        setVisible(show);
        setManaged(show);
    }

    // ---- groups ---------------------------------------------------------------------------------------------------

    private void showGroups() {
        TopologyDocument doc = vm.document();
        DiagramScene scene = vm.scene();
        if (doc == null || scene == null) return;
        if (doc != groupedDocument || doc.layout() != (groupedDocument == null ? null : groupedDocument.layout())) {
            if (groupedDocument == null || doc.topology() != groupedDocument.topology()) {
                // Not through the combo's action: that grouped the whole graph a second time on every opening.
                choosingDefault = true;
                try {
                    groupBy.setValue(GroupBy.defaultFor(doc.topology()));
                    filter.getItems().setAll(filterChoices(doc.topology()));
                    filter.setValue(EVERYTHING);
                } finally {
                    choosingDefault = false;
                }
            }
            kept = null;
        }
        GroupBy by = groupBy.getValue();
        Topology t = doc.topology();
        if (kept == null || by != groupedBy) {
            if (scene.nodes().size() < DiagramCanvas.GROUP_FROM) {
                canvas.showGroups(null);
                groupedDocument = doc;
                groupedBy = by;
                return;
            }
            // A new file's groups were made in its opening's background work, beside its first picture.
            GroupLevels levels = vm.takeFirstGroups(doc, by);
            if (levels == null) {
                Map<String, Box> boxes = new HashMap<>();
                for (SceneNode n : scene.nodes()) boxes.put(n.id(), n.bounds());
                if (by == GroupBy.CLUSTER) {
                    groupInBackground(doc, by, boxes);
                    return;
                }
                levels = GroupLevels.of(t, Grouping.of(t, by), doc.report()::isSpof, vm.simulation(), boxes);
            } else if (vm.simulation() != null) {
                levels = new GroupLevels(recount(levels.groups(), doc),
                        levels.merged() == null ? null : recount(levels.merged(), doc));
            }
            kept = levels.groups();
            keptMerged = levels.merged();
        } else {
            kept = recount(kept, doc);
            keptMerged = keptMerged == null ? null : recount(keptMerged, doc);
        }
        groupedDocument = doc;
        groupedBy = by;
        canvas.showGroups(kept, keptMerged);
    }

    /**
     * Clusters are computed from the graph (seconds at 20,000 nodes), so they are found off the FX thread with the
     * status bar's progress and cancel; teams and zones are a look-up and stay inline. A result for a document or
     * grouping that is no longer shown is dropped.
     */
    private void groupInBackground(TopologyDocument doc, GroupBy by, Map<String, Box> boxes) {
        if (clustering == doc) return;
        clustering = doc;
        // The blocks shown stay until the clusters arrive: the canvas never goes blank while they are found.
        kept = null;
        groupedDocument = doc;
        groupedBy = by;
        Topology t = doc.topology();
        var simulation = vm.simulation();
        vm.runner().run("Finding clusters", (progress, cancel) -> {
                    GroupLevels found = GroupLevels.of(t, Grouping.of(t, by), doc.report()::isSpof, simulation, boxes);
                    return new GroupPicture[]{found.groups(), found.merged()};
                },
                pictures -> {
                    if (clustering == doc) clustering = null;
                    if (vm.document() != doc || groupBy.getValue() != by) return;
                    kept = recount(pictures[0], doc);
                    keptMerged = pictures[1] == null ? null : recount(pictures[1], doc);
                    canvas.showGroups(kept, keptMerged);
                },
                error -> {
                    // Cancelled or failed: the blocks shown stay; the status bar has said why.
                    if (clustering == doc) clustering = null;
                });
    }

    /** The same groups, counted again under the current scenario (a scenario step changes only the counts). */
    private GroupPicture recount(GroupPicture p, TopologyDocument doc) {
        return new GroupPicture(p.grouping(), GroupSummary.of(p.grouping(), doc.report()::isSpof, vm.simulation()),
                p.blocks(), p.bundles());
    }

    // ---- focus ----------------------------------------------------------------------------------------------------

    private static List<String> filterChoices(Topology t) {
        List<String> out = new ArrayList<>();
        out.add(EVERYTHING);
        for (State s : List.of(State.DOWN, State.DEGRADED, State.UP)) out.add("State: " + s);
        for (Team team : t.teams()) out.add("Team: " + team.id());
        for (Zone z : t.zones()) out.add("Zone: " + z.id());
        return out;
    }

    private FocusFilter currentFilter() {
        String f = filter.getValue() == null ? EVERYTHING : filter.getValue();
        String value = f.contains(": ") ? f.substring(f.indexOf(": ") + 2) : null;
        return new FocusFilter(hops.getValue(), hardOnly.isSelected(), f.startsWith("Team: ") ? value : null,
                f.startsWith("Zone: ") ? value : null, f.startsWith("State: ") ? State.valueOf(value) : null);
    }

    /** Focus on: the filter's nodes only; off: everything again. {@code refit}: the user changed the focus. */
    private void applyFocus(boolean refit) {
        TopologyDocument doc = vm.document();
        if (doc == null) return;
        if (!focus.isSelected()) {
            if (refit) {
                canvas.setFocus(null, null);
                canvas.fit();
            }
            return;
        }
        FocusFilter f = currentFilter();
        Set<String> nodes = f.visible(doc.topology(), List.copyOf(vm.selection()), vm.simulation());
        Set<String> hard = new HashSet<>();
        for (Dependency d : doc.topology().dependencies()) {
            if (f.draws(d)) d.providers().forEach(p -> hard.add(d.from() + "\u0000" + p));
        }
        canvas.setFocus(nodes, e -> hard.contains(e.from() + "\u0000" + e.to()));
        vm.noticeProperty().set("Focus: " + nodes.size() + " of " + doc.topology().nodes().size() + " nodes");
        if (refit) canvas.fit();
    }
}
