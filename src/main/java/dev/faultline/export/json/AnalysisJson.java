package dev.faultline.export.json;

import java.io.OutputStream;
import java.util.List;

import dev.faultline.analysis.capacity.CapacityReport;
import dev.faultline.analysis.capacity.NodeLoad;
import dev.faultline.analysis.capacity.Overload;
import dev.faultline.analysis.latency.FlowLatency;
import dev.faultline.analysis.latency.LatencyReport;
import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.ReportInProgress;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.TeamCoupling;
import dev.faultline.analysis.TeamFigures;
import dev.faultline.analysis.cost.CostLine;
import dev.faultline.analysis.cost.CostReport;
import dev.faultline.analysis.availability.Contributor;
import dev.faultline.analysis.availability.FlowAvailability;
import dev.faultline.analysis.doublefault.DoubleFault;
import dev.faultline.analysis.doublefault.DoubleFaults;
import dev.faultline.model.Flow;
import dev.faultline.model.Topology;
import dev.faultline.simulation.NodeLossOutcome;

/** {@code analyze --format json}: the keys of docs/cli.md. Keys may be added; none are ever renamed. */
public final class AnalysisJson {
    private AnalysisJson() {
    }

    /** How many double-fault pairs {@code analyze} lists by default ({@code --max-double-faults}). */
    public static final int DEFAULT_MAX_DOUBLE_FAULTS = 100;

    public static String render(AnalysisReport r, List<String> loaderWarnings) {
        StringBuilder sb = new StringBuilder();
        write(r, loaderWarnings, sb);
        return sb.toString();
    }

    public static void write(AnalysisReport r, List<String> loaderWarnings, Appendable out) {
        write(r, loaderWarnings, out, DEFAULT_MAX_DOUBLE_FAULTS, List.of());
    }

    /** As {@link #write(AnalysisReport, List, Appendable)}, with optional sections (e.g. {@code fixes}) appended last. */
    public static void write(AnalysisReport r, List<String> loaderWarnings, Appendable out,
                             List<java.util.function.Consumer<JsonWriter>> extraSections) {
        write(r, loaderWarnings, out, DEFAULT_MAX_DOUBLE_FAULTS, extraSections);
    }

    /**
     * Streams the document: at 50,000 nodes it is over a hundred megabytes, too big to build in memory first. At most
     * {@code maxDoubleFaults} pairs are listed (0 = all); {@code extraSections} (e.g. {@code fixes}) come last.
     */
    public static void write(AnalysisReport r, List<String> loaderWarnings, Appendable out, int maxDoubleFaults,
                             List<java.util.function.Consumer<JsonWriter>> extraSections) {
        write(r, loaderWarnings, new JsonWriter(out), maxDoubleFaults, extraSections);
    }

    /** As {@link #write(AnalysisReport, List, Appendable, int, List)}, as UTF-8 bytes. */
    public static void write(AnalysisReport r, List<String> loaderWarnings, OutputStream out, int maxDoubleFaults,
                             List<java.util.function.Consumer<JsonWriter>> extraSections) {
        write(r, loaderWarnings, new JsonWriter(out), maxDoubleFaults, extraSections);
    }

    private static void write(AnalysisReport r, List<String> loaderWarnings, JsonWriter w, int maxDoubleFaults,
                              List<java.util.function.Consumer<JsonWriter>> extraSections) {
        int threads = partThreads(r.topology());
        if (threads > 0) {
            writeInParts(ReportInProgress.of(r), loaderWarnings, w, maxDoubleFaults, extraSections, threads,
                    CHUNK_ITEMS);
            return;
        }
        w.beginObject();
        w.field("faultline", 1);
        writeTopology(w, r.topology());
        w.name("spofs").beginArray();
        for (Spof s : r.spofs()) spof(w, s);
        w.endArray();
        writeDomainSpofs(w, r.domainSpofs());
        w.name("blastRadius").beginArray();
        int rank = 1;
        for (NodeLossOutcome o : r.blastRadius()) blastRadius(w, o, rank++);
        w.endArray();
        w.name("teams").beginArray();
        for (TeamFigures f : r.teams()) team(w, f);
        w.endArray();
        writeCoupling(w, r.coupling());
        w.name("findings").beginArray();
        for (Finding f : r.findings()) finding(w, f);
        w.endArray();
        w.field("warnings", loaderWarnings);
        writeCost(w, r.cost());
        writeLatency(w, r.latency());
        writeCapacity(w, r.capacity());
        writeAvailability(w, r.availability());
        writeDoubleFaults(w, r.doubleFaults(), maxDoubleFaults);
        extraSections.forEach(section -> section.accept(w));
        w.endObject().finish();
    }

