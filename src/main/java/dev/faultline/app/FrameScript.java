package dev.faultline.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import dev.faultline.app.canvas.DiagramCanvas;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;
import dev.faultline.render.Overlay;
import dev.faultline.simulation.FailureEvent;

/**
 * The FrameProbe's scripted sequence on a real {@link MainWindow}: pan and zoom at fit, mid and close zoom, then
 * the interactive operations a user performs (hover, click, fail, undo, reset, every overlay, search, a finding, a
 * flow), each as the user's gesture would trigger it. Runs on a bench thread; every action runs on the FX thread,
 * and the {@link FrameClock} records each frame meanwhile, so an operation's worst frame is its worst FX stall.
 */
final class FrameScript {
    /** Mid zoom: just above the zoom where labels appear; close: 1:1. */
    static final double MID_ZOOM = DiagramCanvas.LABEL_THRESHOLD * 1.15;
    static final double CLOSE_ZOOM = 1.0;
    private static final long SETTLE_TIMEOUT_MS = 120_000;
    /** Frames drawn after the work ended before an operation counts as settled (CSS, layout, then drawing). */
    private static final int SETTLE_PULSES = 3;

    private final MainWindow window;
    private final WorkspaceViewModel vm;
    private final FrameClock clock;
    private final List<Op> ops = new ArrayList<>();
    private final List<Pan> pans = new ArrayList<>();
    private String zoomLevel = "open";

    /** One operation: the time its handler ran on the FX thread and the frames until the window settled. */
    record Op(String zoom, String name, double handlerMs, double handlerCpuMs, FrameClock.Frames frames) {
        double worstStallMs() {
            return Math.max(handlerMs, frames.maxMs());
        }

        /** The FX thread's own work: the handler plus the slowest CSS + layout pass after it (no rendering). */
        double fxWorkMs() {
            return handlerMs + frames.worstCssLayoutMs();
        }

        /** The same in CPU time of the FX thread: what the work costs on an idle core, whatever the load. */
        double fxCpuMs() {
            return handlerCpuMs + frames.worstCssLayoutCpuMs();
        }
    }

    /**
     * Panning and zooming at one zoom level for a while; {@code fxCpuMs} and {@code renderCpuMs}: CPU time of the FX
     * and renderer threads per frame, which, unlike the frame times, hardly grow with the machine's load.
     */
    record Pan(String level, double zoom, FrameClock.Frames frames, double fxCpuMs, double renderCpuMs) {
        /** Frames per second the busier of the two threads allows on an idle core (they work in parallel). */
        double cpuBoundFps() {
            double worst = Math.max(fxCpuMs, renderCpuMs);
            return worst <= 0 ? 0 : 1000 / worst;
        }
    }

    FrameScript(MainWindow window, WorkspaceViewModel vm, FrameClock clock) {
        this.window = window;
        this.vm = vm;
        this.clock = clock;
    }

    List<Op> ops() {
        return ops;
    }

    List<Pan> pans() {
        return pans;
    }

    /**
     * Opens the file, pans at the three zoom levels, then runs the operations twice: at fit (the whole graph, where
     * every frame draws every node and edge) and at mid zoom (labels readable, off-screen nodes culled).
     */
    void run(java.nio.file.Path file, double panSeconds, List<String> levels) {
        op("open + first frame", () -> vm.open(file));
        DiagramCanvas canvas = window.canvas();
        op("fit", canvas::fit);
        if (panSeconds > 0) {
            if (PANS.contains("fit")) pan("fit", panSeconds, null);
            if (PANS.contains("mid")) pan("mid", panSeconds, MID_ZOOM);
            if (PANS.contains("close")) pan("close", panSeconds, CLOSE_ZOOM);
        }
        if (levels.contains("fit")) {
            zoomLevel = "fit";
            op("fit", canvas::fit);
            operations(canvas);
        }
        if (levels.contains("mid")) {
            zoomLevel = "mid";
            op("zoom to mid", () -> {
                canvas.fit();
                canvas.viewport().zoomAt(MID_ZOOM / canvas.zoom(), canvas.getWidth() / 2, canvas.getHeight() / 2);
                canvas.applyViewportForProbe();
            });
            operations(canvas);
        }
    }

