package dev.faultline.io.yaml;

import java.util.Optional;

/**
 * Something that reads YAML text into the tree: {@link YamlTreeReader} (any YAML, every mistake reported) or {@link
 * PlainBlockReader} (the plain subset, fast, or nothing). A part of a file ({@code dev.faultline.io.v1.SplitYamlRead})
 * begins at the start of line {@code linesBefore + 1}; positions are those in the whole file.
 */
@FunctionalInterface
public interface YamlTreeSource {
    /** The root node, or empty when this source cannot read the text (what was wrong, if anything, is in {@code log}). */
    Optional<YamlNode> read(String text, int linesBefore, ProblemLog log, YamlTreeReader.ItemSink sink);
}
