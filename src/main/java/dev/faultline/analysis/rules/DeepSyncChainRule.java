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
 * {@code deep-sync-chain}: from a flow's entry, a chain of required synchronous calls longer than {@value #MAX_HOPS}
 * hops. Only the hop count: the latency budget is judged by {@code latency-budget} (risk-model.md section 3, which
 * also waits for soft sync calls). Computed once over the condensation of the sync-and-required graph (a cycle counts
 * as one step; cycles are reported by sync-cycle), so it stays linear.
 */
public final class DeepSyncChainRule implements Rule {
    static final int MAX_HOPS = 4;

    @Override
    public String id() { return "deep-sync-chain"; }

    @Override
    public String description() {
        return "A chain of required sync calls deeper than " + MAX_HOPS + " hops.";
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
        }
        flowsByDeepChain.forEach((chain, flows) -> out.add(new Finding(id(), Severity.WARNING, chain,
                (flows.size() == 1 ? "Flow " + flows.get(0) + " runs" : "Flows " + String.join(", ", flows) + " run")
                        + " through a chain of " + (chain.size() - 1) + " required synchronous calls ("
                        + String.join(" → ", chain) + "): each hop adds its own tail latency and failure"
                        + " probability, and a slow leaf stalls every caller above it.", advice())));
        return out;
    }

    private static String advice() {
        return "Shorten the chain: move work that the user need not wait for behind a queue (async), cache reads"
                + " close to the entry, or merge chatty hops; give each hop a timeout shorter than its caller's and a"
                + " circuit breaker so a slow dependency fails fast.";
    }

    /** Longest chains (in hops) from every component, by dynamic programming. */
    private static final class Chains {
        final CallGraph g;
        final int[] hops;
        final int[] nextByHops;

        Chains(CallGraph g, AnalysisContext c) {
            this.g = g;
            int k = g.componentCount;
            hops = new int[k];
            nextByHops = new int[k];
            Arrays.fill(nextByHops, -1);
            int[][] members = g.members();
            // Components are numbered sinks first, so successors are always done before their callers.
            for (int comp = 0; comp < k; comp++) {
                for (int v : members[comp]) {
                    for (int w : g.out[v]) {
                        int cw = g.component[w];
                        if (cw == comp) continue;
                        if (hops[cw] + 1 > hops[comp]) {
                            hops[comp] = hops[cw] + 1;
                            nextByHops[comp] = w;
                        }
                    }
                }
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
