package dev.faultline.export.graph;

/** XML escaping for text and attribute values. Characters XML 1.0 forbids (most control characters) are dropped. */
final class Xml {
    private Xml() {
    }

    static String text(String s) {
        return escape(s, false);
    }

    /** Also escapes quotes and turns line breaks into references, so attribute values survive normalisation. */
    static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&apos;" : "'");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\r' -> out.append(attribute ? "&#13;" : "\r");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) out.append(c);
                }
            }
        }
        return out.toString();
    }
}
