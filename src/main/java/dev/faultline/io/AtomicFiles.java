package dev.faultline.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes files so that readers see either the old content or the new, never half a file: write a temporary file in
 * the same folder, then rename it over the target. Only for regular files: {@link OutputTarget} decides what a user's
 * {@code --output} is and calls this only when a rename is the right thing to do.
 *
 * <p>Temporary files are named {@code .NAME.faultline-NNN.tmp}. Those still being written when the JVM shuts down
 * (SIGTERM, Ctrl-C) are deleted by a shutdown hook; those a kill -9 left behind are swept, once they are an hour old,
 * the next time Faultline writes into the same folder.
 */
public final class AtomicFiles {
    /** Our own temporary files: {@code .NAME.faultline-DIGITS.tmp} (and the older {@code .NAME.DIGITS.tmp}). */
    static final Pattern OUR_TEMP_FILE = Pattern.compile("\\..+\\.(faultline-)?\\d{6,20}\\.tmp");
    /** Older than this, a temporary file of ours cannot belong to a write still running. */
    static final Duration STALE_AFTER = Duration.ofHours(1);

    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    private static final Set<Path> SWEPT_FOLDERS = ConcurrentHashMap.newKeySet();
    private static volatile boolean hookInstalled;

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, (ByteWriter) out -> out.write(content));
    }

    /** Something that writes bytes. */
    @FunctionalInterface
    public interface ByteWriter {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Something that writes text, for documents streamed straight to the file. */
    @FunctionalInterface
    public interface TextWriter {
        void writeTo(java.io.Writer out) throws IOException;
    }

    /** Streams UTF-8 text into the target atomically, without holding the document in memory. */
    public static void write(Path target, TextWriter text) throws IOException {
        write(target, (ByteWriter) out -> Utf8Writer.writeText(out, text));
    }

    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path target, ByteWriter content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) Files.createDirectories(dir);
        if (dir != null) sweepStaleTempFiles(dir);
        installShutdownHook();
        Path tmp = Files.createTempFile(dir, "." + shortened(absolute.getFileName().toString()) + ".faultline-", ".tmp");
        IN_FLIGHT.add(tmp);
        try {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            moveIntoPlace(tmp, absolute);
        } finally {
            Files.deleteIfExists(tmp);
            IN_FLIGHT.remove(tmp);
        }
    }

    /** A name of up to 255 bytes must still leave room for the temporary file's affixes. */
    private static String shortened(String name) {
        return name.length() <= 100 ? name : name.substring(0, 100);
    }

    /**
     * Deletes temporary files of ours in {@code dir} that are older than an hour (left by a kill -9). Once per folder
     * per run; a file that cannot be deleted is left alone: this is housekeeping, never a reason to fail a write.
     */
    static void sweepStaleTempFiles(Path dir) {
        if (!SWEPT_FOLDERS.add(dir)) return;
        Instant before = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path p : entries) {
                if (!OUR_TEMP_FILE.matcher(p.getFileName().toString()).matches()) continue;
                try {
                    if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException | SecurityException ignored) {
                    // someone else's file, or already gone
                }
            }
        } catch (IOException | SecurityException ignored) {
            // an unreadable folder: the write itself will say what is wrong
        }
    }

    /** SIGTERM and Ctrl-C run shutdown hooks: delete what is half written rather than leave it for ever. */
    private static void installShutdownHook() {
        if (hookInstalled) return;
        synchronized (AtomicFiles.class) {
            if (hookInstalled) return;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (Path p : IN_FLIGHT) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException | RuntimeException ignored) {
                        // the JVM is going away; nothing more to do
                    }
                }
            }, "faultline-temp-cleanup"));
            hookInstalled = true;
        }
    }

    /** The temporary files being written right now (for tests). */
    static Set<Path> inFlight() {
        return Set.copyOf(IN_FLIGHT);
    }

    /**
     * A temporary file is created readable by its owner only; the file it becomes should not be. Keep the
     * permissions of the file being replaced, or give a new one the usual rw-r--r--.
     */
    private static void keepOrDefaultPermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) return;
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, permissions);
    }

    /** Gives the temporary file the target's permissions (or rw-r--r--), then renames it over the target. */
    private static void moveIntoPlace(Path tmp, Path absolute) throws IOException {
        keepOrDefaultPermissions(tmp, absolute);
        try {
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
