package dev.faultline.render;

import dev.faultline.layout.Box;
import dev.faultline.layout.Point;

/**
 * Where things go inside a node's box, shared by the canvas and the exports so both draw nodes alike: the glyph on
 * the left, vertically centred; the label to its right (13 px bold), on the first row when there are badges, centred
 * otherwise; badge pills (10 px text) on the second row; the SPOF triangle on the top-left corner and the state
 * marker on the top-right corner.
 */
public final class NodeGeometry {
    public static final double CORNER_RADIUS = 10;
    public static final double GLYPH_SIZE = 20;
    public static final double GLYPH_LEFT = 10;
    public static final double TEXT_LEFT = 38;
    public static final double TEXT_RIGHT_PAD = 8;
    public static final double LABEL_FONT_SIZE = 13;
    public static final double BADGE_FONT_SIZE = 10;
    public static final double BADGE_HEIGHT = 14;
    public static final double BADGE_GAP = 4;
    public static final double BADGE_PAD = 5;

    private NodeGeometry() {
    }

    public static Point glyphTopLeft(Box b) {
        return new Point(b.x() + GLYPH_LEFT, b.centerY() - GLYPH_SIZE / 2);
    }

    /** Left end of the label's baseline. */
    public static Point labelBaseline(SceneNode n) {
        Box b = n.bounds();
        double y = !showsBadges(n) ? b.centerY() + LABEL_FONT_SIZE * 0.35 : b.y() + 25;
        return new Point(b.x() + TEXT_LEFT, y);
    }

    /** Badges are drawn when there are some and the box has a second row for them (dense layouts use one row). */
    public static boolean showsBadges(SceneNode n) {
        return !n.badges().isEmpty() && dev.faultline.layout.NodeSize.hasBadgeRow(n.bounds().height());
    }

    /** Width available to the label; longer labels are cut with an ellipsis. */
    public static double labelWidth(Box b) {
        return b.width() - TEXT_LEFT - TEXT_RIGHT_PAD;
    }

    /** Top-left of the first badge pill; further pills follow to the right, {@link #BADGE_GAP} apart. */
    public static Point firstBadge(Box b) {
        return new Point(b.x() + TEXT_LEFT, b.y() + 33);
    }

    /** Centre of the SPOF warning triangle. */
    public static Point spofBadgeCentre(Box b) {
        return new Point(b.x() + 3, b.y() + 3);
    }

    /** Centre of the state marker. */
    public static Point markerCentre(Box b) {
        return new Point(b.maxX() - 3, b.y() + 3);
    }
}
