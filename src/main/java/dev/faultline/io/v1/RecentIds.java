package dev.faultline.io.v1;

/**
 * The last id strings found in a table, by instance: a reference met again as the very same string (a dependency's
 * caller repeats on its next lines, and its callee is one of a few shared strings) is answered by one identity check
 * instead of a hash lookup that compares characters (issue #18: 430,000 references at 50,000 nodes, read by another
 * thread than most node ids, so never the ids' own strings). Direct-mapped by the string's hash: a miss only means
 * asking the table.
 */
final class RecentIds {
    private static final int SLOTS = 1_024;

    private final String[] seen = new String[SLOTS];
    private final String[] found = new String[SLOTS];

    /** What was remembered for this very string, or null. */
    String get(String ref) {
        int slot = ref.hashCode() & (SLOTS - 1);
        return seen[slot] == ref ? found[slot] : null;
    }

    /** Remembers that {@code ref} (this instance) was found in the table as {@code id}. */
    void put(String ref, String id) {
        int slot = ref.hashCode() & (SLOTS - 1);
        seen[slot] = ref;
        found[slot] = id;
    }
}
