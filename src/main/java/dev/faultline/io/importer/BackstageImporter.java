package dev.faultline.io.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.faultline.io.importer.TopologyDraft.DependencyDraft;
import dev.faultline.io.importer.TopologyDraft.Evidence;
import dev.faultline.io.importer.TopologyDraft.NodeDraft;
import dev.faultline.io.yaml.YamlMap;
import dev.faultline.model.Kind;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Team;
import dev.faultline.io.yaml.YamlNode;
import dev.faultline.io.yaml.ExpandingYamlReader;

/**
 * Backstage catalog descriptors to a topology. Components and Resources become nodes (kind from {@code spec.type});
 * {@code spec.owner} becomes the team (with members when Group or User entities are given); {@code dependsOn} (and
 * {@code dependencyOf}) become dependencies; an API consumed by one component and provided by another becomes a
 * dependency between the two components (relations written from both sides count once); {@code subcomponentOf} a
 * soft part-of dependency; {@code system}, {@code domain} and {@code lifecycle} stay as tags. API entities are not
 * nodes: they are the contracts between them.
 */
public final class BackstageImporter implements Importer {
    private static final Map<String, Kind> RESOURCE_TYPES = Map.ofEntries(
            Map.entry("database", Kind.DATABASE), Map.entry("db", Kind.DATABASE), Map.entry("s3-bucket", Kind.STORAGE),
            Map.entry("bucket", Kind.STORAGE), Map.entry("storage", Kind.STORAGE), Map.entry("object-storage", Kind.STORAGE),
            Map.entry("filesystem", Kind.STORAGE), Map.entry("cache", Kind.CACHE), Map.entry("queue", Kind.QUEUE),
            Map.entry("topic", Kind.QUEUE), Map.entry("kafka-topic", Kind.QUEUE), Map.entry("message-broker", Kind.QUEUE),
            Map.entry("cdn", Kind.CDN), Map.entry("dns", Kind.DNS), Map.entry("load-balancer", Kind.LOAD_BALANCER),
            Map.entry("function", Kind.FUNCTION), Map.entry("lambda", Kind.FUNCTION), Map.entry("external", Kind.EXTERNAL),
            Map.entry("saas", Kind.EXTERNAL));
    private static final Map<String, Kind> COMPONENT_TYPES = Map.of("service", Kind.SERVICE, "website", Kind.SERVICE,
            "function", Kind.FUNCTION, "job", Kind.JOB, "gateway", Kind.GATEWAY, "database", Kind.DATABASE,
            "cron-job", Kind.JOB, "batch", Kind.JOB);

    private record Entity(String kind, EntityRef ref, YamlMap body, Path file) {
        YamlMap spec() {
            return body.map("spec").orElse(YamlMap.empty(body));
        }
    }

    private final KindGuesser kinds = new KindGuesser();

    @Override
    public ImportResult importFiles(List<Path> given) throws ImportException {
        if (given.isEmpty()) throw new ImportException(null, "no Backstage catalog file given");
        List<Path> inputs = InputFiles.forManifests(given);
        TopologyDraft draft = new TopologyDraft("Backstage catalog");
        List<Entity> entities = read(inputs, draft);
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (Entity e : entities) byKey.putIfAbsent(e.ref().key(), e);
        name(draft, entities, inputs);
        Map<String, NodeDraft> nodes = nodes(draft, entities);
        teams(draft, entities, nodes);
        dependsOn(draft, entities, nodes, byKey);
        apis(draft, entities, nodes, byKey);
        subcomponents(draft, entities, nodes);
        if (draft.nodes().stream().noneMatch(n -> n.entrypoint)) {
            draft.unknown("no Component of type website: Faultline treats every node nothing depends on as an entrypoint");
        }
        return draft.build(inputs);
    }

