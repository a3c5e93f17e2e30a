package nl.ppsim.stats;

/** Mean and the quantiles the reports show (p05, p25, p50, p75, p95) of one quantity. */
public record Summary(double mean, double p05, double p25, double p50, double p75, double p95) {

    /** Summarises {@code sorted} (ascending) with the given mean (computed in a fixed order elsewhere). */
    public static Summary ofSorted(double mean, double[] sorted) {
        return new Summary(mean, Quantiles.ofSorted(sorted, 0.05), Quantiles.ofSorted(sorted, 0.25),
                Quantiles.ofSorted(sorted, 0.50), Quantiles.ofSorted(sorted, 0.75), Quantiles.ofSorted(sorted, 0.95));
    }
}
