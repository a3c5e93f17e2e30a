package nl.ppsim.cli;

/** The exit codes every command uses. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int INVALID = 2;
    /** {@code ppsim check}: a check failed. */
    public static final int CHECK_FAILED = 3;

    private ExitCodes() {
    }
}
