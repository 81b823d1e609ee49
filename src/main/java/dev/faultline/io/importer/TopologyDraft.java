package dev.faultline.io.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.faultline.io.v1.TopologyNotes;
import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/**
 * The mutable middle of every importer: nodes, dependencies with the evidence for each, teams and notes. Evidence
 * decides how hard a dependency is, in one place for all formats:
 * <ul>
 * <li>configuration that names the provider (an address in an environment value, a declared {@code dependsOn}) makes
 * a hard ({@code required}) dependency;</li>
 * <li>start order ({@code depends_on}), health-check URLs, part-of relations and names ({@code orders-db} next to
 * {@code orders}) alone make a soft one
 * ({@code required: false}): they show a relation, not that the caller stops working without the provider;</li>
 * <li>calls to observability tooling or load generators, and calls made by observability tooling, are soft whatever
 * the evidence: losing tracing or a test client does not take a service down;</li>
 * <li>a dependency on a message broker is {@code async}.</li>
 * </ul>
 */
final class TopologyDraft {
    enum Evidence {
        CONFIG(true), DECLARED(true), HEALTH_CHECK(false), START_ORDER(false), PART_OF(false), NAMING(false);

        final boolean hard;

        Evidence(boolean hard) {
            this.hard = hard;
        }
    }

    static final class NodeDraft {
        final String id;
        final String sourceName;
        String name;
        String description;
        Kind kind = Kind.SERVICE;
        KindGuesser.Role role = KindGuesser.Role.NONE;
        String team;
        int replicas = 1;
        boolean entrypoint;
        final List<String> zones = new ArrayList<>();
        final Map<String, Object> tags = new TreeMap<>();
        final List<String> notes = new ArrayList<>();

        NodeDraft(String id, String sourceName) {
            this.id = id;
            this.sourceName = sourceName;
        }
    }

    static final class DependencyDraft {
        final String from;
        final String to;
        final List<String> fallback = new ArrayList<>();
        final Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
        final List<String> notes = new ArrayList<>();

        DependencyDraft(String from, String to) {
            this.from = from;
            this.to = to;
        }
    }

    private final String format;
    private String name = "Imported topology";
    private String description;
    private final Map<String, NodeDraft> nodes = new LinkedHashMap<>();
    private final Map<String, NodeDraft> bySourceName = new LinkedHashMap<>();
    private final Map<String, DependencyDraft> dependencies = new LinkedHashMap<>();
    private final Map<String, Team> teams = new LinkedHashMap<>();
    private final List<String> inferred = new ArrayList<>();
    private final List<String> guessed = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> header = new ArrayList<>();

    TopologyDraft(String format) {
        this.format = format;
    }

    void name(String value) {
        this.name = value;
    }

    void description(String value) {
        this.description = value;
    }

    /** The node for a source name, created on first use with a sanitised id (noted when it had to change). */
    NodeDraft node(String sourceName) {
        NodeDraft existing = bySourceName.get(sourceName);
        if (existing != null) return existing;
        String id = IdSanitizer.sanitize(sourceName);
        String unique = id;
        for (int i = 2; nodes.containsKey(unique); i++) unique = id + "-" + i;
        NodeDraft node = new NodeDraft(unique, sourceName);
        if (!unique.equals(sourceName)) {
            String note = "id '" + unique + "' stands for '" + sourceName + "' (characters a node id cannot hold were replaced)";
            node.notes.add(note);
            warnings.add(note);
        }
        nodes.put(unique, node);
        bySourceName.put(sourceName, node);
        return node;
    }

    /**
     * Replaces {@code parts} by one node for {@code sourceName}, placed where the first part was; the parts' source
     * names then resolve to it. Only before any dependency is recorded (they would point at removed ids).
     */
    NodeDraft merge(List<NodeDraft> parts, String sourceName) {
        if (!dependencies.isEmpty()) throw new IllegalStateException("merge nodes before recording dependencies");
        String id = IdSanitizer.sanitize(sourceName);
        Set<String> removed = new HashSet<>();
        parts.forEach(p -> removed.add(p.id));
        String unique = id;
        for (int i = 2; nodes.containsKey(unique) && !removed.contains(unique); i++) unique = id + "-" + i;
        NodeDraft merged = new NodeDraft(unique, sourceName);
        if (!unique.equals(sourceName)) {
            String note = "id '" + unique + "' stands for '" + sourceName + "' (that id was taken or could not be used)";
            merged.notes.add(note);
            warnings.add(note);
        }
        Map<String, NodeDraft> reordered = new LinkedHashMap<>();
        for (NodeDraft n : nodes.values()) {
            if (n == parts.get(0)) reordered.put(unique, merged);
            else if (!removed.contains(n.id)) reordered.put(n.id, n);
        }
        nodes.clear();
        nodes.putAll(reordered);
        bySourceName.replaceAll((name, n) -> removed.contains(n.id) && parts.contains(n) ? merged : n);
        bySourceName.putIfAbsent(sourceName, merged);
        return merged;
    }