    private void operations(DiagramCanvas canvas) {
        op("zoom in (+)", canvas::zoomIn);
        op("zoom out (-)", canvas::zoomOut);
        List<String> hubs = fx(() -> hubs(vm.document().topology()));
        String a = hubs.get(0);
        String b = hubs.get(1);
        op("hover a node", () -> fire(canvas.nodeView(a), MouseEvent.MOUSE_ENTERED));
        op("leave the node", () -> fire(canvas.nodeView(a), MouseEvent.MOUSE_EXITED));
        op("click a node", () -> fire(canvas.nodeView(a), MouseEvent.MOUSE_CLICKED));
        op("click another node", () -> fire(canvas.nodeView(b), MouseEvent.MOUSE_CLICKED));
        op("fail node", () -> vm.fail(FailureEvent.node(b)));
        op("fail a second node", () -> vm.fail(FailureEvent.node(a)));
        op("undo", vm::undo);
        op("reset scenario", vm::resetScenario);
        for (Overlay o : Overlay.values()) {
            if (o != Overlay.SPOF) op("overlay " + o.id(), () -> vm.overlayProperty().set(o));
        }
        op("overlay spof", () -> vm.overlayProperty().set(Overlay.SPOF));
        TextField search = fx(() -> (TextField) window.root().lookup("#search"));
        String team = fx(() -> vm.document().topology().node(a).map(n -> n.team()).orElse(a));
        op("search: type a team (many hits)", () -> search.setText(team == null ? a : team));
        op("search: type an id", () -> search.setText(b));
        op("search: Enter (centre)", () -> Event.fireEvent(search, new ActionEvent()));
        op("clear search", () -> search.setText(""));
        TreeView<?> findings = fx(() -> (TreeView<?>) window.root().lookup("#findings"));
        op("select a finding", () -> selectFirstFinding(findings, 0));
        op("select another finding", () -> selectFirstFinding(findings, 1));
        String flow = fx(() -> vm.document().topology().flows().isEmpty() ? null
                : vm.document().topology().flows().get(0).id());
        if (flow != null) {
            op("select a flow", () -> vm.showFlow(flow));
            op("clear the highlight (Esc)", vm::clearHighlight);
        }
        op("clear selection", () -> vm.selection().clear());
        // The search and the finding centred a node: go back to the level these operations are measured at.
        op("back to " + zoomLevel, () -> {
            canvas.fit();
            if (zoomLevel.equals("mid")) {
                canvas.viewport().zoomAt(MID_ZOOM / canvas.zoom(), canvas.getWidth() / 2, canvas.getHeight() / 2);
                canvas.applyViewportForProbe();
            }
        });
    }

    /** The two nodes most others depend on: failing them changes many nodes, the worst case for a redraw. */
    private static List<String> hubs(Topology t) {
        Map<String, Integer> callers = new HashMap<>();
        for (Dependency d : t.dependencies()) callers.merge(d.to(), 1, Integer::sum);
        return t.nodes().stream().map(n -> n.id())
                .sorted(Comparator.comparing((String id) -> -callers.getOrDefault(id, 0)).thenComparing(id -> id))
                .limit(2).toList();
    }

