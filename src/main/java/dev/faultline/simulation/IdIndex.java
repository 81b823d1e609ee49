package dev.faultline.simulation;

/**
 * Node ids to their indices: an open-addressing table over the ids' own (cached) hash codes that tries the cheap
 * identity compare before {@link String#equals}. Issue #18: compiling a 50,000-node topology resolved 430,000 ids
 * through a {@code HashMap<String, Integer>}, and most of that time went to comparing equal strings byte by byte:
 * the parser shares one String per distinct value, but not the node's own id instance.
 * <p>
 * {@link #resolve} (the compilation's, single-threaded) remembers each other instance it has matched by equality,
 * so the next look-up of that same instance is an identity hit; {@link #indexOf} only reads, and may be called by any
 * thread once the index is published.
 */
final class IdIndex {
    /** Slots: the key (a node id, or another instance equal to one), its hash code and its node index. */
    private String[] keys;
    private int[] hashes;
    private int[] values;
    private int mask;
    /** 32 minus log2 of the capacity: a slot is the top bits of the hash times the golden ratio. */
    private final int shift;
    private int size;
    /** Instances other than the ids themselves are remembered while the table is at most half full. */
    private int aliasRoom;

    /** The index of {@code ids}: id i has index i. Ids are distinct (the topology checks). */
    IdIndex(java.util.List<String> ids) {
        int capacity = Integer.highestOneBit(Math.max(4, ids.size() * 4) - 1) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            int s = find(id, id.hashCode());
            if (s < 0) put(id, id.hashCode(), i);
            else values[s] = i; // as a map's put: the last one wins (the topology has no duplicates anyway)
        }
        aliasRoom = capacity / 2 - size;
    }

    /** The index of the node with this id, or -1. Read only. */
    int indexOf(String id) {
        int h = id.hashCode();
        int s = identical(id, h);
        if (s >= 0) return values[s];
        s = find(id, h);
        return s < 0 ? -1 : values[s];
    }

    /**
     * {@link #indexOf}, remembering this instance when it matched by equality alone. Not thread-safe: for the
     * compilation that builds the index only.
     */
    int resolve(String id) {
        int h = id.hashCode();
        int s = identical(id, h);
        if (s >= 0) return values[s];
        s = find(id, h);
        if (s < 0) return -1;
        int v = values[s];
        if (aliasRoom > 0) {
            aliasRoom--;
            put(id, h, v);
        }
        return v;
    }

    /** The slot holding this very instance, or -1. */
    private int identical(String id, int h) {
        String[] k = keys;
        int m = mask;
        for (int s = slot(h); ; s = (s + 1) & m) {
            String key = k[s];
            if (key == id) return s;
            if (key == null) return -1;
        }
    }

    /** The first slot holding a string equal to {@code id}, or -1. */
    private int find(String id, int h) {
        String[] k = keys;
        int[] hs = hashes;
        int m = mask;
        for (int s = slot(h); ; s = (s + 1) & m) {
            String key = k[s];
            if (key == null) return -1;
            if (hs[s] == h && (key == id || key.equals(id))) return s;
        }
    }

    private void put(String id, int h, int value) {
        int s = slot(h);
        while (keys[s] != null) s = (s + 1) & mask;
        keys[s] = id;
        hashes[s] = h;
        values[s] = value;
        size++;
    }

    /** Fibonacci hashing: every bit of the hash counts, so ids that differ only in their last characters spread. */
    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }
}
