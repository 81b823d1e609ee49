package dev.faultline.layout;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.model.Node;

/**
 * How big a node's box is, estimated from its label without a UI toolkit: the layout runs headless and before any
 * font is loaded. The box holds the kind glyph and the label on the first row and the badges on the second, so the
 * painter and the canvas can fit their text into it (they shorten what does not fit).
 */
public final class NodeSize {
    /** The label's font size in layout units (render's NodeGeometry draws it at this size). */
    public static final double LABEL_FONT_SIZE = 13;
    /** Average advance of a 13 px bold sans-serif character, for characters outside {@link #labelWidth}'s table. */
    public static final double CHAR_WIDTH = 8.6;
    /** Average advance of a 10 px badge character, generous. */
    public static final double BADGE_CHAR_WIDTH = 6.2;
    /** Padding inside a badge pill plus the gap after it. */
    public static final double BADGE_CHROME = 14;
    public static final double MIN_WIDTH = 96;
    public static final double HEIGHT = 56;
    /**
     * A one-row box (glyph and label, no badges row), for graphs too big to read at fit with two-row boxes: the
     * label keeps its size, the replica and zone badges are left to the tooltip and the details pane.
     */
    public static final double ONE_ROW_HEIGHT = 30;
    /** The narrowest one-row box: room for the glyph and a few characters. */
    public static final double ONE_ROW_MIN_WIDTH = 72;
    /** Room for the glyph on the left of the text plus padding on both sides. */
    public static final double CHROME = 50;
    /** Labels longer than this are cut with an ellipsis when drawn; the box never grows past it. */
    public static final int MAX_LABEL_CHARS = 40;

    private NodeSize() {
    }

    public static double width(String label) {
        return width(label, List.of());
    }

    /** Wide enough for the label and for the badges row, whichever is longer. */
    public static double width(String label, List<String> badges) {
        double badgeRow = 0;
        for (String b : badges) badgeRow += b.length() * BADGE_CHAR_WIDTH + BADGE_CHROME;
        return Math.max(MIN_WIDTH, Math.ceil(CHROME + Math.max(labelWidth(label), badgeRow)));
    }

    /**
     * Advances of the printable ASCII characters (space to '~') in DejaVu Sans Bold at 13 px, the widest of the
     * common UI sans-serifs and the one Linux desktops fall back to: a label sized by it fits in the others. An
     * average width cut "webmvc" (wide m and w) and wasted room on "svc-1-db-0" (narrow digits and dashes).
     */
    private static final double[] ASCII_ADVANCE = {
            4.5, 5.9, 6.8, 10.9, 9.0, 13.0, 11.3, 4.0, 5.9, 5.9, 6.8, 10.9, 4.9, 5.4, 4.9, 4.7,
            9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 5.2, 5.2, 10.9, 10.9, 10.9, 7.5,
            13.0, 10.1, 9.9, 9.5, 10.8, 8.9, 8.9, 10.7, 10.9, 4.8, 4.8, 10.1, 8.3, 12.9, 10.9, 11.1,
            9.5, 11.1, 10.0, 9.4, 8.9, 10.6, 10.1, 14.3, 10.0, 9.4, 9.4, 5.9, 4.7, 5.9, 10.9, 6.5,
            6.5, 8.8, 9.3, 7.7, 9.3, 8.8, 5.7, 9.3, 9.3, 4.5, 4.5, 8.6, 4.5, 13.5, 9.3, 8.9,
            9.3, 9.3, 6.4, 7.7, 6.2, 9.3, 8.5, 12.0, 8.4, 8.5, 7.6, 9.3, 4.7, 9.3, 10.9};

    /**
     * The label's drawn width at 13 px bold, up to {@link #MAX_LABEL_CHARS} characters (longer labels are cut), with a
     * little slack for hinting. East Asian ideographs, kana, hangul and emoji are about 1.6 times a Latin character.
     */
    public static double labelWidth(String label) {
        double w = 0;
        int chars = 0;
        for (int i = 0; i < label.length() && chars < MAX_LABEL_CHARS; chars++) {
            int cp = label.codePointAt(i);
            i += Character.charCount(cp);
            w += cp >= 32 && cp < 127 ? ASCII_ADVANCE[cp - 32] : cp >= 0x2E80 ? 1.6 * CHAR_WIDTH : CHAR_WIDTH + 0.4;
        }
        return w * 1.04;
    }

    public static double width(Node node) {
        return width(node.name(), badges(node));
    }

    /** Width of a one-row box: glyph and label only. */
    public static double oneRowWidth(Node node) {
        return Math.max(ONE_ROW_MIN_WIDTH, Math.ceil(CHROME + labelWidth(node.name())));
    }

    /** Whether a box is tall enough for the badges row (one-row boxes draw the label centred and no badges). */
    public static boolean hasBadgeRow(double boxHeight) {
        return boxHeight >= HEIGHT - 0.5;
    }

    /**
     * The badges drawn under a node's label: "×N" when it has several replicas, then its first zone ("+k" more).
     * The scene builder uses the same texts, so the box always fits them.
     */
    public static List<String> badges(Node node) {
        List<String> badges = new ArrayList<>(2);
        if (node.replicas() > 1) badges.add("×" + node.replicas());
        if (!node.zones().isEmpty()) {
            badges.add(node.zones().get(0) + (node.zones().size() > 1 ? " +" + (node.zones().size() - 1) : ""));
        }
        return badges;
    }
}
