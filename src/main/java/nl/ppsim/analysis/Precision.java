package nl.ppsim.analysis;

import nl.ppsim.engine.RandomStreams;

/**
 * How many iterations a headline needs for a target standard error, for runs that grow until they
 * reach it ({@code ppsim run --precision}, the web app's precise run). Iterations grow in whole
 * blocks: every block has its own substreams, so a run of N iterations is exactly the first N
 * iterations of any longer run, and growing only adds blocks.
 */
public final class Precision {
    private Precision() {
    }

    /**
     * The iterations needed for standard error {@code target} after a run of {@code n} that gave
     * {@code p}: p(1-p)/N at most target^2, with p(1-p) at least 1/n so that p = 0 or 1 still grows.
     */
    public static double needed(double p, int n, double target) {
        double variance = Math.max(p * (1 - p), 1.0 / n);
        return Math.ceil(variance / (target * target));
    }

    /** The next run's iterations: at least one block more than {@code n}, whole blocks, at most {@code max}. */
    public static int next(int n, double needed, int max) {
        long grown = Math.max((long) needed, (long) n + RandomStreams.BLOCK_SIZE);
        long blocks = (grown + RandomStreams.BLOCK_SIZE - 1) / RandomStreams.BLOCK_SIZE;
        return (int) Math.min(max, blocks * RandomStreams.BLOCK_SIZE);
    }
}
