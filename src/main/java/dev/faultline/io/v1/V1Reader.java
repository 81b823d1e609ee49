package dev.faultline.io.v1;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.faultline.io.v1.TopologyFileV1.DependencyV1;
import dev.faultline.io.v1.TopologyFileV1.FlowV1;
import dev.faultline.io.v1.TopologyFileV1.NodeV1;
import dev.faultline.io.v1.TopologyFileV1.TeamV1;
import dev.faultline.io.v1.TopologyFileV1.ZoneV1;
import dev.faultline.io.yaml.Located;
import dev.faultline.io.yaml.ProblemLog;
import dev.faultline.io.yaml.YamlList;
import dev.faultline.io.yaml.YamlMap;
import dev.faultline.io.yaml.YamlNode;
import dev.faultline.io.yaml.YamlScalar;
import dev.faultline.io.yaml.YamlTreeReader;

/**
 * Maps the YAML tree onto the version-1 records: shapes and types only (is {@code replicas} a whole number?).
 * Ranges, ids and references are the validator's job, so that each check lives in one place.
 */
public final class V1Reader implements YamlTreeReader.ItemSink {
    static final int SUPPORTED_VERSION = 1;

    public static final List<String> ROOT_KEYS =
            List.of("faultline", "name", "description", "teams", "zones", "nodes", "dependencies", "flows");
    public static final List<String> TEAM_KEYS = List.of("id", "name", "members");
    public static final List<String> ZONE_KEYS = List.of("id", "region", "availability", "jurisdiction");
    public static final List<String> NODE_KEYS = List.of("id", "name", "kind", "team", "replicas", "minHealthy", "zones",
            "entrypoint", "slo", "availability", "latencyMs", "p99Ms", "callOrder", "capacityRps", "monthlyCost",
            "latencyBudgetMs", "rps", "data", "residency", "jurisdiction", "observability", "tags", "description");
    public static final List<String> DEPENDENCY_KEYS = List.of("from", "to", "mode", "required", "fallback", "timeoutMs",
            "circuitBreaker", "retries", "calls", "description");
    public static final List<String> FLOW_KEYS = List.of("id", "name", "entry", "via", "slo", "latencyBudgetMs", "rps");

    private final ProblemLog log;
    /**
     * Problems of list items, kept apart until the version is known: items arrive while the file is still being
     * parsed, and a file of another version should report its version, not a page of version-1 complaints.
     */
    private final ProblemLog itemLog;
    private final Map<String, Section<?>> sections = new HashMap<>();

    public V1Reader(ProblemLog log) {
        this.log = log;
        this.itemLog = log.sibling();
        sections.put("teams", new Section<>("team", TEAM_KEYS, this::team));
        sections.put("zones", new Section<>("zone", ZONE_KEYS, this::zone));
        sections.put("nodes", new Section<>("node", NODE_KEYS, this::node));
        sections.put("dependencies", new Section<>("dependency", DEPENDENCY_KEYS, this::dependency));
        sections.put("flows", new Section<>("flow", FLOW_KEYS, this::flow));
    }

    /** The items of one top-level list, read into records as they arrive. */
    private final class Section<T> {
        private final String what;
        private final String article;
        private final List<String> knownKeys;
        private final MappingReader.KnownKeys keys;
        private final Function<MappingReader, T> reader;
        private final List<T> records = new ArrayList<>();
        private int items;

        Section(String what, List<String> knownKeys, Function<MappingReader, T> reader) {
            this.what = what;
            this.article = "a " + what;
            this.knownKeys = knownKeys;
            this.keys = new MappingReader.KnownKeys(knownKeys);
            this.reader = reader;
        }

        @SuppressWarnings("unchecked")
        void takeItems(Section<?> other) {
            records.addAll((List<T>) other.records);
            items += other.items;
        }

        void add(String key, YamlNode item) {
            items++;
            if (item instanceof YamlMap m) {
                records.add(reader.apply(new MappingReader(m, article, keys, itemLog)));
            } else {
                itemLog.error(item.at(), "each entry of " + key + " must be a mapping (" + knownKeys.get(0)
                        + ": ...), got " + (item instanceof YamlScalar s && s.isAbsent() ? "an empty entry"
                        : item.describe()));
            }
        }
    }

    /** The list items read so far met no problem. */
    boolean itemsClean() {
        return itemLog.isEmpty();
    }

    /**
     * Takes over the items {@code other} read from a later part of the same file ({@link SplitYamlRead}, {@link
     * PlainSplitRead}): its items follow this reader's, also within one list when the cut fell inside it.
     */
    void takeItems(V1Reader other) {
        other.sections.forEach((key, theirs) -> sections.get(key).takeItems(theirs));
    }

    @Override
    public boolean accepts(String rootKey) {
        return sections.containsKey(rootKey);
    }

