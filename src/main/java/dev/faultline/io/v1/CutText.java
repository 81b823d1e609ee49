package dev.faultline.io.v1;

import java.util.Optional;

import dev.faultline.io.yaml.ProblemLog;
import dev.faultline.io.yaml.YamlMap;
import dev.faultline.io.yaml.YamlNode;
import dev.faultline.io.yaml.YamlTreeReader;

/**
 * The text {@link PlainSplitRead} cuts in two and reads: a decoded string, or a file's bytes when they are all
 * printable ASCII or characters the plain reader reads ({@link AsciiText}, issue #18). Offsets are the text's own (a
 * string's indices, the bytes' indices, which begin after a byte order mark); for ASCII they are the same characters,
 * so both give the same answers (beyond ASCII, see {@link AsciiText}).
 */
interface CutText {
    /** Where the text's first character is. */
    int start();

    /** Just past its last character. */
    int end();

    default int length() {
        return end() - start();
    }

    /** {@link PlainSplitRead#cutBeforeItem}: where the cut goes, aiming at {@code aim}, or -1. */
    int cutBeforeItem(int aim);

    /** The spaces at the start of the line that starts at {@code at}. */
    int indentation(int at);

    /** The line breaks before {@code cut} and the last top-level key before it; null when there is none. */
    TopKey lastTopKeyBefore(int cut);

    /** A top-level key ({@code name} on line {@code line}) and the line breaks before the cut. */
    record TopKey(String name, int line, int linesBefore) {
    }

    /** The plain reader's reading of a region. */
    Optional<YamlNode> read(int from, int to, ProblemLog log, YamlTreeReader.ItemSink sink);

    /** The plain reader's reading of the list's items from {@code from} and the top-level keys after it. */
    Optional<YamlMap> readListTail(int from, int linesBefore, String key, int column, YamlTreeReader.ItemSink sink);

    /** What reading the text goes on to when it cannot be cut inside a list. */
    PlainSplitRead.Read fallback(ProblemLog log);
}
