package dev.faultline.io.v1;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.faultline.io.v1.TopologyFileV1.Texts;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Suggestions;
import dev.faultline.io.yaml.Located;
import dev.faultline.io.yaml.ProblemLog;
import dev.faultline.io.yaml.YamlList;
import dev.faultline.io.yaml.YamlMap;
import dev.faultline.io.yaml.YamlNode;
import dev.faultline.io.yaml.YamlScalar;

/**
 * Typed access to one YAML mapping of the file. Each accessor returns null (or an empty list) when the key is
 * absent or its value has the wrong type, and logs the type problem at the value. Unknown keys are warned about
 * on construction: a newer file still opens in an older Faultline.
 */
final class MappingReader {
    /** Known keys are short; a longer unknown key gets no hint (edit distance costs length x length). */
    private static final int MAX_HINTED_KEY = 64;
    /**
     * One Double for each whole number below 4,096: latencies, capacities and timeouts repeat (issue #18: 340,000
     * boxes at 50,000 nodes, all alive until the model is built; the model keeps the same box).
     */
    private static final Double[] WHOLE = new Double[4_096];

    static {
        for (int i = 0; i < WHOLE.length; i++) WHOLE[i] = (double) i;
    }

    private final YamlMap map;
    private final String what;
    private final ProblemLog log;
    private final KnownKeys keys;
    /** The entry of each known key (by its index in the list), or null: looked up once, not per accessor. */
    private final YamlMap.Entry[] known;

    /**
     * The keys a kind of mapping may have, with their indexes: made once per list (issue #18: at 50,000 nodes the
     * readers compared each accessor's key with every key of the mapping, about 17 million string comparisons).
     */
    static final class KnownKeys {
        private final List<String> list;
        private final Map<String, Integer> index = new java.util.HashMap<>();

        KnownKeys(List<String> list) {
            this.list = List.copyOf(list);
            for (int i = 0; i < this.list.size(); i++) index.putIfAbsent(this.list.get(i), i);
        }
    }

    MappingReader(YamlMap map, String what, List<String> knownKeys, ProblemLog log) {
        this(map, what, new KnownKeys(knownKeys), log);
    }

    MappingReader(YamlMap map, String what, KnownKeys keys, ProblemLog log) {
        this.map = map;
        this.what = what;
        this.log = log;
        this.keys = keys;
        this.known = new YamlMap.Entry[keys.list.size()];
        List<YamlMap.Entry> entries = map.entries();
        for (int n = 0, size = entries.size(); n < size; n++) { // indexed: no iterator per mapping
            YamlMap.Entry e = entries.get(n);
            Integer i = keys.index.get(e.key());
            if (i == null) {
                String hint = e.key().length() <= MAX_HINTED_KEY ? Suggestions.didYouMean(e.key(), keys.list) : "";
                log.warning(e.keyAt(), "unknown key " + ProblemLog.quote(e.key()) + " in " + what + hint + "; it is ignored");
            } else if (known[i] == null) {
                known[i] = e; // the first, as YamlMap.entry finds it
            }
        }
    }

    /** The entry of {@code key}, or null: as {@link YamlMap#entry}, from the table for a known key. */
    private YamlMap.Entry entry(String key) {
        Integer i = keys.index.get(key);
        return i != null ? known[i] : map.entry(key).orElse(null);
    }

    SourcePosition at() {
        return map.at();
    }

    YamlMap map() {
        return map;
    }

    /** Where the key is written, or null when it is absent. */
    SourcePosition keyAt(String key) {
        YamlMap.Entry e = entry(key);
        return e == null ? null : e.keyAt();
    }

    /** The value, unless absent or an empty plain value ({@code key:}), which YAML means as "not given". */
    Optional<YamlNode> value(String key) {
        return Optional.ofNullable(present(key));
    }

    /** {@link #value}, or null: no Optional per field read (C1, which compiles commands, never elides them). */
    private YamlNode present(String key) {
        YamlNode v = raw(key);
        return v == null || v instanceof YamlScalar s && s.isAbsent() ? null : v;
    }

