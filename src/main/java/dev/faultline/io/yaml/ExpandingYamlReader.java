package dev.faultline.io.yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the YAML files importers take into the same {@link YamlNode} tree as topology files, but with what other
 * tools' files use expanded rather than refused: real Compose files share blocks through anchors, aliases and
 * {@code <<} merge keys, and manifests hold several documents. Jackson reads aliases as plain strings and ignores
 * merge keys, so this goes through SnakeYAML's composer: an alias is the very node of its anchor, expanded here with
 * limits against alias bombs; merge keys are applied (explicit keys win); every value keeps its line and column.
 */
public final class ExpandingYamlReader {
    /** Admits files far larger than any real manifest while refusing runaway inputs early. */
    static final int MAX_CODE_POINTS = 32 * 1024 * 1024;
    static final int MAX_ALIASES_FOR_COLLECTIONS = 200;
    static final int MAX_EXPANDED_NODES = 2_000_000;
    static final int MAX_SCALAR_LENGTH = 1_000_000;

    private final List<String> warnings = new ArrayList<>();

    /** Duplicate keys and the like, as {@code FILE:LINE:COL: message}: the caller goes on and reports them. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Every document of {@code text}, in order; empty documents (only comments, a trailing {@code ---}) are skipped.
     * {@code file} only names the text in warnings and the exception.
     */
    public List<YamlNode> readAll(String text, Path file) throws YamlSyntaxException {
        if (text.startsWith("\uFEFF")) text = text.substring(1); // a byte-order mark some editors write
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(100);
        options.setProcessComments(false);
        Yaml yaml = new Yaml(options);
        List<YamlNode> documents = new ArrayList<>();
        try (Reader reader = new StringReader(text)) {
            for (Node root : yaml.composeAll(reader)) {
                if (root == null) continue;
                YamlNode doc = new Converter(file).convert(root);
                if (doc instanceof YamlScalar s && s.isNull()) continue; // an empty document, e.g. a trailing '---'
                documents.add(doc);
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String message = "malformed YAML: " + oneLine(e.getProblem() != null ? e.getProblem() : e.getMessage());
            if (mark == null) throw syntaxError(file, 0, 0, message);
            throw syntaxError(file, mark.getLine() + 1, mark.getColumn() + 1, message);
        } catch (YAMLException e) {
            throw syntaxError(file, 0, 0, "cannot read YAML: " + oneLine(e.getMessage()));
        } catch (IOException e) {
            throw syntaxError(file, 0, 0, "cannot read: " + e.getMessage());
        }
        return documents;
    }

    private static YamlSyntaxException syntaxError(Path file, int line, int column, String message) {
        return new YamlSyntaxException(Problem.error(file, line, column, message));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    /** Turns one composed document into the tree. An alias is the very same Node object as its anchor. */
    private final class Converter {
        private final Path file;
        private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();
        private int expanded;

        Converter(Path file) {
            this.file = file;
        }

        YamlNode convert(Node node) throws YamlSyntaxException {
            if (++expanded > MAX_EXPANDED_NODES) {
                throw error(node, "aliases expand to more than " + MAX_EXPANDED_NODES + " values; refusing the file");
            }
            if (inProgress.put(node, Boolean.TRUE) != null) throw error(node, "an alias refers to itself");
            try {
                if (node instanceof ScalarNode s) return scalar(s);
                if (node instanceof SequenceNode seq) {
                    List<YamlNode> items = new ArrayList<>();
                    for (Node item : seq.getValue()) items.add(convert(item));
                    return new YamlList(items, pos(node));
                }
                return mapping((MappingNode) node);
            } finally {
                inProgress.remove(node);
            }
        }

        private YamlScalar scalar(ScalarNode s) throws YamlSyntaxException {
            String value = s.getValue();
            if (value.length() > MAX_SCALAR_LENGTH) throw error(s, "a value longer than " + MAX_SCALAR_LENGTH + " characters");
            Tag tag = s.getTag();
            if (Tag.NULL.equals(tag)) return new YamlScalar(value, YamlScalar.Type.NULL, null, pos(s));
            if (Tag.BOOL.equals(tag)) {
                return new YamlScalar(value, YamlScalar.Type.BOOLEAN, isTrue(value) ? 1 : 0, pos(s));
            }
            if (Tag.INT.equals(tag)) return new YamlScalar(value, YamlScalar.Type.INTEGER, number(value), pos(s));
            if (Tag.FLOAT.equals(tag)) return new YamlScalar(value, YamlScalar.Type.FLOAT, number(value), pos(s));
            return new YamlScalar(value, YamlScalar.Type.STRING, null, pos(s));
        }

        private YamlMap mapping(MappingNode m) throws YamlSyntaxException {
            Map<String, YamlNode> explicit = new LinkedHashMap<>();
            List<YamlMap> merged = new ArrayList<>();
            for (NodeTuple tuple : m.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (isMergeKey(keyNode)) {
                    collectMerge(tuple.getValueNode(), merged);
                    continue;
                }
                if (!(keyNode instanceof ScalarNode key)) throw error(keyNode, "a mapping key must be a plain value");
                YamlNode value = convert(tuple.getValueNode());
                if (explicit.put(key.getValue(), value) != null) {
                    warnings.add(file + ":" + line(keyNode) + ":" + column(keyNode) + ": duplicate key '"
                            + key.getValue() + "': the last one is used");
                }
            }
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            // YAML merge: explicit keys win over merged ones; among merged maps, the first listed wins.
            for (YamlMap source : merged) source.asMap().forEach(entries::putIfAbsent);
            entries.putAll(explicit);
            return YamlMap.of(entries, pos(m));
        }

        private boolean isMergeKey(Node keyNode) {
            return keyNode instanceof ScalarNode s && (Tag.MERGE.equals(s.getTag()) || "<<".equals(s.getValue())
                    && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN);
        }

        private void collectMerge(Node value, List<YamlMap> merged) throws YamlSyntaxException {
            YamlNode converted = convert(value);
            if (converted instanceof YamlMap map) {
                merged.add(map);
            } else if (converted instanceof YamlList list && list.items().stream().allMatch(i -> i instanceof YamlMap)) {
                list.items().forEach(i -> merged.add((YamlMap) i));
            } else {
                throw error(value, "a '<<' merge key needs a mapping or a list of mappings");
            }
        }

        private YamlSyntaxException error(Node node, String message) {
            return syntaxError(file, line(node), column(node), message);
        }
    }

    /** YAML 1.1 booleans as SnakeYAML resolves them: true, yes, on (any case). */
    private static boolean isTrue(String value) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return v.equals("true") || v.equals("yes") || v.equals("on");
    }

    /** The figure of an integer or float as written in plain decimal; null for other notations (0x1F, 1:30, .inf). */
    private static Number number(String value) {
        String v = value.replace("_", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException notWhole) {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException notDecimal) {
                return null;
            }
        }
    }

    private static long pos(Node n) {
        return Positions.pack(line(n), column(n));
    }

    private static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    private static int column(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getColumn() + 1;
    }
}
