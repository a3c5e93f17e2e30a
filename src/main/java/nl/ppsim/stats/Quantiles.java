package nl.ppsim.stats;

/** Quantiles of a sorted sample by linear interpolation between order statistics (as Excel's PERCENTIEL.INC and R's type 7). */
public final class Quantiles {
    private Quantiles() {}

    /** The p-quantile of sorted values, interpolated linearly between order statistics (type 7, as NumPy's default). */
    public static double ofSorted(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }
}