    boolean hasNode(String sourceName) {
        return bySourceName.containsKey(sourceName);
    }

    NodeDraft existing(String sourceName) {
        return bySourceName.get(sourceName);
    }

    List<NodeDraft> nodes() {
        return List.copyOf(nodes.values());
    }

    /** Applies a kind guess and notes it. */
    void applyGuess(NodeDraft node, KindGuesser.Guess guess) {
        node.kind = guess.kind();
        node.role = guess.role();
        if (guess.role() != KindGuesser.Role.NONE) node.tags.put("role", guess.role().id());
        node.notes.add("guessed: " + guess.reason());
        guessed.add(node.id + ": " + guess.reason());
    }

    /** Records that {@code from} needs {@code to}; evidence accumulates over calls. Self references are ignored. */
    DependencyDraft depend(NodeDraft from, NodeDraft to, Evidence evidence, String why) {
        if (from == to) return null;
        DependencyDraft d = dependencies.computeIfAbsent(from.id + " -> " + to.id, k -> new DependencyDraft(from.id, to.id));
        d.evidence.add(evidence);
        if (!d.notes.contains(why)) d.notes.add(why);
        return d;
    }

    /**
     * Many files never say which service uses which store: the code knows. A stateful node named
     * {@code P-something} next to a service {@code P} (or {@code P-service}, {@code P-api}) is very likely that
     * service's own store, so a soft, clearly marked guess is added where nothing links the two yet.
     */
    void guessStoresByName() {
        for (NodeDraft store : List.copyOf(nodes.values())) {
            if (!store.kind.isStateful()) continue;
            int dash = store.id.lastIndexOf('-');
            if (dash <= 0) continue;
            String prefix = store.id.substring(0, dash);
            for (String candidate : List.of(prefix, prefix + "-service", prefix + "-api", prefix + "service")) {
                NodeDraft owner = nodes.get(candidate);
                if (owner == null || owner == store || owner.kind.isStateful() || owner.role != KindGuesser.Role.NONE) continue;
                if (!hasDependency(owner.id, store.id)) {
                    depend(owner, store, Evidence.NAMING, "guessed from names: '" + store.id + "' looks like the "
                            + store.kind.id() + " of '" + owner.id + "'");
                }
                break;
            }
        }
    }

    boolean hasDependency(String fromId, String toId) {
        return dependencies.containsKey(fromId + " -> " + toId);
    }

    /** True when some hard evidence says another node calls this one. */
    boolean isCalledByConfig(NodeDraft node) {
        return dependencies.values().stream()
                .anyMatch(d -> d.to.equals(node.id) && d.evidence.stream().anyMatch(e -> e.hard));
    }

    void team(Team team) {
        teams.putIfAbsent(team.id(), team);
    }

    boolean hasTeam(String id) {
        return teams.containsKey(id);
    }

    void inferred(String s) {
        inferred.add(s);
    }

    void guessed(String s) {
        guessed.add(s);
    }

    /** Seen statements, so that keeping lists free of repeats stays linear at 100,000 of them. */
    private final Set<String> seenUnknown = new HashSet<>();
    private final Set<String> seenWarnings = new HashSet<>();

    void unknown(String s) {
        if (seenUnknown.add(s)) unknown.add(s);
    }

    void warning(String s) {
        if (seenWarnings.add(s)) warnings.add(s);
    }

    /** Files read besides the inputs (a Compose .env, env_file, extends.file): an output must not be one of them. */
    private final Set<Path> alsoRead = new LinkedHashSet<>();

    void alsoRead(Path file) {
        alsoRead.add(file);
    }

    void header(String s) {
        header.add(s);
    }

