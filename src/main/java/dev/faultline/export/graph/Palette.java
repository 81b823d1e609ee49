package dev.faultline.export.graph;

import java.util.List;

/**
 * Colours shared by the text graph formats. Team colours come from the Okabe–Ito palette, which stays apart for
 * colour-blind readers; states pair a colour with a glyph (see {@link NodeAppearance}) so colour is never alone.
 */
public final class Palette {
    /** Okabe–Ito, lightened so black labels stay readable on them, in a fixed order. */
    public static final List<String> TEAM_COLOURS = List.of(
            "#F5C56B", "#9ED2F0", "#7FCCB0", "#F6EC8A", "#7FB0D9", "#EBA97F", "#E4B6CF", "#C8C8C8");

    public static final String PLAIN_FILL = "#FFFFFF";
    public static final String UNOWNED_FILL = "#EEEEEE";
    public static final String OUTLINE = "#444444";
    public static final String SPOF_OUTLINE = "#C0392B";
    public static final String DOWN_FILL = "#F4B6B0";
    public static final String DEGRADED_FILL = "#FBD89A";
    public static final String UP_FILL = "#FFFFFF";
    public static final String FAILED_FILL = "#3D3D3D";
    public static final String FAILED_TEXT = "#FFFFFF";
    public static final String TEXT = "#1A1A1A";
    public static final String EDGE = "#555555";
    public static final String SOFT_EDGE = "#A0A0A0";
    /** Heat from cold to hot, by blast-radius rank. */
    public static final List<String> HEAT = List.of("#FFFFFF", "#FDE7C8", "#FBC58F", "#F59A6A", "#E4644B");

    private Palette() {
    }

    /** The colour of the team at {@code index} in file order; the palette repeats past eight teams. */
    public static String team(int index) {
        return TEAM_COLOURS.get(Math.floorMod(index, TEAM_COLOURS.size()));
    }
}
