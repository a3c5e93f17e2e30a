package nl.ppsim.dist;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * Validating factories for every distribution a scenario may name. Each factory checks its
 * parameters (NaN-safe: {@code !(x > 0)} rejects NaN too) and throws
 * {@link IllegalArgumentException} with a message that states the rule and the value; the
 * scenario reader adds the file and YAML path.
 */
public final class Distributions {

    /** z such that P(Z &lt;= z) = 0.95 for a standard normal Z: the 90% range is mean +- z sd. */
    static final double Z95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.95);

    private Distributions() {}

    /** A distribution that always gives {@code value}. */
    public static Distribution constant(double value) {
        requireFinite(value, "value");
        return new Constant(value);
    }

    /** Uniform on [min, max]; a constant when min equals max. */
    public static Distribution uniform(double min, double max) {
        requireFinite(min, "min");
        requireFinite(max, "max");
        if (!(min <= max)) {
            throw fail("dist.min_above_max", min, max);
        }
        requireComputable(min, max);
        if (min == max) {
            return new Constant(min);
        }
        return new Uniform(min, max);
    }

    /** Triangular with the given minimum, mode and maximum. */
    public static Distribution triangular(double min, double mode, double max) {
        checkOrdered(min, mode, max);
        if (min == max) {
            return new Constant(min);
        }
        return new Triangular(min, mode, max);
    }

    /** PERT: a beta distribution on [min, max] with the given mode and shape weight 4. */
    public static Distribution pert(double min, double mode, double max) {
        checkOrdered(min, mode, max);
        if (min == max) {
            return new Constant(min);
        }
        double range = max - min;
        double alpha = 1 + 4 * (mode - min) / range;
        double beta = 1 + 4 * (max - mode) / range;
        return new Scaled(
                BetaDistribution.of(alpha, beta),
                min,
                range,
                Written.call("pert", min, mode, max),
                betaTable(alpha, beta),
                mode);
    }

    /** Normal with the given mean and standard deviation; a constant when sd is 0. */
    public static Distribution normal(double mean, double sd) {
        requireFinite(mean, "mean");
        requireNonNegative(sd, "sd");
        if (sd == 0) {
            return new Constant(mean);
        }
        return new Gaussian(mean, sd, false, NormalDistribution.of(mean, sd), Written.call("normal", mean, sd));
    }

    /** Lognormal given the mean and standard deviation of the variable itself (not of its log). */
    public static Distribution lognormal(double mean, double sd) {
        requireFinite(mean, "mean");
        if (!(mean > 0)) {
            throw fail("dist.lognormal_mean", mean);
        }
        requireNonNegative(sd, "sd");
        if (sd == 0) {
            return new Constant(mean);
        }
        double sigma2 = Math.log1p((sd / mean) * (sd / mean));
        double mu = Math.log(mean) - sigma2 / 2;
        return new Gaussian(
                mu,
                Math.sqrt(sigma2),
                true,
                LogNormalDistribution.of(mu, Math.sqrt(sigma2)),
                Written.call("lognormal", mean, sd));
    }

    /** Largest shape parameter of a beta distribution: beyond this its incomplete beta function fails to converge. */
    public static final double MAX_BETA_SHAPE = 1e6;

    /** Beta on [0, 1] with shapes alpha and beta. */
    public static Distribution beta(double alpha, double beta) {
        requirePositive(alpha, "alpha");
        requirePositive(beta, "beta");
        if (alpha > MAX_BETA_SHAPE || beta > MAX_BETA_SHAPE) {
            throw fail("dist.beta_shape", MAX_BETA_SHAPE, alpha, beta);
        }
        return new Scaled(
                BetaDistribution.of(alpha, beta),
                0,
                1,
                Written.call("beta", alpha, beta),
                betaTable(alpha, beta),
                Double.NaN);
    }

    /** Largest mean of a Poisson distribution (counts of things, not of euros). */
    public static final double MAX_POISSON_MEAN = 1e7;

    /** Poisson with the given mean (counts); a constant 0 when the mean is 0. */
    public static Distribution poisson(double mean) {
        requireNonNegative(mean, "mean");
        if (mean > MAX_POISSON_MEAN) {
            throw fail("dist.poisson_mean", MAX_POISSON_MEAN, mean);
        }
        if (mean == 0) {
            return new Constant(0);
        }
        return new Poisson(mean);
    }

    /** 1 with probability p, else 0. */
    public static Distribution bernoulli(double p) {
        requireProbability(p, "p");
        if (p == 0 || p == 1) {
            return new Constant(p);
        }
        return new Discrete(new double[] {0, 1}, new double[] {1 - p, p}, Written.call("bernoulli", p));
    }

    /** Discrete over {@code values} with probabilities proportional to {@code weights}. */
    public static Distribution discrete(double[] values, double[] weights) {
        if (values.length == 0) {
            throw fail("dist.no_values");
        }
        if (values.length != weights.length) {
            throw fail("dist.lengths", values.length, weights.length);
        }
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            requireFinite(values[i], "values[" + i + "]");
            requireNonNegative(weights[i], "weights[" + i + "]");
            total += weights[i];
        }
        if (!(total > 0)) {
            throw fail("dist.weights_sum");
        }
        double[] p = new double[weights.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = weights[i] / total;
        }
        return new Discrete(values.clone(), p, Written.lists(values, weights));
    }

    /**
     * A distribution with 90% of its draws between low and high (5% below, 5% above): lognormal
     * when both bounds are positive, otherwise normal.
     */
    public static Distribution range90(double low, double high) {
        requireFinite(low, "low");
        requireFinite(high, "high");
        if (!(low <= high)) {
            throw fail("dist.low_above_high", low, high);
        }
        if (low == high) {
            return new Constant(low);
        }
        Written text = Written.call("range90", low, high);
        if (low > 0) {
            double mu = (Math.log(low) + Math.log(high)) / 2;
            double sigma = (Math.log(high) - Math.log(low)) / (2 * Z95);
            return new Gaussian(mu, sigma, true, LogNormalDistribution.of(mu, sigma), text);
        }
        double mean = (low + high) / 2;
        double sd = (high - low) / (2 * Z95);
        return new Gaussian(mean, sd, false, NormalDistribution.of(mean, sd), text);
    }

    /**
     * A risk event's impact in a period: 0 with probability 1 - p, otherwise a draw from
     * {@code impact}. Inverted from one uniform, so "whether" and "how much" are one input:
     * quantile(u) = 0 for u &lt;= 1 - p, else impact.quantile((u - (1 - p)) / p).
     */
    public static Distribution event(double p, Distribution impact) {
        requireProbability(p, "probability");
        if (p == 0) {
            return new Constant(0);
        }
        if (p == 1) {
            return impact;
        }
        return new Event(p, impact);
    }

    record Event(double p, Distribution impact) implements Distribution {
        @Override
        public double quantile(double u) {
            double q = 1 - p;
            if (u <= q) {
                return 0;
            }
            double v = (u - q) / p;
            return impact.quantile(Math.min(Math.max(v, Distribution.U_MIN), Distribution.U_MAX));
        }

        @Override
        public double mean() {
            return p * impact.mean();
        }

        /** The planned budget has no risk events. */
        @Override
        public double planned() {
            return 0;
        }

        @Override
        public double variance() {
            double m = impact.mean();
            return p * (impact.variance() + m * m) - p * p * m * m;
        }

        @Override
        public double lower() {
            return Math.min(0, impact.lower());
        }

        @Override
        public double upper() {
            return Math.max(0, impact.upper());
        }

        @Override
        public String describe(Notation n) {
            return "event(" + n.number(p) + n.separator() + impact.describe(n) + ")";
        }
    }

    /**
     * The distribution widened around its median by {@code factor}: quantile(u) becomes
     * median + factor x (quantile(u) - median). Used by stress tests; a factor below 1 narrows.
     */
    public static Distribution stretched(Distribution d, double factor) {
        requirePositive(factor, "factor");
        if (d.isConstant() || factor == 1) {
            return d;
        }
        return new Stretched(d, factor, d.quantile(0.5));
    }

    record Stretched(Distribution inner, double factor, double median) implements Distribution {
        @Override
        public double quantile(double u) {
            return median + factor * (inner.quantile(u) - median);
        }

        @Override
        public double mean() {
            return median + factor * (inner.mean() - median);
        }

        @Override
        public double planned() {
            return median + factor * (inner.planned() - median);
        }

        @Override
        public double variance() {
            return factor * factor * inner.variance();
        }

        @Override
        public double lower() {
            return median + factor * (inner.lower() - median);
        }

        @Override
        public double upper() {
            return median + factor * (inner.upper() - median);
        }

        @Override
        public String describe(Notation n) {
            return inner.describe(n) + " x" + n.number(factor);
        }
    }

    private static void checkOrdered(double min, double mode, double max) {
        requireFinite(min, "min");
        requireFinite(mode, "mode");
        requireFinite(max, "max");
        if (!(min <= mode && mode <= max)) {
            throw fail("dist.order", min, mode, max);
        }
        requireComputable(min, max);
    }

    /**
     * A range whose variance overflows (a width near 1e154 or more) gives a distribution whose mean
     * and quantiles collapse to its minimum: refused, whatever the quantity.
     */
    private static void requireComputable(double min, double max) {
        double width = max - min;
        if (!Double.isFinite(width * width)) {
            throw fail("dist.too_wide", min, max);
        }
    }

    static void requireFinite(double x, String name) {
        if (!Double.isFinite(x)) {
            throw fail("dist.not_finite", name, x);
        }
    }

    static void requirePositive(double x, String name) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw fail("dist.not_positive", name, x);
        }
    }

    static void requireNonNegative(double x, String name) {
        if (!(x >= 0) || Double.isInfinite(x)) {
            throw fail("dist.negative", name, x);
        }
    }

    static void requireProbability(double x, String name) {
        if (!(x >= 0 && x <= 1)) {
            throw fail("dist.not_probability", name, x);
        }
    }

    private static Invalid fail(String key, Object... values) {
        return new Invalid(key, values);
    }

    /**
     * A distribution that cannot be built, as a key ({@code dist.min_above_max}) and the values its
     * text needs: numbers as given, parameter names by their ids ({@code mean}, {@code sd},
     * {@code probability}). The edge says it in the reader's language.
     */
    public static final class Invalid extends IllegalArgumentException {
        private final String key;
        private final transient List<Object> values;

        Invalid(String key, Object... values) {
            super(key + " " + java.util.Arrays.toString(values));
            this.key = key;
            this.values = List.of(values);
        }

        /** What is wrong, as a key. */
        public String key() {
            return key;
        }

        /** The values the key's text needs, in the order of its placeholders. */
        public List<Object> values() {
            return values;
        }
    }

    /**
     * How a distribution was written, as numbers: a call with its arguments ({@code normal(mean, sd)})
     * or, for a discrete one, its values and weights; {@link #in} writes it in a notation.
     */
    record Written(String name, List<Double> args, List<Double> values, List<Double> weights) {
        static Written call(String name, double... args) {
            return new Written(name, boxed(args), null, null);
        }

        static Written lists(double[] values, double[] weights) {
            return new Written("discrete", List.of(), boxed(values), boxed(weights));
        }

        String in(Notation n) {
            if (values == null) {
                return n.call(
                        name, args.stream().mapToDouble(Double::doubleValue).toArray());
            }
            return name + "("
                    + n.list(values.stream().mapToDouble(Double::doubleValue).toArray()) + n.separator()
                    + n.list(weights.stream().mapToDouble(Double::doubleValue).toArray()) + ")";
        }

        private static List<Double> boxed(double[] xs) {
            return Arrays.stream(xs).boxed().toList();
        }
    }

    record Constant(double value) implements Distribution {
        @Override
        public double quantile(double u) {
            return value;
        }

        @Override
        public double mean() {
            return value;
        }

        @Override
        public double variance() {
            return 0;
        }

        @Override
        public double lower() {
            return value;
        }

        @Override
        public double upper() {
            return value;
        }

        @Override
        public boolean isConstant() {
            return true;
        }

        @Override
        public String describe(Notation n) {
            return n.number(value);
        }
    }

    record Uniform(double min, double max) implements Distribution {
        @Override
        public double quantile(double u) {
            return min + u * (max - min);
        }

        @Override
        public void quantiles(double[] buf, int n, double floor) {
            for (int i = 0; i < n; i++) {
                double x = min + buf[i] * (max - min);
                buf[i] = Math.max(x, floor);
            }
        }

        @Override
        public double mean() {
            return (min + max) / 2;
        }

        @Override
        public double variance() {
            return (max - min) * (max - min) / 12;
        }

        @Override
        public double lower() {
            return min;
        }

        @Override
        public double upper() {
            return max;
        }

        @Override
        public String describe(Notation n) {
            return n.call("uniform", min, max);
        }
    }

    /** Triangular distribution, inverted in closed form. */
    record Triangular(double min, double mode, double max) implements Distribution {
        @Override
        public double planned() {
            return mode;
        }

        /**
         * Left of the mode min + sqrt(u (max - min)(mode - min)), right of it max - sqrt((1 - u)(max -
         * min)(max - mode)); both are computed and the one on the correct side of the mode kept with
         * min/max instead of a branch (which is mispredicted for about half the draws).
         */
        @Override
        public double quantile(double u) {
            double range = max - min;
            double left = min + Math.sqrt(u * range * (mode - min));
            double right = max - Math.sqrt((1 - u) * range * (max - mode));
            return Math.min(left, mode) + (Math.max(right, mode) - mode);
        }

        @Override
        public void quantiles(double[] buf, int n, double floor) {
            for (int i = 0; i < n; i++) {
                double x = quantile(buf[i]);
                buf[i] = Math.max(x, floor);
            }
        }

        @Override
        public double mean() {
            return (min + mode + max) / 3;
        }

        @Override
        public double variance() {
            return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
        }

        @Override
        public double lower() {
            return min;
        }

        @Override
        public double upper() {
            return max;
        }

        @Override
        public String describe(Notation n) {
            return n.call("triangular", min, mode, max);
        }
    }

    /**
     * Normal (mu + sigma z) or lognormal (exp(mu + sigma z)), inverted through {@link StandardNormal};
     * moments and support come from the Commons Statistics distribution {@code dist}.
     */
    record Gaussian(double mu, double sigma, boolean log, ContinuousDistribution dist, Written written)
            implements Distribution {
        @Override
        public String describe(Notation n) {
            return written.in(n);
        }

        @Override
        public double quantile(double u) {
            double x = mu + sigma * StandardNormal.quantile(u);
            return log ? Math.exp(x) : x;
        }

        @Override
        public void quantiles(double[] buf, int n, double floor) {
            StandardNormal.quantiles(buf, n);
            for (int i = 0; i < n; i++) {
                double x = mu + sigma * buf[i];
                if (log) {
                    x = Math.exp(x);
                }
                buf[i] = Math.max(x, floor);
            }
        }

        @Override
        public double mean() {
            return dist.getMean();
        }

        @Override
        public double variance() {
            return dist.getVariance();
        }

        @Override
        public double lower() {
            return dist.getSupportLowerBound();
        }

        @Override
        public double upper() {
            return dist.getSupportUpperBound();
        }
    }

    /** {@code offset + scale * X} for a distribution X on [0, 1] (beta, PERT), inverted through a table. */
    /**
     * Beta quantile tables by (alpha, beta): building one takes 10-20 ms (the incomplete beta
     * function at some 1,500 points), and commands that build many plans of the same scenario
     * (sensitivity, solve, check, the fuzz test) reuse them. Tables are immutable; at most
     * {@link #TABLE_CACHE} are kept, the oldest dropped first.
     */
    private static final java.util.Map<java.util.List<Double>, TabulatedQuantile> BETA_TABLES =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(
                        java.util.Map.Entry<java.util.List<Double>, TabulatedQuantile> eldest) {
                    return size() > TABLE_CACHE;
                }
            });

    static final int TABLE_CACHE = 256;

    private static TabulatedQuantile betaTable(double alpha, double beta) {
        java.util.List<Double> key = java.util.List.of(alpha, beta);
        TabulatedQuantile t = BETA_TABLES.get(key);
        if (t == null) {
            BetaDistribution unit = BetaDistribution.of(alpha, beta);
            t = new TabulatedQuantile(unit::inverseCumulativeProbability, unit::density);
            BETA_TABLES.put(key, t);
        }
        return t;
    }

    record Scaled(
            ContinuousDistribution unit,
            double offset,
            double scale,
            Written written,
            TabulatedQuantile table,
            double mode)
            implements Distribution {
        @Override
        public String describe(Notation n) {
            return written.in(n);
        }

        /** The mode for a PERT (its stated most likely value), the mean for a plain beta (mode NaN). */
        @Override
        public double planned() {
            return Double.isNaN(mode) ? mean() : mode;
        }

        @Override
        public double quantile(double u) {
            return offset + scale * table.quantile(u);
        }

        @Override
        public void quantiles(double[] buf, int n, double floor) {
            for (int i = 0; i < n; i++) {
                double x = quantile(buf[i]);
                buf[i] = Math.max(x, floor);
            }
        }

        /** The library's exact inversion, for tests of the table. */
        double exactQuantile(double u) {
            return offset + scale * unit.inverseCumulativeProbability(u);
        }

        @Override
        public double mean() {
            return offset + scale * unit.getMean();
        }

        @Override
        public double variance() {
            return scale * scale * unit.getVariance();
        }

        @Override
        public double lower() {
            return offset;
        }

        @Override
        public double upper() {
            return offset + scale;
        }
    }

    /**
     * Poisson, inverted exactly by a binary search in its cumulative probabilities, tabulated up to
     * where less than 1e-15 probability remains (the library's inversion beyond that, and for very large means).
     */
    record Poisson(double lambda, PoissonDistribution dist, double[] cumulative) implements Distribution {
        Poisson(double lambda) {
            this(lambda, PoissonDistribution.of(lambda), table(PoissonDistribution.of(lambda), lambda));
        }

        private static double[] table(PoissonDistribution d, double lambda) {
            if (lambda > 100_000) {
                return null;
            }
            int max = (int) Math.ceil(lambda + 12 * Math.sqrt(lambda) + 30);
            double[] c = new double[max + 1];
            for (int k = 0; k <= max; k++) {
                c[k] = d.cumulativeProbability(k);
            }
            return c;
        }

        @Override
        public double quantile(double u) {
            double[] c = cumulative;
            if (c == null || u > c[c.length - 1]) {
                return dist.inverseCumulativeProbability(u);
            }
            int lo = 0;
            int hi = c.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (u <= c[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        @Override
        public double mean() {
            return lambda;
        }

        @Override
        public double variance() {
            return lambda;
        }

        @Override
        public double lower() {
            return 0;
        }

        @Override
        public double upper() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public String describe(Notation n) {
            return n.call("poisson", lambda);
        }
    }

    /** Finite discrete distribution; values keep the order given, inversion walks the cumulative weights. */
    static final class Discrete implements Distribution {
        private final double[] values;
        private final double[] probabilities;
        private final double[] cumulative;
        private final Written text;

        Discrete(double[] values, double[] probabilities, Written text) {
            this.values = values;
            this.probabilities = probabilities;
            this.text = text;
            cumulative = new double[values.length];
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += probabilities[i];
                cumulative[i] = sum;
            }
            cumulative[values.length - 1] = 1.0;
        }

        @Override
        public double quantile(double u) {
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (u < cumulative[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return values[lo];
        }

        /**
         * The same index as {@link #quantile}'s binary search, for a short list counted without
         * branches (how many cumulative probabilities are at most u), which a draw cannot mispredict.
         */
        @Override
        public void quantiles(double[] buf, int n, double floor) {
            int last = cumulative.length - 1;
            if (last > 16) {
                Distribution.super.quantiles(buf, n, floor);
                return;
            }
            double[] c = cumulative;
            for (int i = 0; i < n; i++) {
                double u = buf[i];
                int k = 0;
                for (int j = 0; j < last; j++) {
                    k += u >= c[j] ? 1 : 0;
                }
                buf[i] = Math.max(values[k], floor);
            }
        }

        @Override
        public double mean() {
            double m = 0;
            for (int i = 0; i < values.length; i++) {
                m += probabilities[i] * values[i];
            }
            return m;
        }

        @Override
        public double variance() {
            double m = mean();
            double v = 0;
            for (int i = 0; i < values.length; i++) {
                v += probabilities[i] * (values[i] - m) * (values[i] - m);
            }
            return v;
        }

        @Override
        public double lower() {
            return Arrays.stream(values).min().orElseThrow();
        }

        @Override
        public double upper() {
            return Arrays.stream(values).max().orElseThrow();
        }

        @Override
        public String describe(Notation n) {
            return text.in(n);
        }
    }
}
