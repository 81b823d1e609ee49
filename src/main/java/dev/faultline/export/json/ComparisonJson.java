package dev.faultline.export.json;

import java.util.List;

import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.compare.Comparison;
import dev.faultline.analysis.compare.Comparison.AvailabilityChange;
import dev.faultline.analysis.compare.Comparison.BlastRadiusChange;
import dev.faultline.analysis.compare.Comparison.SpofChange;
import dev.faultline.analysis.compare.DoubleFaultPair;
import dev.faultline.simulation.NodeLossOutcome;

/** {@code diff} and {@code whatif --format json}: the keys of docs/cli.md, plus {@code nodes} and {@code reasons}. */
public final class ComparisonJson {
    private ComparisonJson() {
    }

    public static String render(Comparison c) {
        JsonWriter w = new JsonWriter().beginObject();
        w.field("faultline", 1);
        w.name("spofs").beginObject();
        spofs(w, "added", c.spofsAdded());
        spofs(w, "removed", c.spofsRemoved());
        w.name("changed").beginArray();
        for (SpofChange s : c.spofsChanged()) {
            w.beginObject().field("node", s.node());
            w.name("before").beginObject().field("cause", s.before().cause().id()).field("flowsDown", s.before().flowsDown()).endObject();
            w.name("after").beginObject().field("cause", s.after().cause().id()).field("flowsDown", s.after().flowsDown()).endObject();
            w.endObject();
        }
        w.endArray().endObject();
        w.name("domainSpofs").beginObject();
        domains(w, "added", c.domainSpofsAdded());
        domains(w, "removed", c.domainSpofsRemoved());
        w.endObject();
        w.name("findings").beginObject();
        findings(w, "added", c.findingsAdded());
        findings(w, "removed", c.findingsRemoved());
        w.endObject();
        w.name("flows").beginObject().field("added", c.flowsAdded()).field("removed", c.flowsRemoved()).endObject();
        w.name("availability").beginArray();
        for (AvailabilityChange a : c.availability()) {
            w.beginObject().field("flow", a.flow()).field("before", number(a.before())).field("after", number(a.after()))
                    .endObject();
        }
        w.endArray();
        w.name("doubleFaults").beginObject();
        pairs(w, "added", c.doubleFaultsAdded());
        pairs(w, "removed", c.doubleFaultsRemoved());
        w.endObject();
        w.name("blastRadius").beginArray();
        for (BlastRadiusChange b : c.blastRadius()) {
            w.beginObject().field("node", b.node());
            tuple(w, "before", b.before());
            tuple(w, "after", b.after());
            w.endObject();
        }
        w.endArray();
        w.name("cost").beginObject().field("before", number(c.costBefore())).field("after", number(c.costAfter()))
                .endObject();
        w.name("nodes").beginObject().field("added", c.nodesAdded()).field("removed", c.nodesRemoved()).endObject();
        w.field("regressed", c.regressed());
        w.field("reasons", c.reasons());
        w.endObject().finish();
        return w.toString();
    }

    private static void spofs(JsonWriter w, String name, List<Spof> spofs) {
        w.name(name).beginArray();
        for (Spof s : spofs) {
            w.beginObject().field("node", s.node()).field("cause", s.cause().id()).field("flowsDown", s.flowsDown()).endObject();
        }
        w.endArray();
    }

    private static void domains(JsonWriter w, String name, List<DomainSpof> domains) {
        w.name(name).beginArray();
        for (DomainSpof d : domains) {
            w.beginObject();
            if (d.zone() != null) w.field("zone", d.zone());
            else w.field("region", d.region());
            w.field("flowsDown", d.flowsDown()).endObject();
        }
        w.endArray();
    }

    private static void findings(JsonWriter w, String name, List<Finding> findings) {
        w.name(name).beginArray();
        for (Finding f : findings) {
            w.beginObject().field("rule", f.rule()).field("nodes", f.nodes()).field("severity", f.severity().id())
                    .field("message", f.message()).field("recommendation", f.recommendation()).endObject();
        }
        w.endArray();
    }

    private static void pairs(JsonWriter w, String name, List<DoubleFaultPair> pairs) {
        w.name(name).beginArray();
        for (DoubleFaultPair p : pairs) {
            w.beginObject().field("events", p.events()).field("flowsDown", p.flowsDown()).endObject();
        }
        w.endArray();
    }

    private static void tuple(JsonWriter w, String name, NodeLossOutcome o) {
        w.name(name).beginObject().field("flowsDown", o.flowsDown()).field("flowsDegraded", o.flowsDegraded())
                .field("nodesDown", o.nodesDown()).field("nodesDegraded", o.nodesDegraded()).endObject();
    }

    /** Whole values without ".0"; null for no figure (and, defensively, for NaN or infinity). */
    public static Number number(Double d) {
        if (d == null || d.isNaN() || d.isInfinite()) return null;
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return d.longValue();
        return d;
    }
}
