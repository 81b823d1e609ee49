package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.faultline.generator.TopologyGenerator;
import dev.faultline.model.Topology;

/** Asking for some sections gives exactly the full analysis's figures for them, and nothing for the rest. */
class AnalysisSectionsTest {
    private static final Topology T = TopologyGenerator.generate(400, 11);
    private static final AnalysisReport FULL = new Analyzer().analyze(T);

    @Test
    void theFullAnalysisHasEverySection() {
        for (AnalysisSection s : AnalysisSection.values()) assertTrue(FULL.has(s), s.name());
        assertFalse(FULL.spofs().isEmpty(), "the generated topology has SPOFs");
        assertFalse(FULL.findings().isEmpty());
    }

    @Test
    void spofsAloneSkipTheRankingFindingsTeamsAndCoupling() {
        AnalysisReport r = new Analyzer().analyze(T, EnumSet.of(AnalysisSection.SPOFS));
        assertEquals(FULL.spofs(), r.spofs());
        assertTrue(r.findings().isEmpty());
        assertTrue(r.blastRadius().isEmpty());
        assertTrue(r.teams().isEmpty());
        assertTrue(r.domainSpofs().isEmpty());
        assertNull(r.coupling());
        assertFalse(r.has(AnalysisSection.FINDINGS));
        assertFalse(r.has(AnalysisSection.COUPLING));
    }

    @Test
    void findingsBringWhatTheRulesReadButNotTheCouplingMatrix() {
        AnalysisReport r = new Analyzer().analyze(T, EnumSet.of(AnalysisSection.FINDINGS));
        assertEquals(FULL.findings(), r.findings());
        assertEquals(FULL.spofs(), r.spofs());
        assertEquals(FULL.domainSpofs(), r.domainSpofs());
        assertEquals(FULL.teams(), r.teams());
        assertNull(r.coupling());
        assertFalse(r.has(AnalysisSection.COUPLING));
    }

    @Test
    void teamsNeedSpofsAndNothingNeedsTheCouplingMatrix() {
        assertEquals(EnumSet.of(AnalysisSection.TEAMS, AnalysisSection.SPOFS),
                AnalysisSection.withPrerequisites(Set.of(AnalysisSection.TEAMS)));
        for (AnalysisSection s : AnalysisSection.values()) {
            if (s != AnalysisSection.COUPLING) {
                assertFalse(AnalysisSection.withPrerequisites(Set.of(s)).contains(AnalysisSection.COUPLING), s.name());
            }
        }
    }

    @Test
    void nothingAskedIsNothingComputed() {
        AnalysisReport r = new Analyzer().analyze(T, EnumSet.noneOf(AnalysisSection.class));
        assertTrue(r.spofs().isEmpty());
        assertTrue(r.blastRadius().isEmpty());
        assertEquals(T.nodes().size(), r.topology().nodes().size());
    }
}
