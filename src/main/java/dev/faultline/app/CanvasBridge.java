package dev.faultline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import dev.faultline.app.canvas.CanvasActions;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.layout.Point;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;
import dev.faultline.simulation.FailureEvent;

/** Connects canvas gestures to the workspace view model. */
final class CanvasBridge implements CanvasActions {
    private final WorkspaceViewModel vm;
    private final Runnable showBlastRadius;

    CanvasBridge(WorkspaceViewModel vm, Runnable showBlastRadius) {
        this.vm = vm;
        this.showBlastRadius = showBlastRadius;
    }

    @Override
    public void select(String nodeId, boolean add) {
        vm.select(nodeId, add);
    }

    @Override
    public void clearSelection() {
        vm.selection().clear();
    }

    @Override
    public void failNode(String nodeId) {
        vm.fail(FailureEvent.node(nodeId));
    }

    @Override
    public void failInstance(String nodeId) {
        vm.fail(FailureEvent.instance(nodeId));
    }

    @Override
    public void showBlastRadius(String nodeId) {
        vm.select(nodeId, false);
        showBlastRadius.run();
    }

    @Override
    public void pin(Map<String, Point> topLeftById) {
        vm.pin(topLeftById);
    }

    @Override
    public void unpin(String nodeId) {
        vm.unpin(nodeId);
    }

    @Override
    public boolean isPinned(String nodeId) {
        return vm.isPinned(nodeId);
    }

    @Override
    public void copyId(String nodeId) {
        ClipboardContent content = new ClipboardContent();
        content.putString(nodeId);
        Clipboard.getSystemClipboard().setContent(content);
        vm.noticeProperty().set("Copied " + nodeId);
    }

    @Override
    public List<FailureEvent> domainEvents() {
        return domainEvents(vm.document() == null ? null : vm.document().topology());
    }

    static List<FailureEvent> domainEvents(Topology t) {
        List<FailureEvent> out = new ArrayList<>();
        if (t == null) return out;
        for (Zone z : t.zones()) out.add(FailureEvent.zone(z.id()));
        for (String r : t.regions()) out.add(FailureEvent.region(r));
        for (Team team : t.teams()) out.add(FailureEvent.team(team.id()));
        return out;
    }

    @Override
    public void failDomain(FailureEvent event) {
        vm.fail(event);
    }

    @Override
    public void explain(String nodeId) {
        vm.explain(nodeId);
    }

    @Override
    public void clearHighlight() {
        // Esc: first the highlight; with none, compare mode ends.
        if (vm.highlightProperty().get() == null && vm.comparisonProperty().get() != null) vm.stopComparing();
        else vm.clearHighlight();
    }
}
