package dev.faultline.app.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import dev.faultline.app.workspace.CompareResult;
import dev.faultline.app.workspace.FixPreview;
import dev.faultline.app.workspace.TopologyDocument;
import dev.faultline.app.workspace.WorkspaceViewModel;

/**
 * The bars above the main canvas: "Comparing with BASE … [Stop comparing]" in compare mode, and the fix preview's
 * before/after line with [Keep] [Discard] [Save as…] (after a Keep, what is kept in memory and [Save as…]). Both
 * only show while they have something to say.
 */
public final class ChangeBanners extends VBox {
    private final WorkspaceViewModel vm;
    private final Label compareText = label("compare-banner-text");
    private final HBox compareBar;
    private final Label previewText = label("preview-banner-text");
    private final Button keep = button("Keep", "preview-keep");
    private final Button discard = button("Discard", "preview-discard");
    private final HBox previewBar;
    private Function<Window, Path> saveTarget = this::chooseSaveTarget;

    public ChangeBanners(WorkspaceViewModel vm) {
        this.vm = vm;
        setId("change-banners");
        Button stop = button("Stop comparing", "compare-stop");
        stop.setOnAction(e -> vm.stopComparing());
        compareBar = bar("compare-banner", compareText, stop);
        keep.setOnAction(e -> vm.keepFix());
        discard.setOnAction(e -> vm.discardFix());
        Button saveAs = button("Save as…", "preview-save-as");
        saveAs.setOnAction(e -> saveAs());
        previewBar = bar("preview-banner", previewText, keep, discard, saveAs);
        getChildren().addAll(compareBar, previewBar);
        vm.comparisonProperty().addListener((o, a, b) -> refresh());
        vm.previewProperty().addListener((o, a, b) -> refresh());
        vm.keptEditsProperty().addListener((o, a, b) -> refresh());
        vm.documentProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Where "Save as…" writes: a file chooser by default; tests answer for the user (no native dialog headless). */
    public void setSaveTarget(Function<Window, Path> chooser) {
        this.saveTarget = chooser;
    }

    private void refresh() {
        CompareResult c = vm.comparisonProperty().get();
        show(compareBar, c != null);
        if (c != null) compareText.setText(c.summary() + ".  Outlined: added · ghosted: removed · \"new\": new SPOF");
        FixPreview p = vm.previewProperty().get();
        List<String> kept = vm.keptEditsProperty().get();
        TopologyDocument doc = vm.document();
        String file = doc == null ? "your file" : doc.displayName();
        if (p != null) {
            previewText.setText("Preview fix: " + p.banner() + ".  " + file + " is not changed.");
        } else if (!kept.isEmpty()) {
            previewText.setText(kept.size() + " kept edit(s) in memory, not in " + file + " (Ctrl+Z undoes).");
        }
        keep.setVisible(p != null);
        keep.setManaged(p != null);
        discard.setVisible(p != null);
        discard.setManaged(p != null);
        show(previewBar, p != null || !kept.isEmpty());
    }

    private void saveAs() {
        Path target = saveTarget.apply(getScene() == null ? null : getScene().getWindow());
        if (target != null) vm.saveEdited(target);
    }

    private Path chooseSaveTarget(Window owner) {
        TopologyDocument doc = vm.document();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save an edited copy (your file stays as it is)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Topology (*.yaml, *.yml)", "*.yaml", "*.yml"));
        if (doc != null && doc.file() != null) {
            chooser.setInitialDirectory(doc.file().toAbsolutePath().getParent().toFile());
            chooser.setInitialFileName(doc.file().getFileName().toString().replaceFirst("\\.ya?ml$", "") + "-fixed.yaml");
        }
        java.io.File f = chooser.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }

    private static HBox bar(String id, Label text, Button... buttons) {
        HBox box = new HBox(8, text);
        box.getChildren().addAll(buttons);
        for (Button b : buttons) b.setMinWidth(Button.USE_PREF_SIZE);
        box.setId(id);
        box.getStyleClass().add("change-banner");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static void show(HBox bar, boolean on) {
        bar.setVisible(on);
        bar.setManaged(on);
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        return b;
    }
}
