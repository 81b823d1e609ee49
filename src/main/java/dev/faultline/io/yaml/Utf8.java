package dev.faultline.io.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Strict UTF-8 decoding that says where the first bad byte is: one place for the loader and every other input. */
public final class Utf8 {
    private Utf8() {
    }

    /** The text, or the index of the first byte that is not valid UTF-8 (then {@code text} is null). */
    public record Decoded(String text, int badByte) {
        public boolean ok() {
            return text != null;
        }

        /** The message for a bad byte, in the words every reader uses. */
        public String problem(byte[] bytes) {
            return String.format(Locale.ROOT,
                    "not valid UTF-8: byte 0x%02X cannot appear here; save the file as UTF-8", bytes[badByte] & 0xFF);
        }
    }

    /** Decodes {@code bytes} from {@code start} (after a byte order mark, say) to the end. */
    public static Decoded decode(byte[] bytes, int start) {
        // The JDK's own decoding is much faster cold; it replaces malformed input with U+FFFD, so text holding one
        // (malformed, or a real U+FFFD) goes through the strict decoder below, which finds the bad byte.
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) return new Decoded(fast, -1);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) return new Decoded(null, in.position());
        out.flip();
        return new Decoded(out.toString(), -1);
    }
}
