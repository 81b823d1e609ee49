package dev.faultline.io.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.io.InputFile;

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
 * Reads the YAML files importers take. Jackson reads aliases as plain strings and ignores {@code <<} merge keys, and
 * real Compose files use both, so this goes through SnakeYAML's composer: anchors and aliases become shared nodes,
 * which are expanded here (with limits against alias bombs), merge keys are applied (explicit keys win), and every
 * value keeps its line and column.
 */
final class YamlReader {
    /** Admits files far larger than any real manifest while refusing runaway inputs early. */
    static final int MAX_CODE_POINTS = 32 * 1024 * 1024;
    static final int MAX_ALIASES_FOR_COLLECTIONS = 200;
    static final int MAX_EXPANDED_NODES = 2_000_000;
    static final int MAX_SCALAR_LENGTH = 1_000_000;

    private final List<String> warnings = new ArrayList<>();

    /** Duplicate keys and the like: the import goes on, and the report says so. */
    List<String> warnings() {
        return warnings;
    }

    /** Every document of a file, in order; empty documents (only comments) are skipped. */
    List<YNode> readAll(Path file) throws ImportException {
        return readAll(readText(file), file);
    }

    /**
     * A file an import was given, read the one safe way ({@link InputFile}): regular files only, at most the
     * topology limit, UTF-8 with the position of a bad byte.
     */
    static String readText(Path file) throws ImportException {
        try {
            return InputFile.readText(file, InputFile.MAX_BYTES);
        } catch (InputFile.UnreadableException e) {
            throw new ImportException(file, e.line(), e.column(), e.getMessage());
        } catch (NoSuchFileException e) {
            throw new ImportException(file, "no such file");
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage());
        }
    }

    List<YNode> readAll(String text, Path file) throws ImportException {
        if (text.startsWith("\uFEFF")) text = text.substring(1); // a byte-order mark some editors write
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(100);
        options.setProcessComments(false);
        Yaml yaml = new Yaml(options);
        List<YNode> documents = new ArrayList<>();
        try (Reader reader = new StringReader(text)) {
            for (Node root : yaml.composeAll(reader)) {
                if (root == null) continue;
                YNode doc = new Converter(file).convert(root);
                if (doc instanceof YNode.YScalar s && s.isNull()) continue; // an empty document, e.g. a trailing '---'
                documents.add(doc);
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String message = "malformed YAML: " + oneLine(e.getProblem() != null ? e.getProblem() : e.getMessage());
            if (mark == null) throw new ImportException(file, message);
            throw new ImportException(file, mark.getLine() + 1, mark.getColumn() + 1, message);
        } catch (YAMLException e) {
            throw new ImportException(file, "cannot read YAML: " + oneLine(e.getMessage()));
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage());
        }
        return documents;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    /** Turns one composed document into YNodes. An alias is the very same Node object as its anchor. */
    private final class Converter {
        private final Path file;
        private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();
        private int expanded;

        Converter(Path file) {
            this.file = file;
        }

        YNode convert(Node node) throws ImportException {
            if (++expanded > MAX_EXPANDED_NODES) {
                throw error(node, "aliases expand to more than " + MAX_EXPANDED_NODES + " values; refusing the file");
            }
            if (inProgress.put(node, Boolean.TRUE) != null) throw error(node, "an alias refers to itself");
            try {
                if (node instanceof ScalarNode s) return scalar(s);
                if (node instanceof SequenceNode seq) {
                    List<YNode> items = new ArrayList<>();
                    for (Node item : seq.getValue()) items.add(convert(item));
                    return new YNode.YSeq(items, line(node), column(node));
                }
                return mapping((MappingNode) node);
            } finally {
                inProgress.remove(node);
            }
        }

        private YNode scalar(ScalarNode s) throws ImportException {
            String value = s.getValue();
            if (value.length() > MAX_SCALAR_LENGTH) throw error(s, "a value longer than " + MAX_SCALAR_LENGTH + " characters");
            boolean isNull = Tag.NULL.equals(s.getTag());
            return new YNode.YScalar(isNull ? null : value, line(s), column(s));
        }

        private YNode mapping(MappingNode m) throws ImportException {
            Map<String, YNode> explicit = new LinkedHashMap<>();
            List<YNode.YMap> merged = new ArrayList<>();
            for (NodeTuple tuple : m.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (isMergeKey(keyNode)) {
                    collectMerge(tuple.getValueNode(), merged);
                    continue;
                }
                if (!(keyNode instanceof ScalarNode key)) throw error(keyNode, "a mapping key must be a plain value");
                YNode value = convert(tuple.getValueNode());
                if (explicit.put(key.getValue(), value) != null) {
                    warnings.add(file + ":" + line(keyNode) + ":" + column(keyNode) + ": duplicate key '"
                            + key.getValue() + "': the last one is used");
                }
            }
            Map<String, YNode> entries = new LinkedHashMap<>();
            // YAML merge: explicit keys win over merged ones; among merged maps, the first listed wins.
            for (YNode.YMap source : merged) source.entries().forEach(entries::putIfAbsent);
            entries.putAll(explicit);
            return new YNode.YMap(entries, line(m), column(m));
        }

        private boolean isMergeKey(Node keyNode) {
            return keyNode instanceof ScalarNode s && (Tag.MERGE.equals(s.getTag()) || "<<".equals(s.getValue())
                    && s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN);
        }

        private void collectMerge(Node value, List<YNode.YMap> merged) throws ImportException {
            YNode converted = convert(value);
            if (converted instanceof YNode.YMap map) {
                merged.add(map);
            } else if (converted instanceof YNode.YSeq seq && seq.items().stream().allMatch(i -> i instanceof YNode.YMap)) {
                seq.items().forEach(i -> merged.add((YNode.YMap) i));
            } else {
                throw error(value, "a '<<' merge key needs a mapping or a list of mappings");
            }
        }

        private ImportException error(Node node, String message) {
            return new ImportException(file, line(node), column(node), message);
        }
    }

    private static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    private static int column(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getColumn() + 1;
    }
}
