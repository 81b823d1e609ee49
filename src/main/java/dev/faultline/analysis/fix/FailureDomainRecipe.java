package dev.faultline.analysis.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.rules.FailureDomainRule;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * {@code failure-domain}: spread every node that the zone's (or region's) loss takes below its quorum over another
 * zone (of another region, for a region). First only the nodes whose own loss takes a flow down, then all of them.
 */
final class FailureDomainRecipe implements FixRecipe {
    @Override
    public String rule() {
        return "failure-domain";
    }

    @Override
    public List<FixCandidate> candidates(AnalysisReport report, Finding finding) {
        Optional<DomainSpof> domain = domainOf(report, finding);
        if (domain.isEmpty()) return List.of();
        DomainSpof d = domain.get();
        Topology t = report.topology();
        List<Node> hit = t.nodes().stream().filter(n -> lost(t, n, d)).toList();
        List<Node> critical = hit.stream().filter(n -> report.blastRadiusOf(n.id())
                .map(o -> o.flowsDown().stream().anyMatch(d.flowsDown()::contains)).orElse(false)).toList();
        List<FixCandidate> out = new ArrayList<>();
        spread(t, d, critical).ifPresent(out::add);
        if (critical.size() != hit.size()) spread(t, d, hit).ifPresent(out::add);
        return out;
    }

    @Override
    public boolean resolved(AnalysisReport before, Finding finding, AnalysisReport after) {
        // Still there when the same zone or region is still a failure-domain SPOF, whatever flows it now takes down.
        Optional<DomainSpof> domain = domainOf(before, finding);
        return domain.isEmpty() || after.domainSpofs().stream().noneMatch(d -> d.label().equals(domain.get().label()));
    }

    private static Optional<FixCandidate> spread(Topology t, DomainSpof d, List<Node> nodes) {
        if (nodes.isEmpty()) return Optional.empty();
        List<String> edits = new ArrayList<>();
        for (Node n : nodes) {
            List<String> zones = d.zone() != null ? Placement.otherZones(t, n) : Placement.zonesOutside(t, d.region(), n);
            Optional<List<String>> e = zones.stream().map(z -> ZoneSpread.edits(n, z)).flatMap(Optional::stream).findFirst();
            if (e.isEmpty()) return Optional.empty();
            edits.addAll(e.get());
        }
        String names = String.join(", ", nodes.stream().map(Node::id).toList());
        return Optional.of(new FixCandidate("spread " + names + " out of " + d.label(), edits));
    }

    /** Directly below quorum when the domain is lost: its instances there leave fewer than minHealthy elsewhere. */
    private static boolean lost(Topology t, Node n, DomainSpof d) {
        if (n.zones().isEmpty()) return false;
        List<String> zones = d.zone() != null ? List.of(d.zone()) : t.zonesOfRegion(d.region());
        int inside = zones.stream().distinct().mapToInt(n::instancesIn).sum();
        return inside > 0 && n.replicas() - inside < n.minHealthy();
    }

    /** The domain SPOF the finding was written for: the one whose own finding is this one. */
    private static Optional<DomainSpof> domainOf(AnalysisReport report, Finding finding) {
        return report.domainSpofs().stream().filter(d -> FailureDomainRule.finding(d).equals(finding)).findFirst();
    }
}
