package dev.faultline.io.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML value as importers see it: anchors, aliases and {@code <<} merge keys already expanded, every value carrying
 * the 1-based line and column it was written at, so importer errors can point into the user's file.
 */
sealed interface YNode permits YNode.YMap, YNode.YSeq, YNode.YScalar {
    int line();

    int column();

    /** A scalar; {@code value} is null for YAML null ({@code ~}, {@code null}, or nothing). */
    record YScalar(String value, int line, int column) implements YNode {
        boolean isNull() {
            return value == null;
        }
    }

    record YSeq(List<YNode> items, int line, int column) implements YNode {
        public YSeq {
            items = List.copyOf(items);
        }
    }

    /** A mapping with string keys in file order. */
    record YMap(Map<String, YNode> entries, int line, int column) implements YNode {
        public YMap {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        Optional<YNode> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        Optional<YMap> map(String key) {
            YNode n = entries.get(key);
            return n instanceof YMap m ? Optional.of(m) : Optional.empty();
        }

        Optional<YSeq> seq(String key) {
            YNode n = entries.get(key);
            return n instanceof YSeq s ? Optional.of(s) : Optional.empty();
        }

        /** The text of a scalar entry; empty when missing, null or not a scalar. */
        Optional<String> text(String key) {
            YNode n = entries.get(key);
            return n instanceof YScalar s && s.value() != null ? Optional.of(s.value()) : Optional.empty();
        }

        /** Follows a path of mapping keys. */
        Optional<YNode> at(String... path) {
            YNode cur = this;
            for (String key : path) {
                if (!(cur instanceof YMap m)) return Optional.empty();
                cur = m.entries().get(key);
                if (cur == null) return Optional.empty();
            }
            return Optional.of(cur);
        }

        Optional<String> textAt(String... path) {
            return at(path).filter(n -> n instanceof YScalar s && s.value() != null).map(n -> ((YScalar) n).value());
        }
    }

    /** Text of a scalar, or empty. */
    static Optional<String> text(YNode n) {
        return n instanceof YScalar s && s.value() != null ? Optional.of(s.value()) : Optional.empty();
    }

    /** The mappings of a sequence (other items skipped); empty when the value is missing or not a sequence. */
    static List<YMap> mapsIn(Optional<YNode> n) {
        if (n.isEmpty() || !(n.get() instanceof YSeq seq)) return List.of();
        return seq.items().stream().filter(i -> i instanceof YMap).map(i -> (YMap) i).toList();
    }

    /** A list of texts: a sequence of scalars, or a single scalar. Null entries are skipped. */
    static List<String> texts(YNode n) {
        if (n instanceof YScalar s) return s.value() == null ? List.of() : List.of(s.value());
        if (n instanceof YSeq seq) {
            return seq.items().stream().map(YNode::text).flatMap(Optional::stream).toList();
        }
        return List.of();
    }
}
