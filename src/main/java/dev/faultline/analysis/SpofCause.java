package dev.faultline.analysis;

/**
 * Why a node lacks redundancy against one ordinary fault: the contract's SPOF cause as a type, so callers switch on it
 * instead of cutting strings apart. {@link #id()} is the contract string written to JSON, SARIF and text.
 */
public sealed interface SpofCause permits SpofCause.NoSpareInstance, SpofCause.SingleZone {
    /** The contract string: {@code no-spare-instance} or {@code single-zone:<zone>}. */
    String id();

    /** Losing any one instance leaves fewer than minHealthy. */
    record NoSpareInstance() implements SpofCause {
        public static final String ID = "no-spare-instance";

        @Override
        public String id() { return ID; }

        @Override
        public String toString() { return id(); }
    }

    /** One declared zone holds so many instances that losing it leaves fewer than minHealthy. */
    record SingleZone(String zone) implements SpofCause {
        public static final String PREFIX = "single-zone:";

        @Override
        public String id() { return PREFIX + zone; }

        @Override
        public String toString() { return id(); }
    }

    SpofCause NO_SPARE_INSTANCE = new NoSpareInstance();
}
