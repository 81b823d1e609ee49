package dev.faultline.io.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link InputGuard#noLineTooLong} jumps from line break to line break (issue #18); it must agree with the
 * straightforward line-by-line check (the oracle here) on texts whose longest line is just below, at and above the
 * limit, wherever it stands.
 */
class InputGuardLinesPropertyTest {
    private static final int MAX = InputGuard.MAX_LINE_CHARS;

    @Test
    void agreesWithTheLineByLineCheck() {
        Random random = new Random(18);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + random.nextInt(6);
            for (int i = 0; i < lines; i++) {
                int length = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(80);
                    case 1 -> MAX - 2 + random.nextInt(5); // MAX-2 .. MAX+2
                    case 2 -> random.nextInt(2 * MAX);
                    default -> 0;
                };
                text.append("x".repeat(length));
                if (i < lines - 1 || random.nextBoolean()) text.append('\n');
            }
            String t = text.toString();
            assertEquals(lineByLine(t), InputGuard.noLineTooLong(t), "round " + round);
        }
    }

    @Test
    void aLineOfExactlyTheLimitPassesAndOneMoreFails() {
        assertEquals(true, InputGuard.noLineTooLong("a\n" + "x".repeat(MAX) + "\nb"));
        assertEquals(false, InputGuard.noLineTooLong("a\n" + "x".repeat(MAX + 1) + "\nb"));
        assertEquals(false, InputGuard.noLineTooLong("x".repeat(MAX + 1)));
        assertEquals(true, InputGuard.noLineTooLong("x".repeat(MAX)));
    }

    private static boolean lineByLine(String text) {
        for (String line : text.split("\n", -1)) {
            if (line.length() > MAX) return false;
        }
        return true;
    }
}
