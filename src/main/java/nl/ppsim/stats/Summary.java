package nl.ppsim.stats;

/** Mean and the quantiles the reports show (p05, p25, p50, p75, p95) of one quantity. */
public record Summary(double mean, double p05, double p25, double p50, double p75, double p95) {

    /** Summarises a sketch, with the mean computed exactly elsewhere (in a fixed order). */
    public static Summary of(double mean, QuantileSketch s) {
        return new Summary(mean, s.quantile(0.05), s.quantile(0.25), s.quantile(0.50), s.quantile(0.75), s.quantile(0.95));
    }

    /** Summarises {@code sorted} (ascending) exactly. */
    public static Summary ofSorted(double mean, double[] sorted) {
        return new Summary(mean, Quantiles.ofSorted(sorted, 0.05), Quantiles.ofSorted(sorted, 0.25),
                Quantiles.ofSorted(sorted, 0.50), Quantiles.ofSorted(sorted, 0.75), Quantiles.ofSorted(sorted, 0.95));
    }
}
