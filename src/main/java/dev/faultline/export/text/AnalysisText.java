package dev.faultline.export.text;

import java.util.List;
import java.util.Locale;

import dev.faultline.analysis.capacity.CapacityReport;
import dev.faultline.analysis.capacity.NodeLoad;
import dev.faultline.analysis.capacity.Overload;
import dev.faultline.analysis.latency.FlowLatency;
import dev.faultline.analysis.latency.LatencyReport;
import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.TeamFigures;
import dev.faultline.analysis.cost.CostLine;
import dev.faultline.analysis.cost.CostReport;
import dev.faultline.analysis.cost.Money;
import dev.faultline.analysis.availability.FlowAvailability;
import dev.faultline.analysis.availability.Percent;
import dev.faultline.analysis.doublefault.DoubleFault;
import dev.faultline.analysis.doublefault.DoubleFaults;
import dev.faultline.model.Flow;
import dev.faultline.model.Topology;
import dev.faultline.simulation.NodeLossOutcome;

/** {@code analyze --format text}: a readable summary for a terminal or a CI log. */
public final class AnalysisText {
    private static final int TOP = 10;

    private AnalysisText() {
    }

    public static String render(AnalysisReport r) {
        Topology t = r.topology();
        StringBuilder sb = new StringBuilder();
        sb.append(t.name()).append('\n');
        sb.append(t.nodes().size()).append(" nodes · ").append(t.dependencies().size()).append(" dependencies · ")
                .append(t.flows().size()).append(" flows (").append(String.join(", ",
                        t.flows().stream().map(Flow::id).limit(12).toList()))
                .append(t.flows().size() > 12 ? ", …" : "").append(")\n\n");
        spofs(sb, r.spofs());
        domains(sb, r.domainSpofs());
        blastRadius(sb, r.blastRadius());
        teams(sb, r.teams());
        findings(sb, r.findings());
        cost(sb, r.cost());
        latency(sb, r.latency());
        capacity(sb, r.capacity());
        availability(sb, r.availability());
        doubleFaults(sb, r.doubleFaults());
        return sb.toString();
    }

    private static void spofs(StringBuilder sb, List<Spof> spofs) {
        sb.append("Single points of failure: ").append(spofs.size()).append('\n');
        for (Spof s : spofs) {
            sb.append("  ").append(s.node()).append("  [").append(s.cause().id()).append("]  takes down: ")
                    .append(String.join(", ", s.flowsDown())).append('\n');
        }
        sb.append('\n');
    }

    private static void domains(StringBuilder sb, List<DomainSpof> domains) {
        sb.append("Failure domains that take flows down: ").append(domains.size()).append('\n');
        for (DomainSpof d : domains) {
            sb.append("  ").append(d.label()).append("  takes down: ").append(String.join(", ", d.flowsDown()))
                    .append('\n');
        }
        sb.append('\n');
    }

    private static void blastRadius(StringBuilder sb, List<NodeLossOutcome> ranking) {
        sb.append("Blast radius (top ").append(Math.min(TOP, ranking.size())).append(" of ").append(ranking.size())
                .append("): flows down / flows degraded / nodes down / nodes degraded\n");
        int rank = 1;
        for (NodeLossOutcome o : ranking.subList(0, Math.min(TOP, ranking.size()))) {
            sb.append(String.format("  %2d. %-32s %3d %3d %5d %5d%n", rank++, o.node(), o.flowsDown().size(),
                    o.flowsDegraded().size(), o.nodesDown(), o.nodesDegraded()));
        }
        sb.append('\n');
    }

    private static void teams(StringBuilder sb, List<TeamFigures> teams) {
        if (teams.isEmpty()) return;
        sb.append("Teams: members / nodes / SPOFs / cross-team dependencies (in, out)\n");
        for (TeamFigures f : teams) {
            String members = f.members() == null ? "?" : f.members().toString(); // "?": not declared in the file
            sb.append(String.format("  %-24s %3s %4d %3d %4d (%d in, %d out)%n", f.team(), members, f.nodes(),
                    f.spofs(), f.crossTeamDependencies(), f.crossTeamIn(), f.crossTeamOut()));
        }
        sb.append('\n');
    }

    private static void findings(StringBuilder sb, List<Finding> findings) {
        sb.append("Findings: ").append(findings.size()).append('\n');
        for (Finding f : findings) {
            sb.append("  ").append(f.severity().id()).append(" [").append(f.rule()).append("] ").append(f.message())
                    .append('\n');
            sb.append("      → ").append(f.recommendation()).append('\n');
        }
    }

