package dev.faultline.export.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.SpofCause;
import dev.faultline.analysis.SpofWording;
import dev.faultline.model.Node;

/** The SPOF table: what each single point of failure is, why it is one in words, what it takes down, what to do. */
final class SpofSection {
    private SpofSection() {
    }

    static Doc.Section build(ReportInput in) {
        AnalysisReport a = in.analysis();
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Paragraph(Doc.Text.plain("A node is a single point of failure when one ordinary fault "
                + "(one lost instance, or one lost zone) brings it down, and losing it takes at least one user flow "
                + "down.")));
        if (a.spofs().isEmpty()) {
            blocks.add(new Doc.Paragraph(Doc.Text.of("No single point of failure found.", Doc.Style.OK)));
            return new Doc.Section("spofs", "Single points of failure", blocks);
        }
        Map<String, String> advice = new HashMap<>();
        a.findings().stream().filter(f -> f.rule().equals("spof") && f.nodes().size() == 1)
                .forEach(f -> advice.putIfAbsent(f.nodes().get(0), f.recommendation()));
        List<List<Doc.Cell>> rows = new ArrayList<>();
        for (Spof s : a.spofs()) {
            Node n = a.topology().requireNode(s.node());
            rows.add(List.of(
                    Doc.Cell.of(nodeLabel(n)),
                    Doc.Cell.of(n.kind().id()),
                    Doc.Cell.of(n.team() == null ? Doc.Text.of("unowned", Doc.Style.WARNING) : Doc.Text.code(n.team())),
                    Doc.Cell.of(cause(n, s)),
                    Doc.Cell.of(Doc.Text.codes(s.flowsDown())),
                    Doc.Cell.of(recommendation(advice, n, s))));
        }
        blocks.add(new Doc.Table(List.of("Node", "Kind", "Team", "Why it is a SPOF", "Flows taken down",
                "Recommendation"), List.of(false, false, false, false, false, false), rows, "spofs"));
        return new Doc.Section("spofs", "Single points of failure", blocks);
    }

    /** The node's id, plus its display name when it has one. */
    static Doc.Text nodeLabel(Node n) {
        Doc.Text t = Doc.Text.code(n.id());
        return n.name().equals(n.id()) ? t : t.then(" ").then(n.name(), Doc.Style.MUTED);
    }

    /** The contract's cause, explained in words a reviewer can check against the file. */
    static Doc.Text cause(Node n, Spof s) {
        if (s.cause() instanceof SpofCause.SingleZone z) {
            String zone = z.zone();
            int held = n.instancesIn(zone);
            return Doc.Text.plain("Zone ").then(zone, Doc.Style.CODE).then(" holds " + held + " of its "
                    + n.replicas() + " instances; losing that zone leaves " + (n.replicas() - held)
                    + ", fewer than the " + n.minHealthy() + " it needs.");
        }
        if (n.replicas() == 1) {
            return Doc.Text.plain(SpofWording.singleInstanceSentence(n));
        }
        return Doc.Text.plain("Needs " + n.minHealthy() + " of " + n.replicas()
                + " instances healthy, so losing one takes it down (no spare).");
    }

    /** The analyser's own advice for this SPOF when it gave one, so report and findings agree. */
    private static Doc.Text recommendation(Map<String, String> advice, Node n, Spof s) {
        return Optional.ofNullable(advice.get(n.id()))
                .map(Doc.Text::plain)
                .orElse(Doc.Text.plain(s.cause() instanceof SpofCause.SingleZone
                        ? "Spread the instances over more zones, or add replicas, so one zone's loss leaves enough."
                        : "Add a spare: run at least " + (n.minHealthy() + 1) + " instances in two or more zones."));
    }
}
