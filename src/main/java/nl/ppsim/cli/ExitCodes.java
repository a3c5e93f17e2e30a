package nl.ppsim.cli;

/** The exit codes every command uses. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** An internal error (a bug). */
    public static final int INTERNAL = 1;
    /** Invalid input or usage: something the user can fix. */
    public static final int INVALID = 2;
    /** {@code ppsim check}: a check failed. */
    public static final int CHECK_FAILED = 3;

    private ExitCodes() {}
}
