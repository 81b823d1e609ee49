package dev.faultline.bench;

/**
 * A stage ran out of heap. Thrown in place of the {@link OutOfMemoryError} once the stage's data is unreachable,
 * so the caller has memory left to report which size and stage it was, with the heap in use.
 */
public final class StageOutOfMemoryError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int size;
    private final Stage stage;

    public StageOutOfMemoryError(int size, Stage stage, OutOfMemoryError cause) {
        super(stage.label() + " at " + size + " nodes ran out of memory", cause);
        this.size = size;
        this.stage = stage;
    }

    public int size() {
        return size;
    }

    public Stage stage() {
        return stage;
    }
}
