package dev.faultline.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A writer that encodes each piece of text with {@link String#getBytes} (a tight loop inside the JDK) instead of
 * {@link java.io.OutputStreamWriter}'s encoder, which goes character by character through a {@code CharBuffer}: a
 * 50,000-node analysis is 168 MB of JSON, written by a process that lives a few seconds (issue #18). A surrogate
 * pair cut between two pieces is held back until its second half arrives, so the bytes are the same as the encoder's.
 */
final class Utf8Writer extends Writer {
    private final OutputStream out;
    /** A high surrogate that ended the last piece, or 0. */
    private char pending;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    /** Streams what {@code text} writes into {@code out} as UTF-8, buffered (some write a word at a time). */
    static void writeText(OutputStream out, AtomicFiles.TextWriter text) throws IOException {
        Utf8Writer utf8 = new Utf8Writer(out);
        Writer buffered = new java.io.BufferedWriter(utf8, 1 << 15);
        text.writeTo(buffered);
        buffered.flush();
        utf8.finish();
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        write(new String(chars, off, len));
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(off == 0 && len == s.length() ? s : s.substring(off, off + len));
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c));
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        write(String.valueOf(csq));
        return this;
    }

    @Override
    public void write(String s) throws IOException {
        if (s.isEmpty()) return;
        if (pending != 0) {
            s = pending + s;
            pending = 0;
        }
        char last = s.charAt(s.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pending = last;
            s = s.substring(0, s.length() - 1);
        }
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Writes a high surrogate left without its pair as the encoder would ('?'), then flushes. */
    @Override
    public void close() throws IOException {
        if (pending != 0) {
            out.write('?');
            pending = 0;
        }
        out.close();
    }

    /** Ends the text: a lone high surrogate at the very end is written as the encoder would, then flushes. */
    void finish() throws IOException {
        if (pending != 0) {
            out.write('?');
            pending = 0;
        }
        out.flush();
    }
}
