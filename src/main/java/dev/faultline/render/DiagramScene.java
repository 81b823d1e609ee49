package dev.faultline.render;

import java.util.List;

/**
 * A toolkit-neutral picture of a topology: what the canvas shows and every export draws. Nothing here knows
 * JavaFX or AWT; the app and the exporters each translate it, so screen and export cannot drift apart.
 * Coordinates run from (0, 0) to ({@code width}, {@code height}), margins included; draw groups, then edges, then
 * nodes. The legend lists exactly the colours, shapes and line styles used. {@code ghosts} are nodes a compared
 * version had and this one lost ({@link ChangeMarks}): drawn translucent and dashed under the live nodes, never
 * selectable; empty unless comparing.
 */
public record DiagramScene(String title, String subtitle, double width, double height, Overlay overlay,
                           Palette palette, List<SceneGroup> groups, List<SceneEdge> edges, List<SceneNode> nodes,
                           List<LegendEntry> legend, List<SceneNode> ghosts) {
    public DiagramScene {
        groups = List.copyOf(groups);
        edges = List.copyOf(edges);
        nodes = List.copyOf(nodes);
        legend = List.copyOf(legend);
        ghosts = ghosts == null ? List.of() : List.copyOf(ghosts);
    }

    /** A scene without ghosts (not comparing). */
    public DiagramScene(String title, String subtitle, double width, double height, Overlay overlay, Palette palette,
                        List<SceneGroup> groups, List<SceneEdge> edges, List<SceneNode> nodes, List<LegendEntry> legend) {
        this(title, subtitle, width, height, overlay, palette, groups, edges, nodes, legend, List.of());
    }
}
