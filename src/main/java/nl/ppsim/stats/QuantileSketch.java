package nl.ppsim.stats;

/**
 * Streaming quantiles with a relative-accuracy guarantee, in the manner of DDSketch and
 * HdrHistogram: a value's bucket is its binary exponent and the top {@value #MANTISSA_BITS} bits of
 * its mantissa, so every bucket spans 0.2% of its value and its midpoint is within 0.1% of every
 * value in it. Buckets of one sign and binade form a page, allocated when first used; memory grows with the
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
    /** Magnitudes below this (2^-10, about a tenth of a euro cent) count as zero. */
    public static final double SMALLEST = 0x1p-10;

    static final int MANTISSA_BITS = 9;
    private static final int PAGE = 1 << MANTISSA_BITS;
    /**
     * The top 12 bits of a value's IEEE representation (sign and biased exponent) choose its page
     * and the next {@value #MANTISSA_BITS} bits its bucket, so adding a value needs no absolute
     * value or sign arithmetic. Magnitudes from {@link #SMALLEST} to 2^54 (all amounts in euros)
     * have their pages in a table of 2 x {@value #NEAR} entries; smaller magnitudes count as zero,
     * larger ones go to a full table made only when one arrives. The small table keeps a sketch
     * to half a kilobyte plus its pages, which matters with hundreds of sketches per thread.
     */
    private static final int ZERO_BELOW = 1023 - 10;

    private static final int NEAR_BITS = 6;
    static final int NEAR = 1 << NEAR_BITS;
    private static final int SIGN = 2048;

    /**
     * Counts are kept modulo 2^16 in pages of chars; every 2^16-th increment of a bucket carries one
     * into an int page beside it, made when first needed. The two page tables are made at the first
     * value: a run that keeps no quantiles (the many runs of the tornado and of solve) then holds
     * hundreds of empty sketches of a few dozen bytes each. Half the bytes of int pages: the adds of a
     * run touch hundreds of sketches, and those with half the cache lines measured about 5% faster
     * for the whole engine.
     */
    private char[][] near;

    private int[][] nearCarries;
    /** Pages of magnitudes of 2^54 and more, by sign x 2048 + biased exponent; null until needed. */
    private char[][] far;

    private int[][] farCarries;
    private long zeros;
    private long count;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** Adds one value. */
    public void accept(double x) {
        pages();
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
        count++;
        add(Double.doubleToRawLongBits(x), 1);
    }

    /** Adds {@code x[0..n)}: the same as {@link #accept} for each, with the running extremes kept in registers. */
    public void acceptAll(double[] x, int n) {
        acceptAll(x, 0, n);
    }

    /**
     * Adds {@code x[from..from + n)}. A run of equal values (a constant flow, a year without
     * subsidy, an amount nobody gives in kind) is counted once with its length: one bucket's
     * increments in a row wait on each other through memory.
     */
    public void acceptAll(double[] x, int from, int n) {
        if (n == 0) {
            return;
        }
        pages();
        double lo = min;
        double hi = max;
        long runBits = 0;
        int run = 0;
        for (int i = from; i < from + n; i++) {
            double v = x[i];
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
            long bits = Double.doubleToRawLongBits(v);
            if (bits == runBits) {
                run++;
            } else {
                if (run > 0) {
                    add(runBits, run);
                }
                runBits = bits;
                run = 1;
            }
        }
        if (run > 0) {
            add(runBits, run);
        }
        min = lo;
        max = hi;
        count += n;
    }

    /** Whether the page tables exist (they are made at the first value); for tests of the memory a run keeps. */
    boolean hasPages() {
        return near != null;
    }

    private void pages() {
        if (near == null) {
            near = new char[2 * NEAR][];
            nearCarries = new int[2 * NEAR][];
        }
    }

    /** Adds {@code k} values with the representation {@code bits}: a count and its carry, as k single adds would leave them. */
    private void add(long bits, int k) {
        int key = (int) (bits >>> 52);
        int e = (key & (SIGN - 1)) - ZERO_BELOW;
        if ((e & -NEAR) != 0) {
            addOutside(key, bits, k);
            return;
        }
        int page = e | (key >>> 11) << NEAR_BITS;
        char[] p = near[page];
        if (p == null) {
            p = new char[PAGE];
            near[page] = p;
        }
        int b = (int) (bits >>> (52 - MANTISSA_BITS)) & (PAGE - 1);
        int c = p[b] + k;
        p[b] = (char) c;
        if (c > Character.MAX_VALUE) {
            carry(nearCarries, page, b, c >>> 16);
        }
    }

    private static void carry(int[][] carries, int page, int bucket, int carried) {
        if (carries[page] == null) {
            carries[page] = new int[PAGE];
        }
        carries[page][bucket] += carried;
    }

    /**
     * {@link #add} for zeros and the far pages. The increment is written out here and in add: with
     * one helper for both, add measured 10-40% slower in a microbenchmark.
     */
    private void addOutside(int key, long bits, int k) {
        if ((key & (SIGN - 1)) < ZERO_BELOW) {
            zeros += k;
            return;
        }
        if (far == null) {
            far = new char[2 * SIGN][];
            farCarries = new int[2 * SIGN][];
        }
        if (far[key] == null) {
            far[key] = new char[PAGE];
        }
        int b = (int) (bits >>> (52 - MANTISSA_BITS)) & (PAGE - 1);
        int c = far[key][b] + k;
        far[key][b] = (char) c;
        if (c > Character.MAX_VALUE) {
            carry(farCarries, key, b, c >>> 16);
        }
    }

    /** The page of values of sign {@code sign} (0 or 1) and biased exponent {@code e} &gt;= ZERO_BELOW, or null. */
    private char[] page(int sign, int e) {
        if (e - ZERO_BELOW < NEAR) {
            return near == null ? null : near[sign * NEAR + e - ZERO_BELOW];
        }
        return far == null ? null : far[sign * SIGN + e];
    }

    /** The carries of the page of {@link #page}, or null. */
    private int[] carries(int sign, int e) {
        if (e - ZERO_BELOW < NEAR) {
            return nearCarries == null ? null : nearCarries[sign * NEAR + e - ZERO_BELOW];
        }
        return farCarries[sign * SIGN + e];
    }

    private static long count(char[] page, int[] carries, int bucket) {
        return page[bucket] + (carries == null ? 0 : (long) carries[bucket] << 16);
    }

    /** Adds all values of {@code other} (merging per-thread sketches). */
    public void merge(QuantileSketch other) {
        if (other.count == 0) {
            return;
        }
        pages();
        if (other.near != null) {
            mergePages(near, nearCarries, other.near, other.nearCarries);
        }
        if (other.far != null) {
            if (far == null) {
                far = new char[2 * SIGN][];
                farCarries = new int[2 * SIGN][];
            }
            mergePages(far, farCarries, other.far, other.farCarries);
        }
        zeros += other.zeros;
        count += other.count;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    private static void mergePages(char[][] into, int[][] intoCarries, char[][] from, int[][] fromCarries) {
        for (int k = 0; k < into.length; k++) {
            if (from[k] == null) {
                continue;
            }
            if (into[k] == null) {
                into[k] = new char[PAGE];
            }
            for (int b = 0; b < PAGE; b++) {
                int sum = into[k][b] + from[k][b];
                into[k][b] = (char) sum;
                int carried = (sum >>> 16) + (fromCarries[k] == null ? 0 : fromCarries[k][b]);
                if (carried != 0) {
                    carry(intoCarries, k, b, carried);
                }
            }
        }
    }

    /** The number of values added. */
    public long count() {
        return count;
    }

    /** The smallest value added. */
    public double min() {
        return min;
    }

    /** The largest value added. */
    public double max() {
        return max;
    }

    /** The value of rank floor(p (n - 1)) + 1 in ascending order, to within the relative accuracy. */
    public double quantile(double p) {
        return quantiles(p)[0];
    }

    /**
     * {@link #quantile} of each of {@code ps} (ascending), in one pass over the buckets: reports
     * ask for several quantiles of hundreds of sketches.
     */
    public double[] quantiles(double... ps) {
        double[] out = new double[ps.length];
        if (count == 0) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        long[] ranks = new long[ps.length];
        int next = 0;
        for (int j = 0; j < ps.length; j++) {
            if (j > 0 && !(ps[j] >= ps[j - 1])) {
                throw new IllegalArgumentException("probabilities not ascending: " + java.util.Arrays.toString(ps));
            }
            double p = ps[j];
            if (min == max || p <= 0) {
                out[j] = min;
                next = j + 1;
            } else if (p >= 1) {
                out[j] = max;
            } else {
                ranks[j] = (long) Math.floor(p * (count - 1));
            }
        }
        int last = ps.length;
        while (last > next && ps[last - 1] >= 1) {
            last--;
        }
        if (next >= last) {
            return out;
        }
        long seen = 0;
        for (int e = SIGN - 1; e >= ZERO_BELOW && next < last; e--) {
            char[] page = page(1, e);
            if (page == null) {
                continue;
            }
            int[] carries = carries(1, e);
            for (int b = PAGE - 1; b >= 0 && next < last; b--) {
                seen += count(page, carries, b);
                while (next < last && seen > ranks[next]) {
                    out[next++] = clamp(-midpoint(e, b));
                }
            }
        }
        seen += zeros;
        while (next < last && seen > ranks[next]) {
            out[next++] = clamp(0);
        }
        for (int e = ZERO_BELOW; e < SIGN && next < last; e++) {
            char[] page = page(0, e);
            if (page == null) {
                continue;
            }
            int[] carries = carries(0, e);
            for (int b = 0; b < PAGE && next < last; b++) {
                seen += count(page, carries, b);
                while (next < last && seen > ranks[next]) {
                    out[next++] = clamp(midpoint(e, b));
                }
            }
        }
        while (next < last) {
            out[next++] = max;
        }
        return out;
    }

    private double clamp(double v) {
        return Math.max(min, Math.min(max, v));
    }

    /** The middle of bucket {@code bucket} of the binade with biased exponent {@code exponent}. */
    private static double midpoint(int exponent, int bucket) {
        double base = Math.scalb(1.0, exponent - 1023);
        return base * (1 + (bucket + 0.5) / PAGE);
    }
}
