package nl.ppsim.stats;

/**
 * Streaming quantiles with a relative-accuracy guarantee, in the manner of DDSketch and
 * HdrHistogram: a value's bucket is its binary exponent and the top {@value #MANTISSA_BITS} bits of
 * its mantissa, so every bucket spans 0.2% of its value and its midpoint is within 0.1% of every
 * value in it. Buckets of one binade form a page, allocated when first used; memory grows with the
 * range of the values, never with their number, and nothing is ever moved. Counts are integers,
 * so partial sketches merge to the same result in any order: results do not depend on how
 * iterations were spread over threads. Quantiles are clamped to the exact minimum and maximum,
 * so a quantity that never varies is reported exactly.
 *
 * <p>Written here rather than taken from sketches-java because that library's dense stores
 * re-centre their arrays as new extremes arrive, which measured 22-47% of engine time with the
 * hundreds of sketches a scenario with business models keeps (see docs/performance.md).
 */
public final class QuantileSketch {
    /** Every reported quantile lies within 0.1% (relative) of a sample value of that rank. */
    public static final double RELATIVE_ACCURACY = 0.001;
    /** Magnitudes below this (a tenth of a euro cent) count as zero. */
    public static final double SMALLEST = 1e-3;

    static final int MANTISSA_BITS = 9;
    private static final int PAGE = 1 << MANTISSA_BITS;
    /** Binary exponents from -11 (about 5e-4) to 1023 get a page; smaller magnitudes are zero. */
    private static final int MIN_EXPONENT = -11;
    private static final int PAGES = 1023 - MIN_EXPONENT + 1;

    /** Pages of positive values at 0..PAGES-1, of negative values (by magnitude) at PAGES..2 PAGES-1. */
    private final int[][] pages = new int[2 * PAGES][];
    private long zeros;
    private long count;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public void accept(double x) {
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
        count++;
        add(x);
    }

    /** Adds {@code x[0..n)}: the same as {@link #accept} for each, with the running extremes kept in registers. */
    public void acceptAll(double[] x, int n) {
        acceptAll(x, 0, n);
    }

    /** Adds {@code x[from..from + n)}. */
    public void acceptAll(double[] x, int from, int n) {
        double lo = min;
        double hi = max;
        for (int i = from; i < from + n; i++) {
            double v = x[i];
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
            add(v);
        }
        min = lo;
        max = hi;
        count += n;
    }

    private void add(double x) {
        double a = Math.abs(x);
        if (!(a >= SMALLEST)) {
            zeros++;
            return;
        }
        long bits = Double.doubleToRawLongBits(a);
        int page = (int) (bits >>> 52) - 1023 - MIN_EXPONENT + (int) (Double.doubleToRawLongBits(x) >>> 63) * PAGES;
        int bucket = (int) (bits >>> (52 - MANTISSA_BITS)) & (PAGE - 1);
        int[] p = pages[page];
        if (p == null) {
            p = new int[PAGE];
            pages[page] = p;
        }
        p[bucket]++;
    }

    public void merge(QuantileSketch other) {
        if (other.count == 0) {
            return;
        }
        mergePages(pages, other.pages);
        zeros += other.zeros;
        count += other.count;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    private static void mergePages(int[][] into, int[][] from) {
        for (int k = 0; k < into.length; k++) {
            if (from[k] == null) {
                continue;
            }
            if (into[k] == null) {
                into[k] = from[k].clone();
            } else {
                for (int b = 0; b < PAGE; b++) {
                    into[k][b] += from[k][b];
                }
            }
        }
    }

    public long count() {
        return count;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** The value of rank floor(p (n - 1)) + 1 in ascending order, to within the relative accuracy. */
    public double quantile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        if (min == max || p <= 0) {
            return min;
        }
        if (p >= 1) {
            return max;
        }
        long rank = (long) Math.floor(p * (count - 1));
        long seen = 0;
        for (int k = PAGES - 1; k >= 0; k--) {
            int[] page = pages[PAGES + k];
            if (page == null) {
                continue;
            }
            for (int b = PAGE - 1; b >= 0; b--) {
                seen += page[b];
                if (seen > rank) {
                    return clamp(-midpoint(k, b));
                }
            }
        }
        seen += zeros;
        if (seen > rank) {
            return clamp(0);
        }
        for (int k = 0; k < PAGES; k++) {
            int[] page = pages[k];
            if (page == null) {
                continue;
            }
            for (int b = 0; b < PAGE; b++) {
                seen += page[b];
                if (seen > rank) {
                    return clamp(midpoint(k, b));
                }
            }
        }
        return max;
    }

    private double clamp(double v) {
        return Math.max(min, Math.min(max, v));
    }

    private static double midpoint(int page, int bucket) {
        double base = Math.scalb(1.0, page + MIN_EXPONENT);
        return base * (1 + (bucket + 0.5) / PAGE);
    }
}
