package dev.faultline.export.report;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.cost.CostLine;
import dev.faultline.analysis.cost.CostReport;
import dev.faultline.analysis.cost.Money;

/**
 * What each team pays for resilience: monthly cost and redundancy premium per team (risk-model.md §5). Only in
 * reports of files where some node has a cost.
 */
final class CostSection {
    private CostSection() {
    }

    static Doc.Section build(ReportInput in) {
        CostReport c = in.analysis().cost();
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Paragraph(Doc.Text.plain("A node costs its monthlyCost per instance times its replicas. "
                + "The redundancy premium is what the instances beyond minHealthy cost: the price of surviving the "
                + "loss of one.")));
        List<List<Doc.Cell>> rows = new ArrayList<>();
        for (CostLine l : c.teams()) {
            rows.add(List.of(
                    Doc.Cell.of(l.unowned() ? Doc.Text.of("unowned", Doc.Style.MUTED) : Doc.Text.code(l.team())),
                    Doc.Cell.of(Money.format(l.monthly())),
                    Doc.Cell.of(Money.format(l.redundancyPremium())),
                    Doc.Cell.of(share(l)),
                    Doc.Cell.of(Doc.Text.codes(l.unpriced()))));
        }
        rows.add(List.of(Doc.Cell.of(Doc.Text.of("total", Doc.Style.STRONG)),
                Doc.Cell.of(Doc.Text.of(Money.format(c.total()), Doc.Style.STRONG)),
                Doc.Cell.of(Money.format(c.redundancyPremium())),
                Doc.Cell.of(percent(c.redundancyPremium(), c.total())),
                Doc.Cell.of(Doc.Text.codes(c.unpriced()))));
        blocks.add(new Doc.Table(List.of("Team", "Monthly", "Redundancy premium", "Premium share", "Unpriced nodes"),
                List.of(false, true, true, true, false), rows, "teams"));
        if (!c.unpriced().isEmpty()) {
            blocks.add(new Doc.Paragraph(Doc.Text.of(c.unpriced().size() + " node"
                    + (c.unpriced().size() == 1 ? " has no cost and is" : "s have no cost and are") + " not counted: the totals "
                    + "are a lower bound.", Doc.Style.WARNING)));
        }
        return new Doc.Section("cost", "What each team pays for resilience", blocks);
    }

    private static Doc.Text share(CostLine l) {
        return percent(l.redundancyPremium(), l.monthly());
    }

    private static Doc.Text percent(Double part, Double whole) {
        if (part == null || whole == null || whole == 0) return Doc.Text.of("\u2014", Doc.Style.MUTED);
        return Doc.Text.plain(Math.round(100 * part / whole) + " %");
    }
}
