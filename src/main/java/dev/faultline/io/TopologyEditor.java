package dev.faultline.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import dev.faultline.model.Node;
import dev.faultline.model.Suggestions;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.io.v1.TopologyWriter;
import dev.faultline.io.v1.V1Reader;
import dev.faultline.io.yaml.Problem;
import dev.faultline.io.yaml.YamlTreeReader;

/**
 * Applies {@code whatif} edits to a loaded topology in memory and validates the result like a file: the topology is
 * written as YAML ({@link TopologyWriter}), the edits change that YAML tree, and the tree goes back through
 * {@link TopologyLoader}, so every rule of the validator applies to the edited copy. Ids and keys are checked first
 * ({@link EditException}: a usage error with a "did you mean"); what the loader then rejects is reported per edit.
 * Nothing is ever written to disk here. Cost: one write and one load of the topology, plus one load per edit when
 * the result is invalid (to name the edit that broke it).
 */
public final class TopologyEditor {
    private static final List<String> NODE_LIST_KEYS = List.of("zones", "data", "residency", "observability");
    private static final List<String> FIXED_KEYS = List.of("id", "from", "to");

    // The topology's own size cap, not SnakeYAML's 3 MB default: a 10,000-node topology is written out bigger.
    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .loaderOptions(YamlTreeReader.loaderOptions())
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
    private final TopologyLoader loader = new TopologyLoader();

