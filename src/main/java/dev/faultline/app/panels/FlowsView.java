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
    /**
     * A flow and its state; {@code latency} its expected latency and {@code criticalPath} its slowest chain with the
     * milliseconds each hop adds (both empty when the flow has no latency figure), shown when the row is selected.
     */
    public record FlowRow(String id, String name, State state, String latency, String criticalPath) {
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
                .map(f -> withLatency(f, label(f), sim == null ? State.UP : sim.flow(f.id()), vm)).toList());
    }

    private static FlowRow withLatency(Flow f, String label, State state, WorkspaceViewModel vm) {
        var report = vm.document().report();
        var latency = report == null ? null : report.latency().flow(f.id()).orElse(null);
        if (latency == null || latency.expectedMs() == null) return new FlowRow(f.id(), label, state, "", "");
        StringBuilder path = new StringBuilder();
        for (String hop : latency.criticalPath()) {
            if (path.length() > 0) path.append(" → ");
            double own = vm.document().topology().requireNode(hop).effectiveLatencyMs();
            path.append(hop).append(" +").append(ms(own));
        }
        return new FlowRow(f.id(), label, state, ms(latency.expectedMs()), path.toString());
    }

    private static String ms(double v) {
        return v == Math.rint(v) ? (long) v + " ms" : String.format(java.util.Locale.ROOT, "%.1f ms", v);
    }

    private static String label(Flow f) {
        return f.name().equals(f.id()) ? f.id() : f.name() + " (" + f.id() + ")";
    }

    public ObservableList<FlowRow> rows() {
        return rows;
    }

    private static final class FlowCell extends ListCell<FlowRow> {
        @Override
        public void updateSelected(boolean selected) {
            super.updateSelected(selected);
            updateItem(getItem(), isEmpty()); // the selected row also shows its slowest chain
        }

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
            String text = mark + item.state() + "   " + item.name();
            if (!item.latency().isEmpty()) text += "   · " + item.latency();
            if (isSelected() && !item.criticalPath().isEmpty()) text += "\n      slowest chain: " + item.criticalPath();
            setText(text);
            setWrapText(true);
            setPrefWidth(0);
            getStyleClass().add("flow-" + item.state().name().toLowerCase(java.util.Locale.ROOT));
        }

        static String text(FlowRow row) {
            return row.toString();
        }
    }
}
