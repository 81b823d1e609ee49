package dev.faultline.analysis.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.compare.Comparison.AvailabilityChange;
import dev.faultline.analysis.compare.Comparison.BlastRadiusChange;
import dev.faultline.analysis.compare.Comparison.SpofChange;
import dev.faultline.model.Flow;
import dev.faultline.model.Node;
import dev.faultline.simulation.NodeLossOutcome;

/**
 * Compares two analysed versions of a topology (risk-model.md §6). A pure function; O(n log n) in the number of
 * nodes, findings and pairs of the two versions (everything is matched through sorted maps by id or key).
 */
public final class Comparer {
    /** A flow's availability must fall by more than this to count as lower (risk-model.md §6). */
    public static final double AVAILABILITY_EPSILON = 1e-9;

    private Comparer() {
    }

    public static Comparison compare(AnalysisReport before, AnalysisReport after) {
        return compare(ComparisonInputs.of(before), ComparisonInputs.of(after));
    }

    public static Comparison compare(ComparisonInputs before, ComparisonInputs after) {
        Set<String> nodesBefore = nodeIds(before);
        Set<String> nodesAfter = nodeIds(after);
        Set<String> flowsBefore = flowIds(before);
        Set<String> flowsAfter = flowIds(after);

        Map<String, Spof> spofsBefore = byKey(before.spofs(), Spof::node);
        Map<String, Spof> spofsAfter = byKey(after.spofs(), Spof::node);
        List<SpofChange> spofsChanged = new ArrayList<>();
        for (Map.Entry<String, Spof> e : spofsAfter.entrySet()) {
            Spof old = spofsBefore.get(e.getKey());
            if (old != null && !old.equals(e.getValue())) spofsChanged.add(new SpofChange(e.getKey(), old, e.getValue()));
        }
        Map<String, DomainSpof> domainsBefore = byKey(before.domainSpofs(), DomainSpof::label);
        Map<String, DomainSpof> domainsAfter = byKey(after.domainSpofs(), DomainSpof::label);
        Map<String, DoubleFaultPair> pairsBefore = byKey(before.doubleFaults(), DoubleFaultPair::key);
        Map<String, DoubleFaultPair> pairsAfter = byKey(after.doubleFaults(), DoubleFaultPair::key);

        List<Finding> findingsAdded = FindingMatcher.unmatched(after.findings(), before.findings());
        List<Finding> findingsRemoved = FindingMatcher.unmatched(before.findings(), after.findings());
        List<AvailabilityChange> availability = availability(before, after, flowsBefore, flowsAfter);
        List<BlastRadiusChange> blast = blastRadius(before, after);

        List<Spof> spofsAdded = missingFrom(spofsAfter, spofsBefore);
        List<DomainSpof> domainsAdded = missingFrom(domainsAfter, domainsBefore);
        List<DoubleFaultPair> pairsAdded = missingFrom(pairsAfter, pairsBefore);
        List<String> reasons = Regression.reasons(spofsAdded, domainsAdded, findingsAdded, pairsAdded, availability, blast);
        return new Comparison(
                minus(nodesAfter, nodesBefore), minus(nodesBefore, nodesAfter),
                spofsAdded, missingFrom(spofsBefore, spofsAfter), spofsChanged,
                domainsAdded, missingFrom(domainsBefore, domainsAfter),
                findingsAdded, findingsRemoved,
                minus(flowsAfter, flowsBefore), minus(flowsBefore, flowsAfter),
                availability, pairsAdded, missingFrom(pairsBefore, pairsAfter), blast,
                before.monthlyCost(), after.monthlyCost(), reasons);
    }

    /** Every flow in both versions for which at least one version has a figure, by flow id. */
    private static List<AvailabilityChange> availability(ComparisonInputs before, ComparisonInputs after,
                                                         Set<String> flowsBefore, Set<String> flowsAfter) {
        List<AvailabilityChange> out = new ArrayList<>();
        for (String flow : flowsAfter) {
            if (!flowsBefore.contains(flow)) continue;
            Double b = before.availability().get(flow);
            Double a = after.availability().get(flow);
            if (b != null || a != null) out.add(new AvailabilityChange(flow, b, a));
        }
        return out;
    }

