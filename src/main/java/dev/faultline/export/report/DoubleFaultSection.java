package dev.faultline.export.report;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.doublefault.DoubleFault;
import dev.faultline.analysis.doublefault.DoubleFaults;

/** risk-model.md §2: pairs of failures that take a flow down together although neither does alone. */
final class DoubleFaultSection {
    private static final int LIMIT = 25;

    private DoubleFaultSection() {
    }

    static Doc.Section build(ReportInput in) {
        DoubleFaults faults = in.analysis().doubleFaults();
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Paragraph(Doc.Text.plain(Words.count(faults.count(), "double fault")
                + ": two node or zone failures that together take a flow down while neither alone does"
                + (faults.count() > LIMIT ? "; the first " + LIMIT + " are listed." : "."))));
        if (faults.count() == 0) return new Doc.Section("double-faults", "Double faults", blocks);
        List<List<Doc.Cell>> rows = new ArrayList<>();
        for (DoubleFault p : faults.first(LIMIT)) {
            rows.add(List.of(Doc.Cell.of(Doc.Text.code(p.events().get(0))), Doc.Cell.of(Doc.Text.code(p.events().get(1))),
                    Doc.Cell.of(Doc.Text.codes(p.flowsDown()))));
        }
        blocks.add(new Doc.Table(List.of("First event", "Second event", "Flows down"), List.of(false, false, false), rows,
                "double-faults"));
        return new Doc.Section("double-faults", "Double faults", blocks);
    }
}
