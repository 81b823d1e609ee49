package dev.faultline.render;

import java.util.List;

/**
 * Colour roles of a diagram, as CSS hex ("#RRGGBB", or "#RRGGBBAA" with alpha). Qualitative colours come from
 * Okabe and Ito's colour-blind-safe set (black left out: it is the text colour); the sequential heat scale runs from
 * pale to deep purple (ColorBrewer "Purples"), apart from the amber and red that mean DEGRADED and DOWN. States are never shown by colour alone: markers carry them too.
 */
public enum Palette {
    LIGHT("#FFFFFF", "#1F2328", "#57606A", "#F6F8FA", "#57606A", "#4B5563", "#9CA3AF", "#0F766E",
            "#B42318", "#F2B33D", "#D1242F", "#24292F", "#FFFFFF", "#D0D7DE", "#D8DEE4",
            List.of("#F6F5FA", "#DADAEB", "#BCBDDC", "#807DBA", "#54278F")),
    DARK("#17191C", "#E6EDF3", "#9BA5B0", "#262A30", "#8B949E", "#AEB6BF", "#6B7280", "#2DD4BF",
            "#FF6B5E", "#E3A72F", "#E5484D", "#0B0C0E", "#26292E", "#3A4049", "#4B5563",
            List.of("#2F3238", "#403A5C", "#5A4E8C", "#8170C0", "#B9A8E8"));

    /** Okabe–Ito without black, in an order that keeps neighbours distinct. */
    public static final List<String> QUALITATIVE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442");

    public final String background;
    public final String text;
    public final String mutedText;
    public final String nodeFill;
    public final String nodeStroke;
    public final String edge;
    public final String softEdge;
    public final String fallbackEdge;
    /** Outline and badge colour of a single point of failure. */
    public final String spof;
    public final String degraded;
    public final String down;
    public final String failed;
    public final String badgeFill;
    public final String badgeStroke;
    /** Nodes with no team (or no zone) in the team and zone overlays. */
    public final String unassigned;
    /** Heat buckets from "no impact" to "most of the system". */
    public final List<String> heat;

    Palette(String background, String text, String mutedText, String nodeFill, String nodeStroke, String edge,
            String softEdge, String fallbackEdge, String spof, String degraded, String down, String failed,
            String badgeFill, String badgeStroke, String unassigned, List<String> heat) {
        this.background = background;
        this.text = text;
        this.mutedText = mutedText;
        this.nodeFill = nodeFill;
        this.nodeStroke = nodeStroke;
        this.edge = edge;
        this.softEdge = softEdge;
        this.fallbackEdge = fallbackEdge;
        this.spof = spof;
        this.degraded = degraded;
        this.down = down;
        this.failed = failed;
        this.badgeFill = badgeFill;
        this.badgeStroke = badgeStroke;
        this.unassigned = unassigned;
        this.heat = heat;
    }

    /** The qualitative colour at {@code index} (team, zone or data class in declaration order); repeats after seven. */
    public static String qualitative(int index) {
        return QUALITATIVE.get(Math.floorMod(index, QUALITATIVE.size()));
    }

    /** Dark or light text, whichever reads better on {@code fill} (relative luminance, WCAG style). */
    public static String textOn(String fill) {
        return Colors.luminance(fill) > 0.4 ? "#1F2328" : "#FFFFFF";
    }
}
