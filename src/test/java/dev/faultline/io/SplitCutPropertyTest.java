package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.faultline.io.v1.SplitYamlRead;

/**
 * {@link SplitYamlRead#cutNearMiddle} searches outwards from the middle (issue #18); it must pick the very line the
 * straightforward scan from the start picks (kept here as the oracle), ties included, on random texts.
 */
class SplitCutPropertyTest {
    @Test
    void theCutIsTheOneTheScanFromTheStartFinds() {
        Random random = new Random(18);
        String alphabet = "ab \n\n-:#1";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 100 ? 8 : 120);
            for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            assertEquals(scanFromTheStart(t), SplitYamlRead.cutNearMiddle(t), () -> "text: " + t.replace("\n", "\\n"));
        }
    }

    @Test
    void aGeneratedFileIsCutWhereTheScanCutsIt() {
        String big = new dev.faultline.io.v1.TopologyWriter()
                .write(dev.faultline.generator.TopologyGenerator.generate(1_000, 3));
        assertEquals(scanFromTheStart(big), SplitYamlRead.cutNearMiddle(big));
    }

    /** The previous implementation: every line start from the beginning, the nearest to the middle, earlier on a tie. */
    private static int scanFromTheStart(String text) {
        int middle = text.length() / 2;
        int best = -1;
        for (int i = text.indexOf('\n'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\n', i + 1)) {
            int start = i + 1;
            if (isLetter(text.charAt(start)) && (best < 0 || Math.abs(start - middle) < Math.abs(best - middle))) {
                best = start;
            }
            if (start > middle && best >= 0 && start - middle > Math.abs(best - middle)) break;
        }
        return best;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
