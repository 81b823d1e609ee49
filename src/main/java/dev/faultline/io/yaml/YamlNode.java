package dev.faultline.io.yaml;

import java.util.List;
import java.util.Optional;

import dev.faultline.model.SourcePosition;

/**
 * A minimal positioned YAML tree: the one tree of Faultline's YAML, read by {@link YamlTreeReader} (topology files)
 * and {@link ExpandingYamlReader} (the files importers take). Jackson's {@code JsonNode} keeps no positions, and every
 * problem Faultline reports must point at a line and column, so the tokens are gathered into these nodes instead.
 */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {
    SourcePosition at();

    /** Line and column packed by {@link Positions}. */
    long pos();

    /** 1-based line; 0 when unknown. */
    default int line() {
        return Positions.line(pos());
    }

    /** 1-based column; 0 when unknown. */
    default int column() {
        return Positions.column(pos());
    }

    /** How a problem message names what was found instead of the expected shape. */
    String describe();

    /** The value of a scalar that is not YAML null, or empty. */
    static Optional<String> textOf(YamlNode n) {
        return n instanceof YamlScalar s ? Optional.ofNullable(s.value()) : Optional.empty();
    }

    /** A list of texts: a sequence of scalars, or a single scalar. Nulls and nested collections are skipped. */
    static List<String> textsOf(YamlNode n) {
        if (n instanceof YamlScalar s) return s.value() == null ? List.of() : List.of(s.value());
        if (n instanceof YamlList list) return list.items().stream().map(YamlNode::textOf).flatMap(Optional::stream).toList();
        return List.of();
    }

    /** The mappings of a sequence (other items skipped); empty when the value is missing or not a sequence. */
    static List<YamlMap> mapsIn(Optional<YamlNode> n) {
        if (n.isEmpty() || !(n.get() instanceof YamlList list)) return List.of();
        return list.items().stream().filter(i -> i instanceof YamlMap).map(i -> (YamlMap) i).toList();
    }
}
