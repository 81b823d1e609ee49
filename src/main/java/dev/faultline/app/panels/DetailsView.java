package dev.faultline.app.panels;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.simulation.FailureEvent;

/** Details of the selected node in a clean two-column grid, with Fail / Fail one instance buttons. */
public final class DetailsView extends VBox {
    private final WorkspaceViewModel vm;
    private final Label title = new Label("Nothing selected");
    private final GridPane grid = new GridPane();
    private final Button fail = new Button("Fail");
    private final Button failOne = new Button("Fail one instance");

    public DetailsView(WorkspaceViewModel vm) {
        this.vm = vm;
        setId("details");
        setSpacing(8);
        setPadding(new Insets(10));
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        grid.setHgap(10);
        grid.setVgap(5);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(90);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, values);
        fail.setId("details-fail");
        failOne.setId("details-fail-instance");
        fail.getStyleClass().add("danger");
        fail.setOnAction(e -> selectedNode().ifPresent(id -> vm.fail(FailureEvent.node(id))));
        failOne.setOnAction(e -> selectedNode().ifPresent(id -> vm.fail(FailureEvent.instance(id))));
        HBox buttons = new HBox(6, fail, failOne);
        getChildren().addAll(title, grid, buttons);
        vm.selection().addListener((javafx.collections.ListChangeListener<String>) c -> refresh());
        vm.simulationProperty().addListener((o, a, b) -> refresh());
        vm.documentProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private java.util.Optional<String> selectedNode() {
        return vm.selection().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(vm.selection().get(0));
    }

    /** The rows the grid shows and their value labels, to change texts in place when only values changed. */
    private List<DetailsModel.Row> shownRows;
    private final List<Label> valueLabels = new java.util.ArrayList<>();

    private void refresh() {
        String id = selectedNode().orElse(null);
        boolean show = id != null && vm.document() != null && vm.document().topology().node(id).isPresent();
        fail.setDisable(!show);
        failOne.setDisable(!show);
        if (!show) {
            grid.getChildren().clear();
            shownRows = null;
            title.setText(vm.document() == null ? "Nothing open" : "Select a node to see its details");
            return;
        }
        title.setText(vm.document().topology().requireNode(id).name()
                + (vm.selection().size() > 1 ? "  (+" + (vm.selection().size() - 1) + " more selected)" : ""));
        List<DetailsModel.Row> rows = DetailsModel.rows(vm.document().topology(), vm.document().report(),
                vm.simulation(), id);
        // A failure usually changes a value or two: new labels would each need CSS and layout (issue #13).
        if (rows.equals(shownRows)) return;
        if (sameKeys(rows, shownRows)) {
            List<DetailsModel.Row> ordered = inLabelOrder(rows);
            for (int i = 0; i < ordered.size(); i++) valueLabels.get(i).setText(valueText(ordered.get(i)));
            shownRows = rows;
            return;
        }
        grid.getChildren().clear();
        shownRows = rows;
        valueLabels.clear();
        int row = 0;
        List<String> advice = new java.util.ArrayList<>();
        for (DetailsModel.Row r : rows) {
            if (r.key().equals("recommendation")) {
                advice.add(r.value());
                continue;
            }
            Label k = new Label(r.key());
            k.getStyleClass().add("details-key");
            k.setMinWidth(Label.USE_PREF_SIZE);
            Label v = new Label(r.value());
            v.setWrapText(true);
            v.getStyleClass().add("details-value");
            v.setId("details-" + r.key().replace(' ', '-'));
            valueLabels.add(v);
            grid.addRow(row++, k, v);
        }
        if (!advice.isEmpty()) {
            Label heading = new Label("Recommendations");
            heading.getStyleClass().add("section-heading");
            grid.add(heading, 0, row++, 2, 1);
            for (String text : advice) {
                Label v = new Label("• " + text);
                v.setWrapText(true);
                v.getStyleClass().add("details-value");
                valueLabels.add(v);
                grid.add(v, 0, row++, 2, 1);
            }
        }
    }

    /** The labels are in row order, recommendations last: same keys in the same order means the same labels. */
    private static boolean sameKeys(List<DetailsModel.Row> a, List<DetailsModel.Row> b) {
        if (b == null || a.size() != b.size()) return false;
        List<DetailsModel.Row> ordered = inLabelOrder(a);
        List<DetailsModel.Row> shown = inLabelOrder(b);
        for (int i = 0; i < ordered.size(); i++) {
            if (!ordered.get(i).key().equals(shown.get(i).key())) return false;
        }
        return true;
    }

    private static List<DetailsModel.Row> inLabelOrder(List<DetailsModel.Row> rows) {
        List<DetailsModel.Row> out = new java.util.ArrayList<>();
        for (DetailsModel.Row r : rows) if (!r.key().equals("recommendation")) out.add(r);
        for (DetailsModel.Row r : rows) if (r.key().equals("recommendation")) out.add(r);
        return out;
    }

    private static String valueText(DetailsModel.Row r) {
        return r.key().equals("recommendation") ? "• " + r.value() : r.value();
    }
}