    /** The value as written, or null when the key is absent. */
    private YamlNode raw(String key) {
        YamlMap.Entry e = entry(key);
        return e == null ? null : e.value();
    }

    /**
     * {@code replicas: null} (or {@code ~}, or nothing after the colon) reads as a figure someone meant to give:
     * an error, rather than a silent default. Leaving the key out is how to ask for the default.
     */
    private boolean explicitlyEmpty(String key) {
        YamlNode v = raw(key);
        // A NULL carrying a number is an out-of-range '.inf' or '.nan', already reported where it was read.
        if (!(v instanceof YamlScalar s) || s.type() != YamlScalar.Type.NULL || s.number() != null) return false;
        log.error(v.at(), key + " has no value (" + (s.text().isEmpty() ? "empty" : s.text())
                + "): give a number, or leave the key out for the default");
        return true;
    }

    Located<String> text(String key) {
        return located(textValue(key), key);
    }

    /** {@link #text} without its position (read with {@link #positions}): no wrapper per value (issue #18). */
    String textValue(String key) {
        YamlNode v = present(key);
        if (v == null) return null;
        if (v instanceof YamlScalar s) return s.text();
        log.error(v.at(), key + " must be text, got " + v.describe());
        return null;
    }

    Located<String> requiredText(String key) {
        return located(requiredTextValue(key), key);
    }

    String requiredTextValue(String key) {
        String value = textValue(key);
        if (value == null && present(key) == null) missing(key);
        return value;
    }

    void missing(String key) {
        log.error(keyAt(key) != null ? keyAt(key) : map.at(), what + " needs '" + key + "'");
    }

    Located<Long> wholeNumber(String key) {
        return located(wholeNumberValue(key), key);
    }

    Long wholeNumberValue(String key) {
        if (explicitlyEmpty(key)) return null;
        YamlNode v = present(key);
        if (v == null) return null;
        if (v instanceof YamlScalar s && s.type() == YamlScalar.Type.INTEGER) {
            if (s.number() instanceof BigInteger) {
                log.error(s.at(), key + " is far too large: " + s.describe());
                return null;
            }
            return s.number().longValue();
        }
        if (v instanceof YamlScalar s && s.type() == YamlScalar.Type.FLOAT && isWhole(s.number())) {
            return s.number().longValue();
        }
        log.error(v.at(), key + " must be a whole number, got " + v.describe());
        return null;
    }

    Located<Double> number(String key) {
        return located(numberValue(key), key);
    }

    Double numberValue(String key) {
        if (explicitlyEmpty(key)) return null;
        YamlNode v = present(key);
        if (v == null) return null;
        if (v instanceof YamlScalar s && (s.type() == YamlScalar.Type.INTEGER || s.type() == YamlScalar.Type.FLOAT)) {
            return boxed(s.number().doubleValue());
        }
        log.error(v.at(), key + " must be a number, got " + v.describe());
        return null;
    }

    Located<Boolean> bool(String key) {
        return located(boolValue(key), key);
    }

    Boolean boolValue(String key) {
        YamlNode v = present(key);
        if (v == null) return null;
        if (v instanceof YamlScalar s && s.type() == YamlScalar.Type.BOOLEAN) {
            return s.number().intValue() == 1;
        }
        log.error(v.at(), key + " must be true or false, got " + v.describe());
        return null;
    }

    /** A value read with its position: where the key's value is written. */
    private <T> Located<T> located(T value, String key) {
        return value == null ? null : new Located<>(value, present(key).pos());
    }

    /**
     * Where the value of each known key is written ({@link KeyPositions}): one array for a record's positions
     * instead of a wrapper per value (issue #18).
     */
    long[] positions() {
        long[] byKey = new long[known.length];
        for (int i = 0; i < known.length; i++) {
            if (known[i] != null) byKey[i] = known[i].value().pos();
        }
        return KeyPositions.of(byKey);
    }

