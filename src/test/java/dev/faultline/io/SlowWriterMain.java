package dev.faultline.io;

import java.nio.file.Path;

/** Run as its own JVM by {@link AtomicFilesTest}: starts an atomic write that never ends, for SIGTERM to stop. */
public final class SlowWriterMain {
    private SlowWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFiles.write(Path.of(args[0]), (AtomicFiles.TextWriter) out -> {
            out.write("half a file");
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
