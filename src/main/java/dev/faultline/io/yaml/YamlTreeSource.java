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

    /**
     * {@link #read} of the characters {@code from} (the start of a line) to {@code to} of {@code text}. A reader that
     * can read a region in place saves the copy of a part (half of a 36 MB file each, issue #18); by default the part
     * is cut out.
     */
    default Optional<YamlNode> read(String text, int from, int to, int linesBefore, ProblemLog log,
                                    YamlTreeReader.ItemSink sink) {
        return read(from == 0 && to == text.length() ? text : text.substring(from, to), linesBefore, log, sink);
    }
}
