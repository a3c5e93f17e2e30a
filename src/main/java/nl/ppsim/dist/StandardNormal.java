package nl.ppsim.dist;

/**
 * The standard normal quantile function by Wichura's algorithm AS 241 (PPND16, Applied Statistics
 * 37(3), 1988, 477-484): rational approximations accurate to about 1e-16, evaluated with fused
 * multiply-adds, which halves their latency. Used for normal and lognormal inputs, where the
 * library's inversion (through the inverse error function) measured 40 ns a draw. In the central
 * 85% of probability AS 241 is used as is and agrees with Commons Statistics to within 1e-14. Its
 * tail formula needs a logarithm, a square root and a division (25 ns a draw, measured), so the
 * tails come from a table built from it once: for m = min(p, 1 - p), the binade of m (read from its
 * exponent bits, no logarithm) is cut into {@value #SEGMENTS} segments, each a cubic Hermite
 * interpolant of the quantile with its exact slope 1/phi(x) at both ends (6 ns a draw, within 1e-9
 * of AS 241; both tested). Below 2^-64 and at 0 and 1 AS 241 itself is used.
 */
public final class StandardNormal {
    private StandardNormal() {}

    /** The standard normal quantile of p (fast tabulated tails, AS 241 in the centre). */
    public static double quantile(double p) {
        double q = p - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            return q * central(r);
        }
        return tabulatedTail(p, q);
    }

    static final int SEGMENTS = 64;
    private static final int SEGMENT_BITS = 6;
    /** Biased exponent of the binade [2^-4, 2^-3), which holds the tail's edge 0.075. */
    private static final int TOP_EXPONENT = 1019;
    /** Binades 2^-4 down to 2^-64: every uniform the engine draws, also after Latin hypercube stratification. */
    private static final int BINADES = 61;

    private static final long FRACTION = (1L << (52 - SEGMENT_BITS)) - 1;
    private static final double FRACTION_SCALE = 0x1.0p-46;
    /** Per segment: the cubic's coefficients c0..c3 in the position t in [0, 1) within the segment. */
    private static final double[] TAIL = tailTable();

    private static double[] tailTable() {
        double[] c = new double[4 * SEGMENTS * BINADES];
        for (int k = 0; k < BINADES; k++) {
            double base = Math.scalb(1.0, TOP_EXPONENT - k - 1023);
            for (int j = 0; j < SEGMENTS; j++) {
                double p0 = base * (1 + (double) j / SEGMENTS);
                double p1 = base * (1 + (double) (j + 1) / SEGMENTS);
                double f0 = exact(p0);
                double f1 = exact(p1);
                double d0 = (p1 - p0) / density(f0);
                double d1 = (p1 - p0) / density(f1);
                TabulatedQuantile.hermite(c, 4 * (k * SEGMENTS + j), f0, f1, d0, d1);
            }
        }
        return c;
    }

    /** AS 241 without the table. */
    static double exact(double p) {
        double q = p - 0.5;
        return Math.abs(q) <= 0.425 ? q * central(0.180625 - q * q) : tail(p, q);
    }

    private static double density(double x) {
        return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    }

    /** The quantile for |p - 0.5| &gt; 0.425 from the table. */
    private static double tabulatedTail(double p, double q) {
        long bits = Double.doubleToRawLongBits(Math.min(p, 1 - p));
        int k = TOP_EXPONENT - (int) (bits >>> 52);
        if (k < 0 || k >= BINADES) {
            return tail(p, q);
        }
        int o = 4 * (k * SEGMENTS + ((int) (bits >>> (52 - SEGMENT_BITS)) & (SEGMENTS - 1)));
        double t = (bits & FRACTION) * FRACTION_SCALE;
        double x = TabulatedQuantile.cubicAt(TAIL, o, t);
        return Math.copySign(x, q);
    }

    /** The cumulative table covers z in [-CDF_RANGE, CDF_RANGE]; beyond, the probability is below 2^-64 (or above 1 - 2^-53). */
    static final double CDF_RANGE = 9.5;

    static final int CDF_INTERVALS = 512;
    private static final double CDF_STEP = 2 * CDF_RANGE / CDF_INTERVALS;
    private static final double CDF_PER_STEP = CDF_INTERVALS / (2 * CDF_RANGE);
    /** Per interval: the cubic's coefficients of Phi in the position t in [0, 1) within the interval. */
    private static final double[] CDF = cdfTable();

    private static double[] cdfTable() {
        org.apache.commons.statistics.distribution.NormalDistribution exact =
                org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1);
        double[] c = new double[4 * CDF_INTERVALS];
        for (int k = 0; k < CDF_INTERVALS; k++) {
            double z0 = -CDF_RANGE + k * CDF_STEP;
            double z1 = z0 + CDF_STEP;
            TabulatedQuantile.hermite(
                    c,
                    4 * k,
                    exact.cumulativeProbability(z0),
                    exact.cumulativeProbability(z1),
                    CDF_STEP * density(z0),
                    CDF_STEP * density(z1));
        }
        return c;
    }

    /**
     * Replaces the normal scores {@code buf[0..n)} by their probabilities Phi(z), from a cubic
     * Hermite table with exact slopes on 512 intervals of [-9.5, 9.5] (16 KB, so it stays in the first-level cache; within 1e-8 of the exact
     * value; tested), kept strictly inside (0, 1) between {@link Distribution#U_MIN} and
     * {@link Distribution#U_MAX}: for the AR(1) persistence of yearly inputs, which turns a chain
     * of normal scores back into uniforms for each input's own quantile function.
     */
    public static void cumulatives(double[] buf, int n) {
        for (int i = 0; i < n; i++) {
            buf[i] = cumulative(buf[i]);
        }
    }

    /**
     * Phi(z) from the table. Clamped with comparisons, not Math.min/max, which for doubles must
     * handle NaN and signed zeros and measured 7-12 ns an element here against 3-5.
     */
    private static double cumulative(double z) {
        double c = z < -CDF_RANGE ? -CDF_RANGE : z > CDF_RANGE ? CDF_RANGE : z;
        double x = (c + CDF_RANGE) * CDF_PER_STEP;
        int k = (int) x;
        k = k > CDF_INTERVALS - 1 ? CDF_INTERVALS - 1 : k;
        double p = TabulatedQuantile.cubicAt(CDF, 4 * k, x - k);
        return p < Distribution.U_MIN ? Distribution.U_MIN : p > Distribution.U_MAX ? Distribution.U_MAX : p;
    }

    /**
     * One step of an AR(1) chain of normal scores for a row: {@code w = rho w + innovation z} (z the
     * row's normal scores on entry), and the row becomes Phi(w), as {@link #cumulatives} computes it,
     * in one pass.
     */
    public static void chain(double[] w, double[] row, double rho, double innovation, int n) {
        for (int i = 0; i < n; i++) {
            double z = rho * w[i] + innovation * row[i];
            w[i] = z;
            row[i] = cumulative(z);
        }
    }

    /** Each thread's copy of the uniforms being converted, so the tails can be done after the central pass. */
    private static final ThreadLocal<double[][]> SCRATCH = ThreadLocal.withInitial(() -> new double[1][0]);

    /**
     * Replaces the uniforms {@code buf[0..n)} by their standard normal quantiles, with the same
     * arithmetic as {@link #quantile}: first the central approximation for all of them in one loop
     * without branches (which the JIT can vectorise), then the tails (15% of draws, from the table) from a copy
     * of the uniforms. A branch per draw would be mispredicted about one time in six.
     */
    public static void quantiles(double[] buf, int n) {
        double[][] holder = SCRATCH.get();
        if (holder[0].length < n) {
            holder[0] = new double[Math.max(n, 64)];
        }
        double[] u = holder[0];
        System.arraycopy(buf, 0, u, 0, n);
        for (int i = 0; i < n; i++) {
            double q = buf[i] - 0.5;
            buf[i] = q * central(Math.max(0.180625 - q * q, 0));
        }
        for (int start = 0; start < n; start += 64) {
            int end = Math.min(n, start + 64);
            long tails = 0;
            for (int i = start; i < end; i++) {
                tails |= (Double.doubleToRawLongBits(0.425 - Math.abs(u[i] - 0.5)) >>> 63) << (i - start);
            }
            while (tails != 0) {
                int i = start + Long.numberOfTrailingZeros(tails);
                tails &= tails - 1;
                buf[i] = tabulatedTail(u[i], u[i] - 0.5);
            }
        }
    }

    private static double central(double r) {
        return Math.fma(
                        Math.fma(
                                Math.fma(
                                        Math.fma(
                                                Math.fma(
                                                        Math.fma(
                                                                Math.fma(
                                                                        2509.0809287301226727,
                                                                        r,
                                                                        33430.575583588128105),
                                                                r,
                                                                67265.770927008700853),
                                                        r,
                                                        45921.953931549871457),
                                                r,
                                                13731.693765509461125),
                                        r,
                                        1971.5909503065514427),
                                r,
                                133.14166789178437745),
                        r,
                        3.387132872796366608)
                / Math.fma(
                        Math.fma(
                                Math.fma(
                                        Math.fma(
                                                Math.fma(
                                                        Math.fma(
                                                                Math.fma(
                                                                        5226.495278852854561, r, 28729.085735721942674),
                                                                r,
                                                                39307.89580009271061),
                                                        r,
                                                        21213.794301586595867),
                                                r,
                                                5394.1960214247511077),
                                        r,
                                        687.1870074920579083),
                                r,
                                42.313330701600911252),
                        r,
                        1.0);
    }

    private static double tail(double p, double q) {
        if (!(p > 0 && p < 1)) {
            return p == 0 ? Double.NEGATIVE_INFINITY : p == 1 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        double r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
        double x;
        if (r <= 5) {
            r -= 1.6;
            x = Math.fma(
                            Math.fma(
                                    Math.fma(
                                            Math.fma(
                                                    Math.fma(
                                                            Math.fma(
                                                                    Math.fma(
                                                                            7.7454501427834140764e-4,
                                                                            r,
                                                                            0.0227238449892691845833),
                                                                    r,
                                                                    0.24178072517745061177),
                                                            r,
                                                            1.27045825245236838258),
                                                    r,
                                                    3.64784832476320460504),
                                            r,
                                            5.7694972214606914055),
                                    r,
                                    4.6303378461565452959),
                            r,
                            1.42343711074968357734)
                    / Math.fma(
                            Math.fma(
                                    Math.fma(
                                            Math.fma(
                                                    Math.fma(
                                                            Math.fma(
                                                                    Math.fma(
                                                                            1.05075007164441684324e-9,
                                                                            r,
                                                                            5.475938084995344946e-4),
                                                                    r,
                                                                    0.0151986665636164571966),
                                                            r,
                                                            0.14810397642748007459),
                                                    r,
                                                    0.68976733498510000455),
                                            r,
                                            1.6763848301838038494),
                                    r,
                                    2.05319162663775882187),
                            r,
                            1.0);
        } else {
            r -= 5;
            x = Math.fma(
                            Math.fma(
                                    Math.fma(
                                            Math.fma(
                                                    Math.fma(
                                                            Math.fma(
                                                                    Math.fma(
                                                                            2.01033439929228813265e-7,
                                                                            r,
                                                                            2.71155556874348757815e-5),
                                                                    r,
                                                                    0.0012426609473880784386),
                                                            r,
                                                            0.026532189526576123093),
                                                    r,
                                                    0.29656057182850489123),
                                            r,
                                            1.7848265399172913358),
                                    r,
                                    5.4637849111641143699),
                            r,
                            6.6579046435011037772)
                    / Math.fma(
                            Math.fma(
                                    Math.fma(
                                            Math.fma(
                                                    Math.fma(
                                                            Math.fma(
                                                                    Math.fma(
                                                                            2.04426310338993978564e-15,
                                                                            r,
                                                                            1.4215117583164458887e-7),
                                                                    r,
                                                                    1.8463183175100546818e-5),
                                                            r,
                                                            7.868691311456132591e-4),
                                                    r,
                                                    0.0148753612908506148525),
                                            r,
                                            0.13692988092273580531),
                                    r,
                                    0.59983220655588793769),
                            r,
                            1.0);
        }
        return q < 0 ? -x : x;
    }
}
