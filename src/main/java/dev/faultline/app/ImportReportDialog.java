package dev.faultline.app;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Modality;
import javafx.stage.Stage;

import dev.faultline.app.workspace.WorkspaceViewModel;

/**
 * Shows the importer's report after File › Import…: what it inferred, what it guessed and what it could not know
 * from the files. The command line prints it; without it here the guesses would reach the canvas looking like facts.
 * Not modal, so the imported diagram can be checked against it.
 */
final class ImportReportDialog {
    private ImportReportDialog() {
    }

    /** Opens the dialog each time an import finishes (the view model clears the report when one starts). */
    static void showAfterEachImport(Stage owner, WorkspaceViewModel vm) {
        vm.importReportProperty().addListener((o, before, report) -> {
            if (report != null && !report.isBlank()) show(owner, report);
        });
    }

    private static void show(Stage owner, String report) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Import report");
        dialog.setHeaderText("Check what was guessed and what could not be known from the files;"
                + " the same notes are comments in the written topology file.");
        TextArea text = new TextArea(report);
        text.setId("import-report");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(90);
        text.setPrefRowCount(Math.min(30, Math.max(8, (int) report.lines().count() + 1)));
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("import-report-dialog");
        if (owner.getScene() != null) dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.show();
    }
}
