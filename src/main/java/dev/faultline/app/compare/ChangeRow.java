package dev.faultline.app.compare;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.compare.Comparison;
import dev.faultline.analysis.compare.DoubleFaultPair;
import dev.faultline.export.text.ComparisonText;

/** One line of the Changes panel: a badge ({@code new}, {@code gone} or {@code changed}) and what it is about. */
public record ChangeRow(Badge badge, String text) {
    public enum Badge {
        NEW("new"), GONE("gone"), CHANGED("changed");

        private final String label;

        Badge(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The rows of a comparison: what is new first (the reviewer's worry), then what is gone, then what moved. */
    public static List<ChangeRow> of(Comparison c) {
        List<ChangeRow> out = new ArrayList<>();
        for (Spof s : c.spofsAdded()) out.add(new ChangeRow(Badge.NEW, "SPOF " + s.node() + " (" + s.cause().id() + ")"));
        for (DomainSpof d : c.domainSpofsAdded()) out.add(new ChangeRow(Badge.NEW, "failure-domain SPOF " + d.label()));
        for (Finding f : c.findingsAdded()) out.add(new ChangeRow(Badge.NEW, finding(f)));
        for (DoubleFaultPair p : c.doubleFaultsAdded()) out.add(new ChangeRow(Badge.NEW, "double fault " + p.key()));
        for (String n : c.nodesAdded()) out.add(new ChangeRow(Badge.NEW, "node " + n));
        for (String f : c.flowsAdded()) out.add(new ChangeRow(Badge.NEW, "flow " + f));
        for (Spof s : c.spofsRemoved()) out.add(new ChangeRow(Badge.GONE, "SPOF " + s.node() + " (" + s.cause().id() + ")"));
        for (DomainSpof d : c.domainSpofsRemoved()) out.add(new ChangeRow(Badge.GONE, "failure-domain SPOF " + d.label()));
        for (Finding f : c.findingsRemoved()) out.add(new ChangeRow(Badge.GONE, finding(f)));
        for (DoubleFaultPair p : c.doubleFaultsRemoved()) out.add(new ChangeRow(Badge.GONE, "double fault " + p.key()));
        for (String n : c.nodesRemoved()) out.add(new ChangeRow(Badge.GONE, "node " + n));
        for (String f : c.flowsRemoved()) out.add(new ChangeRow(Badge.GONE, "flow " + f));
        for (Comparison.SpofChange s : c.spofsChanged()) {
            out.add(new ChangeRow(Badge.CHANGED, "SPOF " + s.node() + ": " + s.before().flowsDown() + " → " + s.after().flowsDown()));
        }
        for (Comparison.AvailabilityChange a : c.availability()) {
            if (!java.util.Objects.equals(a.before(), a.after())) {
                out.add(new ChangeRow(Badge.CHANGED, "flow " + a.flow() + " availability " + ComparisonText.percent(a.before())
                        + " → " + ComparisonText.percent(a.after())));
            }
        }
        for (Comparison.BlastRadiusChange b : c.blastRadius()) {
            out.add(new ChangeRow(Badge.CHANGED, "blast radius of " + b.node() + ": " + ComparisonText.tuple(b.before())
                    + " → " + ComparisonText.tuple(b.after())));
        }
        if (!java.util.Objects.equals(c.costBefore(), c.costAfter())) {
            out.add(new ChangeRow(Badge.CHANGED, "monthly cost " + ComparisonText.money(c.costBefore()) + " → "
                    + ComparisonText.money(c.costAfter()) + ComparisonText.costDelta(c.costBefore(), c.costAfter())));
        }
        return out;
    }

    /** The headline above the rows. */
    public static String headline(Comparison c) {
        if (c.isEmpty()) return "No change in what Faultline measures.";
        return (c.regressed() ? "Adds risk: " + String.join("; ", c.reasons()) : "No new risk.");
    }

    private static String finding(Finding f) {
        return f.severity().id() + " " + f.rule() + (f.nodes().isEmpty() ? "" : " " + String.join(", ", f.nodes()))
                + ": " + f.message();
    }
}