    /** Common nodes whose tuple changed, in the new version's ranking order. */
    private static List<BlastRadiusChange> blastRadius(ComparisonInputs before, ComparisonInputs after) {
        Map<String, NodeLossOutcome> old = new LinkedHashMap<>();
        for (NodeLossOutcome o : before.blastRadius()) old.put(o.node(), o);
        List<BlastRadiusChange> out = new ArrayList<>();
        for (NodeLossOutcome now : after.blastRadius()) {
            NodeLossOutcome was = old.get(now.node());
            if (was != null && !sameTuple(was, now)) out.add(new BlastRadiusChange(now.node(), was, now));
        }
        return out;
    }

    private static boolean sameTuple(NodeLossOutcome a, NodeLossOutcome b) {
        return a.flowsDown().equals(b.flowsDown()) && a.flowsDegraded().equals(b.flowsDegraded())
                && a.nodesDown() == b.nodesDown() && a.nodesDegraded() == b.nodesDegraded();
    }

    private static Set<String> nodeIds(ComparisonInputs in) {
        return in.topology() == null ? Set.of() : new TreeSet<>(in.topology().nodes().stream().map(Node::id).toList());
    }

    private static Set<String> flowIds(ComparisonInputs in) {
        return in.topology() == null ? Set.of() : new TreeSet<>(in.topology().flows().stream().map(Flow::id).toList());
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, x -> x, (x, y) -> x, TreeMap::new));
    }

    private static <T> List<T> missingFrom(Map<String, T> present, Map<String, T> other) {
        return present.entrySet().stream().filter(e -> !other.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /** Findings matched as a multiset by {@link FindingKey}; see {@link #unmatched}. */
    static final class FindingMatcher {
        private FindingMatcher() {
        }

        /**
         * The findings of {@code mine} that {@code theirs} has no counterpart for. Two findings can share a key (the
         * {@code failure-domain} findings name no node); then the surplus counts, and the surplus is taken from the
         * findings whose message the other version does not have, so a new zone's finding is the one reported.
         */
        static List<Finding> unmatched(List<Finding> mine, List<Finding> theirs) {
            Map<FindingKey, List<Finding>> their = group(theirs);
            List<Finding> out = new ArrayList<>();
            for (Map.Entry<FindingKey, List<Finding>> e : group(mine).entrySet()) {
                List<Finding> other = their.getOrDefault(e.getKey(), List.of());
                int surplus = e.getValue().size() - other.size();
                if (surplus <= 0) continue;
                Set<String> otherMessages = other.stream().map(Finding::message).collect(Collectors.toSet());
                List<Finding> candidates = new ArrayList<>(e.getValue());
                candidates.sort(Comparator.comparing((Finding f) -> otherMessages.contains(f.message())));
                out.addAll(candidates.subList(0, surplus));
            }
            out.sort(Comparator.comparing(Finding::severity).thenComparing(FindingKey::of));
            return out;
        }

        private static Map<FindingKey, List<Finding>> group(List<Finding> findings) {
            Map<FindingKey, List<Finding>> out = new TreeMap<>();
            for (Finding f : findings) out.computeIfAbsent(FindingKey.of(f), k -> new ArrayList<>()).add(f);
            return out;
        }
    }

    /** The contract's definition of "regressed", each cause in words. */
    static final class Regression {
        private Regression() {
        }

        static List<String> reasons(List<Spof> spofs, List<DomainSpof> domains, List<Finding> findings,
                                    List<DoubleFaultPair> pairs, List<AvailabilityChange> availability,
                                    List<BlastRadiusChange> blast) {
            List<String> out = new ArrayList<>();
            for (Spof s : spofs) out.add("new SPOF " + s.node() + " (" + s.cause().id() + ")");
            for (DomainSpof d : domains) out.add("new failure-domain SPOF " + d.label());
            for (Finding f : findings) {
                if (f.severity() == Severity.ERROR) out.add("new error finding " + f.rule() + " " + f.nodes());
            }
            for (DoubleFaultPair p : pairs) out.add("new double fault " + p.key());
            for (AvailabilityChange a : availability) {
                if (a.dropped()) out.add("flow " + a.flow() + " availability falls from " + a.before() + " to " + a.after());
            }
            for (BlastRadiusChange b : blast) {
                if (b.grew()) out.add("losing " + b.node() + " now takes down " + Objects.toString(
                        b.after().flowsDown().stream().filter(f -> !b.before().flowsDown().contains(f)).toList()));
            }
            return out;
        }
    }
}
