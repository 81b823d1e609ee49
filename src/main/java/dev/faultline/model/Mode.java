package dev.faultline.model;

/** How a caller uses a dependency: it waits for the answer (sync) or hands work off (async). */
public enum Mode {
    SYNC, ASYNC;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
