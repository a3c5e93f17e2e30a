package nl.ppsim.engine.result;

/** The yearly cash metrics reported per year (in-kind is reported beside the cash accounts). */
public enum Metric {
    /** Subsidy received (negative in a year of repayment). */
    SUBSIDY("subsidy"),
    /** Partners' cash contributions. */
    PARTNER_CASH("partner_cash"),
    /** Earned revenue of business models and revenue lines. */
    REVENUE("revenue"),
    /** Cash costs. */
    COSTS("costs"),
    /** Cash in minus cash out. */
    NET("net"),
    /** The reserve at the end of the year. */
    RESERVE("reserve"),
    /** In-kind contributions (valued, not cash). */
    IN_KIND("in_kind");

    private final String key;

    Metric(String key) {
        this.key = key;
    }

    /** Column prefix in yearly.csv. */
    public String key() {
        return key;
    }
}
