package nl.ppsim.check;

/**
 * The outcome of one check; {@code INFO} shows numbers without judging them. The words for each
 * are made at the edge ({@code report.CheckText}).
 */
public enum Verdict {
    /** The rule is met. */
    PASS,
    /** A point of attention: not a failure, or an unconfirmed rule. */
    WARN,
    /** The rule is not met. */
    FAIL,
    /** For information only, no verdict. */
    INFO,
    /**
     * The interval of a probability reaches across the norm: more draws decide (the check says how
     * many); no seed can turn it into a pass or a fail.
     */
    UNCERTAIN;

    /** The CSV code: pass, warn, fail, info, uncertain. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
