package dev.faultline.app.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import dev.faultline.analysis.compare.Comparison;
import dev.faultline.analysis.fix.VerifiedFix;
import dev.faultline.app.task.TaskRunner;
import dev.faultline.app.workspace.TopologyDocument;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.export.text.FixText;
import dev.faultline.io.LoadResult;
import dev.faultline.service.ComparisonService;
import dev.faultline.service.ComparisonService.Version;
import dev.faultline.service.ComparisonService.WhatIf;
import dev.faultline.service.FixAdvisor;

/**
 * The Changes panel: compares the open topology with another file or with itself at a git revision, and previews
 * verified fixes (Keep / Discard / Save as…). Everything heavy runs through the {@link TaskRunner}. The user's file
 * is never written: a kept fix lives in memory until "Save as…" writes an edited copy elsewhere.
 */
public final class ComparePane extends BorderPane {
    /** The open topology: fixed in the standalone pane, the main window's current one when docked. */
    private final java.util.function.Supplier<TopologyDocument> documents;
    /** Docked in the main window: compare and preview go through the workspace, so the canvas shows them. */
    private final WorkspaceViewModel vm;
    private final TaskRunner runner;
    private final ComparisonService service = new ComparisonService();
    private final ToggleGroup kind = new ToggleGroup();
    private final RadioButton fileKind = new RadioButton("File");
    private final RadioButton revisionKind = new RadioButton("Git revision");
    private final TextField target = new TextField();
    private final Label headline = new Label("Compare with a file or a git revision.");
    private final ObservableList<ChangeRow> rows = FXCollections.observableArrayList();
    private final ListView<VerifiedFix> fixes = new ListView<>();
    private final Label banner = new Label();
    private final HBox bannerBox;
    private final List<String> kept = new ArrayList<>();
    private List<String> previewed = List.of();
    private WhatIf lastPreview;

    public ComparePane(TopologyDocument document, TaskRunner runner) {
        this(() -> document, null, runner);
    }

    /**
     * The Changes tab of the main window: the comparison is the workspace's (marks on the canvas, "new" badges in
     * the Findings panel) and "Preview fix" previews on the canvas, with the banner above it.
     */
    public ComparePane(WorkspaceViewModel vm) {
        this(vm::document, vm, vm.runner());
        vm.comparisonProperty().addListener((o, a, b) -> {
            if (b == null) {
                rows.clear();
                headline.setText("Compare with a file or a git revision.");
            } else {
                show(b.comparison());
                headline.setText(b.summary() + ". " + (b.comparison().isEmpty() ? ChangeRow.headline(b.comparison())
                        : b.comparison().regressed() ? "Adds risk: the rows say what." : "No new risk."));
            }
        });
        vm.documentProperty().addListener((o, a, b) -> ensureFixes());
    }

    /** Docked: whether the Changes tab is the one shown (the fixes cost an analysis each: found only when seen). */
    private boolean showing;
    private Object fixesFor;

    public void setShowing(boolean on) {
        showing = on;
        ensureFixes();
    }

    private void ensureFixes() {
        TopologyDocument doc = documents.get();
        if (!showing || doc == null || doc.report() == fixesFor) return;
        fixesFor = doc.report();
        fixes.getItems().clear();
        loadFixes();
    }

    private ComparePane(java.util.function.Supplier<TopologyDocument> documents, WorkspaceViewModel vm,
                        TaskRunner runner) {
        this.documents = documents;
        this.vm = vm;
        this.runner = runner;
        setId("compare-pane");
        setPadding(new Insets(8));
        fileKind.setToggleGroup(kind);
        fileKind.setId("compare-kind-file");
        revisionKind.setToggleGroup(kind);
        revisionKind.setId("compare-kind-revision");
        fileKind.setSelected(true);
        target.setId("compare-target");
        target.setPromptText("other file, or a revision such as main or HEAD~1");
        HBox.setHgrow(target, Priority.ALWAYS);
        Button browse = button("Browse…", "compare-browse", this::browse);
        Button run = button("Compare", "compare-run", this::compare);
        browse.setMinWidth(Button.USE_PREF_SIZE);
        run.setMinWidth(Button.USE_PREF_SIZE);
        // Two rows: the pane is docked in the narrow right-hand tabs.
        VBox top = new VBox(6, new HBox(10, fileKind, revisionKind), new HBox(6, target, browse, run));
        headline.setId("compare-headline");
        headline.setWrapText(true);
        ListView<ChangeRow> changes = new ListView<>(rows);
        changes.setId("compare-changes");
        changes.setCellFactory(v -> new RowCell());
        Button preview = button("Preview fix", "fix-preview", this::preview);
        banner.setId("fix-banner-text");
        bannerBox = new HBox(6, banner, button("Keep", "fix-keep", this::keep),
                button("Discard", "fix-discard", this::discard), button("Save as…", "fix-save-as", this::saveAs));
        bannerBox.setId("fix-banner");
        bannerBox.setVisible(false);
        bannerBox.setManaged(false);
        fixes.setId("fix-list");
        fixes.setCellFactory(v -> new FixCell());
        fixes.setPrefHeight(160);
        TitledPane fixPane = new TitledPane("Verified fixes", new VBox(6, fixes, preview));
        fixPane.setCollapsible(false);
        setTop(new VBox(8, top, headline, bannerBox));
        setCenter(changes);
        setBottom(fixPane);
        BorderPane.setMargin(changes, new Insets(8, 0, 8, 0));
        if (vm == null) loadFixes();
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The rows shown now (for tests and the window title). */
    public List<ChangeRow> rows() {
        return List.copyOf(rows);
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Topology (*.yaml, *.yml)", "*.yaml", "*.yml"));
        java.io.File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            fileKind.setSelected(true);
            target.setText(chosen.getPath());
        }
    }

