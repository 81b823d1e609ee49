package dev.faultline.app.panels;

import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import dev.faultline.app.workspace.TopologyDocument;
import dev.faultline.app.workspace.WorkspaceViewModel;

/** The findings tree: selecting an entry selects its node; double-click (or Enter) centres it. */
public final class FindingsView extends TreeView<FindingEntry> {
    private final WorkspaceViewModel vm;
    /** A new file's entries, grouped on a thread of their own while it opens (null: none pending). */
    private volatile Prepared prepared;

    private record Prepared(dev.faultline.analysis.AnalysisReport report,
                            java.util.concurrent.FutureTask<java.util.List<FindingEntry>> entries) {
    }

    public FindingsView(WorkspaceViewModel vm) {
        super(new TreeItem<>(new FindingEntry("Findings", null, null, java.util.List.of())));
        this.vm = vm;
        setId("findings");
        setShowRoot(false);
        setCellFactory(t -> new EntryCell(vm));
        // A decision changes a row's mark: redraw.
        vm.reviews().addListener((javafx.collections.MapChangeListener<String, dev.faultline.analysis.FindingReview>)
                c -> refresh());
        vm.documentProperty().addListener((o, a, b) -> {
            if (b != null && (a == null || a.report() != b.report())) fill(b);
        });
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            // Selecting a finding selects its node on the canvas and brings it into view.
            if (!syncing && b != null && b.getValue().nodeId() != null) vm.focus(b.getValue().nodeId());
            if (!syncing && b != null && !b.getValue().events().isEmpty()) rehearse(b.getValue().events());
        });
        // And the other way: a node selected on the canvas selects its first finding (the SPOF entry if any).
        vm.selection().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (vm.selection().size() == 1) showFindingOf(vm.selection().get(0));
        });
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) focusSelected();
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) focusSelected();
        });
        wireChanges();
        // Grouping tens of thousands of findings into entries needs only the report: begun while the file opens.
        vm.whileOpening(report -> {
            var task = new java.util.concurrent.FutureTask<>(() -> FindingsModel.groups(report));
            prepared = new Prepared(report, task);
            Thread t = new Thread(task, "faultline-findings");
            t.setDaemon(true);
            t.start();
        }, null);
    }

    /** The report's entries: those grouped while the file opened, else grouped now. */
    private java.util.List<FindingEntry> entries(dev.faultline.analysis.AnalysisReport report) {
        Prepared p = prepared;
        if (p != null && p.report() == report) {
            try {
                return p.entries().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                // grouped again below
            }
        }
        return FindingsModel.groups(report);
    }

    // ---- compare mode and fix preview (issue #16) ----------------------------------------------------------------

    /** "only new": while comparing, shows only what the change introduced. */
    private final javafx.scene.control.CheckBox onlyNew = new javafx.scene.control.CheckBox("Only new");

    private void wireChanges() {
        onlyNew.setId("findings-only-new");
        onlyNew.setOnAction(e -> refill());
        vm.comparisonProperty().addListener((o, a, b) -> {
            if (b == null) onlyNew.setSelected(false);
            refill();
        });
        javafx.scene.control.MenuItem preview = new javafx.scene.control.MenuItem("Preview fix");
        preview.setId("findings-preview-fix");
        preview.setOnAction(e -> {
            TreeItem<FindingEntry> item = getSelectionModel().getSelectedItem();
            if (item != null) vm.previewFix(item.getValue().key());
        });
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(preview);
        menu.setOnShowing(e -> {
            TreeItem<FindingEntry> item = getSelectionModel().getSelectedItem();
            preview.setDisable(item == null || item.getValue().key() == null);
        });
        // Shown from the mouse as well as from the keyboard's menu key: not every platform (nor the headless test
        // toolkit) turns a right click into a context-menu request.
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) menu.show(this, e.getScreenX(), e.getScreenY());
            else menu.hide();
        });
        setOnContextMenuRequested(e -> {
            if (!menu.isShowing()) menu.show(this, e.getScreenX(), e.getScreenY());
        });
    }

    /** The "Only new" filter, shown above the tree while comparing. */
    public javafx.scene.Node filterBar() {
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(onlyNew);
        bar.setId("findings-filter");
        bar.visibleProperty().bind(vm.comparisonProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void refill() {
        if (vm.document() != null) fill(vm.document());
    }

    private java.util.Set<String> newKeys() {
        var c = vm.comparisonProperty().get();
        return c == null ? java.util.Set.of() : c.newFindingKeys();
    }

    private boolean syncing;

    private void showFindingOf(String nodeId) {
        TreeItem<FindingEntry> current = getSelectionModel().getSelectedItem();
        if (current != null && nodeId.equals(current.getValue().nodeId())) return;
        for (TreeItem<FindingEntry> group : getRoot().getChildren()) {
            // The entries, not the tree items: a collapsed group's items are made only when needed (GroupItem).
            java.util.List<FindingEntry> entries = group.getValue().children();
            for (int i = 0; i < entries.size(); i++) {
                if (nodeId.equals(entries.get(i).nodeId())) {
                    TreeItem<FindingEntry> item = group.getChildren().get(i);
                    syncing = true;
                    try {
                        group.setExpanded(true);
                        getSelectionModel().select(item);
                        scrollTo(Math.max(0, getRow(item) - 2));
                    } finally {
                        syncing = false;
                    }
                    return;
                }
            }
        }
        syncing = true;
        try {
            getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    /** Applies a double fault's two events as the scenario, replacing the current one. */
    private void rehearse(java.util.List<dev.faultline.simulation.FailureEvent> events) {
        vm.resetScenario();
        events.forEach(vm::fail);
    }

    private void focusSelected() {
        TreeItem<FindingEntry> item = getSelectionModel().getSelectedItem();
        if (item != null && item.getValue().nodeId() != null) vm.focus(item.getValue().nodeId());
    }

    private void fill(TopologyDocument doc) {
        TreeItem<FindingEntry> root = getRoot();
        root.getChildren().clear();
        java.util.Set<String> fresh = onlyNew.isSelected() ? newKeys() : null;
        java.util.List<TreeItem<FindingEntry>> groups = new java.util.ArrayList<>();
        for (FindingEntry all : entries(doc.report())) {
            // "Only new": the group keeps its new entries, and its count says how many they are.
            FindingEntry group = fresh == null ? all : FindingEntry.group(all.text().replaceFirst(" \\(\\d+\\)$", ""),
                    all.children().stream().filter(c -> fresh.contains(c.key())).toList());
            if (fresh != null && group.children().isEmpty()) continue;
            TreeItem<FindingEntry> g = new GroupItem(group);
            g.setExpanded(!group.children().isEmpty() && group.children().size() <= 50);
            groups.add(g);
        }
        root.getChildren().setAll(groups);
    }

    /**
     * A group of findings whose entries become tree items when first asked for (the group expanded, a finding of it
     * selected): at 20,000 nodes making tens of thousands of items, one change event each, for groups shown
     * collapsed was most of the FX thread's time in the step that shows the file. Its items are its entry's
     * children, in order.
     */
    private static final class GroupItem extends TreeItem<FindingEntry> {
        private boolean made;

        GroupItem(FindingEntry group) {
            super(group);
        }

        @Override
        public boolean isLeaf() {
            return getValue().children().isEmpty();
        }

        @Override
        public javafx.collections.ObservableList<TreeItem<FindingEntry>> getChildren() {
            if (!made) {
                made = true;
                java.util.List<TreeItem<FindingEntry>> items = new java.util.ArrayList<>(getValue().children().size());
                for (FindingEntry c : getValue().children()) items.add(new TreeItem<>(c));
                super.getChildren().setAll(items);
            }
            return super.getChildren();
        }
    }

    private static final class EntryCell extends TreeCell<FindingEntry> {
        private final WorkspaceViewModel vm;

        /** The entry's detail, made into a tooltip when the pointer first comes. */
        private final LazyTooltip tip = new LazyTooltip(this);

        EntryCell(WorkspaceViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(FindingEntry item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("finding-group", "finding-leaf");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                tip.set(null);
                return;
            }
            var decision = item.key() == null ? null : vm.reviews().get(item.key());
            getStyleClass().remove("finding-reviewed");
            if (decision != null) getStyleClass().add("finding-reviewed");
            setText(decision == null ? item.text()
                    : (decision.status() == dev.faultline.analysis.FindingReview.Status.ACCEPTED ? "✓ accepted: "
                    : "⊘ ignored: ") + item.text());
            // Wrapped to the panel's width: most findings read in place; the detail pane below shows the whole
            // text and the recommendation of the selected one.
            setWrapText(true);
            setPrefWidth(0);
            getStyleClass().add(item.children().isEmpty() && item.detail() != null ? "finding-leaf" : "finding-group");
            tip.set(item.detail() == null ? null : item.text() + "\n\n" + item.detail());
            setGraphic(null);
            var compared = vm.comparisonProperty().get();
            if (item.key() != null && compared != null && compared.newFindingKeys().contains(item.key())) {
                javafx.scene.control.Label badge = new javafx.scene.control.Label("new");
                badge.getStyleClass().add("finding-new-badge");
                setGraphic(badge);
            }
        }
    }
}
