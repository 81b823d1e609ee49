package dev.faultline.io.yaml;

import dev.faultline.model.SourcePosition;

/**
 * Line and column packed into one long. A 50,000-service file has millions of tokens; keeping their positions as
 * primitives instead of objects roughly halves the tree's live memory, which is what the garbage collector copies.
 */
public final class Positions {
    private Positions() {
    }

    public static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xFFFFFFFFL);
    }

    public static long pack(SourcePosition at) {
        return pack(at.line(), at.column());
    }

    public static SourcePosition of(long packed) {
        return new SourcePosition(line(packed), column(packed));
    }

    public static int line(long packed) {
        return (int) (packed >>> 32);
    }

    public static int column(long packed) {
        return (int) packed;
    }
}
