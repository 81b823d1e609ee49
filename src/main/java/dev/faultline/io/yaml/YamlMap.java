package dev.faultline.io.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.faultline.model.SourcePosition;

/**
 * A YAML mapping in file order. Keys are unique, so lookups are unambiguous: {@link YamlTreeReader} reports a
 * duplicate key as an error and keeps the first occurrence, {@link ExpandingYamlReader} warns and keeps the last.
 */
public record YamlMap(List<Entry> entries, long pos) implements YamlNode {

    public record Entry(String key, long keyPos, YamlNode value) {
        public SourcePosition keyAt() {
            return Positions.of(keyPos);
        }
    }

    /** {@code entries} is handed over by {@link YamlTreeReader} and never changed afterwards; not copied, for speed. */
    public YamlMap {
        entries = java.util.Collections.unmodifiableList(entries);
    }

    @Override
    public SourcePosition at() {
        return Positions.of(pos);
    }

    /**
     * Linear lookup: mappings in a topology file have a dozen keys at most, where a scan beats hashing. A hostile
     * mapping with many keys costs one scan per known key, which stays linear in the file size.
     */
    public Optional<Entry> entry(String key) {
        for (int i = 0, n = entries.size(); i < n; i++) { // indexed: no iterator per lookup on hot paths
            Entry e = entries.get(i);
            if (e.key.equals(key)) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** A mapping made in code (an importer's merge of two mappings); each key stands where its value does. */
    public static YamlMap of(Map<String, YamlNode> entries, long pos) {
        List<Entry> list = new ArrayList<>(entries.size());
        entries.forEach((key, value) -> list.add(new Entry(key, value.pos(), value)));
        return new YamlMap(list, pos);
    }

    /** An empty mapping standing where {@code at} does: "nothing given" for an optional section. */
    public static YamlMap empty(YamlNode at) {
        return new YamlMap(new ArrayList<>(0), at.pos());
    }

    /** The entries as a map in file order, for code that looks many keys up or builds a changed copy. */
    public Map<String, YamlNode> asMap() {
        Map<String, YamlNode> map = new LinkedHashMap<>();
        for (Entry e : entries) map.put(e.key, e.value);
        return Collections.unmodifiableMap(map);
    }

    public Optional<YamlNode> get(String key) {
        return entry(key).map(Entry::value);
    }

    /** The value at {@code key} when it is a mapping. */
    public Optional<YamlMap> map(String key) {
        return get(key).filter(YamlMap.class::isInstance).map(YamlMap.class::cast);
    }

    /** The value at {@code key} when it is a sequence. */
    public Optional<YamlList> list(String key) {
        return get(key).filter(YamlList.class::isInstance).map(YamlList.class::cast);
    }

    /** The text of a scalar entry; empty when missing, YAML null or not a scalar. */
    public Optional<String> text(String key) {
        return get(key).flatMap(YamlNode::textOf);
    }

    /** Follows a path of mapping keys. */
    public Optional<YamlNode> path(String... path) {
        YamlNode cur = this;
        for (String key : path) {
            if (!(cur instanceof YamlMap m)) return Optional.empty();
            Optional<YamlNode> next = m.get(key);
            if (next.isEmpty()) return Optional.empty();
            cur = next.get();
        }
        return Optional.of(cur);
    }

    /** The text of the scalar at a path of mapping keys. */
    public Optional<String> textAt(String... path) {
        return path(path).flatMap(YamlNode::textOf);
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