    /**
     * The same document as {@link #write(AnalysisReport, List, Appendable, int, List)}, from an analysis still running:
     * a big one (from {@link #PARTS_FROM_NODES} nodes) is streamed section by section as each is known, so the
     * sections before the findings are written while the rules run (issue #18); a small one once it is finished.
     */
    public static void write(ReportInProgress r, List<String> loaderWarnings, Appendable out, int maxDoubleFaults,
                             List<java.util.function.Consumer<JsonWriter>> extraSections) {
        write(r, loaderWarnings, new JsonWriter(out), maxDoubleFaults, extraSections);
    }

    /**
     * As {@link #write(ReportInProgress, List, Appendable, int, List)}, as UTF-8 bytes: what a file gets (issue #18:
     * no text in between to encode).
     */
    public static void write(ReportInProgress r, List<String> loaderWarnings, OutputStream out, int maxDoubleFaults,
                             List<java.util.function.Consumer<JsonWriter>> extraSections) {
        write(r, loaderWarnings, new JsonWriter(out), maxDoubleFaults, extraSections);
    }

    private static void write(ReportInProgress r, List<String> loaderWarnings, JsonWriter w, int maxDoubleFaults,
                              List<java.util.function.Consumer<JsonWriter>> extraSections) {
        int threads = partThreads(r.topology());
        if (threads > 0) writeInParts(r, loaderWarnings, w, maxDoubleFaults, extraSections, threads, CHUNK_ITEMS);
        else write(r.report(), loaderWarnings, w, maxDoubleFaults, extraSections);
    }

    /** Pool threads rendering parts: none below {@link #PARTS_FROM_NODES} nodes or on one core. */
    private static int partThreads(Topology t) {
        return t.nodes().size() < PARTS_FROM_NODES ? 0 : Math.min(3, Runtime.getRuntime().availableProcessors() - 1);
    }

    private static void spof(JsonWriter w, Spof s) {
        w.beginObject().field("node", s.node()).field("cause", s.cause().id()).field("flowsDown", s.flowsDown())
                .endObject();
    }

    private static void writeDomainSpofs(JsonWriter w, List<DomainSpof> domainSpofs) {
        w.name("domainSpofs").beginArray();
        for (DomainSpof d : domainSpofs) {
            w.beginObject();
            if (d.zone() != null) w.field("zone", d.zone());
            else w.field("region", d.region());
            w.field("flowsDown", d.flowsDown()).endObject();
        }
        w.endArray();
    }

    private static void blastRadius(JsonWriter w, NodeLossOutcome o, int rank) {
        w.beginObject().field("node", o.node()).field("rank", rank).field("flowsDown", o.flowsDown())
                .field("flowsDegraded", o.flowsDegraded()).field("nodesDown", o.nodesDown())
                .field("nodesDegraded", o.nodesDegraded()).endObject();
    }

    private static void team(JsonWriter w, TeamFigures f) {
        w.beginObject().field("team", f.team()).field("members", f.members()).field("nodes", f.nodes())
                .field("spofs", f.spofs()).field("crossTeamDependencies", f.crossTeamDependencies())
                .field("crossTeamIn", f.crossTeamIn()).field("crossTeamOut", f.crossTeamOut())
                .field("crossTeamSyncOut", f.crossTeamSyncOut()).field("crossTeamAsyncOut", f.crossTeamAsyncOut())
                .endObject();
    }

