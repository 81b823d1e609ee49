package dev.faultline.cli;

/** The command line's exit codes (docs/cli.md). Scripts rely on them; never renumber. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The analysis found what {@code --fail-on} names. */
    public static final int FINDINGS = 1;
    /** The input is invalid; every problem was printed to standard error. */
    public static final int INVALID_INPUT = 2;
    /** The command line itself was wrong. */
    public static final int USAGE = 3;
    /** Java ran out of heap (the message says how big the heap was); not the input's fault, so not 2. */
    public static final int OUT_OF_MEMORY = 4;

    private ExitCodes() {
    }
}
