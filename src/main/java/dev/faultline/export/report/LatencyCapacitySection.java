package dev.faultline.export.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.capacity.CapacityReport;
import dev.faultline.analysis.capacity.NodeLoad;
import dev.faultline.analysis.capacity.Overload;
import dev.faultline.analysis.latency.FlowLatency;
import dev.faultline.model.Flow;

/**
 * Latency amplification and capacity (risk-model.md sections 3 and 4): per flow the expected and p99-bound latency,
 * the chance of meeting a slow call and the worst single hang; the busiest nodes and the headroom rehearsal.
 */
final class LatencyCapacitySection {
    private static final int TOP = 15;

    private LatencyCapacitySection() {
    }

    static Doc.Section build(ReportInput in) {
        AnalysisReport a = in.analysis();
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Paragraph(Doc.Text.plain("Every synchronous call is waited for, required or not; async "
                + "calls cost nothing. The p99 column adds p99 figures along the chain, an upper bound of the tail. "
                + "The worst case hangs one node the flow calls: each call to it costs its timeout once per attempt, "
                + "and without a timeout the wait has no bound.")));
        blocks.add(latencyTable(a));
        blocks.add(new Doc.Subheading("Capacity and headroom"));
        CapacityReport c = a.capacity();
        if (!c.hasDemand()) {
            blocks.add(new Doc.Paragraph(Doc.Text.of("No flow declares rps, so there is no load to compare with "
                    + "capacityRps.", Doc.Style.MUTED)));
        } else {
            blocks.add(new Doc.Paragraph(Doc.Text.plain("Steady-state load at peak: each flow's rps enters at its "
                    + "entry and every dependency passes its caller's load on, times its calls. Utilisation is load "
                    + "over healthy instances × capacityRps. The rehearsal loses one instance of each node, then "
                    + "each zone, and lists who is pushed over 100%.")));
            blocks.add(loadTable(c));
            blocks.add(overloads(c));
        }
        return new Doc.Section("latency-capacity", "Latency and capacity", blocks);
    }

    private static Doc.Table latencyTable(AnalysisReport a) {
        List<List<Doc.Cell>> rows = new ArrayList<>();
        for (FlowLatency f : a.latency().flows()) {
            Double budget = a.topology().flow(f.flow()).map(Flow::latencyBudgetMs).orElse(null);
            boolean over = budget != null && f.expectedMs() != null && f.expectedMs() > budget;
            boolean hangOver = budget != null && (f.unbounded() || (f.worstCaseMs() != null && f.worstCaseNode() != null
                    && f.worstCaseMs() > budget));
            rows.add(List.of(
                    Doc.Cell.of(Doc.Text.code(f.flow())),
                    Doc.Cell.of(over ? Doc.Text.of(ms(f.expectedMs()), Doc.Style.WARNING) : Doc.Text.plain(ms(f.expectedMs()))),
                    Doc.Cell.of(ms(f.p99Ms())),
                    Doc.Cell.of(f.slowCallProbability() == null ? "\u2014"
                            : String.format(Locale.ROOT, "%.1f%%", f.slowCallProbability() * 100)),
                    Doc.Cell.of(budget == null ? Doc.Text.of("\u2014", Doc.Style.MUTED) : Doc.Text.plain(ms(budget))),
                    Doc.Cell.of(worst(f, hangOver)),
                    Doc.Cell.of(Doc.Text.codes(f.criticalPath()))));
        }
        return new Doc.Table(List.of("Flow", "Expected", "p99 bound", "Slow-call chance", "Budget",
                "Worst single hang", "Slowest chain"), List.of(false, true, true, true, true, false, false), rows,
                "latency");
    }

    private static Doc.Text worst(FlowLatency f, boolean overBudget) {
        if (f.expectedMs() == null) return Doc.Text.of("no figure (sync cycle)", Doc.Style.MUTED);
        if (f.worstCaseNode() == null) return Doc.Text.of("calls nothing", Doc.Style.MUTED);
        Doc.Style tone = overBudget ? Doc.Style.WARNING : Doc.Style.PLAIN;
        String figure = f.unbounded() ? "unbounded" : ms(f.worstCaseMs());
        return Doc.Text.of(figure, tone).then(" when ").then(f.worstCaseNode(), Doc.Style.CODE).then(" hangs");
    }

    private static Doc.Table loadTable(CapacityReport c) {
        List<List<Doc.Cell>> rows = new ArrayList<>();
        c.nodes().stream().filter(l -> l.utilization() != null)
                .sorted(Comparator.comparing(NodeLoad::utilization).reversed()).limit(TOP).forEach(l -> {
                    String u = String.format(Locale.ROOT, "%.0f%%", l.utilization() * 100);
                    rows.add(List.of(Doc.Cell.of(Doc.Text.code(l.node())),
                            Doc.Cell.of(String.format(Locale.ROOT, "%.1f", l.loadRps())),
                            Doc.Cell.of(l.overloaded() ? Doc.Text.of(u, Doc.Style.ERROR) : Doc.Text.plain(u))));
                });
        return new Doc.Table(List.of("Node", "Load (rps)", "Utilisation"), List.of(false, true, true), rows, "load");
    }

    private static Doc.Block overloads(CapacityReport c) {
        if (c.overloads().isEmpty()) {
            return new Doc.Paragraph(Doc.Text.of("Losing one instance or one zone overloads nothing.", Doc.Style.OK));
        }
        List<Doc.Text> items = new ArrayList<>();
        for (Overload o : c.overloads()) {
            items.add(Doc.Text.code(o.event()).then(" overloads ").then(o.node(), Doc.Style.CODE)
                    .then(" ").then(String.format(Locale.ROOT, "(%.0f%%)", o.utilization() * 100),
                            o.isInstanceEvent() ? Doc.Style.ERROR : Doc.Style.WARNING));
        }
        return new Doc.Bullets(items);
    }

    private static String ms(Double v) {
        return v == null ? "\u2014" : String.format(Locale.ROOT, "%.0f ms", v);
    }
}