    private static void finding(JsonWriter w, Finding f) {
        w.beginObject().field("rule", f.rule()).field("severity", f.severity().id()).field("nodes", f.nodes())
                .field("message", f.message()).field("recommendation", f.recommendation()).endObject();
    }

    private static void nodeLoad(JsonWriter w, NodeLoad l) {
        w.beginObject().field("node", l.node()).field("loadRps", number(l.loadRps()))
                .field("utilization", number(l.utilization())).endObject();
    }

    /** The coupled pairs of rows {@code from} to {@code to} (exclusive) of the matrix. */
    private static void couplingRows(JsonWriter w, TeamCoupling c, int from, int to) {
        for (int i = from; i < to; i++) {
            String fromTeam = c.teams().get(i);
            c.forEachInRow(i, (j, n) -> w.beginObject().field("from", fromTeam).field("to", c.teams().get(j))
                    .field("dependencies", n).endObject());
        }
    }

    private static void writeOverloads(JsonWriter w, CapacityReport capacity) {
        w.name("overloads").beginArray();
        for (Overload o : capacity.overloads()) {
            w.beginObject().field("event", o.event()).field("node", o.node())
                    .field("utilization", number(o.utilization())).endObject();
        }
        w.endArray();
    }

    /** From this many nodes on, the document is rendered in parts on the spare cores ({@link JsonParts}). */
    static final int PARTS_FROM_NODES = 5_000;
    /** Array items per part: a few megabytes of text for the largest items (blast radius, findings). */
    static final int CHUNK_ITEMS = 1_000;
    /**
     * Blast-radius items (each with its lists of flows and nodes) are the largest, 4.6 MB per thousand at 50,000 nodes:
     * they are chunked in this fraction of {@code chunk}, so that the buffers {@link JsonParts} keeps for its parts in
     * flight stay about a megabyte each (issue #18).
     */
    static final int BLAST_RADIUS_SHARE = 4;
    /** Parts rendered ahead of the one being written out. */
    private static final int WINDOW = 6;

    /**
     * The same document as {@link #write(AnalysisReport, List, Appendable, int, List)} writes sequentially, section for
     * section and item for item, rendered as {@link JsonParts}: long arrays in chunks of {@code chunk} items (issue
     * #18). {@code threads} pool threads render parts while this one splices them (and renders those not begun).
     */
    static void writeInParts(AnalysisReport r, List<String> loaderWarnings, Appendable out, int maxDoubleFaults,
                             List<java.util.function.Consumer<JsonWriter>> extraSections, int threads, int chunk) {
        writeInParts(ReportInProgress.of(r), loaderWarnings, new JsonWriter(out), maxDoubleFaults, extraSections,
                threads, chunk);
    }

    /** As {@link #writeInParts(AnalysisReport, List, Appendable, int, List, int, int)}, as UTF-8 bytes. */
    static void writeInParts(ReportInProgress r, List<String> loaderWarnings, OutputStream out, int maxDoubleFaults,
                             List<java.util.function.Consumer<JsonWriter>> extraSections, int threads, int chunk) {
        writeInParts(r, loaderWarnings, new JsonWriter(out), maxDoubleFaults, extraSections, threads, chunk);
    }

    /**
     * As {@link #writeInParts(AnalysisReport, List, Appendable, int, List, int, int)}, each section as soon as the
     * analysis knows it: the sections before the findings are rendered and written out while the rules run, the
     * rest once the analysis has finished.
     */
    static void writeInParts(ReportInProgress r, List<String> loaderWarnings, Appendable out, int maxDoubleFaults,
                             List<java.util.function.Consumer<JsonWriter>> extraSections, int threads, int chunk) {
        writeInParts(r, loaderWarnings, new JsonWriter(out), maxDoubleFaults, extraSections, threads, chunk);
    }

