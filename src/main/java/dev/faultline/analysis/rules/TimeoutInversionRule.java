package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.latency.LatencyAnalysis;
import dev.faultline.analysis.latency.LatencyReport;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.CompiledTopology;

/**
 * {@code timeout-inversion}: a dependency whose {@code timeoutMs} is below L(to), the callee's own latency with its
 * calls: it times out in normal operation. Callees without a latency figure (sync cycles) are not judged.
 */
public final class TimeoutInversionRule implements Rule {
    @Override
    public String id() { return "timeout-inversion"; }

    @Override
    public String description() { return "A timeout shorter than the latency of the node it guards."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        LatencyReport report = LatencyAnalysis.of(c.topology());
        Double[] latencyOf = byNodeIndex(c.topology(), report);
        CompiledTopology compiled = CompiledTopology.of(c.topology());
        List<Finding> out = new ArrayList<>();
        StringBuilder text = new StringBuilder(256); // reused for every text (Texts)
        List<Dependency> dependencies = c.topology().dependencies();
        for (int i = 0; i < dependencies.size(); i++) {
            Dependency d = dependencies.get(i);
            if (d.timeoutMs() == null) continue;
            Double callee = latencyOf[compiled.dependencyTo(i)];
            if (callee == null || d.timeoutMs() >= callee) continue;
            String message = Texts.cleared(text).append(d.label()).append(" times out after ")
                    .append(Figures.ms(d.timeoutMs())).append(" ms, but ").append(d.to()).append(" needs ")
                    .append(Figures.ms(callee)).append(" ms with its own calls: the call times out in normal operation")
                    .append(d.effectiveRetries() > 0 ? " and every retry repeats the wasted work." : ".").toString();
            String fix = Texts.cleared(text).append("Raise the timeout above ").append(d.to())
                    .append("'s latency (with headroom for its tail), or make ").append(d.to())
                    .append(" faster; a timeout should cut off hangs, not ordinary requests.").toString();
            out.add(new Finding(id(), Severity.WARNING, List.of(d.from(), d.to()), message, fix));
        }
        return out;
    }

    /**
     * L(v) by node index (null: no figure). Looked up once per node with the node's own id object, where a look-up
     * per dependency by its {@code to} string compared the two ids character by character (issue #18: most of this
     * rule's time at 50,000 nodes under C1).
     */
    private static Double[] byNodeIndex(Topology topology, LatencyReport report) {
        List<Node> nodes = topology.nodes();
        Double[] out = new Double[nodes.size()];
        for (int v = 0; v < out.length; v++) out[v] = report.nodeMs().get(nodes.get(v).id());
        return out;
    }
}
