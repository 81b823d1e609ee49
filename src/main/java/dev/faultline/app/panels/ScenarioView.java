package dev.faultline.app.panels;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.simulation.FailureEvent;

/** The scenario being built: one row per step with a remove button, plus Undo and Reset. */
public final class ScenarioView extends VBox {
    private final ListView<FailureEvent> steps = new ListView<>();

    public ScenarioView(WorkspaceViewModel vm) {
        setId("scenario");
        setSpacing(4);
        steps.setId("scenario-steps");
        steps.setPlaceholder(new Label("No failures yet: right-click a node."));
        steps.setCellFactory(l -> new StepCell(vm));
        vm.scenarioProperty().addListener((o, a, b) -> steps.getItems().setAll(b.events()));
        Button undo = new Button("Undo");
        undo.setId("scenario-undo");
        undo.setOnAction(e -> vm.undo());
        Button reset = new Button("Reset");
        reset.setId("scenario-reset");
        reset.setOnAction(e -> vm.resetScenario());
        undo.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(steps.getItems()));
        reset.disableProperty().bind(undo.disableProperty());
        HBox buttons = new HBox(6, undo, reset);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox.setVgrow(steps, Priority.ALWAYS);
        getChildren().addAll(steps, buttons);
    }

    public ListView<FailureEvent> steps() {
        return steps;
    }

    private static final class StepCell extends ListCell<FailureEvent> {
        private final WorkspaceViewModel vm;

        StepCell(WorkspaceViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(FailureEvent item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label text = new Label((getIndex() + 1) + ". " + item);
            Button remove = new Button("✕");
            remove.getStyleClass().add("remove-step");
            remove.setId("remove-step-" + getIndex());
            int index = getIndex();
            remove.setOnAction(e -> vm.removeStep(index));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            BorderPane row = new BorderPane();
            row.setLeft(text);
            row.setRight(remove);
            BorderPane.setAlignment(text, Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
