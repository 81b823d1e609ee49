package dev.faultline.analysis;

import java.util.List;
import java.util.Optional;

import dev.faultline.model.Topology;
import dev.faultline.simulation.NodeLossOutcome;

/**
 * Everything the analysis found, immutable. {@code blastRadius} lists every node in the contract's ranking order;
 * {@code spofs} is sorted by node id; {@code findings} by severity, then rule, then first node.
 */
public record AnalysisReport(Topology topology, List<Spof> spofs, List<DomainSpof> domainSpofs,
                             List<NodeLossOutcome> blastRadius, List<TeamFigures> teams, TeamCoupling coupling,
                             List<Finding> findings) {
    public AnalysisReport {
        spofs = List.copyOf(spofs);
        domainSpofs = List.copyOf(domainSpofs);
        blastRadius = List.copyOf(blastRadius);
        teams = List.copyOf(teams);
        findings = List.copyOf(findings);
    }

    public Optional<Spof> spof(String nodeId) {
        return spofs.stream().filter(s -> s.node().equals(nodeId)).findFirst();
    }

    public boolean isSpof(String nodeId) {
        return spof(nodeId).isPresent();
    }

    public Optional<NodeLossOutcome> blastRadiusOf(String nodeId) {
        return blastRadius.stream().filter(b -> b.node().equals(nodeId)).findFirst();
    }

    /** 1-based rank of a node in the blast-radius ranking. */
    public int rankOf(String nodeId) {
        for (int i = 0; i < blastRadius.size(); i++) {
            if (blastRadius.get(i).node().equals(nodeId)) return i + 1;
        }
        return -1;
    }

    public List<Finding> findingsAtLeast(Severity severity) {
        return findings.stream().filter(f -> f.severity().atLeast(severity)).toList();
    }
}
