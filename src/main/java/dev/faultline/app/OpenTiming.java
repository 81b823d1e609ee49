package dev.faultline.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import dev.faultline.app.workspace.WorkspaceViewModel;

/**
 * How long the app's first file took to open, logged on request ({@code -Dfaultline.openTiming=true}): from the start
 * of the load to a settled window (the file shown, no background work left, then a few more frames drawn: what
 * FrameBench calls "open + first frame"), and from the JVM's start. It measures the app as a user starts it (the
 * {@code faultline} wrapper or the installed launcher with their JVM options), where FrameBench is a plain
 * {@code java -cp}. {@code -Dfaultline.openTiming.exit=true} also closes the app once logged (for timing runs).
 */
final class OpenTiming extends AnimationTimer {
    private static final System.Logger LOG = System.getLogger("faultline.open");
    /** Frames drawn after the work ended before the window counts as settled (as FrameScript's SETTLE_PULSES). */
    static final int SETTLE_FRAMES = 3;

    private final BooleanSupplier settled;
    private final String file;
    private final long started = System.nanoTime();
    private final boolean exit;
    private int frames;

    OpenTiming(BooleanSupplier settled, String file, boolean exit) {
        this.settled = settled;
        this.file = file;
        this.exit = exit;
    }

    /** Starts timing the opening {@code vm} is about to begin, when asked for; call right before {@code vm.open}. */
    static void startIfRequested(WorkspaceViewModel vm, String file) {
        if (!Boolean.getBoolean("faultline.openTiming")) return;
        new OpenTiming(() -> isSettled(vm), file, Boolean.getBoolean("faultline.openTiming.exit")).start();
    }

    /** The file (or its errors) is shown and nothing runs in the background, the picture included. */
    static boolean isSettled(WorkspaceViewModel vm) {
        boolean shown = vm.document() != null || vm.failedFileProperty().get() != null;
        return shown && !vm.busy();
    }

    @Override
    public void handle(long now) {
        if (!settled.getAsBoolean()) {
            frames = 0;
            return;
        }
        if (++frames < SETTLE_FRAMES) return;
        stop();
        long openMs = (System.nanoTime() - started) / 1_000_000;
        long sinceJvm = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.log(System.Logger.Level.INFO, message(file, openMs, sinceJvm));
        if (exit) Platform.exit();
    }

    static String message(String file, long openMs, long sinceJvmMs) {
        return String.format(Locale.ROOT, "opened %s: %.2f s from the start of the load to a settled window, "
                + "%.2f s from the JVM's start", file, openMs / 1e3, sinceJvmMs / 1e3);
    }
}
