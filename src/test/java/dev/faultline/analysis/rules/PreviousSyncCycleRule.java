package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.model.Mode;

/** {@code sync-cycle}: services that call each other synchronously in a loop. */
// The code of SyncCycleRule before issue #18's rules18 branch: the oracle of RulesEquivalenceTest.
final class PreviousSyncCycleRule implements Rule {
    @Override
    public String id() { return "sync-cycle"; }

    @Override
    public String description() { return "Nodes that call each other synchronously in a cycle."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        CallGraph g = new CallGraph(c.topology(), d -> d.mode() == Mode.SYNC);
        List<Finding> out = new ArrayList<>();
        for (int[] comp : g.members()) {
            if (comp.length < 2) continue;
            List<String> ids = java.util.Arrays.stream(comp).mapToObj(g::idOf).sorted().toList();
            out.add(new Finding(id(), Severity.WARNING, ids, "Synchronous call cycle: " + String.join(", ", ids)
                    + " wait on each other. Under load, one slow member stalls the whole loop (threads held on"
                    + " both sides), retries amplify, and no member can be deployed or restarted independently.",
                    "Break the cycle: turn one direction into an async event through a queue, or cache what the"
                            + " callee needs; add timeouts and circuit breakers on the remaining calls."));
        }
        return out;
    }
}
