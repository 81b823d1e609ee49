package dev.faultline.analysis.availability;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Self-down probabilities per zone state, shared by every flow (issue #18). The exact evaluation asks for q(v) of
 * every node of every flow in every enumerated zone state: at 50,000 nodes that is about 90 million asks for only
 * ~40 distinct states, since every flow of a file usually depends on the same few zones. A state is the set of
 * zones that are down among those that can be down (zones certainly up or down keep their fixed state); q(v) only
 * depends on v's own zones, so one array per state serves every flow whose random zones contain v's. The arrays are
 * by node class ({@link SelfDownModel#classOf}), not by node: a few hundred entries that stay in the processor's
 * cache, where 50,000 would be read at random from memory.
 * <p>
 * Arrays are filled on first use of each class (NaN = not asked yet), so a state costs only the classes some flow
 * asks for, and at most {@link #BUDGET} doubles are kept (least recently used state dropped first). The values are
 * those of {@link SelfDownModel#selfDown}, so results stay bit for bit the same.
 */
final class ZoneStateTable {
    /** Doubles kept over all cached states: 32 MB at most (42 states of a 50,000-node file take far less). */
    static final int BUDGET = 4_000_000;

    private final SelfDownModel model;
    private final Map<List<Integer>, State> states;

    /** One zone state: which zones are up, and q by node class (NaN until asked). */
    record State(boolean[] zoneUp, double[] q) {
    }

    ZoneStateTable(SelfDownModel model) {
        this.model = model;
        int keep = Math.max(2, BUDGET / Math.max(1, model.representative.length));
        states = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Integer>, State> eldest) {
                return size() > keep;
            }
        };
    }

    /** The state in which exactly {@code down} (ascending indices of zones with 0 < availability < 1) are down. */
    State withDown(int[] down) {
        List<Integer> key = Arrays.stream(down).boxed().toList();
        State s = states.get(key);
        if (s == null) {
            boolean[] zoneUp = new boolean[model.zoneCount];
            for (int z = 0; z < zoneUp.length; z++) zoneUp[z] = model.zoneAvailability[z] > 0;
            for (int z : down) zoneUp[z] = false;
            double[] q = new double[model.representative.length];
            Arrays.fill(q, Double.NaN);
            s = new State(zoneUp, q);
            states.put(key, s);
        }
        return s;
    }

    /** q of the nodes of class c in state s. */
    double selfDown(State s, int c) {
        double q = s.q[c];
        if (q != q) s.q[c] = q = model.selfDown(model.representative[c], s.zoneUp);
        return q;
    }
}