    /** A list of scalars; a single scalar is refused (with a hint) rather than guessed at. */
    List<Located<String>> textList(String key) {
        Texts texts = texts(key);
        List<Located<String>> values = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) values.add(new Located<>(texts.get(i), texts.positions()[i]));
        return values;
    }

    /** {@link #textList} as an immutable list of texts and their positions (issue #18: no wrapper per text). */
    Texts texts(String key) {
        YamlList list = list(key);
        if (list == null) return Texts.NONE;
        List<YamlNode> items = list.items();
        int n = items.size();
        String[] values = new String[n];
        long[] positions = new long[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            YamlNode item = items.get(i);
            if (item instanceof YamlScalar s && !s.isAbsent()) {
                values[kept] = s.text();
                positions[kept++] = s.pos();
            } else {
                log.error(item.at(), "each entry of " + key + " must be text, got "
                        + (item instanceof YamlScalar ? "an empty value" : item.describe()));
            }
        }
        if (kept == 0) return Texts.NONE;
        return kept == n ? new Texts(List.of(values), positions)
                : new Texts(List.of(Arrays.copyOf(values, kept)), Arrays.copyOf(positions, kept));
    }

    YamlList list(String key) {
        YamlNode v = present(key);
        if (v == null) return null;
        if (v instanceof YamlList list) return list;
        String hint = v instanceof YamlScalar s ? " (write [" + s.text() + "] for a list of one)" : "";
        log.error(v.at(), key + " must be a list, got " + v.describe() + hint);
        return null;
    }

    /**
     * Free-form tags: text keys, text or number values. Whole numbers are always Long and fractions Double, one type
     * each whatever the magnitude, so code reading tags never has to guess.
     */
    Map<String, Object> tags(String key) {
        YamlNode v = present(key);
        if (v == null) return Map.of();
        if (!(v instanceof YamlMap tags)) {
            log.error(v.at(), key + " must be a mapping of names to text or numbers, got " + v.describe());
            return Map.of();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (YamlMap.Entry e : tags.entries()) {
            if (e.value() instanceof YamlScalar s && s.type() == YamlScalar.Type.INTEGER
                    && !(s.number() instanceof BigInteger)) {
                values.put(e.key(), s.number().longValue());
            } else if (e.value() instanceof YamlScalar s && s.type() == YamlScalar.Type.FLOAT
                    && !(s.number() instanceof BigDecimal)) {
                values.put(e.key(), s.number().doubleValue());
            } else if (e.value() instanceof YamlScalar s && (s.type() == YamlScalar.Type.STRING
                    || s.type() == YamlScalar.Type.INTEGER || s.type() == YamlScalar.Type.FLOAT)) {
                values.put(e.key(), s.text());
            } else {
                String got = e.value() instanceof YamlScalar s && s.type() == YamlScalar.Type.BOOLEAN
                        ? e.value().describe() + " (quote it to keep it as text)" : e.value().describe();
                log.error(e.value().at(), "tag '" + e.key() + "' must be text or a number, got " + got);
            }
        }
        // One tag is an immutable map of its own, which the model keeps as it is (issue #18).
        if (values.size() == 1) {
            Map.Entry<String, Object> only = values.entrySet().iterator().next();
            return Collections.singletonMap(only.getKey(), only.getValue());
        }
        return values.isEmpty() ? Map.of() : values;
    }

    /** The value boxed, shared for a small whole number (never for -0.0, which is a different Double). */
    static Double boxed(double d) {
        int i = (int) d;
        return i == d && i >= 0 && i < WHOLE.length && (i > 0 || Double.doubleToRawLongBits(d) == 0L) ? WHOLE[i] : Double.valueOf(d);
    }

    private static boolean isWhole(Number n) {
        double d = n.doubleValue();
        return !Double.isInfinite(d) && d == Math.rint(d) && Math.abs(d) < Long.MAX_VALUE;
    }
}
