package nl.ppsim.engine.kernel;

/**
 * What the engine keeps per business model and year, in this order in the block sums and the
 * tally's sketches: revenue, costs, margin, in kind, overhead and margin after overhead.
 */
enum ModelMetric {
    REVENUE,
    COSTS,
    MARGIN,
    IN_KIND,
    OVERHEAD,
    MARGIN_AFTER_OVERHEAD;

    /** How many there are. */
    static final int COUNT = values().length;

    /** This metric's row offset within a model's rows, in units of the layout's stride. */
    int at(int stride) {
        return ordinal() * stride;
    }
}
