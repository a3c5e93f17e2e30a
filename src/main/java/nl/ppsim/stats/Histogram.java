package nl.ppsim.stats;

import java.util.Arrays;

/**
 * A histogram read off a distribution's percentiles: equal bins of a round width between the
 * 1st and the 99th percentile, each with the share of the distribution that falls in it. The
 * cumulative distribution between two percentiles is taken as linear (so each bin's share is
 * exact to within the percentiles' own accuracy); the share below the first bin and above the last
 * is added to the outer bins, so the shares sum to 1. Made from the run's percentiles rather than
 * its draws, so that a run of any length (which keeps no draws) has one.
 *
 * @param edges the bins' edges, one more than the bins, rising
 * @param shares each bin's share of the distribution (its outer bins include the tails)
 */
public record Histogram(double[] edges, double[] shares) {

    /** Copies the arrays. */
    public Histogram {
        edges = edges.clone();
        shares = shares.clone();
        if (edges.length != shares.length + 1) {
            throw new IllegalArgumentException("a histogram has one edge more than it has bins");
        }
    }

    /** The bins' edges, a copy. */
    @Override
    public double[] edges() {
        return edges.clone();
    }

    /** Each bin's share, a copy. */
    @Override
    public double[] shares() {
        return shares.clone();
    }

    /** The number of bins. */
    public int bins() {
        return shares.length;
    }

    /** The lower edge of bin {@code k}. */
    public double from(int k) {
        return edges[k];
    }

    /** The upper edge of bin {@code k}. */
    public double to(int k) {
        return edges[k + 1];
    }

    /** The share of bin {@code k}. */
    public double share(int k) {
        return shares[k];
    }

    /**
     * About {@code bins} bins (between {@code bins / 2.5} and {@code bins + 1}, with a width of 1, 2,
     * 2.5 or 5 times a power of ten) over the 1st to the 99th percentile of {@code percentiles}
     * (101 values, the k-th the k-th percentile). A distribution that is one value gets one bin
     * around it.
     */
    public static Histogram fromPercentiles(double[] percentiles, int bins) {
        if (percentiles.length != 101 || bins < 1) {
            throw new IllegalArgumentException("need the 0th to the 100th percentile and at least one bin");
        }
        double lo = percentiles[1];
        double hi = percentiles[99];
        if (!(hi > lo)) {
            double half = Math.max(1, Math.abs(lo) * 0.01);
            return new Histogram(new double[] {lo - half, lo + half}, new double[] {1});
        }
        double width = roundWidth((hi - lo) / bins);
        double start = Math.floor(lo / width) * width;
        int n = (int) Math.ceil((hi - start) / width - 1e-9);
        n = Math.max(1, n);
        double[] edges = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            edges[k] = start + k * width;
        }
        double[] shares = new double[n];
        double below = 0;
        for (int k = 0; k < n; k++) {
            double upper = k == n - 1 ? 1 : cumulative(percentiles, edges[k + 1]);
            shares[k] = upper - below;
            below = upper;
        }
        return new Histogram(edges, shares);
    }

    /** The share of the distribution at or below {@code x}, linear between its percentiles. */
    static double cumulative(double[] q, double x) {
        if (x < q[0]) {
            return 0;
        }
        if (x >= q[100]) {
            return 1;
        }
        int k = Arrays.binarySearch(q, x);
        if (k >= 0) {
            while (k < 100 && q[k + 1] == x) {
                k++;
            }
            return k / 100.0;
        }
        k = -k - 2;
        return (k + (x - q[k]) / (q[k + 1] - q[k])) / 100.0;
    }

    /** The smallest width of 1, 2, 2.5 or 5 times a power of ten at least {@code raw}. */
    static double roundWidth(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= raw * (1 - 1e-12)) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
