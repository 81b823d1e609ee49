package dev.faultline.app.panels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.FindingReview;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.SpofCause;
import dev.faultline.analysis.doublefault.DoubleFault;

/**
 * Groups an analysis report for the findings panel: SPOFs (with cause and flows down), failure-domain SPOFs, then
 * every other rule's findings by severity. Plain Java, so the grouping is tested without a toolkit.
 */
public final class FindingsModel {
    private static final int MAX_DOUBLE_FAULTS = 100;

    private FindingsModel() {
    }

    public static List<FindingEntry> groups(AnalysisReport report) {
        List<FindingEntry> groups = new ArrayList<>();
        List<FindingEntry> spofs = new ArrayList<>();
        Map<String, Finding> spofFindings = spofFindingsByNode(report);
        for (Spof s : report.spofs()) {
            Finding f = spofFindings.get(s.node());
            spofs.add(FindingEntry.leaf(s.node() + " — " + cause(s) + ", takes down " + String.join(", ", s.flowsDown()),
                    s.node(), f == null ? DEFAULT_RECOMMENDATION : f.recommendation(),
                    f == null ? "spof:" + s.node() : FindingReview.keyOf(f)));
        }
        groups.add(FindingEntry.group("Single points of failure", spofs));
        List<FindingEntry> domains = new ArrayList<>();
        for (DomainSpof d : report.domainSpofs()) {
            domains.add(FindingEntry.leaf(d.label() + " — takes down " + String.join(", ", d.flowsDown()), null,
                    "Losing " + d.label() + " alone takes flows DOWN: spread the nodes it holds over more zones.",
                    "failure-domain:" + d.label()));
        }
        groups.add(FindingEntry.group("Failure domains", domains));
        for (Severity sev : Severity.values()) {
            List<FindingEntry> items = new ArrayList<>();
            for (Finding f : report.findings()) {
                if (f.severity() != sev || isSpofRule(f)) continue;
                items.add(FindingEntry.leaf("[" + f.rule() + "] " + f.message(),
                        f.nodes().isEmpty() ? null : f.nodes().get(0), f.recommendation(), FindingReview.keyOf(f)));
            }
            if (!items.isEmpty()) groups.add(FindingEntry.group(title(sev), items));
        }
        groups.add(doubleFaults(report));
        return groups;
    }

    /** Pairs of failures that take flows down together (risk-model.md §2); selecting one rehearses it. */
    static FindingEntry doubleFaults(AnalysisReport report) {
        List<FindingEntry> items = new ArrayList<>();
        for (DoubleFault p : report.doubleFaults().first(MAX_DOUBLE_FAULTS)) {
            items.add(FindingEntry.scenario(p.events().get(0) + " + " + p.events().get(1) + " — takes down "
                    + String.join(", ", p.flowsDown()), "Neither failure alone takes these flows down; together they do. "
                    + "Selecting this applies both as the scenario.", p.failures()));
        }
        return FindingEntry.group("Double faults", items);
    }

    /** SPOFs and failure domains have groups of their own; their rule findings would only repeat them. */
    private static boolean isSpofRule(Finding f) {
        return f.rule().equals("spof") || f.rule().equals("failure-domain");
    }

    static String cause(Spof s) {
        return s.cause() instanceof SpofCause.SingleZone z ? "all instances needed in " + z.zone()
                : "no spare instance";
    }

    private static final String DEFAULT_RECOMMENDATION =
            "Add a replica (and a second zone), or give its callers a fallback.";

    /**
     * The first "spof" rule finding naming each node: its recommendation and review key go on the SPOF entry, so a
     * decision made there matches the report. One pass: looking it up per SPOF was quadratic (thousands of SPOFs
     * times tens of thousands of findings held the window for seconds while a 20,000-node file opened, issue #13).
     */
    private static Map<String, Finding> spofFindingsByNode(AnalysisReport report) {
        Map<String, Finding> out = new HashMap<>();
        for (Finding f : report.findings()) {
            if (!f.rule().equals("spof")) continue;
            for (String node : f.nodes()) out.putIfAbsent(node, f);
        }
        return out;
    }

    private static String title(Severity s) {
        return switch (s) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Notes";
        };
    }
}
