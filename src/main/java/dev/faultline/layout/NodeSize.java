package dev.faultline.layout;

import dev.faultline.model.Node;

/**
 * How big a node's box is, estimated from its label without a UI toolkit: the layout runs headless and before any
 * font is loaded. The box holds the kind glyph and the label on the first row and the badges on the second, so the
 * painter and the canvas can fit their text into it (they shorten what does not fit).
 */
public final class NodeSize {
    /** Average advance of a 12 px bold sans-serif character, generous so real fonts fit. */
    public static final double CHAR_WIDTH = 7.2;
    public static final double MIN_WIDTH = 96;
    public static final double HEIGHT = 56;
    /** Room for the glyph on the left of the label plus padding on both sides. */
    public static final double CHROME = 44;
    /** Labels longer than this are cut with an ellipsis when drawn; the box never grows past it. */
    public static final int MAX_LABEL_CHARS = 40;

    private NodeSize() {
    }

    public static double width(String label) {
        int chars = Math.min(label.codePointCount(0, label.length()), MAX_LABEL_CHARS);
        return Math.max(MIN_WIDTH, Math.ceil(CHROME + chars * CHAR_WIDTH));
    }

    public static double width(Node node) {
        return width(node.name());
    }
}
