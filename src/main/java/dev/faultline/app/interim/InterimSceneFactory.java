package dev.faultline.app.interim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.app.workspace.SceneFactory;
import dev.faultline.app.workspace.SceneRequest;
import dev.faultline.layout.Box;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.render.DiagramScene;
import dev.faultline.render.LegendEntry;
import dev.faultline.render.Overlay;
import dev.faultline.render.SceneEdge;
import dev.faultline.render.SceneNode;
import dev.faultline.render.StateMarker;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.State;

/** A stand-in for the render package's scene builder, used until it lands (and by fast tests). */
public final class InterimSceneFactory implements SceneFactory {
    static final String[] OKABE_ITO = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
        "#999999"};

    @Override
    public DiagramScene build(SceneRequest r) {
        Topology t = r.topology();
        Map<String, String> teamColour = new HashMap<>();
        List<Team> teams = t.teams();
        for (int i = 0; i < teams.size(); i++) teamColour.put(teams.get(i).id(), OKABE_ITO[i % OKABE_ITO.length]);
        List<SceneNode> nodes = new ArrayList<>();
        for (Node n : t.nodes()) nodes.add(node(n, r, teamColour));
        List<SceneEdge> edges = new ArrayList<>();
        for (int i = 0; i < t.dependencies().size(); i++) {
            Dependency d = t.dependencies().get(i);
            boolean cross = r.overlay() == Overlay.TEAMS && d.from() != null
                    && !java.util.Objects.equals(t.requireNode(d.from()).team(), t.requireNode(d.to()).team());
            String colour = d.required() ? "#4A5560" : "#9AA5AE";
            double width = (d.required() ? 1.6 : 1.0) * (cross ? 2 : 1);
            List<Double> dash = d.mode() == dev.faultline.model.Mode.ASYNC ? List.of(8.0, 5.0) : List.of();
            edges.add(new SceneEdge(d.from(), d.to(), r.layout().edgeRoutes().get(i), colour, width, dash,
                    false, null));
        }
        List<LegendEntry> legend = new ArrayList<>();
        if (r.overlay() == Overlay.TEAMS) {
            teams.forEach(team -> legend.add(new LegendEntry(LegendEntry.Swatch.FILL, teamColour.get(team.id()),
                    team.name())));
            legend.add(new LegendEntry(LegendEntry.Swatch.FILL, "#FFFFFF", "(unowned)"));
        } else if (r.overlay() == Overlay.SPOF) {
            legend.add(new LegendEntry(LegendEntry.Swatch.MARKER_SPOF, "#D55E00", "single point of failure"));
        } else if (r.overlay() == Overlay.HEAT) {
            legend.add(new LegendEntry(LegendEntry.Swatch.FILL, heatColour(1), "largest blast radius"));
            legend.add(new LegendEntry(LegendEntry.Swatch.FILL, heatColour(0.3), "smaller blast radius"));
        }
        legend.add(new LegendEntry(LegendEntry.Swatch.LINE_SOLID, "#4A5560", "sync"));
        legend.add(new LegendEntry(LegendEntry.Swatch.LINE_DASHED, "#4A5560", "async"));
        if (r.simulation() != null) {
            legend.add(new LegendEntry(LegendEntry.Swatch.MARKER_FAILED, "#222222", "failed"));
            legend.add(new LegendEntry(LegendEntry.Swatch.MARKER_DOWN, "#C0392B", "down"));
            legend.add(new LegendEntry(LegendEntry.Swatch.MARKER_DEGRADED, "#E69F00", "degraded"));
        }
        return new DiagramScene(t.name(), t.description().orElse(""), r.layout().width(), r.layout().height(),
                r.overlay(), List.of(), edges, nodes, legend);
    }

    private static SceneNode node(Node n, SceneRequest r, Map<String, String> teamColour) {
        Box b = r.layout().box(n.id());
        String fill = switch (r.overlay()) {
            case TEAMS -> n.team() == null ? "#FFFFFF" : teamColour.get(n.team());
            case HEAT -> heatColour(r.heat().getOrDefault(n.id(), 0.0));
            case ZONES -> n.zones().isEmpty() ? "#FFFFFF" : "#DCEBF7";
            default -> "#FFFFFF";
        };
        String stroke = "#5B6770";
        double strokeWidth = 1.2;
        boolean spof = r.report() != null && r.report().isSpof(n.id());
        if (spof && (r.overlay() == Overlay.SPOF)) {
            stroke = "#D55E00";
            strokeWidth = 3.5;
            fill = "#FFF1E8";
        }
        String text = "#1D2328";
        StateMarker marker = StateMarker.NONE;
        SimulationResult sim = r.simulation();
        if (sim != null) {
            State s = sim.node(n.id());
            if (sim.failedDirectly().contains(n.id())) {
                marker = StateMarker.FAILED;
                fill = "#2B2B2B";
                text = "#FFFFFF";
            } else if (s == State.DOWN) {
                marker = StateMarker.DOWN;
                fill = "#F6C9C4";
                stroke = "#C0392B";
            } else if (s == State.DEGRADED) {
                marker = StateMarker.DEGRADED;
                fill = "#FCE8B8";
                stroke = "#B7791F";
            }
        }
        List<String> badges = new ArrayList<>();
        if (n.replicas() > 1) badges.add("×" + n.replicas());
        if (!n.zones().isEmpty()) badges.add(String.join(",", n.zones()));
        String tooltip = n.id() + " (" + n.kind().id() + ")" + (n.team() == null ? "" : " · team " + n.team())
                + (sim == null ? "" : " · " + sim.node(n.id()) + (sim.reason(n.id()).isEmpty() ? ""
                : ": " + sim.reason(n.id())));
        return new SceneNode(n.id(), n.name(), n.kind(), b, fill, stroke, strokeWidth, text, badges, spof, marker,
                tooltip);
    }

    static String heatColour(double h) {
        double v = Math.max(0, Math.min(1, h));
        int r = 255;
        int g = (int) Math.round(247 - v * (247 - 80));
        int b = (int) Math.round(236 - v * (236 - 40));
        return String.format("#%02X%02X%02X", r, g, b);
    }
}
