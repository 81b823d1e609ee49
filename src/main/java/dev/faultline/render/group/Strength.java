package dev.faultline.render.group;

import dev.faultline.model.Dependency;

/**
 * How much a dependency can hurt its caller, worst first: a hard (sync and required) dependency can take the caller
 * down, a soft one (sync, not required) only degrades it, an async one neither on its own.
 */
public enum Strength {
    HARD, SOFT, ASYNC;

    public static Strength of(Dependency d) {
        if (!d.isSync()) return ASYNC;
        return d.required() ? HARD : SOFT;
    }

    public Strength worst(Strength other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
