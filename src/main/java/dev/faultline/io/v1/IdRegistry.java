package dev.faultline.io.v1;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.model.SourcePosition;
import dev.faultline.io.yaml.Located;
import dev.faultline.io.yaml.Positions;
import dev.faultline.io.yaml.ProblemLog;

/**
 * The ids declared in one list (nodes, teams, zones or flows): checks their spelling and uniqueness as they are
 * declared, then answers references in constant time.
 */
final class IdRegistry {
    static final int MAX_LENGTH = 200;

    private final String what;
    private final ProblemLog log;
    private final SuggestionBudget hints;
    private Map<String, Long> declared = new HashMap<>();
    private final RecentIds recent = new RecentIds();

    IdRegistry(String what, ProblemLog log, SuggestionBudget hints) {
        this.what = what;
        this.log = log;
        this.hints = hints;
    }

    /** Sizes the table for {@code count} ids before any is declared: no rehash while 50,000 are (issue #18). */
    void expect(int count) {
        if (declared.isEmpty()) declared = new HashMap<>((int) (count / 0.75f) + 1);
    }

    /** Records an id; logs a bad spelling or a duplicate (pointing at this one, naming the first's line). */
    void declare(Located<String> id) {
        if (id != null) declare(id.value(), id.pos());
    }

    /** {@link #declare(Located)} of an id written at {@code pos} (packed); null is no id (its absence is logged). */
    void declare(String id, long pos) {
        if (id == null) return;
        checkSpelling(id, pos);
        Long first = declared.putIfAbsent(id, pos);
        if (first != null) {
            log.error(Positions.of(pos), "duplicate " + what + " id " + ProblemLog.quote(id) + " (first on line "
                    + Positions.line(first) + ")");
        }
    }

    boolean contains(String id) {
        return declared.containsKey(id);
    }

    /** {@code ref} is null (not given, logged where it was read) or names a declared id. */
    boolean knows(String ref) {
        if (ref == null || recent.get(ref) != null) return true;
        if (!declared.containsKey(ref)) return false;
        recent.put(ref, ref);
        return true;
    }

    /** Logs that {@code ref}, written at {@code at}, names no declared id; {@code role} says where it was used. */
    void unknown(String ref, SourcePosition at, String role) {
        String hint = declared.isEmpty() ? " (the file declares no " + what + "s)"
                : hints.didYouMean(ref, suggestible());
        log.error(at, role + " names unknown " + what + " " + ProblemLog.quote(ref) + hint);
    }

    /** Logs an error when {@code ref} names no declared id; {@code role} says where it was used. */
    void requireKnown(Located<String> ref, String role) {
        requireKnown(ref, () -> role);
    }

    /** As {@link #requireKnown(Located, String)}, the role spelled out only for a message. */
    void requireKnown(Located<String> ref, java.util.function.Supplier<String> role) {
        if (ref != null && !knows(ref.value())) unknown(ref.value(), ref.at(), role.get());
    }

    /** Declared ids short enough to suggest; over-long ones were already reported and would cost too much. */
    private List<String> suggestible() {
        return declared.keySet().stream().filter(id -> id.length() <= MAX_LENGTH).toList();
    }

    private void checkSpelling(String value, long pos) {
        if (value.isEmpty()) {
            log.error(Positions.of(pos), what + " id is empty");
        } else if (value.length() > MAX_LENGTH) {
            log.error(Positions.of(pos), what + " id is " + value.length() + " characters long; ids have at most " + MAX_LENGTH);
        } else if (!isIdentifier(value)) {
            log.error(Positions.of(pos), what + " id '" + value + "' may only contain letters, digits and . _ - / :");
        }
    }

    /** Letters and digits (any script), and . _ - / : so that "payments/api" and "k8s:default/cart" work. */
    static boolean isIdentifier(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (!Character.isLetterOrDigit(c) && ".-_/:".indexOf(c) < 0) return false;
            i += Character.charCount(c);
        }
        return !value.isEmpty();
    }
}