    @Override
    public void item(String rootKey, YamlNode item) {
        sections.get(rootKey).add(rootKey, item);
    }

    /**
     * The file's records, or empty when it is not a version-1 topology at all (wrong root, other version). Items
     * of the top-level lists either arrived through {@link #item} while parsing or are still in the tree.
     */
    public Optional<TopologyFileV1> read(YamlNode root) {
        if (!(root instanceof YamlMap map)) {
            log.error(root.at(), "the top level must be a mapping with 'faultline: 1', 'name' and 'nodes', got "
                    + root.describe());
            return Optional.empty();
        }
        // The version decides how everything else is read, so it is checked before anything else is looked at.
        Optional<YamlNode> version = map.entry("faultline").map(YamlMap.Entry::value);
        if (version.isPresent() && version.get() instanceof YamlScalar s && s.number() != null
                && s.type() != YamlScalar.Type.BOOLEAN && s.number().doubleValue() != SUPPORTED_VERSION) {
            log.error(s.at(), "unsupported format version " + s.text() + "; this Faultline reads version "
                    + SUPPORTED_VERSION);
            return Optional.empty();
        }
        MappingReader top = new MappingReader(map, "the top level", ROOT_KEYS, log);
        Located<Long> faultline = top.wholeNumber("faultline");
        if (top.value("faultline").isEmpty()) {
            log.error(map.at(), "missing 'faultline: 1' (the format version) at the top level");
        }
        Located<String> name = top.requiredText("name");
        List<NodeV1> nodes = items(top, "nodes");
        YamlNode nodesValue = top.value("nodes").orElse(null);
        if (nodesValue == null) {
            top.missing("nodes");
        } else if (nodesValue instanceof YamlList && sections.get("nodes").items == 0) {
            log.error(nodesValue.at(), "nodes is empty; a topology needs at least one node");
        }
        TopologyFileV1 file = new TopologyFileV1(map.at(), faultline, name, top.text("description"),
                items(top, "teams"), items(top, "zones"), top.keyAt("nodes"), nodes,
                items(top, "dependencies"), items(top, "flows"));
        log.addAll(itemLog);
        return Optional.of(file);
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> items(MappingReader top, String key) {
        Section<T> section = (Section<T>) sections.get(key);
        YamlNode value = top.value(key).orElse(null);
        if (value == null) return List.of();
        if (!(value instanceof YamlList list)) {
            log.error(value.at(), key + " must be a list of " + section.what + " mappings, got " + value.describe());
            return List.of();
        }
        list.items().forEach(item -> section.add(key, item)); // empty when the items were streamed
        return section.records;
    }

    private TeamV1 team(MappingReader m) {
        // No members key (or "members:") is "not declared", kept apart from a declared empty list.
        List<Located<String>> members = m.value("members").isPresent() ? m.textList("members") : null;
        return new TeamV1(m.at(), m.requiredText("id"), m.text("name"), members);
    }

    private ZoneV1 zone(MappingReader m) {
        return new ZoneV1(m.at(), m.requiredText("id"), m.text("region"), m.number("availability"),
                m.text("jurisdiction"));
    }

    /** The values in the order of {@link #NODE_KEYS}, so that type problems are logged in that order. */
    private NodeV1 node(MappingReader m) {
        return new NodeV1(m.map().pos(), m.positions(), m.requiredTextValue("id"), m.textValue("name"),
                m.textValue("kind"), m.textValue("team"), m.wholeNumberValue("replicas"),
                m.wholeNumberValue("minHealthy"), m.texts("zones"), m.boolValue("entrypoint"), m.numberValue("slo"),
                m.numberValue("availability"), m.numberValue("latencyMs"), m.numberValue("p99Ms"),
                m.textValue("callOrder"), m.numberValue("capacityRps"), m.numberValue("monthlyCost"),
                m.numberValue("latencyBudgetMs"), m.numberValue("rps"), m.texts("data"), m.texts("residency"),
                m.textValue("jurisdiction"), m.texts("observability"), m.tags("tags"), m.textValue("description"));
    }

    private DependencyV1 dependency(MappingReader m) {
        return new DependencyV1(m.map().pos(), m.positions(), m.requiredTextValue("from"),
                m.requiredTextValue("to"), m.textValue("mode"), m.boolValue("required"), m.texts("fallback"),
                m.numberValue("timeoutMs"), m.boolValue("circuitBreaker"), m.wholeNumberValue("retries"),
                m.numberValue("calls"), m.textValue("description"));
    }

    private FlowV1 flow(MappingReader m) {
        return new FlowV1(m.at(), m.requiredText("id"), m.text("name"), m.requiredText("entry"), m.textList("via"),
                m.number("slo"), m.number("latencyBudgetMs"), m.number("rps"));
    }
}
