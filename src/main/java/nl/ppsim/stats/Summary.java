package nl.ppsim.stats;

/** Mean and the quantiles the reports show (p05, p25, p50, p75, p95) of one quantity. */
public record Summary(double mean, double p05, double p25, double p50, double p75, double p95) {

    /** Summarises a sketch, with the mean computed exactly elsewhere (in a fixed order). */
    public static Summary of(double mean, QuantileSketch s) {
        double[] q = s.quantiles(0.05, 0.25, 0.50, 0.75, 0.95);
        return new Summary(mean, q[0], q[1], q[2], q[3], q[4]);
    }

    /** True when every figure is a finite number. */
    public boolean isFinite() {
        return Double.isFinite(mean)
                && Double.isFinite(p05)
                && Double.isFinite(p25)
                && Double.isFinite(p50)
                && Double.isFinite(p75)
                && Double.isFinite(p95);
    }

    /** Summarises {@code sorted} (ascending) exactly. */
    public static Summary ofSorted(double mean, double[] sorted) {
        return new Summary(
                mean,
                Quantiles.ofSorted(sorted, 0.05),
                Quantiles.ofSorted(sorted, 0.25),
                Quantiles.ofSorted(sorted, 0.50),
                Quantiles.ofSorted(sorted, 0.75),
                Quantiles.ofSorted(sorted, 0.95));
    }
}
