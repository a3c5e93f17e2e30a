package nl.ppsim.stats;

import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;

/**
 * A Monte Carlo estimate of a probability: the share of iterations in which an event happened,
 * its standard error sqrt(p(1-p)/n) and its 95% Wilson score interval (which stays inside [0, 1]
 * and is honest near 0 and 1, where the normal interval is not). Under a sampling design other than
 * plain Monte Carlo (Latin hypercube) the standard error can be given ({@code designSe}, estimated
 * from {@code designDf} + 1 independent replicates); the interval then uses the effective number of
 * trials p(1-p)/se^2 (Kish) and the Student t quantile for {@code designDf} degrees of freedom
 * instead of the normal one, because the standard error is itself estimated from few replicates
 * (with 10 blocks and 1.96 a 95% interval covered only about 92%; see {@code CoverageTest}).
 */
public record Proportion(long successes, long trials, double designSe, int designDf) implements java.io.Serializable {

    /** Checks that successes lie between 0 and trials, and a non-negative design standard error (NaN: binomial). */
    public Proportion {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException(
                    "need 0 <= successes <= trials and trials > 0, got " + successes + " of " + trials);
        }
    }

    /** A plain Monte Carlo proportion (binomial standard error). */
    public Proportion(long successes, long trials) {
        this(successes, trials, Double.NaN, 0);
    }

    /** The share of {@code outcomes} that are true (one per draw; at least one draw). */
    public static Proportion of(boolean[] outcomes) {
        long hits = 0;
        for (boolean b : outcomes) {
            hits += b ? 1 : 0;
        }
        return new Proportion(hits, outcomes.length);
    }

    /** The 97.5% quantile of the standard normal: the 95% interval's multiplier with a known variance. */
    public static final double Z975 = 1.959963984540054;

    /** Half the width of the estimate's 95% interval in the normal approximation: {@link #multiplier95} standard errors. */
    public double margin95() {
        return multiplier95() * standardError();
    }

    /** The multiplier of the 95% interval: Student t for a design standard error with its degrees of freedom, else normal. */
    public double multiplier95() {
        if (designBased() && designDf > 0) {
            return org.apache.commons.statistics.distribution.TDistribution.of(designDf)
                    .inverseCumulativeProbability(0.975);
        }
        return Z975;
    }

    /** Whether the standard error comes from the sampling design (replicates) rather than the binomial formula. */
    public boolean designBased() {
        return !Double.isNaN(designSe);
    }

    /** The share of trials that succeeded (0 when there were none). */
    public double estimate() {
        return (double) successes / trials;
    }

    /** The standard error: from the design when given, else sqrt(p(1-p)/n). */
    public double standardError() {
        if (designBased()) {
            return designSe;
        }
        double p = estimate();
        return Math.sqrt(p * (1 - p) / trials);
    }

    /**
     * The Wilson score interval with multiplier {@code z} ({low, high}; under a sampling design with
     * the effective number of trials): {@code z = 4} is the band within which a check does not decide.
     */
    public double[] wilson(double z) {
        double n = designBased() && designSe > 0 && successes > 0 && successes < trials
                ? estimate() * (1 - estimate()) / (designSe * designSe)
                : trials;
        double p = estimate();
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** The 95% Wilson score interval, {low, high}. */
    public double[] wilson95() {
        if (designBased() && designSe > 0 && successes > 0 && successes < trials) {
            double z = multiplier95();
            double p = estimate();
            double n = p * (1 - p) / (designSe * designSe);
            double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
            double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
            return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
        }
        if (successes == 0 || successes == trials) {
            // Commons Math needs 0 < successes < trials for its interval; the formula itself does not.
            double z = Z975;
            double n = trials;
            double p = estimate();
            double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
            double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
            return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
        }
        Interval ci = BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate(
                (int) Math.min(trials, Integer.MAX_VALUE), (int) successes, 0.05);
        return new double[] {ci.getLowerBound(), ci.getUpperBound()};
    }
}