    private static List<Entity> read(List<Path> inputs, TopologyDraft draft) throws ImportException {
        ExpandingYamlReader reader = new ExpandingYamlReader();
        List<Entity> entities = new ArrayList<>();
        Set<String> ignoredKinds = new TreeSet<>();
        for (Path file : inputs) {
            for (YamlNode doc : InputFiles.documents(file, reader)) {
                if (!(doc instanceof YamlMap map)) {
                    throw new ImportException(file, doc.line(), doc.column(), "a catalog entity must be a mapping");
                }
                String apiVersion = map.text("apiVersion").orElse("");
                if (map.get("services").isPresent() && apiVersion.isEmpty()) {
                    throw new ImportException(file, map.line(), map.column(),
                            "this looks like a Compose file, not a Backstage catalog; use 'faultline import compose'");
                }
                if (!apiVersion.startsWith("backstage.io/")) {
                    YamlNode at = map.get("apiVersion").orElse(map);
                    throw new ImportException(file, at.line(), at.column(), apiVersion.isEmpty()
                            ? "not a Backstage entity: no 'apiVersion'"
                            : "not a Backstage entity: apiVersion '" + apiVersion + "'"
                            + (map.get("kind").isPresent() ? " (a Kubernetes object? use 'faultline import kubernetes')" : ""));
                }
                String kind = map.text("kind").orElseThrow(() ->
                        new ImportException(file, map.line(), map.column(), "entity without 'kind'"));
                String name = map.textAt("metadata", "name").orElseThrow(() ->
                        new ImportException(file, map.line(), map.column(), kind + " without metadata.name"));
                String namespace = map.textAt("metadata", "namespace").orElse("default");
                String k = kind.toLowerCase(Locale.ROOT);
                if (!Set.of("component", "resource", "api", "system", "domain", "group", "user").contains(k)) {
                    ignoredKinds.add(kind);
                    continue;
                }
                entities.add(new Entity(k, new EntityRef(k, namespace, name, true), map, file));
            }
        }
        reader.warnings().forEach(draft::warning);
        if (!ignoredKinds.isEmpty()) draft.inferred("entities of kind " + String.join(", ", ignoredKinds) + " are not part of the topology");
        return entities;
    }

    private static void name(TopologyDraft draft, List<Entity> entities, List<Path> inputs) {
        List<Entity> systems = entities.stream().filter(e -> e.kind().equals("system")).toList();
        if (systems.size() == 1) {
            Entity s = systems.get(0);
            draft.name(s.body().textAt("metadata", "title").orElse(s.ref().name()));
            s.body().textAt("metadata", "description").ifPresent(draft::description);
            return;
        }
        Path dir = inputs.get(0).toAbsolutePath().getParent();
        draft.name(dir == null || dir.getFileName() == null ? "backstage" : dir.getFileName().toString());
    }

