package dev.faultline.app.panels;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.simulation.NodeLossOutcome;

/** The chaos sweep: start/cancel and the ranking table (largest blast radius first); selecting a row focuses it. */
public final class SweepView extends VBox {
    private final TableView<NodeLossOutcome> table = new TableView<>();

    public SweepView(WorkspaceViewModel vm) {
        setId("sweep");
        setSpacing(6);
        setPadding(new Insets(8));
        Button start = new Button("Run chaos sweep");
        start.setId("sweep-start");
        start.setOnAction(e -> vm.startSweep());
        Button cancel = new Button("Cancel");
        cancel.setId("sweep-cancel");
        cancel.setOnAction(e -> vm.cancelSweep());
        start.disableProperty().bind(vm.sweepingProperty());
        cancel.disableProperty().bind(vm.sweepingProperty().not());
        Label hint = new Label("Fails every node in turn and ranks them by blast radius: flows (F) and nodes (N)"
                + " taken DOWN (✕) or DEGRADED (◐).");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        table.setId("sweep-table");
        table.setItems(vm.ranking());
        table.setPlaceholder(new Label("No sweep yet"));
        table.getColumns().add(column("#", "rank", o -> String.valueOf(vm.ranking().indexOf(o) + 1), 46));
        table.getColumns().add(column("node", "the node failed", NodeLossOutcome::node, 120));
        table.getColumns().add(column("F✕", "flows DOWN", o -> String.valueOf(o.flowsDown().size()), 34));
        table.getColumns().add(column("F◐", "flows DEGRADED", o -> String.valueOf(o.flowsDegraded().size()), 34));
        table.getColumns().add(column("N✕", "nodes DOWN (itself included)", o -> String.valueOf(o.nodesDown()), 34));
        table.getColumns().add(column("N◐", "nodes DEGRADED", o -> String.valueOf(o.nodesDegraded()), 34));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) vm.focus(b.node());
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(new HBox(6, start, cancel), hint, table);
    }

    private static TableColumn<NodeLossOutcome, String> column(String title, String meaning,
                                                             java.util.function.Function<NodeLossOutcome, String> f,
                                                             double width) {
        TableColumn<NodeLossOutcome, String> c = new TableColumn<>();
        Label header = new Label(title);
        header.setTooltip(new javafx.scene.control.Tooltip(meaning));
        c.setGraphic(header);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setPrefWidth(width);
        // Numbers are never cut to "1…": a column is at least as wide as a 5-digit figure.
        if (width < 60) c.setMinWidth(Math.max(width, 46));
        c.setSortable(false);
        return c;
    }

    public TableView<NodeLossOutcome> table() {
        return table;
    }

}
