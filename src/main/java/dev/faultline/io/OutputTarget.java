package dev.faultline.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.List;

/**
 * Where a user's {@code --output} (or the app's export and import target) really goes, and the one way Faultline
 * writes there:
 * <ul>
 * <li>an input of the command (the same file by any name: {@code ./}, a symbolic link, a hard link) is refused;</li>
 * <li>a folder is refused (before any temporary file is created);</li>
 * <li>a regular file, or a name that does not exist yet, is written atomically (temporary file, then rename);</li>
 * <li>a symbolic link is followed: its target is written atomically and the link is kept;</li>
 * <li>anything else (a device such as {@code /dev/null}, a FIFO, {@code /dev/stdout}) is written through, in place:
 * renaming over it would replace the device with a file.</li>
 * </ul>
 * Failures name the output and the reason, never a temporary path.
 */
public final class OutputTarget {
    private static final int MAX_LINKS = 40;

    private final Path output;
    private final List<Path> inputs;

    private OutputTarget(Path output, Collection<Path> inputs) {
        this.output = output;
        this.inputs = List.copyOf(inputs);
    }

    /** An output that must not be any of {@code inputs} (files a command read; missing ones are ignored). */
    public static OutputTarget of(Path output, Collection<Path> inputs) {
        return new OutputTarget(output, inputs);
    }

    public static OutputTarget of(Path output) {
        return new OutputTarget(output, List.of());
    }

    public void write(byte[] content) throws IOException {
        write((AtomicFiles.ByteWriter) out -> out.write(content));
    }

    public void write(String text) throws IOException {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(AtomicFiles.TextWriter text) throws IOException {
        write((AtomicFiles.ByteWriter) out -> Utf8Writer.writeText(out, text));
    }

    /** Streams what {@code bytes} writes (a document made as UTF-8, e.g. the analysis JSON: issue #18). */
    public void writeBytes(AtomicFiles.ByteWriter bytes) throws IOException {
        write(bytes);
    }

    /** Checks the output without writing: refused outputs throw {@link OutputRefusedException}. */
    public void check() throws IOException {
        refuseInputs();
        if (Files.isDirectory(output)) {
            throw new OutputRefusedException(output + " is a folder; give a file name to write");
        }
    }

    private void write(AtomicFiles.ByteWriter content) throws IOException {
        check();
        try {
            Path atomic = atomicTarget();
            if (atomic != null) {
                AtomicFiles.write(atomic, content);
            } else {
                writeThrough(content);
            }
        } catch (OutputRefusedException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("cannot write " + output + ": " + reason(e), e);
        }
    }

    private void refuseInputs() throws IOException {
        if (!Files.exists(output)) return;
        for (Path in : inputs) {
            if (in == null || !Files.exists(in)) continue;
            try {
                if (Files.isSameFile(in, output)) {
                    throw new OutputRefusedException(output + (in.equals(output) ? "" : " is the same file as " + in + ", which")
                            + " is an input of this command; Faultline never overwrites a file it reads: choose another output");
                }
            } catch (OutputRefusedException e) {
                throw e;
            } catch (IOException e) {
                // cannot tell (e.g. no permission to stat): the write itself will report what is wrong
            }
        }
    }

    /**
     * The regular file to replace atomically (a symbolic link's final target, so the link survives), or null when the
     * output is something to write through: a device, a FIFO, a link into /proc.
     */
    private Path atomicTarget() throws IOException {
        Path p = output;
        for (int hops = 0; hops < MAX_LINKS; hops++) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return p; // a new file
            }
            if (a.isRegularFile()) return p;
            if (!a.isSymbolicLink()) return null;
            Path link = Files.readSymbolicLink(p);
            Path next = p.toAbsolutePath().getParent() == null ? link : p.toAbsolutePath().getParent().resolve(link);
            // /proc/self/fd/1 points at "pipe:[123]" or a tty: not a path to rename over
            if (Files.exists(p) && !Files.exists(next, LinkOption.NOFOLLOW_LINKS)) return null;
            p = next;
        }
        throw new IOException("too many levels of symbolic links");
    }

    private void writeThrough(AtomicFiles.ByteWriter content) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(output,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING))) {
            content.writeTo(out);
        }
    }

    /** The reason in words, without the temporary file's name. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) return fse.getReason();
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
