package dev.faultline.render;

import java.util.List;

/**
 * How one drawn edge looks, decided by {@link StylePolicy} for every toolkit (see {@link NodeStyle}). A dependency
 * draws its own edge plus one {@code fallback} edge per alternative, dotted and labelled "or".
 *
 * @param label text at the middle of the edge ("or" on fallbacks), or null
 */
public record EdgeStyle(String from, String to, String color, double width, List<Double> dash, boolean fallback,
                        String label) {
    public EdgeStyle {
        dash = List.copyOf(dash);
    }

    /** The dash pattern by name, for formats that know no dash arrays. */
    public LineStyle line() {
        return LineStyle.of(dash);
    }
}
