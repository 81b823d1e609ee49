package dev.faultline.app.panels;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import dev.faultline.app.task.WorkProgress;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.simulation.State;

/** Counts (nodes · dependencies · SPOFs · flows down), the last notice, and progress with cancel for long work. */
public final class StatusBar extends HBox {
    private final Label counts = new Label();

    public StatusBar(WorkspaceViewModel vm, WorkProgress work) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setSpacing(12);
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER_LEFT);
        counts.setId("status-counts");
        Label notice = new Label();
        notice.setId("status-notice");
        notice.getStyleClass().add("status-notice");
        notice.textProperty().bind(vm.noticeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label message = new Label();
        message.textProperty().bind(work.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("status-progress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(work.fractionProperty());
        Button cancel = new Button("✕");
        cancel.setId("status-cancel");
        cancel.setOnAction(e -> work.cancelCurrent());
        for (var n : new javafx.scene.Node[]{message, bar, cancel}) {
            n.visibleProperty().bind(work.runningProperty());
            n.managedProperty().bind(work.runningProperty());
        }
        getChildren().addAll(counts, notice, spacer, message, bar, cancel);
        vm.documentProperty().addListener((o, a, b) -> refresh(vm));
        vm.simulationProperty().addListener((o, a, b) -> refresh(vm));
        refresh(vm);
    }

    private void refresh(WorkspaceViewModel vm) {
        counts.setText(countsText(vm));
    }

    public static String countsText(WorkspaceViewModel vm) {
        if (vm.document() == null) return "No topology open";
        var t = vm.document().topology();
        long down = vm.flowsDown();
        long degraded = vm.simulation() == null ? 0
                : vm.simulation().flows().values().stream().filter(s -> s == State.DEGRADED).count();
        return t.nodes().size() + " nodes · " + t.dependencies().size() + " dependencies · "
                + vm.document().report().spofs().size() + " SPOFs · " + down + " flow" + (down == 1 ? "" : "s")
                + " down" + (degraded > 0 ? " · " + degraded + " degraded" : "");
    }

}
