package dev.faultline.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import dev.faultline.io.yaml.InputGuard;
import dev.faultline.io.yaml.Utf8;

/**
 * Reads a file Faultline was given, never more than a limit and never from something that may not end: a FIFO with
 * no writer blocks for ever, {@code /dev/zero} never ends. Only regular files are read (a symbolic link to one is
 * fine), and at most the limit plus one byte, so "too big" is known without reading the rest.
 */
public final class InputFile {
    /** The limit for every input: a topology, an import's files, a layout sidecar. */
    public static final long MAX_BYTES = InputGuard.MAX_BYTES;

    private InputFile() {
    }

    /** Why a file cannot be read, with the line and column when the problem is inside it (1:1 otherwise). */
    public static final class UnreadableException extends IOException {
        private final int line;
        private final int column;
        private final boolean unopened;

        UnreadableException(String message, int line, int column) {
            this(message, line, column, false);
        }

        UnreadableException(String message, int line, int column, boolean unopened) {
            super(message);
            this.line = line;
            this.column = column;
            this.unopened = unopened;
        }

        /** True when the file was not even opened (a folder, a FIFO, a device): its content is not the problem. */
        public boolean unopened() {
            return unopened;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /**
     * Up to {@code max + 1} bytes of a regular file: a result longer than {@code max} means "too big".
     *
     * @throws UnreadableException for a folder, a FIFO, a device or a socket, with a message that says so
     * @throws IOException         when the file cannot be read (missing, no permission)
     */
    public static byte[] readAtMost(Path file, long max) throws IOException {
        refuseNonRegular(file);
        int limit = (int) Math.min(Integer.MAX_VALUE - 8, max + 1);
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > 0 && size < limit) {
                // The usual case: one array of the file's size, filled in place. readNBytes(limit) reads into 8 KB
                // buffers and copies them into the result: twice the file in garbage (72 MB at 50,000 nodes).
                byte[] bytes = new byte[(int) size];
                int n = in.readNBytes(bytes, 0, bytes.length);
                int next = n == bytes.length ? in.read() : -1;
                if (next < 0) return n == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, n); // shrank
                // It grew while being read: the rest as before, still never more than the limit in all.
                byte[] rest = in.readNBytes(limit - n - 1);
                byte[] all = java.util.Arrays.copyOf(bytes, n + 1 + rest.length);
                all[n] = (byte) next;
                System.arraycopy(rest, 0, all, n + 1, rest.length);
                return all;
            }
            return in.readNBytes(limit);
        }
    }

    /** The whole file as UTF-8 text (a byte order mark is dropped); too big, not UTF-8 or not a file is refused. */
    public static String readText(Path file, long max) throws IOException {
        byte[] bytes = readAtMost(file, max);
        if (bytes.length > max) throw new UnreadableException(InputGuard.tooBigMessage(bytes.length) + " or more", 1, 1);
        return utf8(bytes);
    }

    /** Refuses, before opening it, anything that is not a regular file. */
    public static void refuseNonRegular(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (a.isRegularFile()) return;
        if (a.isDirectory()) throw new UnreadableException("this is a folder, not a file", 1, 1, true);
        throw new UnreadableException("not a regular file (a FIFO, a device or a socket); Faultline reads only"
                + " regular files, which cannot block or run for ever: save the content to a file first", 1, 1, true);
    }

    /** Decodes UTF-8, dropping a byte order mark; a bad byte is reported at its line and column. */
    static String utf8(byte[] bytes) throws UnreadableException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        Utf8.Decoded d = Utf8.decode(bytes, start);
        if (d.ok()) return d.text();
        throw new UnreadableException(d.problem(bytes), InputGuard.lineOf(bytes, d.badByte()),
                InputGuard.columnOf(bytes, d.badByte()));
    }
}
