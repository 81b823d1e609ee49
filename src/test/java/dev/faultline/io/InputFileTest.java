package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link InputFile#readAtMost} reads a file of known size into one array, and still never past the limit. */
class InputFileTest {
    @TempDir
    Path dir;

    @Test
    void aFileWithinTheLimitIsReadWhole() throws Exception {
        for (int size : new int[] {0, 1, 8191, 8192, 8193, 100_000}) {
            byte[] content = new byte[size];
            new Random(size).nextBytes(content);
            Path file = Files.write(dir.resolve("f" + size), content);
            assertArrayEquals(content, InputFile.readAtMost(file, 200_000), "size " + size);
            assertArrayEquals(content, InputFile.readAtMost(file, size), "size " + size + " at exactly the limit");
        }
    }

    @Test
    void aFileOverTheLimitYieldsTheLimitAndOneByte() throws Exception {
        byte[] content = new byte[50_000];
        new Random(1).nextBytes(content);
        Path file = Files.write(dir.resolve("big"), content);
        for (int max : new int[] {0, 1, 9_999, 49_998, 49_999}) {
            byte[] read = InputFile.readAtMost(file, max);
            assertEquals(max + 1, read.length, "max " + max);
            assertArrayEquals(Arrays.copyOf(content, max + 1), read, "max " + max);
        }
    }
}
