package dev.faultline.app.workspace;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.FindingReview;
import dev.faultline.analysis.fix.VerifiedFix;
import dev.faultline.analysis.rules.FailureDomainRule;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.render.ChangeMarks;
import dev.faultline.service.ComparisonService;
import dev.faultline.service.ComparisonService.Version;
import dev.faultline.service.FixAdvisor;
import dev.faultline.service.ViewPipeline;
import dev.faultline.simulation.FailureEngine;

/**
 * Works out a {@link FixPreview} for a finding of the Findings panel, off the FX thread: the cheapest verified fix
 * ({@link FixAdvisor}), applied in memory through the same editor as {@code faultline whatif}, analysed and laid out
 * with the document's pins. Empty when the finding has no verified fix.
 */
final class FixPreviews {
    private final ViewPipeline pipeline;
    private final FixAdvisor advisor = new FixAdvisor();
    private final ComparisonService comparisons = new ComparisonService();

    FixPreviews(ViewPipeline pipeline) {
        this.pipeline = pipeline;
    }

    Optional<FixPreview> preview(TopologyDocument doc, Finding finding, CancellationToken cancel) throws Exception {
        List<VerifiedFix> fixes = advisor.fixes(doc.report(), finding);
        if (fixes.isEmpty()) return Optional.empty();
        VerifiedFix fix = fixes.get(0);
        cancel.throwIfCancelled();
        ComparisonService.WhatIf w = comparisons.whatIf(new Version(doc.report()), fix.edits(), doc.file());
        if (!w.ok()) return Optional.empty();
        Topology edited = w.after().topology();
        LayoutResult unpinned = pipeline.unpinnedLayout(edited, cancel);
        TopologyDocument next = new TopologyDocument(doc.file(), edited, w.after(), unpinned,
                pipeline.pin(edited, unpinned, doc.pinned()), doc.pinned(), new FailureEngine(edited), doc.warnings());
        // The edited copy went through YAML and back: compare it with the original taken the same way.
        Topology roundTrip = comparisons.roundTrip(doc.topology(), doc.file());
        return Optional.of(new FixPreview(fix, next, changes(roundTrip, edited)));
    }

    /** The finding a panel entry is about: by its review key; failure-domain entries by their domain's label. */
    static Optional<Finding> findingOf(AnalysisReport report, String key) {
        if (key == null) return Optional.empty();
        for (Finding f : report.findings()) {
            if (FindingReview.keyOf(f).equals(key)) return Optional.of(f);
        }
        for (DomainSpof d : report.domainSpofs()) {
            if (key.equals("failure-domain:" + d.label())) return Optional.of(FailureDomainRule.finding(d));
        }
        return Optional.empty();
    }

    /**
     * The nodes and dependencies (with their fallbacks) that differ between two versions of a topology, where they
     * were written in the file aside.
     */
    static ChangeMarks changes(Topology before, Topology after) {
        Set<String> nodes = new LinkedHashSet<>();
        for (Node n : after.nodes()) {
            if (!before.node(n.id()).map(b -> unplaced(b).equals(unplaced(n))).orElse(false)) nodes.add(n.id());
        }
        Set<String> edges = new LinkedHashSet<>();
        for (Dependency d : after.dependencies()) {
            boolean same = before.dependencies().stream().anyMatch(b -> unplaced(b).equals(unplaced(d)));
            if (same) continue;
            edges.add(ChangeMarks.edgeKey(d.from(), d.to()));
            d.fallback().forEach(alt -> edges.add(ChangeMarks.edgeKey(d.from(), alt)));
        }
        return ChangeMarks.preview(nodes, edges);
    }

    private static Node unplaced(Node n) {
        return n.toBuilder().position(dev.faultline.model.SourcePosition.UNKNOWN).build();
    }

    private static Dependency unplaced(Dependency d) {
        return d.toBuilder().position(dev.faultline.model.SourcePosition.UNKNOWN).build();
    }
}
