package dev.faultline.analysis.availability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.StrongComponents;

/**
 * For every flow, the Boolean function "the flow is DOWN" of the self-down variables, as a {@link Bdd}, built from the
 * failure rules of topology-format.md: node X is DOWN when it is self-down or one of its sync+required dependencies
 * has {@code to} and every fallback DOWN; a flow is DOWN when a member is. Only nodes a member reaches over such
 * dependencies (fallbacks included) get a variable: nothing else can take the flow down. Dependency cycles are solved
 * as the least fixpoint by iterating each strongly connected component from "nothing DOWN" until it stops changing;
 * BDDs are canonical, so "stops changing" is an int comparison.
 * <p>
 * Variables are numbered in depth-first order from the flows' members, which keeps a node's providers next to each
 * other (fallback AND-gates stay narrow). Cost: one apply per hard dependency edge (per fixpoint round inside cycles).
 */
final class DownFunctions {
    final Bdd bdd;
    /** Per flow: the root of its DOWN function. */
    final int[] flowDown;
    /** Per variable: its node index. */
    final int[] nodeOfVar;

    private DownFunctions(Bdd bdd, int[] flowDown, int[] nodeOfVar) {
        this.bdd = bdd;
        this.flowDown = flowDown;
        this.nodeOfVar = nodeOfVar;
    }

    /** @throws Bdd.TooLarge when the diagrams exceed {@code maxNodes} */
    static DownFunctions build(Topology topology, int maxNodes) {
        List<Node> nodes = topology.nodes();
        Map<String, Integer> index = new HashMap<>();
        for (int v = 0; v < nodes.size(); v++) index.put(nodes.get(v).id(), v);
        int[][][] hard = hardProviders(topology, index);
        List<Flow> flows = topology.flows();
        int[] varOfNode = new int[nodes.size()];
        Arrays.fill(varOfNode, -1);
        int[] nodeOfVar = orderVariables(flows, index, hard, varOfNode);
        Bdd bdd = new Bdd(maxNodes);
        int[] down = downOfNodes(bdd, hard, varOfNode);
        int[] flowDown = new int[flows.size()];
        for (int f = 0; f < flows.size(); f++) {
            int r = Bdd.FALSE;
            for (String m : flows.get(f).members()) r = bdd.or(r, down[index.get(m)]);
            flowDown[f] = r;
        }
        return new DownFunctions(bdd, flowDown, nodeOfVar);
    }

    /** Per node: its sync+required dependencies, each as the distinct providers ({@code to}, then fallbacks). */
    static int[][][] hardProviders(Topology topology, Map<String, Integer> index) {
        List<List<int[]>> lists = new ArrayList<>();
        for (int v = 0; v < topology.nodes().size(); v++) lists.add(new ArrayList<>());
        for (Dependency d : topology.dependencies()) {
            if (!d.isHard()) continue;
            int[] providers = new LinkedHashSet<>(d.providers()).stream().mapToInt(index::get).toArray();
            lists.get(index.get(d.from())).add(providers);
        }
        int[][][] out = new int[lists.size()][][];
        for (int v = 0; v < out.length; v++) out[v] = lists.get(v).toArray(new int[0][]);
        return out;
    }

    /** Depth-first numbering (iterative) from each flow's members along hard dependencies. */
    private static int[] orderVariables(List<Flow> flows, Map<String, Integer> index, int[][][] hard, int[] varOfNode) {
        int next = 0;
        int[] order = new int[varOfNode.length];
        int[] stack = new int[varOfNode.length];
        for (Flow f : flows) {
            for (String m : f.members()) {
                int root = index.get(m);
                if (varOfNode[root] >= 0) continue;
                int top = 0;
                stack[top++] = root;
                varOfNode[root] = next;
                order[next++] = root;
                while (top > 0) {
                    int v = stack[--top];
                    // Push in reverse so the first provider is numbered first.
                    for (int d = hard[v].length - 1; d >= 0; d--) {
                        for (int k = hard[v][d].length - 1; k >= 0; k--) {
                            int p = hard[v][d][k];
                            if (varOfNode[p] == -1) {
                                varOfNode[p] = -2;
                                stack[top++] = p;
                            }
                        }
                    }
                    if (varOfNode[v] == -2) {
                        varOfNode[v] = next;
                        order[next++] = v;
                    }
                }
            }
        }
        for (int v = 0; v < varOfNode.length; v++) if (varOfNode[v] == -2) throw new IllegalStateException();
        return Arrays.copyOf(order, next);
    }

    /** DOWN(X) for every node with a variable, components callees first; nodes without one stay FALSE. */
    private static int[] downOfNodes(Bdd bdd, int[][][] hard, int[] varOfNode) {
        int n = varOfNode.length;
        int[][] callees = new int[n][];
        for (int v = 0; v < n; v++) {
            callees[v] = varOfNode[v] < 0 ? new int[0]
                    : Arrays.stream(hard[v]).flatMapToInt(Arrays::stream).distinct().toArray();
        }
        StrongComponents comps = StrongComponents.of(callees);
        int[][] members = comps.members();
        int[] down = new int[n];
        for (int c = 0; c < comps.count; c++) {
            int[] scc = members[c];
            if (varOfNode[scc[0]] < 0) continue;
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int v : scc) {
                    int value = bdd.variable(varOfNode[v]);
                    for (int[] providers : hard[v]) {
                        int all = Bdd.TRUE;
                        for (int p : providers) all = bdd.and(all, down[p]);
                        value = bdd.or(value, all);
                    }
                    if (value != down[v]) {
                        down[v] = value;
                        changed = true;
                    }
                }
                if (scc.length == 1 && !selfLoop(hard[scc[0]], scc[0])) break;
            }
        }
        return down;
    }

    private static boolean selfLoop(int[][] deps, int v) {
        for (int[] providers : deps) for (int p : providers) if (p == v) return true;
        return false;
    }
}
