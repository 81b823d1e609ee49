package dev.faultline.export.json;

import dev.faultline.simulation.SimulationResult;

/** {@code simulate --format json}: every node and every flow with UP, DEGRADED or DOWN. */
public final class SimulationJson {
    private SimulationJson() {
    }

    public static String render(SimulationResult r) {
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
        return w.endObject().toString();
    }
}
