package dev.faultline.analysis.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import dev.faultline.model.Flow;
import dev.faultline.model.Topology;

/** The fast latency analysis agrees with {@link ReferenceLatency} on random topologies. */
class LatencyPropertyTest {

    @Property(tries = 500)
    void figuresAgreeWithTheReference(@ForAll long seed, @ForAll @IntRange(min = 1, max = 10) int size) {
        Topology t = RandomRiskTopologies.generate(new Random(seed), size);
        ReferenceLatency ref = new ReferenceLatency(t);
        LatencyReport report = LatencyAnalysis.compute(t);
        for (Flow f : t.flows()) {
            FlowLatency expected = ref.flow(f);
            FlowLatency actual = report.flow(f.id()).orElseThrow();
            String where = "flow " + f.id() + " of " + describe(t);
            assertEquals(expected.expectedMs(), actual.expectedMs(), where);
            assertEquals(expected.p99Ms(), actual.p99Ms(), where);
            assertEquals(expected.worstCaseMs(), actual.worstCaseMs(), where);
            assertEquals(expected.unbounded(), actual.unbounded(), where);
            assertEquals(expected.worstCaseNode(), actual.worstCaseNode(), where);
            if (expected.slowCallProbability() == null) {
                assertEquals(null, actual.slowCallProbability(), where);
            } else {
                assertEquals(expected.slowCallProbability(), actual.slowCallProbability(), 1e-12, where);
            }
        }
        for (var n : t.nodes()) {
            assertEquals(ref.latency(n.id(), null, false), report.nodeMs().get(n.id()), n.id());
        }
    }

    @Property(tries = 200)
    void theCriticalPathFollowsSyncCallsFromAMember(@ForAll long seed, @ForAll @IntRange(min = 1, max = 10) int size) {
        Topology t = RandomRiskTopologies.generate(new Random(seed), size);
        LatencyReport report = LatencyAnalysis.compute(t);
        for (FlowLatency f : report.flows()) {
            if (f.expectedMs() == null) continue;
            var path = f.criticalPath();
            assertTrue(t.flow(f.flow()).orElseThrow().members().contains(path.get(0)), path.toString());
            for (int i = 1; i < path.size(); i++) {
                String from = path.get(i - 1);
                String to = path.get(i);
                assertTrue(t.dependenciesOf(from).stream().anyMatch(d -> d.isSync() && d.to().equals(to)), path.toString());
            }
        }
    }

    static String describe(Topology t) {
        StringBuilder sb = new StringBuilder();
        t.nodes().forEach(n -> sb.append(n.id()).append("(").append(n.latencyMs()).append(",").append(n.callOrder())
                .append(") "));
        t.dependencies().forEach(d -> sb.append(d.from()).append("->").append(d.to()).append("[").append(d.mode())
                .append(" t=").append(d.timeoutMs()).append(" r=").append(d.retries()).append(" c=").append(d.calls())
                .append("] "));
        t.flows().forEach(f -> sb.append("flow ").append(f.id()).append(":").append(f.members()).append(" "));
        return sb.toString();
    }
}
