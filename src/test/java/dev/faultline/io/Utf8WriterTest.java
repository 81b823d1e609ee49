package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The fast UTF-8 writer gives the bytes of the JDK's encoder, however the text is cut into pieces. */
class Utf8WriterTest {
    private static final String ALPHABET = "ab\"\\\n\u00e9\u6f22\ud83d\ude00\ud83d\ude00 \ud800x\udc00";

    @Test
    void randomTextInRandomPiecesEncodesAsTheJdkEncoderDoes() throws IOException {
        Random random = new Random(18);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            assertArrayEquals(jdk(text.toString()), fast(text.toString(), random), text.toString());
        }
    }

    @Test
    void aPairCutBetweenTwoPiecesIsOneCharacter() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Writer w = new Utf8Writer(bytes);
        w.write("x\ud83d");
        w.append(new StringBuilder("\ude00y"));
        w.finish();
        assertArrayEquals("x\ud83d\ude00y".getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
    }

    private static byte[] jdk(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            w.write(text);
        }
        return bytes.toByteArray();
    }

    private static byte[] fast(String text, Random random) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Writer w = new Utf8Writer(bytes);
        int at = 0;
        while (at < text.length()) {
            int end = Math.min(text.length(), at + 1 + random.nextInt(7));
            switch (random.nextInt(3)) {
                case 0 -> w.write(text.substring(at, end));
                case 1 -> w.write(text.toCharArray(), at, end - at);
                default -> w.append(new StringBuilder(text.substring(at, end)));
            }
            at = end;
        }
        w.finish();
        return bytes.toByteArray();
    }
}
