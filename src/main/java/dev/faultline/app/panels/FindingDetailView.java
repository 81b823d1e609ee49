package dev.faultline.app.panels;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import dev.faultline.app.workspace.WorkspaceViewModel;

/**
 * The selected finding in full: its whole text, the recommendation and the node it is about, with a button that
 * centres that node on the canvas. The tree above keeps one wrapped entry per finding; this pane never cuts.
 */
public final class FindingDetailView extends ScrollPane {
    private final Label text = wrapped("finding-detail-text");
    private final Label recommendation = wrapped("finding-detail-recommendation");
    private final Label node = wrapped("finding-detail-node");
    private final Button show = new Button("Show on canvas");

    public FindingDetailView(WorkspaceViewModel vm, FindingsView findings) {
        setId("finding-detail");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        show.setId("finding-show");
        Label recHeading = new Label("Recommendation");
        recHeading.getStyleClass().add("section-heading");
        VBox box = new VBox(6, text, recHeading, recommendation, node, show);
        box.setPadding(new Insets(8));
        setContent(box);
        findings.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> show(b == null ? null
                : b.getValue()));
        show.setOnAction(e -> {
            FindingEntry entry = current;
            if (entry != null && entry.nodeId() != null) vm.focus(entry.nodeId());
        });
        show(null);
    }

    private FindingEntry current;

    private void show(FindingEntry entry) {
        current = entry;
        boolean leaf = entry != null && entry.detail() != null;
        text.setText(leaf ? entry.text() : "Select a finding to read it in full.");
        recommendation.setText(leaf ? entry.detail() : "");
        recommendation.getParent();
        node.setText(leaf && entry.nodeId() != null ? "About: " + entry.nodeId() : "");
        show.setDisable(!leaf || entry.nodeId() == null);
        for (var n : new javafx.scene.Node[]{recommendation, node, show}) {
            n.setVisible(leaf);
            n.setManaged(leaf);
        }
        ((VBox) getContent()).getChildren().get(1).setVisible(leaf);
        ((VBox) getContent()).getChildren().get(1).setManaged(leaf);
    }

    private static Label wrapped(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
