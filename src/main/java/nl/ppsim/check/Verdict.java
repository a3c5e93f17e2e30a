package nl.ppsim.check;

/** The outcome of one check; {@code INFO} shows numbers without judging them. */
public enum Verdict {
    PASS("voldoet", "pass"),
    WARN("waarschuwing", "warning"),
    FAIL("voldoet niet", "fail"),
    INFO("ter informatie", "information");

    private final String dutch;
    private final String english;

    Verdict(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }

    /** The CSV code: pass, warn, fail, info. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
