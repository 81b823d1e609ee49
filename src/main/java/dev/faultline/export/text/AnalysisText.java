package dev.faultline.export.text;

import java.util.List;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.TeamFigures;
import dev.faultline.analysis.cost.CostLine;
import dev.faultline.analysis.cost.CostReport;
import dev.faultline.analysis.cost.Money;
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
        return sb.toString();
    }

    private static void spofs(StringBuilder sb, List<Spof> spofs) {
        sb.append("Single points of failure: ").append(spofs.size()).append('\n');
        for (Spof s : spofs) {
            sb.append("  ").append(s.node()).append("  [").append(s.cause()).append("]  takes down: ")
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
}
