package dev.faultline.export.report;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.model.Node;
import dev.faultline.simulation.NodeLossOutcome;

/** The ten nodes whose whole loss hurts most, in the contract's ranking order. */
final class BlastRadiusSection {
    static final int TOP = 10;

    private BlastRadiusSection() {
    }

    static Doc.Section build(ReportInput in) {
        AnalysisReport a = in.analysis();
        List<NodeLossOutcome> top = a.blastRadius().subList(0, Math.min(TOP, a.blastRadius().size()));
        int maxFlows = top.stream().mapToInt(o -> o.flowsDown().size()).max().orElse(0);
        int maxNodes = top.stream().mapToInt(NodeLossOutcome::nodesDown).max().orElse(0);
        List<List<Doc.Cell>> rows = new ArrayList<>();
        int rank = 1;
        for (NodeLossOutcome o : top) {
            Node n = a.topology().requireNode(o.node());
            Doc.Text node = SpofSection.nodeLabel(n);
            if (a.isSpof(n.id())) node = node.then(" ").then("SPOF", Doc.Style.SPOF);
            rows.add(List.of(
                    Doc.Cell.of(Integer.toString(rank++)),
                    Doc.Cell.of(node),
                    Doc.Cell.of(n.kind().id()),
                    Doc.Cell.of(n.replicas() + " / " + n.minHealthy()),
                    Doc.Cell.number(o.flowsDown().size(), Words.heat(o.flowsDown().size(), maxFlows)),
                    Doc.Cell.number(o.flowsDegraded().size(), 0),
                    Doc.Cell.number(o.nodesDown(), Words.heat(o.nodesDown(), maxNodes)),
                    Doc.Cell.number(o.nodesDegraded(), 0),
                    Doc.Cell.of(Doc.Text.codes(o.flowsDown()))));
        }
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Paragraph(Doc.Text.plain("What losing every instance of a node does (a bad deploy, corrupt "
                + "data), ranked by flows down, then flows degraded, then nodes down, then nodes degraded; the node "
                + "itself is counted. Nodes with redundancy rank here too: redundancy protects against one fault, "
                + "not against a bad release. Top " + top.size() + " of " + a.blastRadius().size() + ".")));
        blocks.add(new Doc.Table(List.of("#", "Node", "Kind", "Replicas / needed", "Flows down", "Flows degraded",
                "Nodes down", "Nodes degraded", "Flows lost"),
                List.of(true, false, false, true, true, true, true, true, false), rows, "blast"));
        return new Doc.Section("blast-radius", "Blast radius: top " + TOP, blocks);
    }
}
