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
    /** Average advance of a 13 px bold sans-serif character (about 7.9 px measured), generous so real fonts fit. */
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
        double chars = Math.min(textUnits(label), MAX_LABEL_CHARS);
        double badgeRow = 0;
        for (String b : badges) badgeRow += b.length() * BADGE_CHAR_WIDTH + BADGE_CHROME;
        return Math.max(MIN_WIDTH, Math.ceil(CHROME + Math.max(chars * CHAR_WIDTH, badgeRow)));
    }

    /**
     * The label's length in average characters: East Asian ideographs, kana, hangul and emoji are about 1.6 times as
     * wide as a Latin character at the same size.
     */
    static double textUnits(String label) {
        return label.codePoints().mapToDouble(cp -> cp >= 0x2E80 ? 1.6 : 1.0).sum();
    }

    public static double width(Node node) {
        return width(node.name(), badges(node));
    }

    /** Width of a one-row box: glyph and label only. */
    public static double oneRowWidth(Node node) {
        return Math.max(ONE_ROW_MIN_WIDTH, Math.ceil(CHROME + Math.min(textUnits(node.name()), MAX_LABEL_CHARS) * CHAR_WIDTH));
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
