package dev.faultline.io.yaml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

import dev.faultline.model.SourcePosition;

/**
 * Turns YAML text into a {@link YamlNode} tree with Jackson's streaming parser. Reports, and never silently
 * misreads: duplicate keys, anchors, aliases and merge keys (Jackson would read {@code *a} as the string "a"),
 * several documents in one file, and malformed YAML at the position SnakeYAML marks.
 */
public final class YamlTreeReader {
    /** A topology needs 5 levels; 64 leaves room and keeps recursion (ours and the parser's) shallow. */
    public static final int MAX_NESTING = 64;
    private static final int SMALL_MAPPING = 16;
    private static final int MAX_SHARED_KEYS = 1_000;

    private final YAMLFactory factory;

    public YamlTreeReader() {
        factory = newFactory();
    }

    /** The parser settings of every topology read: the file-size cap as code-point limit, and shallow nesting. */
    public static YAMLFactory newFactory() {
        return YAMLFactory.builder()
                .loaderOptions(loaderOptions())
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
    }

    /**
     * SnakeYAML's options for any tree Faultline reads back: its default code-point limit (3 MB) is smaller than
     * the biggest topology Faultline accepts, so every YAML mapper of ours takes the file-size cap instead.
     */
    public static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) InputGuard.MAX_BYTES);
        return options;
    }

    /**
     * Receives the items of the top-level lists it accepts one at a time, as soon as each is read, instead of
     * finding them in the tree: a 50,000-node file then never holds its whole tree at once, which is what made
     * building the tree cost as much again as parsing (the garbage collector copying it).
     */
    public interface ItemSink {
        ItemSink NONE = new ItemSink() {
            @Override
            public boolean accepts(String rootKey) {
                return false;
            }

            @Override
            public void item(String rootKey, YamlNode item) {
            }
        };

        boolean accepts(String rootKey);

        void item(String rootKey, YamlNode item);
    }

    /** The root node of the single document, or empty when the text is not usable YAML (problems are logged). */
    public Optional<YamlNode> read(String text, ProblemLog log) {
        return read(text, log, ItemSink.NONE);
    }

    /**
     * Like {@link #read(String, ProblemLog)}, but items of the top-level lists {@code sink} accepts go to the sink
     * and those lists stay empty in the tree. A repeated top-level key is reported and never streamed.
     */
    public Optional<YamlNode> read(String text, ProblemLog log, ItemSink sink) {
        return read(text, 0, log, sink);
    }

    /**
     * Like {@link #read(String, ProblemLog, ItemSink)} for a part of a file that begins at the start of line
     * {@code linesBefore + 1} (see {@link SplitYamlRead}): positions are those in the whole file.
     */
    public Optional<YamlNode> read(String text, int linesBefore, ProblemLog log, ItemSink sink) {
        try (YAMLParser parser = (YAMLParser) factory.createParser(text)) {
            try {
                return new Reading(parser, linesBefore, log, sink).document();
            } catch (IOException | RuntimeException e) {
                reportParseFailure(e, text, toPosition(parser.currentLocation()), log);
                return Optional.empty();
            }
        } catch (IOException e) {
            reportParseFailure(e, text, new SourcePosition(1, 1), log);
            return Optional.empty();
        }
    }

    private static final class Reading {
        private final YAMLParser parser;
        private final int linesBefore;
        private final ProblemLog log;
        private final ItemSink sink;
        private final Map<String, String> keys = new HashMap<>();
        /** Anchors Jackson does not report (on plain values and lists) are read from SnakeYAML's event, once each. */
        private final java.util.Set<Object> reportedEvents =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Reading(YAMLParser parser, int linesBefore, ProblemLog log, ItemSink sink) {
            this.parser = parser;
            this.linesBefore = linesBefore;
            this.log = log;
            this.sink = sink;
        }

        Optional<YamlNode> document() throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                log.error(1, 1, "the file holds no YAML content; a topology needs 'faultline: 1', 'name' and 'nodes'");
                return Optional.empty();
            }
            YamlNode root = value(first, true);
            JsonToken next = parser.nextToken();
            // A lone '---' after the document yields an empty scalar: an empty second document, harmless.
            while (next != null && next.isScalarValue() && parser.getText().isEmpty()) next = parser.nextToken();
            if (next != null) {
                log.error(Positions.of(position()),
                        "the file holds more than one YAML document ('---'); put the whole topology in one");
            }
            return Optional.of(root);
        }

        private YamlNode value(JsonToken token) throws IOException {
            return value(token, false);
        }

        private YamlNode value(JsonToken token, boolean root) throws IOException {
            long at = position();
            refuseAnchor(at);
            return switch (token) {
                case START_OBJECT -> mapping(at, root);
                case START_ARRAY -> sequence(at);
                default -> scalar(token, at);
            };
        }

        private YamlMap mapping(long at, boolean root) throws IOException {
            List<YamlMap.Entry> entries = new ArrayList<>();
            Map<String, Long> index = null;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                String key = shared(parser.getText());
                long keyAt = position();
                if ("<<".equals(key)) {
                    log.error(Positions.of(keyAt),
                            "YAML merge keys ('<<') are not supported: write the keys out in full");
                }
                // Most mappings have a handful of keys, where a scan beats building a hash map for each.
                if (index == null && entries.size() >= SMALL_MAPPING) {
                    index = new HashMap<>();
                    for (YamlMap.Entry e : entries) index.put(e.key(), e.keyPos());
                }
                Long first = index != null ? index.get(key) : scan(entries, key);
                JsonToken valueToken = parser.nextToken();
                YamlNode value = root && first == null && valueToken == JsonToken.START_ARRAY && sink.accepts(key)
                        ? streamedSequence(key) : value(valueToken);
                if (first != null) {
                    log.error(Positions.of(keyAt),
                            "duplicate key '" + key + "' (first on line " + Positions.of(first).line() + ")");
                } else {
                    entries.add(new YamlMap.Entry(key, keyAt, value));
                    if (index != null) index.put(key, keyAt);
                }
            }
            return new YamlMap(entries, at);
        }

        private static Long scan(List<YamlMap.Entry> entries, String key) {
            for (YamlMap.Entry e : entries) {
                if (e.key().equals(key)) return e.keyPos();
            }
            return null;
        }

        /** Keys repeat thousands of times ("id", "replicas"); one shared copy each keeps the tree small. */
        private String shared(String key) {
            if (keys.size() >= MAX_SHARED_KEYS) return key;
            String known = keys.putIfAbsent(key, key);
            return known == null ? key : known;
        }

        /** A top-level list whose items go to the sink; the tree keeps it empty. */
        private YamlList streamedSequence(String key) throws IOException {
            long at = position();
            refuseAnchor(at);
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                sink.item(key, value(t));
            }
            return new YamlList(new ArrayList<>(0), at);
        }

        private YamlList sequence(long at) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                items.add(value(t));
            }
            return new YamlList(items, at);
        }

        private YamlScalar scalar(JsonToken token, long at) throws IOException {
            String text = parser.getText();
            if (parser.isCurrentAlias()) {
                log.error(Positions.of(at),
                        "YAML aliases ('*" + text + "') are not supported: write the value out in full");
                return new YamlScalar("", YamlScalar.Type.NULL, null, at);
            }
            return switch (token) {
                case VALUE_NUMBER_INT -> new YamlScalar(text, YamlScalar.Type.INTEGER, parser.getNumberValue(), at);
                case VALUE_NUMBER_FLOAT -> nonFinite(text)
                        ? outOfRange(text, at) : new YamlScalar(text, YamlScalar.Type.FLOAT, parser.getNumberValue(), at);
                case VALUE_TRUE, VALUE_FALSE -> new YamlScalar(text, YamlScalar.Type.BOOLEAN,
                        token == JsonToken.VALUE_TRUE ? 1 : 0, at);
                case VALUE_NULL -> new YamlScalar(text, YamlScalar.Type.NULL, null, at);
                default -> new YamlScalar(text, YamlScalar.Type.STRING, null, at);
            };
        }

        /** YAML's {@code .inf}, {@code -.Inf}, {@code .nan}: valid YAML, never a usable figure in a topology. */
        private static boolean nonFinite(String text) {
            String t = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
            return t.equalsIgnoreCase(".inf") || t.equalsIgnoreCase(".nan");
        }

        /** Reported where it stands, and read as "not given" so validation goes on without a second message. */
        private YamlScalar outOfRange(String text, long at) {
            log.error(Positions.of(at), "'" + text + "' is out of range: Faultline needs a finite number here");
            return new YamlScalar("", YamlScalar.Type.NULL, Double.NaN, at);
        }

        private void refuseAnchor(long at) throws IOException {
            Object anchor = parser.getObjectId();
            if (anchor == null) {
                org.yaml.snakeyaml.events.NodeEvent event = LastEventAnchor.anchoredEvent(parser);
                if (event != null && reportedEvents.add(event)) anchor = event.getAnchor();
            }
            if (anchor != null) {
                if (parser.getObjectId() != null) reportedEvents.add(LastEventAnchor.anchoredEvent(parser));
                log.error(Positions.of(at),
                        "YAML anchors ('&" + anchor + "') are not supported: write the values out in full");
            }
        }

        private long position() {
            JsonLocation location = parser.currentTokenLocation();
            return location == null ? Positions.pack(linesBefore + 1, 1) : Positions.pack(
                    linesBefore + Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
        }
    }

    private static SourcePosition toPosition(JsonLocation location) {
        if (location == null) return new SourcePosition(1, 1);
        return new SourcePosition(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /**
     * SnakeYAML's own mark is exact (0-based, so add 1); Jackson's wrapper location often points elsewhere.
     * Nesting-limit errors carry no location at all, so the parser's position at the time is used.
     */
    private static void reportParseFailure(Exception e, String text, SourcePosition current, ProblemLog log) {
        MarkedYAMLException marked = find(e, MarkedYAMLException.class);
        if (marked != null && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            log.error(mark.getLine() + 1, mark.getColumn() + 1, "malformed YAML: " + describe(marked));
            return;
        }
        ReaderException reader = find(e, ReaderException.class);
        if (reader != null) {
            SourcePosition at = positionOfIndex(text, reader.getPosition());
            log.error(at, String.format("character U+%04X is not allowed in YAML", reader.getCodePoint()));
            return;
        }
        if (e instanceof StreamConstraintsException sce && String.valueOf(sce.getMessage()).contains("nesting")) {
            log.error(current, "nesting deeper than " + MAX_NESTING + " levels; a topology file needs about 5");
            return;
        }
        SourcePosition at = e instanceof JsonProcessingException jpe ? toPosition(jpe.getLocation())
                : new SourcePosition(1, 1);
        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        if (String.valueOf(message).startsWith("Expected a field name")) {
            // Jackson names its parser's internal event here ("<...SequenceStartEvent(anchor=null...)>").
            log.error(at, "a key must be a plain value: YAML complex keys ('? [a, b]' or '? {..}') are not supported");
            return;
        }
        log.error(at, "malformed YAML: " + firstLine(message));
    }

    /** "while parsing a block mapping: expected <block end>, but found '-'" from SnakeYAML's parts. */
    private static String describe(MarkedYAMLException e) {
        String problem = firstLine(e.getProblem());
        String context = e.getContext();
        return context == null ? problem : firstLine(context) + ": " + problem;
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable input";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) return type.cast(c);
        }
        return null;
    }

    private static SourcePosition positionOfIndex(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, index - lineStart + 1);
    }
}
