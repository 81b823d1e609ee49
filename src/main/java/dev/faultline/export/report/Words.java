package dev.faultline.export.report;

import java.util.List;


/** Small wording helpers shared by the report sections. */
final class Words {
    private Words() {
    }

    /** "1 flow", "3 flows". */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    static String count(int n, String singular) {
        return count(n, singular, singular + "s");
    }

    /** "a, b and c". */
    static String list(List<String> items) {
        if (items.isEmpty()) return "";
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** 0..4: how hot {@code value} is relative to {@code max}. */
    static int heat(int value, int max) {
        if (value <= 0 || max <= 0) return 0;
        return Math.max(1, (int) Math.ceil(4.0 * value / max));
    }
}