    private static void selectFirstFinding(TreeView<?> tree, int nth) {
        int seen = 0;
        for (TreeItem<?> group : tree.getRoot().getChildren()) {
            for (TreeItem<?> item : group.getChildren()) {
                if (seen++ == nth) {
                    group.setExpanded(true);
                    selectItem(tree, item);
                    return;
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void selectItem(TreeView<T> tree, TreeItem<?> item) {
        tree.getSelectionModel().select((TreeItem<T>) item);
    }

    private static void fire(Node target, javafx.event.EventType<MouseEvent> type) {
        if (target == null) return;
        Event.fireEvent(target, new MouseEvent(type, 10, 10, 10, 10, MouseButton.PRIMARY, 1, false, false, false,
                false, false, false, false, false, false, true, null));
    }

    // ---- measuring --------------------------------------------------------------------------------------------------

    void op(String name, Runnable action) {
        java.time.LocalTime started = java.time.LocalTime.now(); // to find the operation in a profile (JFR)
        clock.begin();
        double[] took = fx(() -> {
            long t0 = System.nanoTime();
            long c0 = FrameClock.cpuNanos();
            action.run();
            return new double[]{(System.nanoTime() - t0) / 1e6, (FrameClock.cpuNanos() - c0) / 1e6};
        });
        settle();
        ops.add(new Op(zoomLevel, name, took[0], took[1], clock.end()));
        double handlerMs = took[0];
        Op done = ops.get(ops.size() - 1);
        log(String.format(Locale.ROOT, "%-5s %-34s handler %7.1f ms, css+layout %7.1f ms, FX cpu %7.1f ms, "
                + "FX cpu/frame %7.1f ms, worst frame %7.1f ms (%s-%s)", zoomLevel, name, handlerMs,
                done.frames().worstCssLayoutMs(), done.fxCpuMs(), done.frames().worstFrameCpuMs(),
                done.frames().maxMs(), started, java.time.LocalTime.now()));
    }

    /** Pans steadily (with a slow zoom in and out around the level), as a user exploring the graph would. */
    /** -Dfaultline.bench.zoom=false: pans only, at the level's zoom (a drag), without the slow zoom in and out. */
    private static final boolean ZOOM_WHILE_PANNING =
            !"false".equals(System.getProperty("faultline.bench.zoom"));

    /** -Dfaultline.bench.pans=mid (comma-separated): pan only at these levels (default: fit, mid and close). */
    private static final List<String> PANS =
            List.of(System.getProperty("faultline.bench.pans", "fit,mid,close").split(","));

    private void pan(String level, double seconds, Double zoom) {
        DiagramCanvas canvas = window.canvas();
        fx(() -> {
            canvas.fit();
            if (zoom != null) {
                canvas.viewport().zoomAt(zoom / canvas.zoom(), canvas.getWidth() / 2, canvas.getHeight() / 2);
                canvas.applyViewportForProbe();
            }
            return null;
        });
        settle();
        double shown = fx(canvas::zoom);
        long[] tick = {0};
        int[] pictureFrames = {0};
        clock.setPerFrame(() -> {
            tick[0]++;
            // Whether the frame about to be drawn shows the moving picture (issue #13: how often it falls back).
            if (canvas.movingPictureShown()) pictureFrames[0]++;
            canvas.viewport().panBy(Math.sin(tick[0] / 30.0) * 12, Math.cos(tick[0] / 45.0) * 8);
            if (ZOOM_WHILE_PANNING) {
                canvas.viewport().zoomAt(tick[0] % 120 < 60 ? 1.01 : 1 / 1.01, canvas.getWidth() / 2,
                        canvas.getHeight() / 2);
            }
            canvas.applyViewportForProbe();
        });
        long[] cpu0 = threadCpu();
        clock.begin();
        sleep((long) (seconds * 1000));
        FrameClock.Frames frames = clock.end();
        long[] cpu1 = threadCpu();
        clock.setPerFrame(null);
        int n = Math.max(1, frames.count());
        Pan done = new Pan(level, shown, frames, (cpu1[1] - cpu0[1]) / 1e6 / n, (cpu1[0] - cpu0[0]) / 1e6 / n);
        pans.add(done);
        log(String.format(Locale.ROOT, "pan at %-5s (zoom %.2f): %.1f fps, median %.1f ms, max %.1f ms; CPU per frame:"
                + " render thread %.1f ms, FX thread %.1f ms, background drawing %.1f ms; moving picture shown in %d of %d"
                + " frames", level, shown, frames.fps(), frames.medianMs(), frames.maxMs(), done.renderCpuMs(),
                done.fxCpuMs(), (cpu1[2] - cpu0[2]) / 1e6 / n, pictureFrames[0], tick[0]));
    }

    /**
     * CPU time so far of the renderer thread, the FX thread and the edge-bitmap thread: what a frame costs whatever
     * the machine's load (wall-clock fps on a shared machine measure the other engineers' builds as much).
     */
    private static long[] threadCpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] out = new long[3];
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t == null) continue;
            String name = t.getThreadName();
            int slot = name.startsWith("QuantumRenderer") ? 0
                    : name.equals("JavaFX Application Thread") || name.equals("GtkNativeMainLoopThread") ? 1
                    : name.startsWith("faultline-edges") ? 2 : -1; // and its helper, -lower
            if (slot >= 0) out[slot] += Math.max(0, mx.getThreadCpuTime(t.getThreadId()));
        }
        return out;
    }

    /** Waits until no background work runs and a few more frames were drawn after it. */
    private void settle() {
        long deadline = System.currentTimeMillis() + SETTLE_TIMEOUT_MS;
        // Background work includes the picture of an edit, built off the FX thread and applied when it is done.
        while (System.currentTimeMillis() < deadline
                && fx(vm::busy)) sleep(20);
        long until = clock.pulses() + SETTLE_PULSES;
        while (System.currentTimeMillis() < deadline && clock.pulses() < until) sleep(10);
    }

    static <T> T fx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(SETTLE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("FX step failed: " + e.getMessage(), e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void log(String line) {
        System.getLogger("faultline.frames").log(System.Logger.Level.INFO, line);
    }
}
