package dev.faultline.analysis.doublefault;

import java.util.List;

/** Every double fault of a topology, in the contract's order; {@code count} is how many there are. */
public record DoubleFaults(List<DoubleFault> pairs) {
    public static final DoubleFaults NONE = new DoubleFaults(List.of());

    public DoubleFaults {
        pairs = List.copyOf(pairs);
    }

    public int count() {
        return pairs.size();
    }

    /** The first {@code max} pairs; 0 means all. */
    public List<DoubleFault> first(int max) {
        return max <= 0 || max >= pairs.size() ? pairs : pairs.subList(0, max);
    }
}
