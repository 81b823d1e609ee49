package dev.faultline.io.v1;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.model.SourcePosition;
import dev.faultline.io.yaml.Located;
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
    private Map<String, SourcePosition> declared = new HashMap<>();

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
        if (id == null) return;
        checkSpelling(id);
        SourcePosition first = declared.putIfAbsent(id.value(), id.at());
        if (first != null) {
            log.error(id.at(), "duplicate " + what + " id " + ProblemLog.quote(id.value()) + " (first on line " + first.line() + ")");
        }
    }

    boolean contains(String id) {
        return declared.containsKey(id);
    }

    /** Logs an error when {@code ref} names no declared id; {@code role} says where it was used. */
    void requireKnown(Located<String> ref, String role) {
        requireKnown(ref, () -> role);
    }

    /** As {@link #requireKnown(Located, String)}, the role spelled out only for a message. */
    void requireKnown(Located<String> ref, java.util.function.Supplier<String> role) {
        if (ref == null || declared.containsKey(ref.value())) return;
        String hint = declared.isEmpty() ? " (the file declares no " + what + "s)"
                : hints.didYouMean(ref.value(), suggestible());
        log.error(ref.at(), role.get() + " names unknown " + what + " " + ProblemLog.quote(ref.value()) + hint);
    }

    /** Declared ids short enough to suggest; over-long ones were already reported and would cost too much. */
    private List<String> suggestible() {
        return declared.keySet().stream().filter(id -> id.length() <= MAX_LENGTH).toList();
    }

    private void checkSpelling(Located<String> id) {
        String value = id.value();
        if (value.isEmpty()) {
            log.error(id.at(), what + " id is empty");
        } else if (value.length() > MAX_LENGTH) {
            log.error(id.at(), what + " id is " + value.length() + " characters long; ids have at most " + MAX_LENGTH);
        } else if (!isIdentifier(value)) {
            log.error(id.at(), what + " id '" + value + "' may only contain letters, digits and . _ - / :");
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
