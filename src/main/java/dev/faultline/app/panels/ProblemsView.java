package dev.faultline.app.panels;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.io.yaml.Problem;

/**
 * Problems of a file that could not be opened, one per line as {@code LINE:COL  error: message}. Shown only while
 * there are problems; double-click copies the full compiler-style line. The open topology stays usable meanwhile.
 */
public final class ProblemsView extends BorderPane {
    private final ListView<Problem> list = new ListView<>();
    private final Label header = new Label();

    public ProblemsView(WorkspaceViewModel vm) {
        setId("problems");
        getStyleClass().add("problems-panel");
        list.setId("problems-list");
        list.setItems(vm.problems());
        list.setPrefHeight(150);
        list.setCellFactory(l -> new ProblemCell());
        list.setOnMouseClicked(e -> {
            Problem p = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && p != null) {
                ClipboardContent content = new ClipboardContent();
                content.putString(p.format());
                Clipboard.getSystemClipboard().setContent(content);
                vm.noticeProperty().set("Copied " + p.format());
            }
        });
        header.getStyleClass().add("problems-header");
        Button close = new Button("Dismiss");
        close.setId("problems-dismiss");
        close.setOnAction(e -> vm.problems().clear());
        HBox top = new HBox(10, header, close);
        top.setPadding(new Insets(4, 8, 4, 8));
        setTop(top);
        setCenter(list);
        Runnable update = () -> {
            boolean any = !vm.problems().isEmpty();
            setVisible(any);
            setManaged(any);
            header.setText(vm.failedFileProperty().get() != null
                    ? "Problems in " + vm.failedFileProperty().get().getFileName() + " — not opened ("
                    + vm.problems().size() + "); fix the file and it reloads (or press Reload)"
                    : vm.document() == null ? "Problems"
                    : "Warnings in " + vm.document().displayName() + " — opened (" + vm.problems().size() + ")");
        };
        vm.problems().addListener((javafx.collections.ListChangeListener<Problem>) c -> update.run());
        update.run();
    }

    public ListView<Problem> list() {
        return list;
    }

    /** The text a problem row shows: line and column first, where an editor would take you. */
    public static String rowText(Problem p) {
        return p.line() + ":" + p.column() + "  " + p.severity().id() + ": " + p.message();
    }

    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("problem-error", "problem-warning");
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(rowText(item));
            getStyleClass().add(item.isError() ? "problem-error" : "problem-warning");
        }
    }
}