    private Map<String, NodeDraft> nodes(TopologyDraft draft, List<Entity> entities) {
        Map<String, String> domainOfSystem = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (e.kind().equals("system")) {
                e.spec().text("domain").ifPresent(d -> domainOfSystem.put(
                        EntityRef.parse(e.ref().name(), "system", e.ref().namespace()).key(),
                        EntityRef.parse(d, "domain", e.ref().namespace()).shortName()));
            }
        }
        Set<String> usedNames = new LinkedHashSet<>();
        Map<String, NodeDraft> nodes = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (!e.kind().equals("component") && !e.kind().equals("resource")) continue;
            String type = e.spec().text("type").orElse("");
            if (e.kind().equals("component") && type.equals("library")) {
                draft.inferred(e.ref().shortName() + ": a library, not deployed on its own: not a node");
                continue;
            }
            String sourceName = e.ref().shortName();
            if (!usedNames.add(sourceName.toLowerCase(Locale.ROOT))) sourceName = e.kind() + ":" + sourceName;
            NodeDraft node = draft.node(sourceName);
            nodes.put(e.ref().key(), node);
            e.body().textAt("metadata", "title").ifPresent(t -> node.name = t);
            e.body().textAt("metadata", "description").ifPresent(d -> node.description = d.strip());
            kind(draft, node, e, type);
            e.spec().text("lifecycle").ifPresent(l -> node.tags.put("lifecycle", l));
            e.spec().text("system").ifPresent(s -> {
                EntityRef system = EntityRef.parse(s, "system", e.ref().namespace());
                node.tags.put("system", system.shortName());
                String domain = domainOfSystem.get(system.key());
                if (domain != null) node.tags.put("domain", domain);
            });
            e.spec().text("domain").ifPresent(d -> node.tags.put("domain", d));
            if (e.kind().equals("component") && type.equals("website")) {
                node.entrypoint = true;
                node.notes.add("guessed: entrypoint, as a Component of type website");
                draft.guessed(node.id + ": entrypoint, as a Component of type website");
            }
        }
        return nodes;
    }

    private void kind(TopologyDraft draft, NodeDraft node, Entity e, String type) {
        String t = type.toLowerCase(Locale.ROOT);
        Map<String, Kind> table = e.kind().equals("resource") ? RESOURCE_TYPES : COMPONENT_TYPES;
        Kind kind = table.get(t);
        if (kind != null) {
            node.kind = kind;
            if (kind != Kind.SERVICE) draft.inferred(node.id + ": kind '" + kind.id() + "' from spec.type " + type);
            return;
        }
        Optional<KindGuesser.Guess> guess = kinds.guess(null, type.isEmpty() ? e.ref().name() : type);
        if (guess.isPresent()) {
            draft.applyGuess(node, guess.get());
        } else if (e.kind().equals("resource")) {
            node.kind = Kind.OTHER;
            node.notes.add("guessed: kind 'other' for a Resource of type '" + type + "'");
            draft.guessed(node.id + ": kind 'other' for a Resource of type '" + type + "'");
        }
    }

    private static void teams(TopologyDraft draft, List<Entity> entities, Map<String, NodeDraft> nodes) {
        Map<String, Entity> groups = new LinkedHashMap<>();
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (e.kind().equals("group")) {
                groups.put(e.ref().key(), e);
                Set<String> m = members.computeIfAbsent(e.ref().key(), k -> new LinkedHashSet<>());
                e.spec().get("members").map(YamlNode::textsOf).orElse(List.of())
                        .forEach(u -> m.add(EntityRef.parse(u, "user", e.ref().namespace()).shortName()));
            }
        }
        for (Entity e : entities) {
            if (!e.kind().equals("user")) continue;
            for (String g : e.spec().get("memberOf").map(YamlNode::textsOf).orElse(List.of())) {
                members.computeIfAbsent(EntityRef.parse(g, "group", e.ref().namespace()).key(), k -> new LinkedHashSet<>())
                        .add(e.ref().shortName());
            }
        }
        Set<String> noGroup = new LinkedHashSet<>();
        for (Entity e : entities) {
            NodeDraft node = nodes.get(e.ref().key());
            if (node == null) continue;
            Optional<String> owner = e.spec().text("owner");
            if (owner.isEmpty()) {
                draft.unknown(node.id + ": no spec.owner: unowned");
                continue;
            }
            EntityRef ref = EntityRef.parse(owner.get(), "group", e.ref().namespace());
            String teamId = IdSanitizer.sanitize(ref.shortName());
            node.team = teamId;
            if (draft.hasTeam(teamId)) continue;
            Entity group = groups.get(ref.key());
            List<String> people = new ArrayList<>(members.getOrDefault(ref.key(), Set.of()));
            if (ref.kind().equals("user")) people = List.of(ref.shortName());
            String title = group == null ? teamId : group.body().textAt("metadata", "title")
                    .or(() -> group.spec().textAt("profile", "displayName")).orElse(teamId);
            // No person named is "not known", not "nobody": members are left out (a bus factor of 0 would be a
            // knowledge silo the catalog never said exists).
            boolean known = !people.isEmpty();
            draft.team(new Team(teamId, title, known ? people : null, SourcePosition.UNKNOWN));
            if (group == null && !ref.kind().equals("user")) noGroup.add(teamId);
            else if (known) draft.inferred("team " + teamId + ": " + people.size() + " member(s) from the catalog");
            else draft.unknown("team " + teamId + ": its Group entity lists no members and no User entity in these files"
                    + " is a member of it, so its members (the bus factor) are unknown; add them under teams");
        }
        for (String t : noGroup) {
            draft.unknown("team " + t + ": no Group entity in these files, so its members (the bus factor) are unknown;"
                    + " add them under teams");
        }
    }

    private static void dependsOn(TopologyDraft draft, List<Entity> entities, Map<String, NodeDraft> nodes,
                                  Map<String, Entity> byKey) {
        for (Entity e : entities) {
            NodeDraft self = nodes.get(e.ref().key());
            if (self == null) continue;
            for (String target : e.spec().get("dependsOn").map(YamlNode::textsOf).orElse(List.of())) {
                NodeDraft to = resolve(target, e, nodes, byKey);
                if (to == null) {
                    draft.unknown(self.id + " dependsOn '" + target + "', which is not in these files");
                } else {
                    draft.depend(self, to, Evidence.DECLARED, "dependsOn " + target);
                }
            }
            for (String source : e.spec().get("dependencyOf").map(YamlNode::textsOf).orElse(List.of())) {
                NodeDraft from = resolve(source, e, nodes, byKey);
                if (from == null) {
                    draft.unknown(self.id + " is a dependencyOf '" + source + "', which is not in these files");
                } else {
                    draft.depend(from, self, Evidence.DECLARED, "dependencyOf on " + e.ref().shortName());
                }
            }
        }
    }

    /** A component or resource for a reference that may omit its kind (then component, then resource). */
    private static NodeDraft resolve(String text, Entity context, Map<String, NodeDraft> nodes, Map<String, Entity> byKey) {
        EntityRef ref = EntityRef.parse(text, null, context.ref().namespace());
        if (ref.kind() != null) return nodes.get(ref.key());
        for (String kind : List.of("component", "resource")) {
            NodeDraft n = nodes.get(new EntityRef(kind, ref.namespace(), ref.name(), true).key());
            if (n != null) return n;
        }
        return null;
    }

    private static void apis(TopologyDraft draft, List<Entity> entities, Map<String, NodeDraft> nodes,
                             Map<String, Entity> byKey) {
        Map<String, Set<NodeDraft>> providers = new LinkedHashMap<>();
        Map<String, Set<NodeDraft>> consumers = new LinkedHashMap<>();
        Map<String, String> apiNames = new LinkedHashMap<>();
        for (Entity e : entities) {
            NodeDraft self = nodes.get(e.ref().key());
            if (self != null) {
                for (String api : e.spec().get("providesApis").map(YamlNode::textsOf).orElse(List.of())) {
                    EntityRef ref = EntityRef.parse(api, "api", e.ref().namespace());
                    apiNames.putIfAbsent(ref.key(), ref.shortName());
                    providers.computeIfAbsent(ref.key(), k -> new LinkedHashSet<>()).add(self);
                }
                for (String api : e.spec().get("consumesApis").map(YamlNode::textsOf).orElse(List.of())) {
                    EntityRef ref = EntityRef.parse(api, "api", e.ref().namespace());
                    if (!ref.kind().equals("api")) {
                        // The field expects APIs; a component named here is kept as a direct dependency.
                        NodeDraft to = nodes.get(ref.key());
                        if (to == null) {
                            draft.unknown(self.id + " consumesApis '" + api + "', which is not an API and not in these files");
                        } else {
                            draft.depend(self, to, Evidence.DECLARED, "consumesApis names " + api
                                    + " (a " + ref.kind() + ", not an API): kept as a direct dependency");
                            draft.warning(self.id + ": consumesApis '" + api + "' names a " + ref.kind()
                                    + ", not an API; kept as a dependency on it");
                        }
                        continue;
                    }
                    apiNames.putIfAbsent(ref.key(), ref.shortName());
                    consumers.computeIfAbsent(ref.key(), k -> new LinkedHashSet<>()).add(self);
                }
            } else if (e.kind().equals("api")) {
                apiNames.putIfAbsent(e.ref().key(), e.ref().shortName());
                for (String c : e.spec().get("apiConsumedBy").map(YamlNode::textsOf).orElse(List.of())) {
                    NodeDraft n = nodes.get(EntityRef.parse(c, "component", e.ref().namespace()).key());
                    if (n != null) consumers.computeIfAbsent(e.ref().key(), k -> new LinkedHashSet<>()).add(n);
                }
                for (String p : e.spec().get("apiProvidedBy").map(YamlNode::textsOf).orElse(List.of())) {
                    NodeDraft n = nodes.get(EntityRef.parse(p, "component", e.ref().namespace()).key());
                    if (n != null) providers.computeIfAbsent(e.ref().key(), k -> new LinkedHashSet<>()).add(n);
                }
            }
        }
        for (Map.Entry<String, Set<NodeDraft>> c : consumers.entrySet()) {
            String api = apiNames.get(c.getKey());
            List<NodeDraft> serving = new ArrayList<>(providers.getOrDefault(c.getKey(), Set.of()));
            for (NodeDraft consumer : c.getValue()) {
                List<NodeDraft> others = serving.stream().filter(p -> p != consumer).toList();
                if (others.isEmpty() && serving.contains(consumer)) {
                    draft.inferred(consumer.id + " provides API '" + api + "' and consumes it itself: no dependency");
                    continue;
                }
                if (others.isEmpty()) {
                    draft.unknown(consumer.id + " consumes API '" + api + "', which no component in these files provides");
                    continue;
                }
                DependencyDraft d = draft.depend(consumer, others.get(0), Evidence.DECLARED,
                        "consumes API '" + api + "', provided by " + others.get(0).id);
                if (d != null && others.size() > 1 && d.fallback.isEmpty()) {
                    others.stream().skip(1).forEach(o -> d.fallback.add(o.id));
                    d.notes.add("API '" + api + "' is also provided by " + String.join(", ", d.fallback) + ": fallbacks");
                }
            }
        }
    }

    private static void subcomponents(TopologyDraft draft, List<Entity> entities, Map<String, NodeDraft> nodes) {
        for (Entity e : entities) {
            NodeDraft self = nodes.get(e.ref().key());
            if (self == null) continue;
            e.spec().text("subcomponentOf").ifPresent(parentRef -> {
                NodeDraft parent = nodes.get(EntityRef.parse(parentRef, "component", e.ref().namespace()).key());
                self.tags.put("partOf", parentRef);
                if (parent == null) {
                    draft.unknown(self.id + " is a subcomponentOf '" + parentRef + "', which is not in these files");
                } else {
                    draft.depend(parent, self, Evidence.PART_OF, self.id + " is a subcomponentOf " + parent.id);
                }
            });
        }
    }
}
