package nl.ppsim.check;

/** The outcome of one check; {@code INFO} shows numbers without judging them. */
public enum Verdict {
    /** The rule is met. */
    PASS("voldoet", "pass"),
    /** A point of attention: not a failure, or an unconfirmed rule. */
    WARN("waarschuwing", "warning"),
    /** The rule is not met. */
    FAIL("voldoet niet", "fail"),
    /** For information only, no verdict. */
    INFO("ter informatie", "information"),
    /**
     * The interval of a probability reaches across the norm: more draws decide (the check says how
     * many); no seed can turn it into a pass or a fail.
     */
    UNCERTAIN("onzeker", "uncertain");

    private final String dutch;
    private final String english;

    Verdict(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    /** The verdict in Dutch. */
    public String dutch() {
        return dutch;
    }

    /** The verdict in English. */
    public String english() {
        return english;
    }

    /** The CSV code: pass, warn, fail, info, uncertain. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
