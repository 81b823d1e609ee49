package dev.faultline.simulation;

/** A failure event names a node, zone, region or team the topology does not have. */
public final class UnknownTargetException extends IllegalArgumentException {
    public UnknownTargetException(String message) {
        super(message);
    }
}
