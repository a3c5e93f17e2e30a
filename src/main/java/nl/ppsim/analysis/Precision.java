package nl.ppsim.analysis;

import nl.ppsim.engine.result.SimulationResult;

/**
 * How many iterations a headline needs for a target standard error, for runs that grow until they
 * reach it ({@code ppsim run --precision}, the web app's precise run). Iterations grow in whole
 * blocks: every block has its own substreams, so a run of N iterations is exactly the first N
 * iterations of any longer run, and growing only adds blocks.
 */
public final class Precision {
    private Precision() {}

    /**
     * The iterations needed for standard error {@code target} after a run of {@code n} that gave
     * {@code p}: p(1-p)/N at most target^2, with p(1-p) at least 1/n so that p = 0 or 1 still grows.
     */
    public static double needed(double p, int n, double target) {
        double variance = Math.max(p * (1 - p), 1.0 / n);
        return Math.ceil(variance / (target * target));
    }

    /**
     * The standard error a run may claim against a target: the binomial one for plain Monte Carlo;
     * under Latin hypercube sampling, whose standard error is estimated from a few blocks, its
     * one-sided 95% upper confidence bound se * sqrt(df / chi2(df, 0.05)), so that a run stops only
     * when the target holds with confidence.
     */
    public static double claimable(nl.ppsim.stats.Proportion p) {
        if (!p.designBased() || p.designDf() <= 0) {
            return p.standardError();
        }
        double chi2 = org.apache.commons.statistics.distribution.ChiSquaredDistribution.of(p.designDf())
                .inverseCumulativeProbability(0.05);
        return p.standardError() * Math.sqrt(p.designDf() / chi2);
    }

    /** Whether a run's headline reaches the target standard error with confidence (see {@link #claimable}). */
    public static boolean reached(nl.ppsim.stats.Proportion p, double target) {
        return claimable(p) <= target;
    }

    /**
     * The iterations needed for the target from a run of {@code n}: under a sampling design from the
     * variance it measured (its claimable standard error, which shrinks as 1/sqrt(N)), otherwise
     * from the binomial formula of {@link #needed(double, int, double)}.
     */
    public static double needed(nl.ppsim.stats.Proportion p, int n, double target) {
        if (!p.designBased() || p.designDf() <= 0) {
            return needed(p.estimate(), n, target);
        }
        double ratio = claimable(p) / target;
        return Math.ceil(n * ratio * ratio);
    }

    /** The next run's iterations: at least one block more than {@code n}, whole blocks, at most {@code max}. */
    public static int next(int n, double needed, int max) {
        long grown = Math.max((long) needed, (long) n + SimulationResult.BLOCK_SIZE);
        long blocks = (grown + SimulationResult.BLOCK_SIZE - 1) / SimulationResult.BLOCK_SIZE;
        return (int) Math.min(max, blocks * SimulationResult.BLOCK_SIZE);
    }

    /**
     * How a growing run ended: its last result; whether that reached the target; the iterations
     * its last round said the target needs; and whether it stopped early because that is more
     * than the maximum (only when asked to).
     */
    public record Outcome(
            nl.ppsim.engine.result.SimulationResult result, boolean reached, double needed, boolean unreachable) {}

    /**
     * The one loop of a run that grows until its headline reaches {@code target} standard error
     * (the CLI's {@code --precision}, the web app's precise run): runs {@code start} iterations
     * with {@code runOf}, then, while the target is not reached with confidence ({@link #reached})
     * and fewer than {@code max} ran, grows by whole blocks to what the last round says is needed
     * ({@link #needed(nl.ppsim.stats.Proportion, int, double)}, {@link #next}). A run of N is the
     * first N iterations of any longer one, so every round's answer is that of a plain run of its
     * size. With {@code stopWhenUnreachable} it stops as soon as the need exceeds {@code max}
     * (the caller says so), otherwise it goes on to {@code max}. NaN {@code target}: one round.
     */
    public static Outcome grow(
            int start,
            double target,
            int max,
            boolean stopWhenUnreachable,
            java.util.function.IntFunction<nl.ppsim.engine.result.SimulationResult> runOf) {
        int n = start;
        while (true) {
            nl.ppsim.engine.result.SimulationResult r = runOf.apply(n);
            if (Double.isNaN(target)) {
                return new Outcome(r, true, n, false);
            }
            boolean reached = reached(r.verduurzaamd(), target);
            double needed = reached ? n : needed(r.verduurzaamd(), n, target);
            if (reached || n >= max) {
                return new Outcome(r, reached, needed, false);
            }
            if (stopWhenUnreachable && needed > max) {
                return new Outcome(r, false, needed, true);
            }
            n = next(n, needed, max);
        }
    }
}
