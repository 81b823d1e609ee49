package dev.faultline.app.panels;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.model.Flow;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.State;

/**
 * The user journeys with their state in the current scenario; DOWN and DEGRADED are marked by text and colour.
 * Clicking one highlights everything it needs on the canvas. A row is a {@link FlowRow}: new figures (availability)
 * go there and into {@link FlowCell#text(FlowRow)}.
 */
public final class FlowsView extends ListView<FlowsView.FlowRow> {
    /** A flow and its state. */
    public record FlowRow(String id, String name, State state) {
        @Override
        public String toString() {
            return state + "  " + name;
        }
    }

    private final ObservableList<FlowRow> rows = FXCollections.observableArrayList();

    public FlowsView(WorkspaceViewModel vm) {
        setId("flows");
        setItems(rows);
        setCellFactory(l -> new FlowCell());
        vm.documentProperty().addListener((o, a, b) -> refresh(vm));
        vm.simulationProperty().addListener((o, a, b) -> refresh(vm));
        setOnMouseClicked(e -> {
            FlowRow row = getSelectionModel().getSelectedItem();
            if (row != null && vm.document() != null) vm.showFlow(row.id());
        });
    }

    private void refresh(WorkspaceViewModel vm) {
        if (vm.document() == null) return;
        SimulationResult sim = vm.simulation();
        rows.setAll(vm.document().topology().flows().stream()
                .map(f -> new FlowRow(f.id(), label(f), sim == null ? State.UP : sim.flow(f.id()))).toList());
    }

    private static String label(Flow f) {
        return f.name().equals(f.id()) ? f.id() : f.name() + " (" + f.id() + ")";
    }

    public ObservableList<FlowRow> rows() {
        return rows;
    }

    private static final class FlowCell extends ListCell<FlowRow> {
        @Override
        protected void updateItem(FlowRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("flow-up", "flow-down", "flow-degraded");
            if (empty || item == null) {
                setText(null);
                return;
            }
            String mark = switch (item.state()) {
                case UP -> "●  ";
                case DEGRADED -> "◐  ";
                case DOWN -> "✕  ";
            };
            // State first and wrapped: a narrow panel never cuts "DOWN" to "DOW".
            setText(mark + item.state() + "   " + item.name());
            setWrapText(true);
            setPrefWidth(0);
            getStyleClass().add("flow-" + item.state().name().toLowerCase(java.util.Locale.ROOT));
        }

        static String text(FlowRow row) {
            return row.toString();
        }
    }
}
