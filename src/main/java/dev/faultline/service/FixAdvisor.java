package dev.faultline.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.compare.Comparer;
import dev.faultline.analysis.compare.Comparison;
import dev.faultline.analysis.fix.FixCandidate;
import dev.faultline.analysis.fix.FixPrice;
import dev.faultline.analysis.fix.FixRecipe;
import dev.faultline.analysis.fix.FixRecipes;
import dev.faultline.analysis.fix.VerifiedFix;
import dev.faultline.io.EditException;
import dev.faultline.io.EditOutcome;
import dev.faultline.io.TopologyEditor;

/**
 * Proposes fixes for findings and keeps only those that work: each candidate of the rule's {@link FixRecipe} is
 * applied to the topology in memory (through the same editor as {@code whatif}, so it is validated like a file), the
 * edited copy is analysed again, and the fix is kept when the finding is gone and nothing regressed but new double
 * faults (which a fix that adds redundancy creates by design). Cost: one
 * analysis per candidate, a handful per finding; at most {@link #MAX_FINDINGS} findings are worked on.
 */
public final class FixAdvisor {
    /** Past this many fixable findings, the rest get no fix: the user has enough to do. */
    public static final int MAX_FINDINGS = 60;

    private final Analyzer analyzer;
    private final FixRecipes recipes;
    private final TopologyEditor editor = new TopologyEditor();

    public FixAdvisor() {
        this(new Analyzer(), FixRecipes.defaults());
    }

    public FixAdvisor(Analyzer analyzer, FixRecipes recipes) {
        this.analyzer = analyzer;
        this.recipes = recipes;
    }

    /** Every verified fix of one finding, cheapest first (unpriced after priced, then fewer edits). */
    public List<VerifiedFix> fixes(AnalysisReport report, Finding finding) {
        Optional<FixRecipe> recipe = recipes.forRule(finding.rule());
        if (recipe.isEmpty()) return List.of();
        List<VerifiedFix> out = new ArrayList<>();
        for (FixCandidate c : recipe.get().candidates(report, finding)) verify(report, finding, recipe.get(), c).ifPresent(out::add);
        out.sort(CHEAPEST);
        return out;
    }

    /** The cheapest verified fix of each finding that has one, in the report's order of findings. */
    public List<VerifiedFix> cheapest(AnalysisReport report) {
        List<VerifiedFix> out = new ArrayList<>();
        int worked = 0;
        for (Finding f : report.findings()) {
            if (recipes.forRule(f.rule()).isEmpty()) continue;
            if (++worked > MAX_FINDINGS) break;
            fixes(report, f).stream().findFirst().ifPresent(out::add);
        }
        return out;
    }

    static final Comparator<VerifiedFix> CHEAPEST = Comparator
            .comparing((VerifiedFix f) -> f.monthlyCost() == null ? Double.MAX_VALUE : f.monthlyCost())
            .thenComparingInt(f -> f.edits().size());

    private Optional<VerifiedFix> verify(AnalysisReport report, Finding finding, FixRecipe recipe, FixCandidate c) {
        EditOutcome outcome;
        try {
            outcome = editor.apply(report.topology(), c.edits(), Path.of("fix"));
        } catch (EditException e) {
            return Optional.empty(); // a recipe proposed an edit the grammar refuses: not a fix
        }
        if (!outcome.ok()) return Optional.empty();
        AnalysisReport after = analyzer.analyze(outcome.topology().orElseThrow());
        if (!recipe.resolved(report, finding, after)) return Optional.empty();
        Comparison comparison = Comparer.compare(report, after);
        if (comparison.regressedBeyondNewDoubleFaults()) return Optional.empty();
        return Optional.of(new VerifiedFix(finding, c.title(), c.edits(),
                FixPrice.delta(report.topology(), after.topology()), comparison));
    }
}