    private static void writeInParts(ReportInProgress r, List<String> loaderWarnings, JsonWriter w,
                                     int maxDoubleFaults, List<java.util.function.Consumer<JsonWriter>> extraSections,
                                     int threads, int chunk) {
        w.beginObject();
        w.field("faultline", 1);
        try (JsonParts parts = new JsonParts(w, threads, WINDOW)) {
            parts.section(1, false, f -> writeTopology(f, r.topology()));
            chunked(parts, f -> f.name("spofs").beginArray(), 2, r.spofs(), chunk, (f, s, i) -> spof(f, s));
            List<DomainSpof> domainSpofs = r.domainSpofs(); // waited for here, not on a thread rendering parts
            parts.section(1, false, f -> writeDomainSpofs(f, domainSpofs));
            chunked(parts, f -> f.name("blastRadius").beginArray(), 2, r.blastRadius(),
                    Math.max(1, chunk / BLAST_RADIUS_SHARE), (f, o, i) -> blastRadius(f, o, i + 1));
            chunked(parts, f -> f.name("teams").beginArray(), 2, r.teams(), chunk, (f, team, i) -> team(f, team));
            TeamCoupling coupling = r.coupling();
            parts.open(1, false, f -> f.name("coupling").beginArray());
            int rows = coupling.teams().size();
            int rowChunk = Math.max(1, chunk / 16);
            for (int a = 0; a < rows; a += rowChunk) {
                int from = a;
                int to = Math.min(rows, a + rowChunk);
                parts.chunk(2, f -> couplingRows(f, coupling, from, to));
            }
            parts.close(2);
            // Everything before the findings written out before waiting for the rules: the output gets it meanwhile,
            // and the parts rendered ahead are not kept (nor copied by the collector) for as long as the rules run.
            parts.finish();
            AnalysisReport done = r.report();
            chunked(parts, f -> f.name("findings").beginArray(), 2, done.findings(), chunk,
                    (f, finding, i) -> finding(f, finding));
            parts.section(1, false, f -> f.field("warnings", loaderWarnings));
            parts.section(1, false, f -> writeCost(f, done.cost()));
            parts.section(1, false, f -> writeLatency(f, done.latency()));
            CapacityReport capacity = done.capacity();
            chunked(parts, f -> f.name("capacity").beginObject().name("nodes").beginArray(), 3, capacity.nodes(),
                    chunk, (f, l, i) -> nodeLoad(f, l));
            parts.section(2, false, f -> {
                writeOverloads(f, capacity);
                f.endObject();
            });
            parts.section(1, false, f -> writeAvailability(f, done.availability()));
            parts.section(1, false, f -> writeDoubleFaults(f, done.doubleFaults(), maxDoubleFaults));
            parts.finish();
        }
        extraSections.forEach(section -> section.accept(w));
        w.endObject().finish();
    }

    /** One array item, with its index in the list. */
    private interface Item<T> {
        void write(JsonWriter w, T item, int index);
    }

    /** An array opened at the top level by {@code opening}, its items at {@code depth} in parts of {@code chunk}. */
    private static <T> void chunked(JsonParts parts, java.util.function.Consumer<JsonWriter> opening, int depth,
                                    List<T> items, int chunk, Item<T> item) {
        parts.open(1, false, opening);
        for (int a = 0; a < items.size(); a += chunk) {
            int from = a;
            int to = Math.min(items.size(), a + chunk);
            parts.chunk(depth, f -> {
                for (int i = from; i < to; i++) item.write(f, items.get(i), i);
            });
        }
        parts.close(depth);
    }

    private static void writeTopology(JsonWriter w, Topology t) {
        w.name("topology").beginObject()
                .field("name", t.name())
                .field("nodes", t.nodes().size())
                .field("dependencies", t.dependencies().size())
                .field("flows", t.flows().stream().map(Flow::id).toList())
                .field("flowSource", t.flowSource().name().toLowerCase(java.util.Locale.ROOT))
                .endObject();
    }

