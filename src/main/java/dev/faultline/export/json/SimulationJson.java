package dev.faultline.export.json;

import dev.faultline.analysis.capacity.NodeLoad;
import dev.faultline.analysis.capacity.ScenarioLoad;
import dev.faultline.simulation.SimulationResult;

/** {@code simulate --format json}: every node and every flow with UP, DEGRADED or DOWN. */
public final class SimulationJson {
    private SimulationJson() {
    }

    public static String render(SimulationResult r) {
        return render(r, null);
    }

    /**
     * The scenario with its load appended as {@code capacity}: {@code nodes} (every node by id: loadRps,
     * utilization; empty without rps) and {@code overloaded} (nodes not DOWN with utilization above 1, by id).
     */
    public static String render(SimulationResult r, ScenarioLoad load) {
        JsonWriter w = new JsonWriter().beginObject();
        w.field("faultline", 1);
        w.field("scenario", r.scenario().labels());
        w.name("nodes").beginObject();
        r.nodes().forEach((id, s) -> w.field(id, s.name()));
        w.endObject();
        w.name("flows").beginObject();
        r.flows().forEach((id, s) -> w.field(id, s.name()));
        w.endObject();
        w.name("reasons").beginObject();
        r.nodes().keySet().stream().filter(id -> !r.reason(id).isEmpty()).forEach(id -> w.field(id, r.reason(id)));
        w.endObject();
        if (load != null) writeCapacity(w, load);
        return w.endObject().toString();
    }

    private static void writeCapacity(JsonWriter w, ScenarioLoad load) {
        w.name("capacity").beginObject();
        w.name("nodes").beginArray();
        for (NodeLoad l : load.nodes()) {
            w.beginObject().field("node", l.node()).field("loadRps", AnalysisJson.number(l.loadRps()))
                    .field("utilization", AnalysisJson.number(l.utilization())).endObject();
        }
        w.endArray();
        w.field("overloaded", load.overloaded());
        w.endObject();
    }
}
