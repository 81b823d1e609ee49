package dev.faultline.io.yaml;

import java.util.List;
import java.util.Optional;

import dev.faultline.model.SourcePosition;

/**
 * A YAML mapping in file order. Duplicate keys were already reported by {@link YamlTreeReader} and only the first
 * occurrence is kept, so lookups are unambiguous.
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

    @Override
    public String describe() {
        return "a mapping";
    }
}
