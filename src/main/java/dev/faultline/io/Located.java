package dev.faultline.io;

import dev.faultline.model.SourcePosition;

/** A value read from the file together with where it was written, so later checks can point at it. */
record Located<T>(T value, long pos) {
    SourcePosition at() {
        return Positions.of(pos);
    }
}
