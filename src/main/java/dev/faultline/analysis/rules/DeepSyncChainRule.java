package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;

/**
 * {@code deep-sync-chain}: latency amplification. From a flow's entry, a chain of required synchronous calls longer
 * than {@value #MAX_HOPS} hops, or (when the flow has a latency budget and nodes give latencyMs) a chain whose summed
 * latencyMs exceeds the budget. Computed once over the condensation of the sync-and-required graph (a cycle counts
 * as one step, with its slowest member's latency; cycles are reported by sync-cycle), so it stays linear.
 */
public final class DeepSyncChainRule implements Rule {
    static final int MAX_HOPS = 4;

    @Override
    public String id() { return "deep-sync-chain"; }

    @Override
    public String description() {
        return "A chain of required sync calls deeper than " + MAX_HOPS + " hops, or slower than the flow's budget.";
    }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        CallGraph g = new CallGraph(c.topology(), Dependency::isHard);
        Chains chains = new Chains(g, c);
        List<Finding> out = new ArrayList<>();
        // Flows that share an entry share its deepest chain: one finding names them all.
        Map<List<String>, List<String>> flowsByDeepChain = new LinkedHashMap<>();
        for (Flow f : c.topology().flows()) {
            int entry = g.indexOf(f.entry());
            List<String> deepest = chains.path(entry, chains.nextByHops);
            if (deepest.size() - 1 > MAX_HOPS) flowsByDeepChain.computeIfAbsent(deepest, k -> new ArrayList<>()).add(f.id());
            Double budget = f.latencyBudgetMs();
            if (budget != null && chains.anyLatency) {
                long slowest = chains.latency[g.component[entry]];
                if (slowest > budget) {
                    List<String> path = chains.path(entry, chains.nextByLatency);
                    out.add(new Finding(id(), Severity.WARNING, path, "Flow " + f.id() + " needs " + slowest
                            + " ms along its slowest synchronous chain (" + String.join(" → ", path)
                            + "), over its latency budget of " + wholeOrDecimal(budget) + " ms.", advice()));
                }
            }
        }
        flowsByDeepChain.forEach((chain, flows) -> out.add(new Finding(id(), Severity.WARNING, chain,
                (flows.size() == 1 ? "Flow " + flows.get(0) + " runs" : "Flows " + String.join(", ", flows) + " run")
                        + " through a chain of " + (chain.size() - 1) + " required synchronous calls ("
                        + String.join(" → ", chain) + "): each hop adds its own tail latency and failure"
                        + " probability, and a slow leaf stalls every caller above it.", advice())));
        return out;
    }

    private static String wholeOrDecimal(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String advice() {
        return "Shorten the chain: move work that the user need not wait for behind a queue (async), cache reads"
                + " close to the entry, or merge chatty hops; give each hop a timeout shorter than its caller's and a"
                + " circuit breaker so a slow dependency fails fast.";
    }

    /** Longest chains (in hops and in summed latency) from every component, by dynamic programming. */
    private static final class Chains {
        final CallGraph g;
        final int[] hops;
        final int[] nextByHops;
        final long[] latency;
        final int[] nextByLatency;
        boolean anyLatency;

        Chains(CallGraph g, AnalysisContext c) {
            this.g = g;
            int k = g.componentCount;
            long[] own = new long[k];
            for (int v = 0; v < g.n; v++) {
                Double ms = c.topology().nodes().get(v).latencyMs();
                if (ms != null) {
                    anyLatency = true;
                    own[g.component[v]] = Math.max(own[g.component[v]], Math.round(ms));
                }
            }
            hops = new int[k];
            latency = new long[k];
            nextByHops = new int[k];
            nextByLatency = new int[k];
            Arrays.fill(nextByHops, -1);
            Arrays.fill(nextByLatency, -1);
            List<List<Integer>> members = g.components();
            // Components are numbered sinks first, so successors are always done before their callers.
            for (int comp = 0; comp < k; comp++) {
                long bestLatency = 0;
                for (int v : members.get(comp)) {
                    for (int w : g.out[v]) {
                        int cw = g.component[w];
                        if (cw == comp) continue;
                        if (hops[cw] + 1 > hops[comp]) {
                            hops[comp] = hops[cw] + 1;
                            nextByHops[comp] = w;
                        }
                        if (nextByLatency[comp] < 0 || latency[cw] > bestLatency) {
                            bestLatency = latency[cw];
                            nextByLatency[comp] = w;
                        }
                    }
                }
                latency[comp] = own[comp] + bestLatency;
            }
        }

        List<String> path(int start, int[] next) {
            List<String> path = new ArrayList<>();
            path.add(g.idOf(start));
            int comp = g.component[start];
            while (next[comp] >= 0) {
                int v = next[comp];
                path.add(g.idOf(v));
                comp = g.component[v];
            }
            return path;
        }
    }
}
