package dev.faultline.analysis.fix;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Finding;
import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * {@code spof}: add replicas; spread over another declared zone; give every hard caller a fallback of the same kind
 * when the file has one; or, for a service-like node, make its callers' calls asynchronous.
 */
final class SpofRecipe implements FixRecipe {
    /** Calls to these are answered in the request (a read, a page, a resolve): making them async is no fix. */
    private static final Set<Kind> NEVER_ASYNC = EnumSet.of(Kind.DATABASE, Kind.CACHE, Kind.STORAGE, Kind.GATEWAY,
            Kind.LOAD_BALANCER, Kind.CDN, Kind.DNS);
    private static final int MAX_ALTERNATIVES = 2;

    @Override
    public String rule() {
        return "spof";
    }

    @Override
    public List<FixCandidate> candidates(AnalysisReport report, Finding finding) {
        Topology t = report.topology();
        Optional<Node> node = finding.nodes().isEmpty() ? Optional.empty() : t.node(finding.nodes().get(0));
        if (node.isEmpty()) return List.of();
        Node n = node.get();
        List<FixCandidate> out = new ArrayList<>();
        if (n.kind() != Kind.EXTERNAL) {
            Placement.replicasFor(n, n.zones()).ifPresent(r -> out.add(new FixCandidate(
                    "run " + r + " instances of " + n.id(), List.of("set " + n.id() + ".replicas=" + r))));
            out.addAll(ZoneSpread.candidates(t, n));
        }
        out.addAll(fallbacks(t, n));
        asyncCalls(t, n).ifPresent(out::add);
        return out;
    }

    /** One candidate per other node of the same kind: it becomes the fallback of every hard call to this node. */
    private static List<FixCandidate> fallbacks(Topology t, Node n) {
        List<Dependency> callers = t.dependentsOf(n.id()).stream().filter(d -> d.to().equals(n.id()) && d.isHard()).toList();
        if (callers.isEmpty()) return List.of();
        List<FixCandidate> out = new ArrayList<>();
        for (Node other : t.nodes()) {
            if (out.size() == MAX_ALTERNATIVES) break;
            if (other.id().equals(n.id()) || other.kind() != n.kind() || !sameRole(n, other)) continue;
            if (callers.stream().anyMatch(d -> d.fallback().contains(other.id()) || d.from().equals(other.id()))) continue;
            List<String> edits = callers.stream()
                    .map(d -> "add " + d.from() + "->" + d.to() + ".fallback=" + other.id()).toList();
            out.add(new FixCandidate("fall back to " + other.id() + " when " + n.id() + " is down", edits));
        }
        return out;
    }

    /**
     * Two external providers only stand in for each other when the file says they do the same job: a tag they share
     * with the same value (e.g. {@code category: payments}), the price aside. "external" alone would pair a payment
     * provider with an e-mail relay.
     */
    private static boolean sameRole(Node n, Node other) {
        if (n.kind() != Kind.EXTERNAL) return true;
        return n.tags().entrySet().stream().anyMatch(e -> !e.getKey().equals("monthly-cost")
                && java.util.Objects.equals(e.getValue(), other.tags().get(e.getKey())));
    }

    private static Optional<FixCandidate> asyncCalls(Topology t, Node n) {
        if (NEVER_ASYNC.contains(n.kind())) return Optional.empty();
        List<String> edits = t.dependentsOf(n.id()).stream().filter(d -> d.to().equals(n.id()) && d.isSync())
                .map(d -> "set " + d.from() + "->" + d.to() + ".mode=async").toList();
        if (edits.isEmpty()) return Optional.empty();
        return Optional.of(new FixCandidate("call " + n.id() + " asynchronously (queue the work)", edits));
    }
}