    ImportResult build(List<Path> inputs) throws ImportException {
        if (nodes.isEmpty()) {
            throw new ImportException(inputs.isEmpty() ? null : inputs.get(0),
                    "nothing to import: no " + format + " service or component was found");
        }
        List<Dependency> deps = new ArrayList<>();
        Map<String, List<String>> depNotes = new LinkedHashMap<>();
        int hard = 0;
        for (DependencyDraft d : dependencies.values()) {
            Dependency dep = toDependency(d);
            deps.add(dep);
            depNotes.put(TopologyNotes.dependencyKey(d.from, d.to), d.notes);
            String line = d.from + " -> " + d.to + ": " + String.join("; ", d.notes);
            if (dep.required()) {
                hard++;
                inferred.add(line);
            } else {
                guessed.add(line);
            }
        }
        if (deps.isEmpty()) {
            unknown("no dependency between services is written in these files (services may find each other by host"
                    + " names compiled into code or in configuration files not given here); every node is its own"
                    + " flow until you add dependencies by hand");
        }
        Set<String> linked = new HashSet<>();
        Set<String> callers = new HashSet<>();
        for (DependencyDraft d : dependencies.values()) {
            linked.add(d.from);
            linked.add(d.to);
            linked.addAll(d.fallback);
            callers.add(d.from);
        }
        List<String> isolated = nodes.values().stream().filter(n -> n.role == KindGuesser.Role.NONE)
                .filter(n -> n.kind != Kind.GATEWAY) // said below, with what to do about it
                .filter(n -> !linked.contains(n.id)).map(n -> n.id).toList();
        if (!deps.isEmpty() && !isolated.isEmpty()) {
            unknown("nothing in these files links " + String.join(", ", isolated) + " to any other node (host names"
                    + " compiled into code or configuration not given here?): they are not independent, only unmapped");
        }
        for (NodeDraft n : nodes.values()) {
            if (n.kind == Kind.GATEWAY && !callers.contains(n.id)) {
                unknown(n.id + ": a gateway whose routes are not in these files (its own configuration file?); add the"
                        + " services it routes to as its dependencies");
            }
        }
        Set<String> zoneIds = new LinkedHashSet<>();
        List<Node> modelNodes = new ArrayList<>();
        Map<String, List<String>> nodeNotes = new LinkedHashMap<>();
        for (NodeDraft n : nodes.values()) {
            zoneIds.addAll(n.zones);
            modelNodes.add(Node.builder(n.id).name(n.name).kind(n.kind).team(n.team).replicas(n.replicas)
                    .zones(n.zones).entrypoint(n.entrypoint).tags(n.tags).description(n.description).build());
            if (!n.notes.isEmpty()) nodeNotes.put(n.id, n.notes);
        }
        List<Zone> zones = zoneIds.stream().map(z -> new Zone(z, null)).toList();
        Topology topology;
        try {
            topology = new Topology(name, description, List.copyOf(teams.values()), zones, modelNodes, deps, List.of());
        } catch (IllegalArgumentException e) {
            throw new ImportException(inputs.isEmpty() ? null : inputs.get(0), "cannot build a topology: " + e.getMessage());
        }
        List<String> head = new ArrayList<>();
        List<String> names = inputs.stream().map(p -> String.valueOf(p.getFileName())).toList();
        // A long list of inputs would make one comment line longer than the loader accepts: name the first few.
        head.add("Imported by Faultline from " + format + ": " + String.join(", ", names.subList(0, Math.min(20,
                names.size()))) + (names.size() > 20 ? " and " + (names.size() - 20) + " more" : ""));
        head.add(modelNodes.size() + " nodes, " + deps.size() + " dependencies (" + hard + " hard, "
                + (deps.size() - hard) + " soft). Lines marked 'guessed' are for you to check.");
        head.addAll(header);
        if (!unknown.isEmpty()) {
            head.add("");
            head.add("Could not be known from these files:");
            addCapped(head, unknown);
        }
        if (!warnings.isEmpty()) {
            head.add("");
            head.add("Warnings:");
            addCapped(head, warnings);
        }
        TopologyNotes notes = new TopologyNotes(head, nodeNotes, depNotes);
        Set<Path> read = new LinkedHashSet<>(inputs);
        read.addAll(alsoRead);
        ImportReport report = new ImportReport(format, inputs, inferred, guessed, unknown, warnings, notes,
                List.copyOf(read));
        return new ImportResult(topology, report);
    }

    /** Header lists stay readable at any input size, like the report: the first ones, then how many more. */
    private static void addCapped(List<String> head, List<String> items) {
        int shown = Math.min(items.size(), ImportReport.MAX_LINES / 2);
        items.subList(0, shown).forEach(i -> head.add("- " + i));
        if (items.size() > shown) head.add("- \u2026 and " + (items.size() - shown) + " more");
    }

    private Dependency toDependency(DependencyDraft d) {
        NodeDraft from = nodes.get(d.from);
        NodeDraft to = nodes.get(d.to);
        boolean hardEvidence = d.evidence.stream().anyMatch(e -> e.hard);
        boolean required = hardEvidence;
        if (hardEvidence && isTooling(to)) {
            required = false;
            d.notes.add("soft: '" + to.id + "' is " + to.role.id() + " tooling; losing it does not stop the caller");
        } else if (hardEvidence && from.role == KindGuesser.Role.OBSERVABILITY) {
            required = false;
            d.notes.add("soft: observability tooling watching '" + to.id + "', not serving through it");
        } else if (!hardEvidence) {
            String why = d.evidence.contains(Evidence.START_ORDER)
                    ? "start order only (depends_on): no configuration names '" + to.id + "'; soft until you confirm it"
                    : d.evidence.contains(Evidence.NAMING)
                    ? "no configuration links them; soft until you confirm it"
                    : d.evidence.contains(Evidence.HEALTH_CHECK)
                    ? "only a health-check URL names '" + to.id + "'; soft"
                    : "part-of relation only; soft";
            d.notes.add(why);
        }
        Mode mode = Mode.SYNC;
        if (to.kind == Kind.QUEUE) {
            mode = Mode.ASYNC;
            d.notes.add("async: '" + to.id + "' is a message broker");
        }
        return Dependency.builder(d.from, d.to).mode(mode).required(required).fallback(d.fallback).build();
    }

    private static boolean isTooling(NodeDraft n) {
        return n.role.isTooling();
    }
}
