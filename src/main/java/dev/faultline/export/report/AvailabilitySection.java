package dev.faultline.export.report;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.availability.FlowAvailability;
import dev.faultline.analysis.availability.Percent;
import dev.faultline.analysis.availability.Verdict;

/** risk-model.md §1: how likely each flow is to be up, against its SLO, and which nodes cost the most. */
final class AvailabilitySection {
    private AvailabilitySection() {
    }

    static Doc.Section build(ReportInput in) {
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Paragraph(Doc.Text.plain("The probability that each flow is not DOWN when zones and instances "
                + "fail independently with their declared availability (defaults where none is given). Contributors are "
                + "the nodes whose perfection would remove the largest share of the flow's unavailability.")));
        List<List<Doc.Cell>> rows = new ArrayList<>();
        for (FlowAvailability a : in.analysis().availability()) {
            rows.add(List.of(
                    Doc.Cell.of(Doc.Text.code(a.flow())),
                    Doc.Cell.of(Percent.of(a.availability()) + (a.ci95() == null ? ""
                            : " (95 % interval " + Percent.of(a.ci95().low()) + " – " + Percent.of(a.ci95().high()) + ")")),
                    Doc.Cell.of(Percent.minutesPerYear(a.downtimeMinutesPerYear())),
                    Doc.Cell.of(a.slo() == null ? Doc.Text.of("\u2014", Doc.Style.MUTED) : Doc.Text.plain(Percent.of(a.slo()))),
                    Doc.Cell.of(a.verdict() == Verdict.INFEASIBLE ? Doc.Text.of("infeasible", Doc.Style.ERROR)
                            : a.verdict() == Verdict.MEETS ? Doc.Text.of("meets", Doc.Style.OK)
                            : Doc.Text.of("no SLO", Doc.Style.MUTED)),
                    Doc.Cell.of(a.method().id()),
                    Doc.Cell.of(String.join(", ", a.contributors().stream()
                            .map(c -> c.node() + " " + Percent.share(c.share())).toList()))));
        }
        blocks.add(new Doc.Table(List.of("Flow", "Availability", "Downtime", "SLO", "Verdict", "Method", "Contributors"),
                List.of(false, false, false, false, false, false, false), rows, "availability"));
        return new Doc.Section("availability", "Availability and SLO feasibility", blocks);
    }
}
