package dev.faultline.io.importer;

/**
 * Node ids keep the source's names wherever the format allows ({@code letters digits . _ - / :}); any other character
 * becomes {@code -}, and importers note the change.
 */
final class IdSanitizer {
    static final int MAX_LENGTH = 200;

    private IdSanitizer() {
    }

    static String sanitize(String name) {
        String cleaned = name.trim().replaceAll("[^A-Za-z0-9._\\-/:]", "-");
        if (cleaned.isEmpty()) cleaned = "unnamed";
        return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
    }
}
