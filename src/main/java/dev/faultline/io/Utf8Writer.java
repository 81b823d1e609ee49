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
    private static final int PIECE = 1 << 15;
    /** A high surrogate that ended the last piece encoded, or 0. */
    private char pending;
    /** Small writes gathered until a piece is worth encoding. */
    private StringBuilder small = new StringBuilder();

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    /** Streams what {@code text} writes into {@code out} as UTF-8. */
    static void writeText(OutputStream out, AtomicFiles.TextWriter text) throws IOException {
        Utf8Writer utf8 = new Utf8Writer(out);
        text.writeTo(utf8);
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

    /**
     * Small writes (some documents are written a word at a time) are gathered up to {@link #PIECE} characters; a
     * big piece (the JSON writer's) goes straight through. Not a {@code BufferedWriter}: it copies every piece into
     * a {@code char[]}, widening Latin-1 text to UTF-16 and narrowing it again on the way out.
     */
    @Override
    public void write(String s) throws IOException {
        if (s.isEmpty()) return;
        if (small.length() + s.length() <= PIECE) {
            small.append(s);
            return;
        }
        drain();
        if (s.length() <= PIECE / 4) small.append(s);
        else encode(s);
    }

    private void drain() throws IOException {
        if (small.length() == 0) return;
        String gathered = small.toString();
        small = new StringBuilder(); // a fresh one: a builder that held a wide character stays UTF-16
        encode(gathered);
    }

    private void encode(String s) throws IOException {
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
        drain();
        out.flush();
    }

    /** Writes what is gathered, and a high surrogate left without its pair as the encoder would ('?'), then closes. */
    @Override
    public void close() throws IOException {
        drain();
        if (pending != 0) {
            out.write('?');
            pending = 0;
        }
        out.close();
    }

    /** Ends the text: a lone high surrogate at the very end is written as the encoder would, then flushes. */
    void finish() throws IOException {
        drain();
        if (pending != 0) {
            out.write('?');
            pending = 0;
        }
        out.flush();
    }
}
