package dev.faultline.app.panels;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

import dev.faultline.analysis.availability.Contributor;
import dev.faultline.analysis.availability.FlowAvailability;
import dev.faultline.analysis.availability.Percent;
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
     * A flow, its state and its availability (risk-model.md §1; null before the analysis has one); {@code latency} its
     * expected latency and {@code criticalPath} its slowest chain with the milliseconds each hop adds (both empty when
     * the flow has no latency figure), shown when the row is selected.
     */
    public record FlowRow(String id, String name, State state, FlowAvailability availability, String latency,
                          String criticalPath) {
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
                .map(f -> row(f, label(f), sim == null ? State.UP : sim.flow(f.id()), vm)).toList());
    }

    private static FlowRow row(Flow f, String label, State state, WorkspaceViewModel vm) {
        var report = vm.document().report();
        FlowAvailability availability = report == null ? null : report.availabilityOf(f.id()).orElse(null);
        var latency = report == null ? null : report.latency().flow(f.id()).orElse(null);
        if (latency == null || latency.expectedMs() == null) return new FlowRow(f.id(), label, state, availability, "", "");
        StringBuilder path = new StringBuilder();
        for (String hop : latency.criticalPath()) {
            if (path.length() > 0) path.append(" → ");
            double own = vm.document().topology().requireNode(hop).effectiveLatencyMs();
            path.append(hop).append(" +").append(ms(own));
        }
        return new FlowRow(f.id(), label, state, availability, ms(latency.expectedMs()), path.toString());
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
        /** The contributor bar's shares, made into a tooltip when the pointer first comes. */
        private final LazyTooltip tip = new LazyTooltip(this);

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
                tip.set(null);
                return;
            }
            String mark = switch (item.state()) {
                case UP -> "●  ";
                case DEGRADED -> "◐  ";
                case DOWN -> "✕  ";
            };
            // State first and wrapped: a narrow panel never cuts "DOWN" to "DOW". Availability and latency get a
            // line each (together they overflow the default panel width), and a figure never parts from its "%".
            String availability = AvailabilityText.of(item.availability()).replace(" %", "\u00A0%");
            String text = mark + item.state() + "   " + item.name();
            if (!availability.isEmpty()) text += "\n      " + availability;
            if (!item.latency().isEmpty()) text += "\n      latency " + item.latency();
            if (isSelected() && !item.criticalPath().isEmpty()) text += "\n      slowest chain: " + item.criticalPath();
            setText(text);
            setWrapText(true);
            setPrefWidth(0);
            getStyleClass().add("flow-" + item.state().name().toLowerCase(java.util.Locale.ROOT));
            setGraphic(contributorBar(item.availability()));
            setContentDisplay(javafx.scene.control.ContentDisplay.BOTTOM);
        }

        /** A thin bar split by the top contributors' shares of the unavailability, named in its tooltip. */
        private javafx.scene.Node contributorBar(FlowAvailability a) {
            if (a == null || a.contributors().isEmpty()) {
                tip.set(null);
                return null;
            }
            javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox();
            bar.getStyleClass().add("contributor-bar");
            double total = a.contributors().stream().mapToDouble(c -> Math.min(1, c.share())).sum();
            StringBuilder shares = new StringBuilder("Share of the unavailability:");
            String[] colours = {"#c0392b", "#e67e22", "#f1c40f", "#8e44ad", "#7f8c8d"};
            for (int i = 0; i < a.contributors().size(); i++) {
                Contributor c = a.contributors().get(i);
                javafx.scene.layout.Region r = new javafx.scene.layout.Region();
                r.setPrefHeight(4);
                r.setPrefWidth(160 * Math.min(1, c.share()) / Math.max(1, total));
                r.setStyle("-fx-background-color: " + colours[i % colours.length] + ";");
                bar.getChildren().add(r);
                shares.append('\n').append(c.node()).append("  ").append(Percent.share(c.share()));
            }
            tip.set(shares.toString());
            return bar;
        }

        static String text(FlowRow row) {
            return row.toString();
        }
    }
}
