package dev.faultline.render;

import java.util.List;

/**
 * How one node looks, decided by {@link StylePolicy} for every toolkit: the canvas and the SVG/PDF/PNG exports (through
 * {@link SceneNode}) and DOT, GraphML and Mermaid translate it, none decides a colour of its own.
 *
 * @param fill         fill colour, CSS hex
 * @param textColor    label colour that reads on {@code fill}
 * @param stroke       outline colour
 * @param strokeWidth  outline width
 * @param dash         outline dash pattern, empty for solid (a reused team colour, a node outside its residency)
 * @param marker       the simulated state's marker
 * @param spof         a single point of failure under an overlay that shows them (badge and thick outline)
 * @param root         the scenario hit this node directly (failed, or lost instances): heavy dark outline
 * @param fillClass    a short name for what the fill means ({@code team2}, {@code zone0}, {@code heat3},
 *                     {@code down}...), empty for the plain fill; formats with style classes name theirs after it
 * @param outlineClass {@code spof}, {@code root} or empty: what the outline means
 */
public record NodeStyle(String fill, String textColor, String stroke, double strokeWidth, List<Double> dash,
                        StateMarker marker, boolean spof, boolean root, String fillClass, String outlineClass) {
    public NodeStyle {
        dash = List.copyOf(dash);
    }

    /** One name for the whole look: the fill class and the outline class joined, or "plain". */
    public String styleClass() {
        if (fillClass.isEmpty()) return outlineClass.isEmpty() ? "plain" : outlineClass;
        return outlineClass.isEmpty() ? fillClass : fillClass + "-" + outlineClass;
    }
}
