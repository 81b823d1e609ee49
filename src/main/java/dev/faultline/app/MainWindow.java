package dev.faultline.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Stage;

import dev.faultline.app.canvas.DiagramCanvas;
import dev.faultline.app.files.RecentFiles;
import dev.faultline.app.panels.DetailsView;
import dev.faultline.app.panels.FindingsView;
import dev.faultline.app.panels.FlowsView;
import dev.faultline.app.panels.ProblemsView;
import dev.faultline.app.panels.ScenarioView;
import dev.faultline.app.panels.StatusBar;
import dev.faultline.app.panels.SweepView;
import dev.faultline.app.panels.TeamsView;
import dev.faultline.app.workspace.TopologyDocument;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.render.Overlay;
import dev.faultline.simulation.FailureEvent;

/**
 * The main window. It only composes feature views (findings, flows, scenario, canvas, details, teams, sweep,
 * problems, status) around one {@link WorkspaceViewModel} and owns the menus, toolbar and window-level gestures.
 */
public final class MainWindow {
    static final String LIGHT_CSS = "/dev/faultline/app/faultline.css";
    static final String DARK_CSS = "/dev/faultline/app/faultline-dark.css";

    static final double LEFT_WIDTH = 270;
    static final double RIGHT_WIDTH = 300;
    private final Stage stage;
    private final WorkspaceViewModel vm;
    private final RecentFiles recent;
    private final DiagramCanvas canvas;
    private final BorderPane root = new BorderPane();
    private final TabPane rightTabs = new TabPane();
    /** ControlsFX's clearable field: the ✕ empties the search without selecting and deleting. */
    private final TextField search = org.controlsfx.control.textfield.TextFields.createClearableTextField();
    private final Menu recentMenu = new Menu("Open Recent");
    private final Menu zoneMenu = new Menu("Fail zone");
    private final Menu regionMenu = new Menu("Fail region");
    private final Menu teamMenu = new Menu("Fail team");
    private final ToggleGroup overlayToggles = new ToggleGroup();
    private final ToggleGroup overlayMenuToggles = new ToggleGroup();
    private Tab detailsTab;
    private Tab sweepTab;
    private Tab changesTab;
    private dev.faultline.app.compare.ComparePane comparePane;
    private dev.faultline.app.compare.ChangeBanners changeBanners;
    private boolean dark;
    private Path shownFile;

