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
    private final Label decision = wrapped("finding-decision");
    private final javafx.scene.control.TextField note = new javafx.scene.control.TextField();
    private final Button accept = new Button("Accept risk");
    private final Button ignore = new Button("Ignore");
    private final Button clear = new Button("Clear");
    /** Applies the cheapest verified fix on the canvas, for Keep / Discard / Save as… (nothing is written). */
    private final Button previewFix = new Button("Preview fix");
    private final javafx.scene.layout.VBox review;
    private final WorkspaceViewModel vm;

    public FindingDetailView(WorkspaceViewModel vm, FindingsView findings) {
        this.vm = vm;
        setId("finding-detail");
        note.setId("finding-note");
        note.setPromptText("Why (kept beside the file, shown in reports)");
        accept.setId("finding-accept");
        ignore.setId("finding-ignore");
        clear.setId("finding-clear");
        accept.setOnAction(e -> decide(dev.faultline.analysis.FindingReview.Status.ACCEPTED));
        ignore.setOnAction(e -> decide(dev.faultline.analysis.FindingReview.Status.IGNORED));
        clear.setOnAction(e -> {
            if (current != null) vm.clearReview(current.key());
        });
        previewFix.setId("finding-preview-fix");
        previewFix.setOnAction(e -> {
            if (current != null) vm.previewFix(current.key());
        });
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 4, show, previewFix, accept, ignore,
                clear);
        // The actions come right under the finding's text, where the pane opens, not below the fold.
        review = new VBox(4, buttons, note, decision);
        vm.reviews().addListener((javafx.collections.MapChangeListener<String, dev.faultline.analysis.FindingReview>)
                c -> showDecision());
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        show.setId("finding-show");
        Label recHeading = new Label("Recommendation");
        recHeading.getStyleClass().add("section-heading");
        VBox box = new VBox(6, text, review, recHeading, recommendation, node);
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
        node.setText(leaf && entry.nodeId() != null ? "About: " + entry.nodeId() : "");
        show.setDisable(!leaf || entry.nodeId() == null);
        previewFix.setDisable(!leaf || entry.key() == null);
        showDecision();
        for (var n : new javafx.scene.Node[]{recommendation, node, review}) {
            n.setVisible(leaf);
            n.setManaged(leaf);
        }
        ((VBox) getContent()).getChildren().get(2).setVisible(leaf);
        ((VBox) getContent()).getChildren().get(2).setManaged(leaf);
    }

    private void decide(dev.faultline.analysis.FindingReview.Status status) {
        if (current != null && current.key() != null) vm.review(current.key(), status, note.getText());
    }

    private void showDecision() {
        var r = current == null || current.key() == null ? null : vm.reviews().get(current.key());
        decision.setText(r == null ? "Not reviewed yet." : "Marked " + r.status().id()
                + (r.note().isEmpty() ? "" : ": " + r.note()));
        note.setText(r == null ? "" : r.note());
        clear.setDisable(r == null);
    }

    private static Label wrapped(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
