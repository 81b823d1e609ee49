package dev.faultline.analysis;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of an {@link AnalysisReport}. A caller that prints only some of them (the text summary has no coupling
 * matrix, SARIF only findings, {@code --fail-on spof} only SPOFs) asks for those, and the {@link Analyzer} does no
 * work for the rest. A new analysis gets its own section, so outputs that do not show it do not pay for it. Latency,
 * capacity and cost are computed on first use instead ({@link AnalysisReport#latency()} and the like).
 */
public enum AnalysisSection {
    /** Node SPOFs; needs the blast-radius sweep. */
    SPOFS,
    /** Zones and regions whose loss takes a flow down. */
    DOMAIN_SPOFS,
    /** Every node's loss, ranked; the sweep plus a sort. */
    BLAST_RADIUS,
    /** Per-team figures; they count SPOFs. */
    TEAMS,
    /** The team-to-team dependency matrix. */
    COUPLING,
    /** Every rule's findings; the rules read SPOFs, failure domains, each node's loss and team figures. */
    FINDINGS,
    /** Each flow's availability and SLO verdict (risk-model.md section 1). */
    AVAILABILITY,
    /** Pairs of events that take a flow down together (risk-model.md section 2). */
    DOUBLE_FAULTS;

    public static Set<AnalysisSection> all() {
        return EnumSet.allOf(AnalysisSection.class);
    }

    /** {@code wanted} plus every section they are computed from. */
    public static Set<AnalysisSection> withPrerequisites(Set<AnalysisSection> wanted) {
        Set<AnalysisSection> need = wanted.isEmpty() ? EnumSet.noneOf(AnalysisSection.class) : EnumSet.copyOf(wanted);
        if (need.contains(FINDINGS)) {
            need.addAll(EnumSet.of(SPOFS, DOMAIN_SPOFS, BLAST_RADIUS, TEAMS, AVAILABILITY, DOUBLE_FAULTS));
        }
        if (need.contains(TEAMS)) need.add(SPOFS);
        return need;
    }
}