    public MainWindow(Stage stage, WorkspaceViewModel vm, RecentFiles recent) {
        this.stage = stage;
        this.vm = vm;
        this.recent = recent;
        this.canvas = new DiagramCanvas(new CanvasBridge(vm, this::showBlastRadius));
        root.setId("main-window");
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(centre());
        ProblemsView problems = new ProblemsView(vm);
        root.setBottom(new VBox(problems, new StatusBar(vm, vm.runner().progress())));
        wireViewModel();
        // After wireViewModel: its scene listener shows the scene on the canvas before this bar adds the groups.
        SemanticZoomBar zoomBar = new SemanticZoomBar(vm, canvas);
        ((VBox) root.getTop()).getChildren().add(zoomBar);
        ((MenuBar) ((VBox) root.getTop()).getChildren().get(0)).getMenus().get(2).getItems().add(zoomBar.menuItem());
        ImportReportDialog.showAfterEachImport(stage, vm);
        Toasts.install(vm, stage);
        installDragAndDrop();
        refreshRecent();
    }

    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(stylesheet(LIGHT_CSS));
        return scene;
    }

    public BorderPane root() {
        return root;
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    // ---- layout of the window -----------------------------------------------------------------------------------

    private SplitPane centre() {
        FindingsView findingsView = new FindingsView(vm);
        VBox findingsBox = new VBox(findingsView.filterBar(), findingsView);
        VBox.setVgrow(findingsView, Priority.ALWAYS);
        TitledPane findings = titled("Findings", findingsBox);
        TitledPane finding = titled("Finding", new dev.faultline.app.panels.FindingDetailView(vm, findingsView));
        TitledPane flows = titled("Flows", new FlowsView(vm));
        TitledPane scenario = titled("Scenario", new ScenarioView(vm));
        SplitPane left = new SplitPane(findings, finding, flows, scenario);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.36, 0.58, 0.8);
        left.setId("left-panel");
        detailsTab = tab("Details", new DetailsView(vm));
        TeamsView teams = new TeamsView(vm);
        Tab teamsTab = tab("Teams", teams);
        teams.fillWhen(teamsTab.selectedProperty());
        sweepTab = tab("Sweep", new SweepView(vm));
        comparePane = new dev.faultline.app.compare.ComparePane(vm);
        changesTab = tab("Changes", comparePane);
        changesTab.selectedProperty().addListener((o, a, b) -> comparePane.setShowing(b));
        rightTabs.getTabs().addAll(detailsTab, teamsTab, sweepTab, changesTab);
        rightTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        rightTabs.setId("right-panel");
        StackPane canvasHolder = new StackPane(canvas);
        canvasHolder.getStyleClass().add("canvas-holder");
        // Compare mode and fix previews say so above the canvas, with their buttons (app/compare).
        changeBanners = new dev.faultline.app.compare.ChangeBanners(vm);
        BorderPane canvasArea = new BorderPane(canvasHolder);
        canvasArea.setTop(changeBanners);
        SplitPane split = new SplitPane(left, canvasArea, rightTabs);
        // Side panels get fixed widths; the canvas (the product) gets everything else.
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number before, Number w) {
                if (w.doubleValue() <= 0) return;
                split.setDividerPositions(LEFT_WIDTH / w.doubleValue(), 1 - RIGHT_WIDTH / w.doubleValue());
                split.widthProperty().removeListener(this);
            }
        });
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(rightTabs, false);
        return split;
    }

    private static TitledPane titled(String title, javafx.scene.Node content) {
        TitledPane p = new TitledPane(title, content);
        p.setCollapsible(false);
        p.setMaxHeight(Double.MAX_VALUE);
        return p;
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT));
        return t;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("File");
        file.getItems().addAll(
                item("Open…", "menu-open", Shortcuts.OPEN, this::chooseAndOpen),
                recentMenu,
                item("Reload", "menu-reload", Shortcuts.RELOAD, vm::reload),
                new SeparatorMenuItem(),
                item("Import…", "menu-import", null, this::chooseAndImport),
                item("Export…", "menu-export", Shortcuts.EXPORT, this::export),
                item("Compare with…", "menu-compare", null, this::compareWith),
                new SeparatorMenuItem(),
                item("Quit", "menu-quit", Shortcuts.QUIT, Platform::exit));
        Menu edit = new Menu("Edit");
        edit.getItems().addAll(
                item("Undo", "menu-undo", Shortcuts.UNDO, vm::undo),
                item("Redo", "menu-redo", Shortcuts.REDO, vm::redo),
                new SeparatorMenuItem(),
                item("Reset layout", "menu-reset-layout", Shortcuts.RESET_LAYOUT, vm::resetLayout));
        Menu view = new Menu("View");
        view.getItems().addAll(
                item("Fit to window", "menu-fit", Shortcuts.FIT, canvas::fit),
                item("Zoom in", "menu-zoom-in", Shortcuts.ZOOM_IN, canvas::zoomIn),
                item("Zoom out", "menu-zoom-out", Shortcuts.ZOOM_OUT, canvas::zoomOut),
                item("Zoom to selection", "menu-zoom-selection", Shortcuts.ZOOM_SELECTION, canvas::zoomToSelection),
                item("Node card", "menu-node-card", Shortcuts.NODE_CARD, this::showNodeCard),
                new SeparatorMenuItem());
        Overlay[] overlays = Overlay.values();
        for (int i = 0; i < overlays.length; i++) {
            Overlay o = overlays[i];
            RadioMenuItem mi = new RadioMenuItem("Overlay: " + title(o));
            mi.setId("menu-overlay-" + o.id());
            mi.setToggleGroup(overlayMenuToggles);
            mi.setUserData(o);
            mi.setAccelerator(Shortcuts.overlay(i + 1));
            mi.setOnAction(e -> vm.overlayProperty().set(o));
            view.getItems().add(mi);
        }
        view.getItems().addAll(new SeparatorMenuItem(),
                item("Switch light / dark theme", "menu-theme", Shortcuts.THEME, this::toggleTheme));
        Menu simulate = new Menu("Simulate");
        simulate.getItems().addAll(
                item("Fail selected node", "menu-fail-selected", Shortcuts.FAIL_NODE,
                        () -> failSelected(FailureEvent.Type.NODE)),
                item("Fail one instance of selected", "menu-fail-selected-instance", Shortcuts.FAIL_INSTANCE,
                        () -> failSelected(FailureEvent.Type.INSTANCE)),
                item("Why is the selected node down?", "menu-why-selected", Shortcuts.WHY, () -> {
                    if (!vm.selection().isEmpty()) vm.explain(vm.selection().get(0));
                }),
                zoneMenu, regionMenu, teamMenu,
                new SeparatorMenuItem(),
                item("Reset scenario", "menu-reset", Shortcuts.RESET, vm::resetScenario),
                new SeparatorMenuItem(),
                item("Chaos sweep", "menu-sweep", Shortcuts.SWEEP, this::sweep));
        Menu teams = new Menu("Teams");
        teams.getItems().addAll(
                item("Show team overlay", "menu-teams-overlay", null, () -> vm.overlayProperty().set(Overlay.TEAMS)),
                item("Team panel", "menu-teams-panel", null,
                        () -> rightTabs.getSelectionModel().select(1)));
        Menu help = new Menu("Help");
        help.getItems().addAll(
                item("Keyboard shortcuts", "menu-shortcuts", Shortcuts.HELP, this::showShortcuts),
                item("About Faultline", "menu-about", null, this::showAbout));
        MenuBar bar = new MenuBar(file, edit, view, simulate, teams, help);
        bar.setId("menu-bar");
        return bar;
    }

    private ToolBar toolBar() {
        Button open = toolButton("Open", "tool-open", "Open a topology file", this::chooseAndOpen);
        Button reload = toolButton("Reload", "tool-reload", "Reload from disk", vm::reload);
        Button fit = toolButton("Fit", "tool-fit", "Fit the diagram (F)", canvas::fit);
        Button in = toolButton("+", "tool-zoom-in", "Zoom in (+)", canvas::zoomIn);
        Button out = toolButton("−", "tool-zoom-out", "Zoom out (−)", canvas::zoomOut);
        // ControlsFX's segmented button: one choice of several, drawn as one control.
        org.controlsfx.control.SegmentedButton overlayBox = new org.controlsfx.control.SegmentedButton();
        overlayBox.setId("overlay-buttons");
        overlayBox.setToggleGroup(overlayToggles);
        for (Overlay o : Overlay.values()) {
            ToggleButton b = new ToggleButton(title(o));
            b.setId("overlay-" + o.id());
            b.setUserData(o);
            b.setOnAction(e -> {
                if (!b.isSelected()) b.setSelected(true); // a segmented control always has one choice
                vm.overlayProperty().set(o);
            });
            overlayBox.getButtons().add(b);
        }
        Button sweep = toolButton("Sweep", "tool-sweep", "Chaos sweep: rank every node by blast radius", this::sweep);
        sweep.disableProperty().bind(vm.sweepingProperty());
        Button reset = toolButton("Reset", "tool-reset", "Reset the scenario", vm::resetScenario);
        search.setId("search");
        search.setPromptText("Search nodes (Ctrl+F)");
        search.setPrefColumnCount(16);
        search.setOnAction(e -> vm.findAndFocus(search.getText()));
        // Esc leaves the search box for the canvas, where the keyboard shortcuts work again.
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                canvas.requestFocus();
                e.consume();
            }
        });
        // Filters as you type: the matches are selected (and so outlined on the canvas); Enter jumps to the first.
        search.textProperty().addListener((o, a, b) -> {
            if (b != null && b.trim().length() >= 2) vm.selection().setAll(vm.search(b));
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label overlayLabel = new Label("Overlay:");
        ToolBar bar = new ToolBar(open, reload, new Separator(), fit, in, out, new Separator(), overlayLabel, overlayBox,
                new Separator(), sweep, reset, spacer, search);
        bar.setId("tool-bar");
        return bar;
    }

    private static Button toolButton(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static MenuItem item(String text, String id, KeyCombination keys, Runnable action) {
        MenuItem mi = new MenuItem(text);
        mi.setId(id);
        if (keys != null) mi.setAccelerator(keys);
        mi.setOnAction(e -> action.run());
        return mi;
    }

    static String title(Overlay o) {
        return switch (o) {
            case SPOF -> "SPOF";
            case TEAMS -> "Teams";
            case ZONES -> "Zones";
            case HEAT -> "Heat";
            case NONE -> "None";
            case DATA -> "Data";
            case LATENCY -> "Latency";
            case LOAD -> "Load";
            case AVAILABILITY -> "Availability";
        };
    }

    // ---- view model wiring --------------------------------------------------------------------------------------

    private void wireViewModel() {
        // The canvas's index of a new file's picture is made while the file still opens.
        vm.whileOpening(null, canvas::prepare);
        vm.sceneProperty().addListener((o, a, b) -> {
            if (b == null) return;
            canvas.show(b);
            canvas.setSelection(vm.selection());
            showAuditScope();
            TopologyDocument doc = vm.document();
            Path file = doc == null ? null : doc.file();
            if (file == null || !file.equals(shownFile)) {
                shownFile = file;
                // Fit once the canvas has its size (first show happens before the first layout pass).
                Platform.runLater(canvas::fit);
            }
        });
        vm.documentProperty().addListener((o, a, b) -> {
            if (b == null) return;
            stage.setTitle("Faultline — " + b.displayName());
            if (b.file() != null && (a == null || !b.file().equals(a.file()))) {
                recent.add(b.file());
                refreshRecent();
            }
            refreshDomainMenus();
        });
        vm.selection().addListener((ListChangeListener<String>) c -> {
            canvas.setSelection(vm.selection());
            showAuditScope();
            if (!vm.selection().isEmpty() && rightTabs.getSelectionModel().getSelectedItem() != sweepTab) {
                rightTabs.getSelectionModel().select(detailsTab);
            }
        });
        vm.highlightProperty().addListener((o, a, b) -> canvas.setHighlight(b));
        vm.focusProperty().addListener((o, a, b) -> {
            if (b != null) canvas.centreOn(b.nodeId());
        });
        vm.overlayProperty().addListener((o, a, b) -> syncOverlayToggles(b));
        syncOverlayToggles(vm.overlayProperty().get());
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (Shortcuts.FIND.match(e)) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        });
    }

    /** Data overlay: the audit scope of the selected node's data classes stays bright, the rest dims. */
    private void showAuditScope() {
        TopologyDocument doc = vm.document();
        boolean data = vm.overlayProperty().get() == Overlay.DATA && doc != null && !vm.selection().isEmpty();
        canvas.emphasize(data ? dev.faultline.analysis.governance.AuditScope.around(
                dev.faultline.analysis.governance.AuditScope.of(doc.topology()), vm.selection()) : java.util.Set.of());
    }

    private void syncOverlayToggles(Overlay o) {
        overlayToggles.getToggles().forEach(t -> t.setSelected(t.getUserData() == o));
        overlayMenuToggles.getToggles().forEach(t -> t.setSelected(t.getUserData() == o));
    }

    private void refreshDomainMenus() {
        zoneMenu.getItems().clear();
        regionMenu.getItems().clear();
        teamMenu.getItems().clear();
        TopologyDocument doc = vm.document();
        for (FailureEvent event : CanvasBridge.domainEvents(doc == null ? null : doc.topology())) {
            String id = event.target();
            MenuItem mi = item(id, "menu-fail-" + event.type().id() + "-" + id, null, () -> vm.fail(event));
            switch (event.type()) {
                case ZONE -> zoneMenu.getItems().add(mi);
                case REGION -> regionMenu.getItems().add(mi);
                default -> teamMenu.getItems().add(mi);
            }
        }
        zoneMenu.setDisable(zoneMenu.getItems().isEmpty());
        regionMenu.setDisable(regionMenu.getItems().isEmpty());
        teamMenu.setDisable(teamMenu.getItems().isEmpty());
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        List<Path> files = recent.list();
        for (Path p : files) {
            MenuItem mi = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            mi.setOnAction(e -> vm.open(p));
            mi.setDisable(!Files.isRegularFile(p));
            recentMenu.getItems().add(mi);
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("(none yet)");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    // ---- actions ------------------------------------------------------------------------------------------------

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open topology");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Topology files (*.yaml, *.yml)", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (vm.document() != null && vm.document().file() != null) {
            chooser.setInitialDirectory(vm.document().file().getParent().toFile());
        }
        File f = chooser.showOpenDialog(stage);
        if (f != null) vm.open(f.toPath());
    }

    /** File › Import…: which format, which files, where to write the topology; then it opens. */
    private void chooseAndImport() {
        List<String> formats = vm.importFormats();
        if (formats.isEmpty()) return;
        ChoiceDialog<String> which = new ChoiceDialog<>(formats.get(0), formats);
        which.setTitle("Import");
        which.setHeaderText("Import a topology from files your team already has");
        which.setContentText("Format:");
        which.initOwner(stage);
        Optional<String> format = which.showAndWait();
        if (format.isEmpty()) return;
        FileChooser inputs = new FileChooser();
        inputs.setTitle("Choose the " + format.get() + " files (several are merged in order)");
        inputs.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("YAML (*.yaml, *.yml)", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> chosen = inputs.showOpenMultipleDialog(stage);
        if (chosen == null || chosen.isEmpty()) return;
        FileChooser output = new FileChooser();
        output.setTitle("Save the imported topology as");
        output.setInitialDirectory(chosen.get(0).getParentFile());
        output.setInitialFileName(format.get() + "-topology.yaml");
        File target = output.showSaveDialog(stage);
        if (target == null) return;
        vm.importFiles(format.get(), chosen.stream().map(File::toPath).toList(), target.toPath());
    }

    private void installDragAndDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                vm.open(e.getDragboard().getFiles().get(0).toPath());
                ok = true;
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void failSelected(FailureEvent.Type type) {
        for (String id : List.copyOf(vm.selection())) vm.fail(new FailureEvent(type, id));
    }

    private void sweep() {
        rightTabs.getSelectionModel().select(sweepTab);
        vm.startSweep();
    }

    private void showBlastRadius() {
        if (vm.selection().isEmpty()) return;
        String id = vm.selection().get(0);
        rightTabs.getSelectionModel().select(detailsTab);
        vm.document().report().blastRadiusOf(id).ifPresent(b -> {
            java.util.Set<String> touched = new java.util.LinkedHashSet<>();
            touched.add(id);
            // Select what the node's loss reaches: simulate it without adding it to the scenario.
            var sim = vm.document().engine().simulate(dev.faultline.simulation.Scenario.of(FailureEvent.node(id)));
            sim.nodes().forEach((n, s) -> {
                if (s != dev.faultline.simulation.State.UP) touched.add(n);
            });
            vm.selection().setAll(touched);
            vm.noticeProperty().set("Blast radius of " + id + ": " + b.flowsDown().size() + " flow(s) down, "
                    + (touched.size() - 1) + " other node(s) affected (selected)");
        });
    }

    /** File › Compare with…: the Changes tab (a file or a git revision); the canvas then marks what changed. */
    private void compareWith() {
        rightTabs.getSelectionModel().select(changesTab);
        Platform.runLater(() -> {
            javafx.scene.Node field = comparePane.lookup("#compare-target");
            if (field != null) field.requestFocus();
        });
    }

    /** The bars above the canvas (compare mode, fix preview). */
    public dev.faultline.app.compare.ChangeBanners changeBanners() {
        return changeBanners;
    }

    private void export() {
        if (vm.scene() == null) return;
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export diagram");
        for (String ext : vm.exportExtensions()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT)
                    + " (*." + ext + ")", "*." + ext));
        }
        TopologyDocument doc = vm.document();
        if (doc.file() != null) {
            chooser.setInitialDirectory(doc.file().toAbsolutePath().getParent().toFile());
            String base = doc.file().getFileName().toString().replaceFirst("\\.ya?ml$", "");
            chooser.setInitialFileName(base + "-" + vm.overlayProperty().get().id() + ".svg");
        }
        File f = chooser.showSaveDialog(stage);
        if (f == null) return;
        Path target = f.toPath();
        String name = target.getFileName().toString();
        if (!name.contains(".") && chooser.getSelectedExtensionFilter() != null) {
            target = target.resolveSibling(name + chooser.getSelectedExtensionFilter().getExtensions().get(0).substring(1));
        }
        vm.export(target);
    }

    private void toggleTheme() {
        dark = !dark;
        vm.paletteProperty().set(dark ? dev.faultline.render.Palette.DARK : dev.faultline.render.Palette.LIGHT);
        Scene scene = stage.getScene();
        if (scene == null) return;
        scene.getStylesheets().setAll(stylesheet(LIGHT_CSS));
        if (dark) scene.getStylesheets().add(stylesheet(DARK_CSS));
    }

    private static String stylesheet(String resource) {
        var url = MainWindow.class.getResource(resource);
        return url == null ? "" : url.toExternalForm();
    }

    private void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-table");
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new Insets(6));
        int row = 0;
        for (Shortcuts.Shortcut s : Shortcuts.all()) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(s.action()));
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().setContent(grid);
        a.initOwner(stage);
        a.show();
    }

    private void showAbout() {
        Alert a = new Alert(Alert.AlertType.INFORMATION,
                "Faultline maps a service topology and finds what will take it down: single points of failure, "
                        + "blast radius, failure domains and Conway's law.\n\nThe desktop app and the command line share "
                        + "one core: `faultline analyze` shows the same SPOFs in the same order.", ButtonType.OK);
        a.setHeaderText("Faultline");
        a.initOwner(stage);
        a.show();
    }

    /** Switches between the light and dark theme (View menu, Ctrl+T). */
    public void toggleThemeForDemo() {
        toggleTheme();
    }

    /** Shows a right-hand tab by its title ("Details", "Teams", "Sweep"). */
    public void selectTab(String title) {
        rightTabs.getTabs().stream().filter(t -> t.getText().equalsIgnoreCase(title)).findFirst()
                .ifPresent(t -> rightTabs.getSelectionModel().select(t));
    }



    /** View › Node card: the selected node's properties in a pop-over pointing at it (the canvas if it is off screen). */
    void showNodeCard() {
        if (vm.document() == null || vm.selection().isEmpty()) return;
        String id = vm.selection().get(0);
        javafx.scene.Node view = canvas.lookup("#node-" + id);
        dev.faultline.app.panels.NodeCard.show(vm, id, view != null ? view : canvas);
    }
}
