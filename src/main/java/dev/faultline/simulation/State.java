package dev.faultline.simulation;

/** The state of a node or flow in a scenario, per the format contract. Ordered from best to worst. */
public enum State {
    UP, DEGRADED, DOWN;

    public State worst(State other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
