package dev.faultline.app.compare;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import dev.faultline.app.task.TaskRunner;
import dev.faultline.app.workspace.TopologyDocument;

/** File › Compare with…: the Changes panel in its own window, so the canvas and side panels stay as they are. */
public final class CompareWindow {
    private CompareWindow() {
    }

    public static Stage open(Window owner, TopologyDocument document, TaskRunner runner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Changes — " + document.displayName());
        ComparePane pane = new ComparePane(document, runner);
        Scene scene = new Scene(pane, 760, 560);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