    /** What each team pays per month, and how much of it buys redundancy; omitted when no node has a cost. */
    private static void cost(StringBuilder sb, CostReport c) {
        if (!c.priced()) return;
        sb.append("\nCost per month: ").append(Money.format(c.total())).append(" (redundancy premium ")
                .append(Money.format(c.redundancyPremium())).append(")\n");
        sb.append(String.format("  %-24s %9s %9s%n", "team", "monthly", "premium"));
        for (CostLine l : c.teams()) {
            sb.append(String.format("  %-24s %9s %9s%s%n", l.unowned() ? "(unowned)" : l.team(),
                    Money.format(l.monthly()), Money.format(l.redundancyPremium()),
                    l.unpriced().isEmpty() ? "" : "   unpriced: " + l.unpriced().size()));
        }
        if (!c.unpriced().isEmpty()) {
            sb.append("  unpriced (no monthlyCost): ").append(String.join(", ", c.unpriced().stream().limit(20).toList()))
                    .append(c.unpriced().size() > 20 ? ", … (" + c.unpriced().size() + ")" : "").append('\n');
        }
    }
    /** Per flow: expected and p99-bound latency, the chance of meeting a slow call, and the worst single hang. */
    private static void latency(StringBuilder sb, LatencyReport latency) {
        sb.append("\nLatency per flow: expected / p99 bound / slow-call chance / worst single hang\n");
        for (FlowLatency f : latency.flows()) {
            if (f.expectedMs() == null) {
                sb.append(String.format("  %-24s no figure: the flow reaches a cycle of sync calls%n", f.flow()));
                continue;
            }
            String worst = f.unbounded() ? "unbounded (" + f.worstCaseNode() + " hangs, nothing times out)"
                    : f.worstCaseNode() == null ? "-" : ms(f.worstCaseMs()) + " (" + f.worstCaseNode() + " hangs)";
            sb.append(String.format(Locale.ROOT, "  %-24s %10s %10s %6.1f%%  %s%n", f.flow(), ms(f.expectedMs()),
                    ms(f.p99Ms()), f.slowCallProbability() * 100, worst));
        }
    }

    /** Utilisation of the nodes with a capacity (busiest first, top ten) and the headroom rehearsal's overloads. */
    private static void capacity(StringBuilder sb, CapacityReport capacity) {
        if (!capacity.hasDemand()) return;
        List<NodeLoad> busiest = capacity.nodes().stream().filter(l -> l.utilization() != null)
                .sorted(java.util.Comparator.comparing(NodeLoad::utilization).reversed()).limit(TOP).toList();
        sb.append("\nUtilisation at peak (busiest ").append(busiest.size()).append("): load / utilisation\n");
        for (NodeLoad l : busiest) {
            sb.append(String.format(Locale.ROOT, "  %-32s %10.1f rps %5.0f%%%n", l.node(), l.loadRps(),
                    l.utilization() * 100));
        }
        sb.append("Headroom rehearsal (one instance, one zone): ").append(capacity.overloads().size())
                .append(" overload(s)\n");
        for (Overload o : capacity.overloads()) {
            sb.append(String.format(Locale.ROOT, "  %-32s overloads %s (%.0f%%)%n", o.event(), o.node(),
                    o.utilization() * 100));
        }
    }

    private static String ms(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.0f ms", v);
    }

    /** risk-model.md §1, one line per flow and its top contributors. */
    private static void availability(StringBuilder sb, List<FlowAvailability> availability) {
        sb.append("\nAvailability per flow: availability / downtime / SLO / verdict / method\n");
        for (FlowAvailability a : availability) {
            sb.append(String.format("  %-24s %12s  %16s  %-14s %-10s %s%n", a.flow(), Percent.of(a.availability()),
                    Percent.minutesPerYear(a.downtimeMinutesPerYear()),
                    a.slo() == null ? "no SLO" : "SLO " + Percent.of(a.slo()), a.verdict().id(),
                    a.method().id() + (a.ci95() == null ? ""
                            : " [" + Percent.of(a.ci95().low()) + ", " + Percent.of(a.ci95().high()) + "]")));
            if (!a.contributors().isEmpty()) {
                sb.append("      contributors: ").append(String.join(", ", a.contributors().stream()
                        .map(c -> c.node() + " " + Percent.share(c.share())).toList())).append('\n');
            }
        }
    }

    /** risk-model.md §2: the count and the first pairs. */
    private static void doubleFaults(StringBuilder sb, DoubleFaults faults) {
        sb.append("\nDouble faults (two events that take a flow down together, neither alone): ")
                .append(faults.count()).append('\n');
        for (DoubleFault p : faults.first(TOP)) {
            sb.append("  ").append(p.events().get(0)).append(" + ").append(p.events().get(1)).append("  takes down: ")
                    .append(String.join(", ", p.flowsDown())).append('\n');
        }
        if (faults.count() > TOP) sb.append("  … ").append(faults.count() - TOP).append(" more (--format json)\n");
    }
}
