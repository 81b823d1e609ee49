package dev.faultline.export.text;

import java.util.List;
import java.util.Locale;

import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.compare.Comparison;
import dev.faultline.analysis.compare.Comparison.AvailabilityChange;
import dev.faultline.analysis.compare.Comparison.BlastRadiusChange;
import dev.faultline.analysis.compare.Comparison.SpofChange;
import dev.faultline.analysis.compare.DoubleFaultPair;
import dev.faultline.simulation.NodeLossOutcome;

/** {@code diff} and {@code whatif --format text}: what changed, "+" for new, "-" for gone, "~" for changed. */
public final class ComparisonText {
    private ComparisonText() {
    }

    public static String render(Comparison c, String before, String after) {
        StringBuilder sb = new StringBuilder();
        sb.append(before).append(" -> ").append(after).append('\n');
        if (c.isEmpty()) return sb.append("No change in what Faultline measures.\n").toString();
        sb.append(c.regressed() ? "REGRESSED" : "Not regressed").append('\n');
        for (String r : c.reasons()) sb.append("  ! ").append(r).append('\n');
        ids(sb, "Nodes added", "+", c.nodesAdded());
        ids(sb, "Nodes removed", "-", c.nodesRemoved());
        spofs(sb, "SPOFs added", "+", c.spofsAdded());
        spofs(sb, "SPOFs removed", "-", c.spofsRemoved());
        if (!c.spofsChanged().isEmpty()) {
            sb.append("SPOFs changed: ").append(c.spofsChanged().size()).append('\n');
            for (SpofChange s : c.spofsChanged()) {
                sb.append("  ~ ").append(s.node()).append("  [").append(s.before().cause().id()).append("] ")
                        .append(s.before().flowsDown()).append(" -> [").append(s.after().cause().id()).append("] ")
                        .append(s.after().flowsDown()).append('\n');
            }
        }
        domains(sb, "Failure-domain SPOFs added", "+", c.domainSpofsAdded());
        domains(sb, "Failure-domain SPOFs removed", "-", c.domainSpofsRemoved());
        findings(sb, "Findings added", "+", c.findingsAdded());
        findings(sb, "Findings removed", "-", c.findingsRemoved());
        ids(sb, "Flows added", "+", c.flowsAdded());
        ids(sb, "Flows removed", "-", c.flowsRemoved());
        availability(sb, c.availability());
        pairs(sb, "Double faults added", "+", c.doubleFaultsAdded());
        pairs(sb, "Double faults removed", "-", c.doubleFaultsRemoved());
        blastRadius(sb, c.blastRadius());
        sb.append("Monthly cost: ").append(money(c.costBefore())).append(" -> ").append(money(c.costAfter()))
                .append(costDelta(c.costBefore(), c.costAfter())).append('\n');
        return sb.toString();
    }

    private static void ids(StringBuilder sb, String title, String mark, List<String> ids) {
        if (ids.isEmpty()) return;
        sb.append(title).append(": ").append(ids.size()).append('\n');
        for (String id : ids) sb.append("  ").append(mark).append(' ').append(id).append('\n');
    }

    private static void spofs(StringBuilder sb, String title, String mark, List<Spof> spofs) {
        if (spofs.isEmpty()) return;
        sb.append(title).append(": ").append(spofs.size()).append('\n');
        for (Spof s : spofs) {
            sb.append("  ").append(mark).append(' ').append(s.node()).append("  [").append(s.cause().id())
                    .append("]  takes down: ").append(String.join(", ", s.flowsDown())).append('\n');
        }
    }

    private static void domains(StringBuilder sb, String title, String mark, List<DomainSpof> domains) {
        if (domains.isEmpty()) return;
        sb.append(title).append(": ").append(domains.size()).append('\n');
        for (DomainSpof d : domains) {
            sb.append("  ").append(mark).append(' ').append(d.label()).append("  takes down: ")
                    .append(String.join(", ", d.flowsDown())).append('\n');
        }
    }

    private static void findings(StringBuilder sb, String title, String mark, List<Finding> findings) {
        if (findings.isEmpty()) return;
        sb.append(title).append(": ").append(findings.size()).append('\n');
        for (Finding f : findings) {
            sb.append("  ").append(mark).append(' ').append(f.severity().id()).append(' ').append(f.rule())
                    .append(' ').append(f.nodes()).append(": ").append(f.message()).append('\n');
        }
    }

    private static void availability(StringBuilder sb, List<AvailabilityChange> changes) {
        List<AvailabilityChange> moved = changes.stream().filter(a -> !java.util.Objects.equals(a.before(), a.after())).toList();
        if (moved.isEmpty()) return;
        sb.append("Availability:\n");
        for (AvailabilityChange a : moved) {
            sb.append("  ").append(a.dropped() ? "-" : "~").append(' ').append(a.flow()).append("  ")
                    .append(percent(a.before())).append(" -> ").append(percent(a.after())).append('\n');
        }
    }

    private static void pairs(StringBuilder sb, String title, String mark, List<DoubleFaultPair> pairs) {
        if (pairs.isEmpty()) return;
        sb.append(title).append(": ").append(pairs.size()).append('\n');
        for (DoubleFaultPair p : pairs) {
            sb.append("  ").append(mark).append(' ').append(p.key()).append("  takes down: ")
                    .append(String.join(", ", p.flowsDown())).append('\n');
        }
    }

    private static void blastRadius(StringBuilder sb, List<BlastRadiusChange> changes) {
        if (changes.isEmpty()) return;
        sb.append("Blast radius changed: ").append(changes.size()).append('\n');
        for (BlastRadiusChange b : changes) {
            sb.append("  ~ ").append(b.node()).append("  ").append(tuple(b.before())).append(" -> ")
                    .append(tuple(b.after())).append('\n');
        }
    }

    /** "down [web] degraded [] nodes 3/1": flows down, flows degraded, nodes down / degraded. */
    public static String tuple(NodeLossOutcome o) {
        return "down " + o.flowsDown() + " degraded " + o.flowsDegraded() + " nodes " + o.nodesDown() + "/"
                + o.nodesDegraded();
    }

    /** "99.95 %" with enough digits to see a change in the fourth nine; "n/a" without a figure. */
    public static String percent(Double p) {
        if (p == null) return "n/a";
        String s = String.format(Locale.ROOT, "%.6f", p * 100).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s + " %";
    }

    /** A monthly amount: whole numbers without decimals; "n/a" when nothing is priced. */
    public static String money(Double amount) {
        if (amount == null) return "n/a";
        return amount == Math.rint(amount) ? String.format(Locale.ROOT, "%,d", amount.longValue())
                : String.format(Locale.ROOT, "%,.2f", amount);
    }

    /** " (+420)" / " (-80)" / "" when unknown or unchanged. */
    public static String costDelta(Double before, Double after) {
        if (before == null || after == null || before.equals(after)) return "";
        double d = after - before;
        return " (" + (d > 0 ? "+" : "-") + money(Math.abs(d)) + ")";
    }
}
