package dev.faultline.model;

/** A 1-based line and column in the file a model element was read from; {@link #UNKNOWN} when built in code. */
public record SourcePosition(int line, int column) {
    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
