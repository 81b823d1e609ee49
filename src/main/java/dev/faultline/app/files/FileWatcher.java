package dev.faultline.app.files;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches one file through a {@link WatchService} on its parent directory (editors save by replacing the file, which
 * a watch on the file itself would miss) and reports changes once they settle (debounced), on a background thread.
 * The caller hops to the FX thread.
 */
public final class FileWatcher implements AutoCloseable {
    private final long debounceMillis;
    private final Consumer<Path> onChange;
    private final ScheduledExecutorService timer;
    private WatchService service;
    private Thread thread;
    private Path watched;
    private ScheduledFuture<?> pending;

    public FileWatcher(long debounceMillis, Consumer<Path> onChange) {
        this.debounceMillis = debounceMillis;
        this.onChange = onChange;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "faultline-file-debounce");
            t.setDaemon(true);
            return t;
        });
    }

    /** Watches a new file, replacing the previous one. */
    public synchronized void watch(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (target.equals(watched)) return;
        stopWatching();
        watched = target;
        try {
            service = FileSystems.getDefault().newWatchService();
            target.getParent().register(service, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_CREATE);
        } catch (IOException | RuntimeException e) {
            service = null;
            return;
        }
        WatchService ws = service;
        thread = new Thread(() -> loop(ws, target), "faultline-file-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(WatchService ws, Path target) {
        try {
            while (true) {
                WatchKey key = ws.take();
                for (WatchEvent<?> e : key.pollEvents()) {
                    if (e.context() instanceof Path p && p.equals(target.getFileName())) schedule(target);
                }
                if (!key.reset()) return;
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    private synchronized void schedule(Path target) {
        if (pending != null) pending.cancel(false);
        pending = timer.schedule(() -> onChange.accept(target), debounceMillis, TimeUnit.MILLISECONDS);
    }

    private void stopWatching() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
        service = null;
        watched = null;
    }

    @Override
    public synchronized void close() {
        stopWatching();
        timer.shutdownNow();
    }
}
