package dev.faultline.app.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.faultline.analysis.capacity.CapacityAnalysis;
import dev.faultline.analysis.capacity.NodeLoad;
import dev.faultline.analysis.capacity.ScenarioLoad;
import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Spof;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.NodeLossOutcome;
import dev.faultline.simulation.SimulationResult;

/** The rows of the details panel for one node. Plain Java: tested without a toolkit. */
public final class DetailsModel {
    /** One labelled value. */
    public record Row(String key, String value) {
    }

    private DetailsModel() {
    }

    public static List<Row> rows(Topology topology, AnalysisReport report, SimulationResult simulation, String nodeId) {
        Optional<Node> found = topology.node(nodeId);
        if (found.isEmpty()) return List.of();
        Node n = found.get();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("id", n.id()));
        if (!n.name().equals(n.id())) rows.add(new Row("name", n.name()));
        rows.add(new Row("kind", n.kind().id()));
        rows.add(new Row("team", n.team() == null ? "(unowned)" : n.team() + teamSize(topology, n.team())));
        rows.add(new Row("replicas", n.replicas() + " (min healthy " + n.minHealthy() + ")"));
        rows.add(new Row("zones", n.zones().isEmpty() ? "(not declared)" : String.join(", ", n.zones())));
        if (simulation != null) {
            String reason = simulation.reason(nodeId);
            rows.add(new Row("state", simulation.node(nodeId) + (reason.isEmpty() ? "" : " — " + reason)));
        }
        rows.add(new Row("depends on", list(topology.dependenciesOf(nodeId).stream().map(DetailsModel::outLabel).toList())));
        rows.add(new Row("needed by", list(topology.dependentsOf(nodeId).stream().map(Dependency::from).distinct().toList())));
        Optional<NodeLossOutcome> blast = report.blastRadiusOf(nodeId);
        blast.ifPresent(b -> {
            rows.add(new Row("blast radius", "#" + report.rankOf(nodeId) + " of " + report.blastRadius().size()
                    + ": " + b.flowsDown().size() + " flow(s) down, " + b.flowsDegraded().size() + " degraded, "
                    + b.nodesDown() + " node(s) down, " + b.nodesDegraded() + " degraded"));
            if (!b.flowsDown().isEmpty()) rows.add(new Row("flows down", String.join(", ", b.flowsDown())));
        });
        Optional<Spof> spof = report.spof(nodeId);
        rows.add(new Row("SPOF", spof.map(s -> "yes — " + FindingsModel.cause(s)).orElse("no")));
        report.findings().stream().filter(f -> f.nodes().contains(nodeId)).map(Finding::recommendation)
                .filter(r -> r != null && !r.isBlank()).distinct().limit(3)
                .forEach(r -> rows.add(new Row("recommendation", r)));
        if (!n.observability().isEmpty()) rows.add(new Row("observability", String.join(", ", n.observability())));
        if (!n.tags().isEmpty()) rows.add(new Row("tags", n.tags().toString()));
        rows.addAll(latencyAndLoad(topology, report, simulation, n));
        return rows;
    }

    /** The loads of the last scenario asked for, so selecting node after node does not redo the whole graph. */
    private record Loads(Topology topology, SimulationResult simulation, ScenarioLoad loads) {
    }

    private static volatile Loads lastLoads;

    /**
     * The loads under a scenario: a whole-graph pass (tens of milliseconds at 2,000 nodes), done once per scenario
     * rather than on every click while the scenario stands (issue #13). Results are immutable; the key is identity.
     */
    static ScenarioLoad loadsUnder(Topology topology, SimulationResult simulation) {
        Loads last = lastLoads;
        if (last != null && last.topology() == topology && last.simulation() == simulation) return last.loads();
        ScenarioLoad loads = CapacityAnalysis.under(topology, simulation);
        lastLoads = new Loads(topology, simulation, loads);
        return loads;
    }

    /** L(X) with its own work and p99 bound; load and utilisation, under the scenario when one runs. */
    static List<Row> latencyAndLoad(Topology topology, AnalysisReport report, SimulationResult simulation, Node n) {
        List<Row> rows = new ArrayList<>();
        Double l = report.latency().nodeMs().get(n.id());
        rows.add(new Row("latency", l == null ? "no figure: in or above a cycle of sync calls"
                : ms(l) + " with its sync calls (own " + ms(n.effectiveLatencyMs()) + ", p99 bound "
                        + ms(report.latency().nodeP99Ms().get(n.id())) + ")"));
        Optional<NodeLoad> load = simulation == null ? report.capacity().node(n.id())
                : loadsUnder(topology, simulation).node(n.id());
        load.ifPresent(x -> rows.add(new Row("load", x.loadRps() == null ? "no figure: on or below a dependency cycle"
                : String.format(Locale.ROOT, "%.1f rps", x.loadRps()) + (x.utilization() == null ? ""
                        : String.format(Locale.ROOT, ", utilisation %.0f%% of %s × %s rps", x.utilization() * 100,
                                simulation == null ? n.replicas() : n.replicas()
                                        - simulation.lostInstances().getOrDefault(n.id(), 0),
                                ms(n.capacityRps()).replace(" ms", ""))
                        + (x.overloaded() ? " — OVERLOADED" : "")))));
        return rows;
    }

    private static String ms(double v) {
        return v == Math.rint(v) ? (long) v + " ms" : String.format(Locale.ROOT, "%.1f ms", v);
    }

    private static String teamSize(Topology topology, String team) {
        return topology.team(team).map(t -> " (" + (t.membersDeclared() ? t.members().size() + " member"
                + (t.members().size() == 1 ? "" : "s") : "members unknown") + ")").orElse("");
    }

    private static String outLabel(Dependency d) {
        String s = d.to();
        if (d.mode() == dev.faultline.model.Mode.ASYNC) s += " (async)";
        if (!d.required()) s += " (soft)";
        if (!d.fallback().isEmpty()) s += " or " + String.join(" or ", d.fallback());
        return s;
    }

    /**
     * A list value, its first {@link #LIST_LIMIT} items and how many more: a hub's 791 dependents made a 10,000-character
     * wrapped label that the FX thread measured several times per layout pass on every click (issue #13), for a
     * list nobody reads in a 300-pixel panel.
     */
    static String list(List<String> items) {
        if (items.isEmpty()) return "—";
        if (items.size() <= LIST_LIMIT) return String.join(", ", items);
        return String.join(", ", items.subList(0, LIST_LIMIT)) + " … and " + (items.size() - LIST_LIMIT) + " more";
    }

    /** How many items a list value names before it says how many more there are. */
    static final int LIST_LIMIT = 40;
}
