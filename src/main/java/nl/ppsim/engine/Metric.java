package nl.ppsim.engine;

/** The yearly cash metrics reported per year (in-kind is reported beside the cash accounts). */
public enum Metric {
    SUBSIDY("subsidy"),
    PARTNER_CASH("partner_cash"),
    REVENUE("revenue"),
    COSTS("costs"),
    NET("net"),
    RESERVE("reserve"),
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
