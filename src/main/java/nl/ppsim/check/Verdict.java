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
    INFO("ter informatie", "information");

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

    /** The CSV code: pass, warn, fail, info. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
