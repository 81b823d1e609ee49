package dev.faultline.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.analysis.Analyzer;
import dev.faultline.app.AppFixtures;
import dev.faultline.app.task.ManualTaskRunner;
import dev.faultline.app.task.SameThreadTaskRunner;
import dev.faultline.layout.Point;
import dev.faultline.render.Overlay;
import dev.faultline.render.SceneNode;
import dev.faultline.render.StateMarker;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.State;

/** The workspace view model without a JavaFX toolkit: plain properties, same-thread or manual task runners. */
class WorkspaceViewModelTest {
    @TempDir
    Path dir;

    private WorkspaceViewModel openShop(Path file) {
        WorkspaceViewModel vm = new WorkspaceViewModel(
                AppFixtures.services(new AppFixtures.Files().put(file, AppFixtures.shop()).broken(dir.resolve("bad.yaml"))),
                new SameThreadTaskRunner());
        vm.open(file);
        return vm;
    }

    @Test
    void openingShowsTheAnalysersSpofsOnTheScene() {
        WorkspaceViewModel vm = openShop(dir.resolve("shop.yaml"));
        List<String> expected = new Analyzer().analyze(AppFixtures.shop()).spofs().stream().map(s -> s.node()).toList();
        List<String> marked = vm.scene().nodes().stream().filter(SceneNode::spof).map(SceneNode::id).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected.stream().sorted().toList(), marked.stream().sorted().toList());
        assertEquals(Overlay.SPOF, vm.scene().overlay());
    }

    @Test
    void failingANodeRunsTheScenarioAndMarksStates() {
        WorkspaceViewModel vm = openShop(dir.resolve("shop.yaml"));
        vm.fail(FailureEvent.node("orders-db"));
        assertEquals(List.of("node:orders-db"), vm.scenario().labels());
        assertEquals(State.DOWN, vm.stateOf("api"));
        assertEquals(State.DOWN, vm.simulation().flow("web"));
        assertEquals(1, vm.flowsDown());
        SceneNode db = vm.scene().nodes().stream().filter(n -> n.id().equals("orders-db")).findFirst().orElseThrow();
        SceneNode api = vm.scene().nodes().stream().filter(n -> n.id().equals("api")).findFirst().orElseThrow();
        assertEquals(StateMarker.FAILED, db.marker());
        assertEquals(StateMarker.DOWN, api.marker());
    }

    @Test
    void undoRemovesTheLastStepAndResetClearsAll() {
        WorkspaceViewModel vm = openShop(dir.resolve("shop.yaml"));
        vm.fail(FailureEvent.instance("web"));
        vm.fail(FailureEvent.node("orders-db"));
        vm.undo();
        assertEquals(List.of("instance:web"), vm.scenario().labels());
        assertEquals(State.DEGRADED, vm.stateOf("web"));
        vm.fail(FailureEvent.zone("za"));
        vm.removeStep(0);
        assertEquals(List.of("zone:za"), vm.scenario().labels());
        vm.resetScenario();
        assertTrue(vm.scenario().isEmpty());
        assertNull(vm.simulation());
        assertTrue(vm.scene().nodes().stream().allMatch(n -> n.marker() == StateMarker.NONE));
    }

    @Test
    void anUnknownTargetIsANoticeNotAStep() {
        WorkspaceViewModel vm = openShop(dir.resolve("shop.yaml"));
        vm.fail(FailureEvent.node("ordres-db"));
        assertTrue(vm.scenario().isEmpty());
        assertTrue(vm.noticeProperty().get().contains("did you mean 'orders-db'"), vm.noticeProperty().get());
    }

    @Test
    void aBrokenFileListsProblemsAndKeepsTheOpenTopology() {
        Path good = dir.resolve("shop.yaml");
        WorkspaceViewModel vm = openShop(good);
        TopologyDocument before = vm.document();
        vm.fail(FailureEvent.node("orders-db"));
        vm.open(dir.resolve("bad.yaml"));
        assertSame(before, vm.document());
        assertEquals(2, vm.problems().size());
        assertEquals(3, vm.problems().get(0).line());
        assertEquals(7, vm.problems().get(0).column());
        assertEquals(List.of("node:orders-db"), vm.scenario().labels(), "the scenario survives a failed open");
    }

    @Test
    void reloadKeepsScenarioAndSelectionButANewFileStartsClean() {
        Path shop = dir.resolve("shop.yaml");
        Path other = dir.resolve("other.yaml");
        WorkspaceViewModel vm = new WorkspaceViewModel(AppFixtures.services(
                new AppFixtures.Files().put(shop, AppFixtures.shop()).put(other, AppFixtures.shop())),
                new SameThreadTaskRunner());
        vm.open(shop);
        vm.fail(FailureEvent.node("cache"));
        vm.select("api", false);
        vm.reload();
        assertEquals(List.of("node:cache"), vm.scenario().labels());
        assertEquals(List.of("api"), vm.selection());
        vm.open(other);
        assertTrue(vm.scenario().isEmpty());
        assertTrue(vm.selection().isEmpty());
    }

    @Test
    void pinningWritesTheSidecarAndReopeningKeepsThePosition() throws Exception {
        Path shop = dir.resolve("shop.yaml");
        Files.writeString(shop, "the user's file, never rewritten");
        WorkspaceViewModel vm = openShop(shop);
        vm.pin(Map.of("api", new Point(900, 640)));
        // The point is where the canvas drew the node: the picture shows it there, the sidecar keeps layout units.
        SceneNode api = vm.scene().nodes().stream().filter(n -> n.id().equals("api")).findFirst().orElseThrow();
        assertEquals(900, api.bounds().x(), 0.001);
        assertEquals(640, api.bounds().y(), 0.001);
        Point stored = vm.document().pinned().get("api");
        assertEquals(stored.x(), vm.document().layout().box("api").x());
        assertTrue(Files.isRegularFile(vm.sidecarOf(shop)));
        assertEquals("the user's file, never rewritten", Files.readString(shop));

        WorkspaceViewModel reopened = openShop(shop);
        assertEquals(stored, reopened.document().pinned().get("api"));
        assertEquals(stored.y(), reopened.document().layout().box("api").y());
        assertTrue(reopened.isPinned("api"));
        reopened.unpin("api");
        assertFalse(Files.exists(vm.sidecarOf(shop)), "no pins left: the sidecar goes away");
    }

    @Test
    void theSweepRanksAndShowsHeatAndCanBeCancelled() {
        Path shop = dir.resolve("shop.yaml");
        ManualTaskRunner runner = new ManualTaskRunner();
        WorkspaceViewModel vm = new WorkspaceViewModel(
                AppFixtures.services(new AppFixtures.Files().put(shop, AppFixtures.shop())), runner);
        vm.open(shop);
        runner.runPending();

        vm.startSweep();
        assertTrue(vm.sweepingProperty().get());
        vm.cancelSweep();
        runner.runPending();
        assertFalse(vm.sweepingProperty().get());
        assertTrue(vm.ranking().isEmpty());
        assertEquals("Chaos sweep cancelled", vm.noticeProperty().get());

        vm.startSweep();
        runner.runPending();
        assertEquals(AppFixtures.shop().nodes().size(), vm.ranking().size());
        assertEquals(new Analyzer().analyze(AppFixtures.shop()).blastRadius(), List.copyOf(vm.ranking()),
                "the app ranks exactly like the analysis (and the CLI)");
        assertEquals(Overlay.HEAT, vm.overlayProperty().get());
        assertEquals(1.0, vm.heatProperty().get().get(vm.ranking().get(0).node()));
    }

    @Test
    void aLateResultOfAnEarlierOpenIsDropped() {
        Path shop = dir.resolve("shop.yaml");
        Path broken = dir.resolve("broken.yaml");
        ManualTaskRunner runner = new ManualTaskRunner();
        WorkspaceViewModel vm = new WorkspaceViewModel(AppFixtures.services(
                new AppFixtures.Files().broken(broken).put(shop, AppFixtures.shop())), runner);
        vm.open(broken);
        vm.open(shop);
        runner.runNewestFirst();
        assertEquals(shop.toAbsolutePath().normalize(), vm.document().file(), "the shop, opened last, stays");
        assertTrue(vm.problems().isEmpty(), "the broken file's late errors are not shown: " + vm.problems());

        vm.open(shop);
        vm.open(broken);
        runner.runNewestFirst();
        assertEquals(2, vm.problems().size(), "the file opened last wins, even when it fails");
    }

    @Test
    void searchFindsByIdNameTeamAndKind() {
        WorkspaceViewModel vm = openShop(dir.resolve("shop.yaml"));
        assertEquals(List.of("orders-db"), vm.search("orders"));
        assertEquals(List.of("orders-db", "stripe", "adyen", "events"), vm.search("payments"));
        assertEquals(List.of("stripe", "adyen"), vm.search("external"));
        assertEquals(2, vm.findAndFocus("external"));
        assertEquals("stripe", vm.focusProperty().get().nodeId());
        assertEquals(0, vm.findAndFocus("nothing-like-this"));
    }

    @Test
    void overlayChangeRestylesWithoutTouchingLayout() {
        WorkspaceViewModel vm = openShop(dir.resolve("shop.yaml"));
        var layout = vm.document().layout();
        String spofFill = fill(vm, "web");
        vm.overlayProperty().set(Overlay.TEAMS);
        assertSame(layout, vm.document().layout());
        assertEquals(Overlay.TEAMS, vm.scene().overlay());
        assertFalse(spofFill.equals(fill(vm, "web")), "team colour replaces the plain fill");
        assertEquals(fill(vm, "web"), fill(vm, "api"), "same team, same colour");
    }

    private static String fill(WorkspaceViewModel vm, String id) {
        return vm.scene().nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow().fill();
    }

    @Test
    void aReviewDecisionIsKeptBesideTheFileAndReadBackOnOpen() throws Exception {
        Path shop = dir.resolve("reviewed.yaml");
        Files.writeString(shop, "never rewritten");
        WorkspaceViewModel vm = openShop(shop);
        String key = dev.faultline.analysis.FindingReview.keyOf(vm.document().report().findings().get(0));
        vm.review(key, dev.faultline.analysis.FindingReview.Status.ACCEPTED, "known, replica ordered");
        assertTrue(Files.isRegularFile(shop.resolveSibling("reviewed.yaml.faultline-review.json")));
        assertEquals("never rewritten", Files.readString(shop));

        WorkspaceViewModel reopened = openShop(shop);
        assertEquals("known, replica ordered", reopened.reviews().get(key).note());
        reopened.clearReview(key);
        assertFalse(Files.exists(shop.resolveSibling("reviewed.yaml.faultline-review.json")));
    }

    @Test
    void undoAndRedoCoverScenarioStepsAndMovesInOrder() {
        WorkspaceViewModel vm = openShop(dir.resolve("history.yaml"));
        vm.fail(FailureEvent.node("orders-db"));
        vm.pin(Map.of("api", new Point(700, 500)));
        vm.undo();
        assertTrue(vm.document().pinned().isEmpty(), "the move is undone first");
        assertEquals(List.of("node:orders-db"), vm.scenario().labels());
        vm.undo();
        assertTrue(vm.scenario().isEmpty());
        assertTrue(vm.noticeProperty().get().startsWith("Undone"), "the status bar says what happened");
        vm.redo();
        vm.redo();
        assertEquals(List.of("node:orders-db"), vm.scenario().labels());
        assertTrue(vm.document().pinned().containsKey("api"));
    }

    @Test
    void aNewFilesFirstPictureIsMadeByTheOpeningAndShownWithTheDocument() {
        Path file = dir.resolve("shop.yaml");
        ManualTaskRunner runner = new ManualTaskRunner().holdQuietWork();
        WorkspaceViewModel vm = new WorkspaceViewModel(
                AppFixtures.services(new AppFixtures.Files().put(file, AppFixtures.shop())), runner);
        java.util.List<String> seen = new java.util.ArrayList<>();
        vm.documentProperty().addListener((o, a, b) -> seen.add("document, picture " + (vm.scene() != null)));
        vm.sceneProperty().addListener((o, a, b) -> seen.add("picture, document " + (vm.document() != null)));
        vm.open(file);
        assertEquals(1, runner.pendingCount(), "one piece of work: the opening");
        runner.runPending();
        assertEquals(List.of("document, picture false", "picture, document true"), seen,
                "the picture follows the document in the same step, with no work in between");
        assertEquals(0, runner.pendingCount());
        assertFalse(vm.sceneBuildingProperty().get());
        assertEquals(AppFixtures.shop().nodes().size(), vm.scene().nodes().size());
        assertEquals(Overlay.SPOF, vm.scene().overlay());
    }

    @Test
    void aFileWhosePictureCannotBeDrawnStillOpensAndSaysWhy() {
        Path file = dir.resolve("shop.yaml");
        ManualTaskRunner runner = new ManualTaskRunner().holdQuietWork();
        AppFixtures.Files files = new AppFixtures.Files().put(file, AppFixtures.shop());
        CoreServices fine = AppFixtures.services(files);
        WorkspaceViewModel vm = new WorkspaceViewModel(new CoreServices(files, fine.analyzer(), fine.layout(),
                request -> {
                    throw new IllegalStateException("no picture today");
                }, fine.sidecar()), runner);
        vm.open(file);
        runner.runPending();
        assertTrue(vm.document() != null, "the file is open");
        assertTrue(vm.noticeProperty().get().contains("no picture today"), vm.noticeProperty().get());
    }

    @Test
    void aNewLargeFilesGroupsAreMadeByTheOpeningWhereTheSceneDrawsItsNodes() {
        Path file = dir.resolve("g400.yaml");
        dev.faultline.model.Topology big = dev.faultline.generator.TopologyGenerator.generate(400, 7);
        ManualTaskRunner runner = new ManualTaskRunner().holdQuietWork();
        WorkspaceViewModel vm = new WorkspaceViewModel(
                AppFixtures.services(new AppFixtures.Files().put(file, big)), runner);
        vm.open(file);
        assertEquals(1, runner.pendingCount(), "one piece of work: the opening, groups included");
        runner.runPending();
        dev.faultline.render.group.GroupBy by = dev.faultline.render.group.GroupBy.defaultFor(big);
        assertNull(vm.takeFirstGroups(vm.document(), dev.faultline.render.group.GroupBy.ZONE), "only its default");
        dev.faultline.render.group.GroupLevels made = vm.takeFirstGroups(vm.document(), by);
        assertTrue(made != null, "made while the file opened");
        assertNull(vm.takeFirstGroups(vm.document(), by), "handed over once");
        // The same blocks as made from the boxes the scene draws (the scene moves the layout by its margin).
        Map<String, dev.faultline.layout.Box> drawn = new java.util.HashMap<>();
        vm.scene().nodes().forEach(n -> drawn.put(n.id(), n.bounds()));
        dev.faultline.render.group.GroupLevels expected = dev.faultline.render.group.GroupLevels.of(big,
                dev.faultline.render.group.Grouping.of(big, by), vm.document().report()::isSpof, null, drawn);
        assertBlocksEqual(expected.groups().blocks(), made.groups().blocks());
        assertEquals(expected.merged() == null, made.merged() == null);
        if (expected.merged() != null) assertBlocksEqual(expected.merged().blocks(), made.merged().blocks());
        assertEquals(expected.groups().summaries(), made.groups().summaries());
        assertEquals(expected.groups().bundles(), made.groups().bundles());
    }

    private static void assertBlocksEqual(Map<String, dev.faultline.layout.Box> a,
                                          Map<String, dev.faultline.layout.Box> b) {
        assertEquals(a.keySet(), b.keySet());
        a.forEach((id, x) -> {
            dev.faultline.layout.Box y = b.get(id);
            assertTrue(Math.abs(x.x() - y.x()) < 1e-6 && Math.abs(x.y() - y.y()) < 1e-6
                    && Math.abs(x.width() - y.width()) < 1e-6 && Math.abs(x.height() - y.height()) < 1e-6,
                    id + ": " + x + " vs " + y);
        });
    }
}
