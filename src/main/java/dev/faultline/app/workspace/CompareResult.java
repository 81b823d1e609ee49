package dev.faultline.app.workspace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.FindingReview;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.compare.Comparison;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Node;
import dev.faultline.render.ChangeMarks;
import dev.faultline.service.ComparisonService.Version;

/**
 * Compare mode (File › Compare with…): the open topology compared with a {@code base} version ({@code label}: a file
 * name or a git revision). The base is the older side, the open topology the newer one, like {@code faultline diff
 * BASE HEAD}. {@code baseLayout} places the ghosts of removed nodes; null when the base did not exist.
 */
public record CompareResult(String label, Version base, LayoutResult baseLayout, Comparison comparison) {
    /**
     * What the canvas marks on {@code current} (the layout shown): added nodes, new SPOFs, and ghosts of removed
     * nodes near where the base had them ({@link GhostPlacement}).
     */
    public ChangeMarks marks(LayoutResult current) {
        List<ChangeMarks.Ghost> ghosts = new ArrayList<>();
        if (baseLayout != null && base.report() != null) {
            for (String id : comparison.nodesRemoved()) {
                Node n = base.report().topology().node(id).orElse(null);
                if (n != null && baseLayout.nodes().containsKey(id)) {
                    ghosts.add(new ChangeMarks.Ghost(id, n.name(), n.kind(), baseLayout.box(id)));
                }
            }
        }
        if (current != null && !ghosts.isEmpty()) ghosts = GhostPlacement.place(ghosts, baseLayout, current);
        Set<String> newSpofs = new LinkedHashSet<>();
        comparison.spofsAdded().forEach(s -> newSpofs.add(s.node()));
        return ChangeMarks.compared(Set.copyOf(comparison.nodesAdded()), ghosts, newSpofs);
    }

    /**
     * The review keys ({@link FindingReview#keyOf}, as the Findings panel's entries carry them) of what the change
     * introduced: new findings, new SPOFs and new failure-domain SPOFs.
     */
    public Set<String> newFindingKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Finding f : comparison.findingsAdded()) keys.add(FindingReview.keyOf(f));
        for (Spof s : comparison.spofsAdded()) keys.add("spof:" + s.node());
        for (DomainSpof d : comparison.domainSpofsAdded()) keys.add("failure-domain:" + d.label());
        return keys;
    }

    /** The same base compared with another version of the open topology (after a kept fix, an undo). */
    public CompareResult with(Comparison next) {
        return new CompareResult(label, base, baseLayout, next);
    }

    /** One line for the compare banner. */
    public String summary() {
        return "Comparing with " + label + ": " + comparison.nodesAdded().size() + " added, "
                + comparison.nodesRemoved().size() + " removed, " + comparison.spofsAdded().size() + " new SPOF(s), "
                + comparison.findingsAdded().size() + " new finding(s)";
    }
}