    /**
     * {@code cost} (risk-model.md §5): one line per declared team in file order, then the unowned nodes as a line whose
     * team is null; sums are null where no node of the line (or of the file, for total) has a cost.
     */
    private static void writeCost(JsonWriter w, CostReport c) {
        w.name("cost").beginObject().field("total", whole(c.total()));
        w.name("teams").beginArray();
        for (CostLine l : c.teams()) {
            w.beginObject().field("team", l.team()).field("monthly", whole(l.monthly()))
                    .field("redundancyPremium", whole(l.redundancyPremium())).field("nodes", l.nodes())
                    .field("unpriced", l.unpriced()).endObject();
        }
        w.endArray();
        w.field("unpriced", c.unpriced());
        w.field("redundancyPremium", whole(c.redundancyPremium()));
        w.endObject();
    }

    /** 5400.0 prints as 5400, as in docs/cli.md; fractions stay as they are. */
    private static Number whole(Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) return null;
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Number) v.longValue() : v;
    }

    /**
     * Only the coupled pairs, not the dense matrix: with thousands of teams the matrix is millions of zeros, while the
     * pairs grow with the dependencies. Rows are callers' teams; "(unowned)" stands for nodes without a team.
     */
    private static void writeCoupling(JsonWriter w, TeamCoupling c) {
        w.name("coupling").beginArray();
        couplingRows(w, c, 0, c.teams().size());
        w.endArray();
    }

    /** risk-model.md section 3: one entry per flow, in flow order; null where the flow reaches a sync cycle. */
    private static void writeLatency(JsonWriter w, LatencyReport latency) {
        w.name("latency").beginArray();
        for (FlowLatency f : latency.flows()) {
            w.beginObject().field("flow", f.flow()).field("expectedMs", number(f.expectedMs()))
                    .field("p99Ms", number(f.p99Ms())).field("slowCallProbability", number(f.slowCallProbability()))
                    .field("worstCaseMs", number(f.worstCaseMs())).field("unbounded", f.unbounded())
                    .field("worstCaseNode", f.worstCaseNode()).field("criticalPath", f.criticalPath()).endObject();
        }
        w.endArray();
    }

    /** risk-model.md §1: per flow, availability, yearly downtime, SLO verdict, method (ci95 null when exact). */
    private static void writeAvailability(JsonWriter w, List<FlowAvailability> availability) {
        w.name("availability").beginArray();
        for (FlowAvailability a : availability) {
            w.beginObject().field("flow", a.flow()).field("availability", a.availability())
                    .field("downtimeMinutesPerYear", a.downtimeMinutesPerYear()).field("slo", a.slo())
                    .field("verdict", a.verdict().id()).field("method", a.method().id());
            w.name("ci95");
            if (a.ci95() == null) w.value((Number) null);
            else w.beginArray().value(a.ci95().low()).value(a.ci95().high()).endArray();
            w.name("contributors").beginArray();
            for (Contributor c : a.contributors()) {
                w.beginObject().field("node", c.node()).field("share", c.share()).field("improvement", c.improvement())
                        .endObject();
            }
            w.endArray().endObject();
        }
        w.endArray();
    }

    /** risk-model.md section 4: every node by id, and the rehearsal's overloads by event, then node. */
    private static void writeCapacity(JsonWriter w, CapacityReport capacity) {
        w.name("capacity").beginObject();
        w.name("nodes").beginArray();
        for (NodeLoad l : capacity.nodes()) nodeLoad(w, l);
        w.endArray();
        writeOverloads(w, capacity);
        w.endObject();
    }

    /** Whole values print without ".0"; null, NaN and infinity print as null (JSON has no NaN). */
    static Number number(Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) return null;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return v.longValue();
        return v;
    }

    /** risk-model.md §2: {@code count} is every pair; at most {@code max} are listed (0 = all). */
    private static void writeDoubleFaults(JsonWriter w, DoubleFaults faults, int max) {
        w.name("doubleFaults").beginObject().field("count", faults.count());
        w.name("pairs").beginArray();
        for (DoubleFault p : faults.first(max)) {
            w.beginObject().field("events", p.events()).field("flowsDown", p.flowsDown()).endObject();
        }
        w.endArray().endObject();
    }
}