    /** The other version is the base; the open topology is the new version. */
    private void compare() {
        String other = target.getText().strip();
        if (other.isEmpty()) return;
        boolean revision = revisionKind.isSelected();
        TopologyDocument document = documents.get();
        if (document == null) return;
        if (vm != null) {
            headline.setText("Comparing…");
            if (revision) vm.compareWithRevision(other);
            else vm.compareWith(Path.of(other));
            return;
        }
        headline.setText("Comparing…");
        runner.run("Comparing", (progress, cancel) -> {
            LoadResult base = revision ? service.loadAtRevision(document.file(), other) : service.load(Path.of(other));
            boolean absent = revision && base.topology().isEmpty() && base.problems().isEmpty();
            if (!absent && !base.ok()) {
                throw new IllegalArgumentException(base.errors().isEmpty() ? "cannot read " + other
                        : base.errors().get(0).format());
            }
            Version before = absent ? Version.absent() : service.analyse(base.topology().orElseThrow());
            return service.compare(before, new Version(document.report()));
        }, this::show, this::failed);
    }

    private void show(Comparison c) {
        headline.setText(ChangeRow.headline(c));
        rows.setAll(ChangeRow.of(c));
    }

    private void failed(Throwable t) {
        headline.setText("Could not finish: " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()));
        rows.clear();
    }

    private void loadFixes() {
        TopologyDocument document = documents.get();
        if (document == null) return;
        runner.run("Finding verified fixes", (progress, cancel) -> new FixAdvisor().cheapest(document.report()),
                list -> fixes.getItems().setAll(list), t -> { });
    }

    /** Applies the selected fix on top of the kept ones, in memory, and shows what it changes. */
    private void preview() {
        VerifiedFix fix = fixes.getSelectionModel().getSelectedItem();
        TopologyDocument document = documents.get();
        if (fix == null || document == null) return;
        if (vm != null) {
            vm.previewFix(fix.finding());
            return;
        }
        List<String> edits = new ArrayList<>(kept);
        edits.addAll(fix.edits());
        runner.run("Previewing a fix", (progress, cancel) -> service.whatIf(new Version(document.report()), edits,
                document.file()), result -> {
                    if (!result.ok()) {
                        failed(new IllegalStateException(String.join("; ", result.outcome().errors())));
                        return;
                    }
                    previewed = fix.edits();
                    lastPreview = result;
                    show(result.comparison());
                    banner.setText("Preview: " + FixText.line(fix) + (kept.isEmpty() ? "" : " (on top of " + kept.size()
                            + " kept edits)") + ". Your file is not changed.");
                    showBanner(true);
                }, this::failed);
    }

    private void keep() {
        kept.addAll(previewed);
        previewed = List.of();
        banner.setText("Kept " + kept.size() + (kept.size() == 1 ? " edit" : " edits")
                + " in memory; Save as… writes an edited copy. Your file is not changed.");
    }

    private void discard() {
        previewed = List.of();
        if (kept.isEmpty()) {
            lastPreview = null;
            rows.clear();
            headline.setText("Preview discarded.");
            showBanner(false);
        } else {
            banner.setText("Preview discarded; " + kept.size() + " kept edits remain in memory.");
        }
    }

    private void saveAs() {
        TopologyDocument document = documents.get();
        if (lastPreview == null || document == null) return;
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(document.file().getFileName().toString().replaceFirst("\\.ya?ml$", "") + "-fixed.yaml");
        java.io.File chosen = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) saveAs(chosen.toPath());
    }

    /** Writes the kept and previewed edits as a copy at {@code out}; refuses the open file itself. */
    public void saveAs(Path out) {
        List<String> edits = new ArrayList<>(kept);
        edits.addAll(previewed);
        TopologyDocument document = documents.get();
        runner.run("Saving the edited copy", (progress, cancel) -> {
            WhatIf w = service.whatIf(new Version(document.report()), edits, document.file());
            service.writeEdited(w.after().topology(), edits, document.file(), out);
            return out;
        }, saved -> banner.setText("Saved an edited copy to " + saved + ". Your file is not changed."), this::failed);
    }

    private void showBanner(boolean on) {
        bannerBox.setVisible(on);
        bannerBox.setManaged(on);
    }

    private static final class RowCell extends ListCell<ChangeRow> {
        @Override
        protected void updateItem(ChangeRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label badge = new Label(item.badge().label());
            badge.getStyleClass().setAll("change-badge", "change-badge-" + item.badge().label());
            badge.setMinWidth(60);
            setGraphic(badge);
            setText(item.text());
        }
    }

    private static final class FixCell extends ListCell<VerifiedFix> {
        @Override
        protected void updateItem(VerifiedFix item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : item.finding().rule() + " " + item.finding().nodes() + ": " + FixText.line(item));
        }
    }
}
