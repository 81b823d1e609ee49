package dev.faultline.io;

import java.util.Random;

/**
 * Random edits of a YAML text for the tests that read mutated files by two paths and compare them (the plain
 * readers against the full one, the bytes against the decoded text, a cut read against the whole).
 */
public final class TextMutations {
    private TextMutations() {
    }

    /** Inserts, deletes or replaces a character from {@code alphabet}, or duplicates, drops or indents a line. */
    public static void mutate(StringBuilder text, Random random, String alphabet) {
        if (text.length() == 0) return;
        int at = random.nextInt(text.length());
        switch (random.nextInt(4)) {
            case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            case 1 -> text.deleteCharAt(at);
            case 2 -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            default -> { // duplicate or drop a line, or change its indentation
                int start = text.lastIndexOf("\n", at) + 1;
                int end = text.indexOf("\n", at);
                if (end < 0) return;
                String line = text.substring(start, end + 1);
                int how = random.nextInt(3);
                if (how == 0) text.insert(start, line);
                else if (how == 1) text.delete(start, end + 1);
                else text.insert(start, "  ");
            }
        }
    }

    /**
     * As {@link #mutate}, with line edits more often and a top-level key added after a line among them (so a
     * file's lists are cut and followed by other sections).
     */
    public static void mutateWithKeys(StringBuilder text, Random random, String alphabet) {
        int at = random.nextInt(text.length());
        switch (random.nextInt(5)) {
            case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            case 1 -> text.deleteCharAt(at);
            case 2 -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            default -> { // duplicate or drop a line, change its indentation, or add a top-level key after it
                int start = text.lastIndexOf("\n", at) + 1;
                int end = text.indexOf("\n", at);
                if (end < 0) return;
                String line = text.substring(start, end + 1);
                switch (random.nextInt(4)) {
                    case 0 -> text.insert(start, line);
                    case 1 -> text.delete(start, end + 1);
                    case 2 -> text.insert(start, "  ");
                    default -> text.insert(end + 1, random.nextBoolean() ? "extra: 1\n" : "flows:\n  - id: g\n");
                }
            }
        }
    }
}