    /** Parses and applies the edits in order. {@code file} only names the copy in problems. */
    public EditOutcome apply(Topology base, List<String> edits, Path file) throws EditException {
        List<TopologyEdit> parsed = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) parsed.add(EditParser.parse(i + 1, edits.get(i)));
        return applyParsed(base, parsed, file);
    }

    public EditOutcome applyParsed(Topology base, List<TopologyEdit> edits, Path file) throws EditException {
        for (TopologyEdit e : edits) check(base, e);
        LoadResult result = load(base, edits, file);
        if (result.ok()) return new EditOutcome(result.topology(), List.of(), formatted(result.warnings()));
        return new EditOutcome(Optional.empty(), blame(base, edits, file), List.of());
    }

    /** The YAML text of the edited copy (unvalidated); for tests and for writing the copy. */
    String editedYaml(Topology base, List<TopologyEdit> edits) throws EditException {
        ObjectNode root = tree(base);
        for (TopologyEdit e : edits) applyTo(root, e);
        try {
            return yaml.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the edited tree", e);
        }
    }

    private LoadResult load(Topology base, List<TopologyEdit> edits, Path file) throws EditException {
        return loader.parse(editedYaml(base, edits), file);
    }

    /** The first edit whose prefix makes the copy invalid gets the loader's errors. */
    private List<String> blame(Topology base, List<TopologyEdit> edits, Path file) throws EditException {
        for (int k = 1; k <= edits.size(); k++) {
            LoadResult r = load(base, edits.subList(0, k), file);
            if (!r.ok()) {
                TopologyEdit culprit = edits.get(k - 1);
                return r.errors().stream()
                        .map(p -> culprit.label() + " (" + culprit.text().strip() + "): " + p.message()).toList();
            }
        }
        return List.of("the edits make the topology invalid");
    }

    private static List<String> formatted(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }

    private ObjectNode tree(Topology base) {
        try {
            return (ObjectNode) yaml.readTree(new TopologyWriter().write(base));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("TopologyWriter wrote YAML it cannot read back", e);
        }
    }

    // ---- checks against the model: unknown ids and keys are usage errors with a suggestion ----

    private static void check(Topology t, TopologyEdit e) throws EditException {
        switch (e.verb()) {
            case ADD_DEPENDENCY -> {
                requireNode(t, e, e.from());
                requireNode(t, e, e.to());
                if (dependency(t, e.from(), e.to())) {
                    throw new EditException(e.label() + ": dependency " + e.from() + "->" + e.to() + " already exists");
                }
            }
            case REMOVE_DEPENDENCY -> requireDependency(t, e);
            case SET, ADD, REMOVE -> {
                if (e.onDependency()) checkDependencyKey(t, e);
                else checkTargetKey(t, e);
            }
        }
    }

    private static void checkDependencyKey(Topology t, TopologyEdit e) throws EditException {
        requireDependency(t, e);
        requireKey(e, V1Reader.DEPENDENCY_KEYS);
        if (e.verb() != TopologyEdit.Verb.SET && !e.key().equals("fallback")) {
            throw new EditException(e.label() + ": only 'fallback' is a list on a dependency; use 'set "
                    + e.from() + "->" + e.to() + "." + e.key() + "=VALUE'");
        }
    }

    private static void checkTargetKey(Topology t, TopologyEdit e) throws EditException {
        boolean node = t.node(e.target()).isPresent();
        boolean team = t.team(e.target()).isPresent();
        if (e.key().equals("members") || (!node && team)) {
            if (!team) {
                throw new EditException(e.label() + ": unknown team '" + e.target() + "'"
                        + Suggestions.didYouMean(e.target(), t.teams().stream().map(Team::id).toList()));
            }
            if (!V1Reader.TEAM_KEYS.contains(e.key()) && !node) {
                throw new EditException(e.label() + ": '" + e.target() + "' is a team, not a node; a team has "
                        + String.join(", ", V1Reader.TEAM_KEYS) + Suggestions.didYouMean(e.target(),
                                t.nodes().stream().map(Node::id).toList()).replace(" (did you mean", " (did you mean node"));
            }
            requireKey(e, V1Reader.TEAM_KEYS);
            requireListVerb(e, List.of("members"));
            return;
        }
        requireNode(t, e, e.target());
        requireKey(e, V1Reader.NODE_KEYS);
        requireListVerb(e, NODE_LIST_KEYS);
    }

    private static void requireListVerb(TopologyEdit e, List<String> listKeys) throws EditException {
        if (e.verb() != TopologyEdit.Verb.SET && !listKeys.contains(e.key())) {
            throw new EditException(e.label() + ": '" + e.key() + "' is not a list; use 'set " + e.target() + "."
                    + e.key() + "=VALUE' (lists: " + String.join(", ", listKeys) + ")");
        }
    }

    private static void requireKey(TopologyEdit e, List<String> known) throws EditException {
        if (FIXED_KEYS.contains(e.key())) {
            throw new EditException(e.label() + ": '" + e.key() + "' cannot be edited (ids are how versions are matched)");
        }
        if (!known.contains(e.key())) {
            throw new EditException(e.label() + ": unknown key '" + e.key() + "'" + Suggestions.didYouMean(e.key(), known));
        }
    }

    private static void requireNode(Topology t, TopologyEdit e, String id) throws EditException {
        if (t.node(id).isEmpty()) {
            throw new EditException(e.label() + ": unknown node '" + id + "'"
                    + Suggestions.didYouMean(id, t.nodes().stream().map(Node::id).toList()));
        }
    }

    private static void requireDependency(Topology t, TopologyEdit e) throws EditException {
        requireNode(t, e, e.from());
        requireNode(t, e, e.to());
        if (!dependency(t, e.from(), e.to())) {
            String wanted = e.from() + "->" + e.to();
            List<String> known = t.dependencies().stream().map(d -> d.from() + "->" + d.to()).toList();
            throw new EditException(e.label() + ": there is no dependency " + wanted
                    + Suggestions.didYouMean(wanted, known));
        }
    }

    private static boolean dependency(Topology t, String from, String to) {
        return t.dependenciesOf(from).stream().anyMatch(d -> d.to().equals(to));
    }

    // ---- the edits on the YAML tree ----

    private void applyTo(ObjectNode root, TopologyEdit e) throws EditException {
        switch (e.verb()) {
            case ADD_DEPENDENCY -> root.withArray("dependencies").addObject().put("from", e.from()).put("to", e.to());
            case REMOVE_DEPENDENCY -> {
                ArrayNode deps = root.withArray("dependencies");
                for (int i = 0; i < deps.size(); i++) {
                    if (isDependency(deps.get(i), e.from(), e.to())) {
                        deps.remove(i);
                        break;
                    }
                }
            }
            case SET -> set(find(root, e), e);
            case ADD, REMOVE -> addOrRemove(find(root, e), e);
        }
    }

    private ObjectNode find(ObjectNode root, TopologyEdit e) throws EditException {
        if (e.onDependency()) {
            for (JsonNode d : root.withArray("dependencies")) {
                if (isDependency(d, e.from(), e.to())) return (ObjectNode) d;
            }
        } else {
            boolean team = e.key().equals("members") || !hasId(root.withArray("nodes"), e.target());
            for (JsonNode n : root.withArray(team ? "teams" : "nodes")) {
                if (e.target().equals(n.path("id").asText())) return (ObjectNode) n;
            }
        }
        throw new EditException(e.label() + ": nothing to edit for '" + e.text().strip() + "'");
    }

    private static boolean hasId(ArrayNode items, String id) {
        for (JsonNode n : items) if (id.equals(n.path("id").asText())) return true;
        return false;
    }

    private static boolean isDependency(JsonNode d, String from, String to) {
        return from.equals(d.path("from").asText()) && to.equals(d.path("to").asText());
    }

    private void set(ObjectNode target, TopologyEdit e) throws EditException {
        JsonNode value = value(e);
        if (value.isNull()) target.remove(e.key());
        else target.set(e.key(), value);
    }

    private void addOrRemove(ObjectNode target, TopologyEdit e) throws EditException {
        JsonNode value = value(e);
        if (!value.isValueNode() || value.isNull()) {
            throw new EditException(e.label() + ": '" + e.value() + "' is not a single item to " + verb(e));
        }
        String item = value.asText();
        JsonNode existing = target.get(e.key());
        ArrayNode list = existing instanceof ArrayNode a ? a : target.putArray(e.key());
        if (existing != null && !(existing instanceof ArrayNode) && !existing.isNull()) list.add(existing.asText());
        int at = indexOf(list, item);
        if (e.verb() == TopologyEdit.Verb.ADD) {
            if (at >= 0) throw new EditException(e.label() + ": '" + item + "' is already in " + e.key());
            list.add(item);
        } else {
            if (at < 0) throw new EditException(e.label() + ": '" + item + "' is not in " + e.key());
            list.remove(at);
        }
    }

    private static String verb(TopologyEdit e) {
        return e.verb() == TopologyEdit.Verb.ADD ? "add" : "remove";
    }

    private static int indexOf(ArrayNode list, String item) {
        for (int i = 0; i < list.size(); i++) if (item.equals(list.get(i).asText())) return i;
        return -1;
    }

    private JsonNode value(TopologyEdit e) throws EditException {
        if (e.value().isEmpty()) return NullNode.getInstance();
        try {
            JsonNode v = yaml.readTree(e.value());
            return v == null || v.isMissingNode() ? NullNode.getInstance() : v;
        } catch (JsonProcessingException ex) {
            throw new EditException(e.label() + ": '" + e.value() + "' is not a YAML value: "
                    + ex.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }
}
