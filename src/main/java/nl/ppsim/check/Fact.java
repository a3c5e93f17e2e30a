package nl.ppsim.check;

/**
 * A figure behind a check's explanation. Most are one number per check; some are one per item
 * ({@link #at}): per partner group, per milestone year, per flagged input. Which a check must have
 * is declared by its {@link Rule} and checked when the check is made, so that an explanation never
 * reads a figure its check lacks.
 */
public enum Fact {
    /** The eligible project costs in the subsidy years, as planned (after the scheme's exclusions). */
    BUDGET,
    /** The same before the scheme's exclusions. */
    BUDGET_ALL,
    /** The subsidy over the subsidy years, as planned. */
    SUBSIDY,
    /** A share before the scheme's exclusions (when it has any). */
    SHARE_ALL,
    /** A group's planned contribution (cash and in kind) over the subsidy years. */
    CONTRIBUTION,
    /** The subsidy years. */
    YEARS,
    /** The years of an extension beyond the scheme's duration. */
    EXTENSION,
    /** The limit a probability is of ending beyond. */
    LIMIT,
    /** About how many draws decide an uncertain verdict. */
    NEEDED,
    /** The lower end of the headline's 95% interval. */
    CI_LOW,
    /** The upper end of the headline's 95% interval. */
    CI_HIGH,
    /** The mean yearly funding that needs partners to renew. */
    PER_YEAR,
    /** How many business models earn their keep (0 or 1: whether any does). */
    EARNING_MODELS,
    /** How many inputs the register looks at (the tornado's top). */
    TOP,
    /** 1 when the scheme settles pro rata. */
    PRO_RATA,
    /** 1 when the scheme's reduction is a power, not a duty. */
    DISCRETIONARY,
    /** The mean subsidy repaid at settlement. */
    REPAID,
    /** Per partner group: the in-kind contribution the scheme does not count. */
    EXCLUDED,
    /** Per partner group: its share of the funding after the subsidy. */
    SHARE,
    /** Per milestone year: its calendar year. */
    CALENDAR_YEAR,
    /** Per milestone year: the probability of being self-sufficient. */
    SELF_SUFFICIENT,
    /** Per milestone year: the mean revenue. */
    REVENUE,
    /** Per milestone year: the median reserve. */
    RESERVE_P50,
    /** Per flagged item: the value found. */
    FOUND,
    /** Per input path: 1 when the input is left at its catalog default. */
    CATALOG_DEFAULT;

    /** The key of this figure in a check's facts. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The key of this figure for one item (a group's key, a milestone year, an input path). */
    public String at(String item) {
        return key() + ":" + item;
    }
}
