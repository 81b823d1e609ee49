package dev.faultline.export.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.TeamCoupling;
import dev.faultline.analysis.TeamFigures;
import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;

/** Conway's law: who owns what, how teams couple through dependencies, knowledge silos and unowned nodes. */
final class TeamSection {
    private TeamSection() {
    }

    static Doc.Section build(ReportInput in) {
        AnalysisReport a = in.analysis();
        Topology t = a.topology();
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Paragraph(Doc.Text.plain("Systems mirror the teams that build them. Cross-team synchronous "
                + "calls couple release schedules and on-call rotas; a team of one is a knowledge silo; an unowned "
                + "node has nobody to page.")));
        if (t.teams().isEmpty()) {
            blocks.add(new Doc.Paragraph(Doc.Text.of("The file declares no teams. Add teams and node owners to see "
                    + "coupling, bus factors and silos.", Doc.Style.MUTED)));
            return new Doc.Section("teams", "Teams and Conway's law", blocks);
        }
        blocks.add(figures(a));
        blocks.add(new Doc.Subheading("Coupling matrix"));
        blocks.add(new Doc.Paragraph(Doc.Text.plain("Dependencies from nodes of the row's team to nodes of the "
                + "column's team. Off the diagonal, every dependency is a conversation between teams.")));
        blocks.add(coupling(a.coupling()));
        blocks.add(new Doc.Subheading("Knowledge silos"));
        blocks.add(silos(a));
        blocks.add(new Doc.Subheading("Unowned nodes"));
        blocks.add(unowned(a));
        return new Doc.Section("teams", "Teams and Conway's law", blocks);
    }

    /** A bus factor of at most one is a warning; undeclared members are unknown, shown muted, not as 0. */
    private static Doc.Text members(TeamFigures f) {
        if (f.members() == null) return Doc.Text.of("unknown", Doc.Style.MUTED);
        String n = Integer.toString(f.members());
        return f.members() <= 1 ? Doc.Text.of(n, Doc.Style.WARNING) : Doc.Text.plain(n);
    }

    private static Doc.Table figures(AnalysisReport a) {
        List<List<Doc.Cell>> rows = new ArrayList<>();
        for (TeamFigures f : a.teams()) {
            Team team = a.topology().team(f.team()).orElse(null);
            Doc.Text name = Doc.Text.code(f.team());
            if (team != null && !team.name().equals(team.id())) name = name.then(" ").then(team.name(), Doc.Style.MUTED);
            rows.add(List.of(
                    Doc.Cell.of(name),
                    Doc.Cell.of(members(f)),
                    Doc.Cell.number(f.nodes(), 0),
                    f.spofs() > 0 ? Doc.Cell.of(Doc.Text.of(Integer.toString(f.spofs()), Doc.Style.ERROR))
                            : Doc.Cell.number(0, 0),
                    Doc.Cell.number(f.crossTeamIn(), 0),
                    Doc.Cell.number(f.crossTeamOut(), 0),
                    Doc.Cell.number(f.crossTeamSyncOut(), 0),
                    Doc.Cell.number(f.crossTeamAsyncOut(), 0)));
        }
        return new Doc.Table(List.of("Team", "Members (bus factor)", "Nodes", "SPOFs owned", "Cross-team in",
                "Cross-team out", "of which sync", "of which async"),
                List.of(false, true, true, true, true, true, true, true), rows, "teams");
    }

    private static Doc.Table coupling(TeamCoupling c) {
        int max = 0;
        int[] most = {0};
        for (int i = 0; i < c.teams().size(); i++) {
            int row = i;
            c.forEachInRow(i, (j, n) -> {
                if (row != j) most[0] = Math.max(most[0], n);
            });
        }
        max = most[0];
        List<String> headers = new ArrayList<>();
        headers.add("from \\ to");
        headers.addAll(c.teams());
        List<Boolean> numeric = new ArrayList<>();
        numeric.add(false);
        c.teams().forEach(x -> numeric.add(true));
        List<List<Doc.Cell>> rows = new ArrayList<>();
        for (int i = 0; i < c.teams().size(); i++) {
            List<Doc.Cell> row = new ArrayList<>();
            row.add(Doc.Cell.of(Doc.Text.code(c.teams().get(i))));
            for (int j = 0; j < c.teams().size(); j++) {
                int n = c.count(i, j);
                row.add(i == j ? Doc.Cell.of(Doc.Text.of(Integer.toString(n), Doc.Style.MUTED))
                        : Doc.Cell.number(n, Words.heat(n, max)));
            }
            rows.add(row);
        }
        return new Doc.Table(headers, numeric, rows, "matrix");
    }

    private static Doc.Block silos(AnalysisReport a) {
        List<Doc.Text> items = a.findings().stream().filter(f -> f.rule().equals("knowledge-silo"))
                .map(TeamSection::silo).toList();
        if (items.isEmpty()) {
            return new Doc.Paragraph(Doc.Text.of("None: every team owning something users depend on has at least two "
                    + "members.", Doc.Style.OK));
        }
        return new Doc.Bullets(items);
    }

    private static Doc.Text silo(Finding f) {
        return Doc.Text.plain(f.message()).then(" ").then(f.recommendation(), Doc.Style.MUTED);
    }

    private static Doc.Block unowned(AnalysisReport a) {
        List<Node> nodes = a.topology().nodes().stream().filter(n -> n.team() == null).toList();
        if (nodes.isEmpty()) return new Doc.Paragraph(Doc.Text.of("None: every node has an owner.", Doc.Style.OK));
        Set<String> spofs = new HashSet<>();
        a.spofs().forEach(s -> spofs.add(s.node()));
        Map<String, Integer> flowsDown = new HashMap<>();
        a.blastRadius().forEach(o -> flowsDown.put(o.node(), o.flowsDown().size()));
        List<Doc.Text> items = new ArrayList<>();
        for (Node n : nodes) {
            Doc.Text item = SpofSection.nodeLabel(n).then(" (" + n.kind().id() + ")");
            if (spofs.contains(n.id())) item = item.then(" ").then("SPOF", Doc.Style.SPOF);
            int flows = flowsDown.getOrDefault(n.id(), 0);
            if (flows > 0) item = item.then(" \u2014 losing it takes down " + Words.count(flows, "flow"));
            items.add(item);
        }
        return new Doc.Bullets(items);
    }
}
