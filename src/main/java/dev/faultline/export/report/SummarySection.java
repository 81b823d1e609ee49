package dev.faultline.export.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.Spof;
import dev.faultline.model.Flow;
import dev.faultline.model.FlowSource;
import dev.faultline.model.Topology;

/** The headline figures, a one-paragraph verdict, and the flows the analysis protects. */
final class SummarySection {
    private SummarySection() {
    }

    static List<Doc.Figure> figures(AnalysisReport a) {
        Topology t = a.topology();
        int errors = (int) a.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        int warnings = (int) a.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        return List.of(
                new Doc.Figure("Nodes", Integer.toString(t.nodes().size()), Doc.Style.PLAIN),
                new Doc.Figure("Dependencies", Integer.toString(t.dependencies().size()), Doc.Style.PLAIN),
                new Doc.Figure("Flows", Integer.toString(t.flows().size()), Doc.Style.PLAIN),
                new Doc.Figure("SPOFs", Integer.toString(a.spofs().size()), a.spofs().isEmpty() ? Doc.Style.OK : Doc.Style.ERROR),
                new Doc.Figure("Failure-domain SPOFs", t.zones().isEmpty() ? "\u2014" : Integer.toString(a.domainSpofs().size()),
                        t.zones().isEmpty() ? Doc.Style.PLAIN : a.domainSpofs().isEmpty() ? Doc.Style.OK : Doc.Style.ERROR),
                new Doc.Figure("Errors / warnings", errors + " / " + warnings,
                        errors > 0 ? Doc.Style.ERROR : warnings > 0 ? Doc.Style.WARNING : Doc.Style.OK));
    }

    static Doc.Section build(ReportInput in) {
        AnalysisReport a = in.analysis();
        Topology t = a.topology();
        List<Doc.Block> blocks = new ArrayList<>();
        t.description().filter(d -> !d.isBlank()).ifPresent(d -> blocks.add(new Doc.Paragraph(Doc.Text.plain(d))));
        blocks.add(new Doc.Paragraph(verdict(a)));
        if (t.flowSource() != FlowSource.DECLARED) {
            blocks.add(new Doc.Paragraph(Doc.Text.of(t.flowSource() == FlowSource.ENTRYPOINTS
                    ? "The file declares no flows: each entrypoint counts as a flow of its own."
                    : "The file declares neither flows nor entrypoints: every node nothing depends on counts as an"
                            + " entrypoint. Declare flows to make the analysis match your user journeys.",
                    Doc.Style.MUTED)));
        }
        blocks.add(flowTable(a));
        return new Doc.Section("summary", "Summary", blocks);
    }

    private static Doc.Text verdict(AnalysisReport a) {
        Topology t = a.topology();
        Set<String> flowsAtRisk = new LinkedHashSet<>();
        a.spofs().forEach(s -> flowsAtRisk.addAll(s.flowsDown()));
        a.domainSpofs().forEach(d -> flowsAtRisk.addAll(d.flowsDown()));
        if (a.spofs().isEmpty() && a.domainSpofs().isEmpty()) {
            return Doc.Text.plain("No single point of failure: every flow survives the loss of any one instance, and "
                    + "of any one zone or region. ").then(Words.count(t.flows().size(), "flow") + " checked.");
        }
        Doc.Text text = Doc.Text.plain("");
        if (!a.spofs().isEmpty()) {
            text = text.then(Words.count(a.spofs().size(), "single point of failure", "single points of failure"),
                    Doc.Style.STRONG).then(" (").then(Doc.Text.codes(a.spofs().stream().map(Spof::node).toList()))
                    .then(")");
        }
        if (!a.domainSpofs().isEmpty()) {
            if (!a.spofs().isEmpty()) text = text.then(" and ");
            text = text.then(Words.count(a.domainSpofs().size(), "failure-domain SPOF"), Doc.Style.STRONG)
                    .then(" (").then(Doc.Text.codes(a.domainSpofs().stream().map(d -> d.label()).toList())).then(")");
        }
        return text.then(" can each take down user flows; together they put ")
                .then(flowsAtRisk.size() + " of " + Words.count(t.flows().size(), "flow"), Doc.Style.STRONG)
                .then(" at risk.");
    }

    private static Doc.Table flowTable(AnalysisReport a) {
        Map<String, List<String>> spofsByFlow = new HashMap<>();
        for (Spof s : a.spofs()) {
            s.flowsDown().forEach(f -> spofsByFlow.computeIfAbsent(f, k -> new ArrayList<>()).add(s.node()));
        }
        List<List<Doc.Cell>> rows = new ArrayList<>();
        for (Flow f : a.topology().flows()) {
            List<String> spofs = spofsByFlow.getOrDefault(f.id(), List.of());
            rows.add(List.of(
                    Doc.Cell.of(Doc.Text.code(f.id())),
                    Doc.Cell.of(f.name().equals(f.id()) ? Doc.Text.of("\u2014", Doc.Style.MUTED) : Doc.Text.plain(f.name())),
                    Doc.Cell.of(Doc.Text.code(f.entry())),
                    Doc.Cell.of(Doc.Text.codes(f.via())),
                    Doc.Cell.of(f.slo() == null ? Doc.Text.of("none", Doc.Style.MUTED) : Doc.Text.plain(percent(f.slo()))),
                    Doc.Cell.of(spofs.isEmpty() ? Doc.Text.of("none", Doc.Style.OK) : Doc.Text.codes(spofs))));
        }
        return new Doc.Table(List.of("Flow", "Name", "Entry", "Via", "SLO", "SPOFs on the path"),
                List.of(false, false, false, false, true, false), rows, "flows");
    }

    static String percent(double ratio) {
        String s = String.format(java.util.Locale.ROOT, "%.4f", ratio * 100).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s + " %";
    }
}
