package dev.faultline.render;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.layout.Box;

/**
 * Paints {@link ChangeMarks} onto a built scene, after everything else, so the marks sit on top of any overlay:
 * added nodes get the "added" outline and badge, nodes with a new SPOF a "new" badge, nodes and dependencies a fix
 * preview changes the "fix" outline (and badge), and removed nodes come back as translucent, dashed ghosts
 * ({@link DiagramScene#ghosts()}) where the base layout put them. Colours are Okabe–Ito blue and bluish green, apart
 * from the SPOF red and the state colours; every mark also says itself in a badge, never by colour alone.
 */
final class ChangePainter {
    static final double MARK_STROKE = 3.2;
    static final List<Double> GHOST_DASH = List.of(5.0, 4.0);

    private ChangePainter() {
    }

    static DiagramScene paint(DiagramScene scene, SceneRequest r) {
        ChangeMarks m = r.marks();
        if (m.isEmpty()) return scene;
        boolean dark = Colors.luminance(scene.palette().background) < 0.5;
        String added = addedColor(dark);
        String fix = fixColor(dark);
        List<LegendEntry> legend = new ArrayList<>(scene.legend());
        List<SceneNode> nodes = new ArrayList<>();
        for (SceneNode n : scene.nodes()) nodes.add(node(n, m, added, fix));
        List<SceneEdge> edges = new ArrayList<>();
        for (SceneEdge e : scene.edges()) {
            boolean changed = m.previewEdges().contains(ChangeMarks.edgeKey(e.from(), e.to()));
            edges.add(changed ? new SceneEdge(e.from(), e.to(), e.path(), fix, Math.max(e.width(), 3.0), e.dash(),
                    e.fallback(), e.label()) : e);
        }
        List<SceneNode> ghosts = ghosts(scene, r, m);
        if (!m.added().isEmpty()) {
            legend.add(LegendEntry.line(LegendEntry.Swatch.LINE_SOLID, added, MARK_STROKE, List.of(),
                    "outline and \"added\": new since the compared version"));
        }
        if (!ghosts.isEmpty()) {
            legend.add(LegendEntry.fill(Colors.withAlpha(scene.palette().nodeFill, 0.35),
                    "ghost (dashed, \"removed\"): gone since the compared version", GHOST_DASH));
        }
        if (!m.newSpofs().isEmpty()) legend.add(LegendEntry.badge("new", "a SPOF the compared version did not have"));
        if (!m.previewNodes().isEmpty() || !m.previewEdges().isEmpty()) {
            legend.add(LegendEntry.line(LegendEntry.Swatch.LINE_SOLID, fix, MARK_STROKE, List.of(),
                    "outline and \"fix\": what the previewed fix changes"));
        }
        double w = scene.width();
        double h = scene.height();
        for (SceneNode g : ghosts) {
            w = Math.max(w, g.bounds().maxX() + SceneBuilder.MARGIN);
            h = Math.max(h, g.bounds().maxY() + SceneBuilder.MARGIN);
        }
        return new DiagramScene(scene.title(), scene.subtitle(), w, h, scene.overlay(), scene.palette(),
                scene.groups(), edges, nodes, legend, ghosts);
    }

    static String addedColor(boolean dark) {
        return dark ? "#56B4E9" : "#0072B2";
    }

    static String fixColor(boolean dark) {
        return dark ? "#3FD0A4" : "#009E73";
    }

    private static SceneNode node(SceneNode n, ChangeMarks m, String added, String fix) {
        List<String> badges = new ArrayList<>();
        String stroke = n.stroke();
        double width = n.strokeWidth();
        if (m.previewNodes().contains(n.id())) {
            badges.add("fix");
            stroke = fix;
            width = Math.max(width, MARK_STROKE);
        }
        if (m.added().contains(n.id())) {
            badges.add("added");
            // Over the SPOF red, too: a new SPOF still has its warning badge and the "new" badge.
            stroke = added;
            width = Math.max(width, MARK_STROKE);
        }
        if (m.newSpofs().contains(n.id())) badges.add("new");
        if (badges.isEmpty()) return n;
        badges.addAll(n.badges());
        return new SceneNode(n.id(), n.label(), n.kind(), n.bounds(), n.fill(), stroke, width, n.strokeDash(),
                n.textColor(), badges, n.spof(), n.marker(), n.tooltip(), n.root());
    }

    /** Removed nodes, shifted like the live ones (the scene adds a margin to layout coordinates). */
    private static List<SceneNode> ghosts(DiagramScene scene, SceneRequest r, ChangeMarks m) {
        if (m.removed().isEmpty()) return List.of();
        double dx = SceneBuilder.MARGIN;
        double dy = SceneBuilder.MARGIN;
        for (SceneNode n : scene.nodes()) {
            if (r.layout().nodes().containsKey(n.id())) {
                Box laid = r.layout().box(n.id());
                dx = n.bounds().x() - laid.x();
                dy = n.bounds().y() - laid.y();
                break;
            }
        }
        Palette p = scene.palette();
        List<SceneNode> out = new ArrayList<>();
        for (ChangeMarks.Ghost g : m.removed()) {
            Box b = new Box(g.bounds().x() + dx, g.bounds().y() + dy, g.bounds().width(), g.bounds().height());
            out.add(new SceneNode(g.id(), g.label(), g.kind(), b, Colors.withAlpha(p.nodeFill, 0.35),
                    Colors.withAlpha(p.mutedText, 0.8), 1.4, GHOST_DASH, Colors.withAlpha(p.mutedText, 0.9),
                    List.of("removed"), false, StateMarker.NONE, g.id() + " was removed (it is in the compared version)"));
        }
        return out;
    }
}
