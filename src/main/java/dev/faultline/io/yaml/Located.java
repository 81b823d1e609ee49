package dev.faultline.io.yaml;

import dev.faultline.model.SourcePosition;

/** A value read from the file together with where it was written, so later checks can point at it. */
public record Located<T>(T value, long pos) {
    public SourcePosition at() {
        return Positions.of(pos);
    }
}
