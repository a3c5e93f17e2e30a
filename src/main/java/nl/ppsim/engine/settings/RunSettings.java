package nl.ppsim.engine.settings;

import java.util.Map;
import nl.ppsim.dist.Distribution;

/**
 * How to run: iterations, seed and worker threads (threads never change the results); optional
 * overrides that replace the distribution of inputs by YAML path (to hold one input at a quantile
 * for sensitivity analysis, to widen ranges for a stress test, or to try a value when goal seeking);
 * the sampling method; whether to keep a per-iteration trace; and whether to keep the quantile
 * sketches of every metric, year and model. Overridden inputs keep their random stream, so all
 * other inputs see the same draws (common random numbers).
 *
 * <p>A run without quantiles ({@link #withoutQuantiles}) counts and sums as any run: its headline,
 * yearly probabilities and means are exactly those of the same run with quantiles; its quantiles
 * are NaN (the median runway of a structural loss too). Inner loops that read only those (goal seeking, the tornado's swings, the sensitivity
 * analysis's variants) skip the sketches, which are most of the per-iteration work of a small plan.
 * A run with only the reserve's quantiles ({@link #withReserveQuantilesOnly}) keeps those (the web
 * app's reserve fan) and no others.
 */
public record RunSettings(
        int iterations,
        long seed,
        int threads,
        Map<String, Distribution> overrides,
        Sampling sampling,
        Trace trace,
        Quantiles quantiles) {

    /** Which quantile sketches a run keeps: all, only the reserve's per year, or none. */
    public enum Quantiles {
        /** Every metric's per year and every model's: what a report shows. */
        ALL,
        /** Only the reserve's per year (and so the final reserve's percentiles). */
        RESERVE,
        /** None: counts and sums only. */
        NONE
    }

    /** Plain Monte Carlo, or Latin hypercube sampling within every block of iterations. */
    public enum Sampling {
        /** Plain Monte Carlo: independent uniforms. */
        MC,
        /** Latin hypercube per block of iterations: each input's uniforms stratified within the block. */
        LHS
    }

    /**
     * What to keep per iteration: nothing (memory independent of iterations), the outcomes
     * (for paired comparisons), or also every input's value and every model's margin (for
     * rank correlations and conditional analysis).
     */
    public enum Trace {
        /** Nothing per iteration: memory independent of the iterations. */
        NONE,
        /** Whether each iteration became sustainable and its final reserve (for paired comparisons). */
        OUTCOMES,
        /** Also every input's value and every model's margin (for rank correlations and contrasts). */
        FULL
    }

    /** Checks iterations and threads are at least 1 and copies the overrides. */
    public RunSettings {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        overrides = Map.copyOf(overrides);
        java.util.Objects.requireNonNull(quantiles, "quantiles");
    }

    /** Plain Monte Carlo settings without overrides or trace. */
    public RunSettings(int iterations, long seed, int threads) {
        this(iterations, seed, threads, Map.of(), Sampling.MC, Trace.NONE, Quantiles.ALL);
    }

    /** The same settings with inputs replaced by these distributions (keyed by YAML path). */
    public RunSettings withOverrides(Map<String, Distribution> o) {
        return new RunSettings(iterations, seed, threads, o, sampling, trace, quantiles);
    }

    /** The same settings with another number of iterations. */
    public RunSettings withIterations(int n) {
        return new RunSettings(n, seed, threads, overrides, sampling, trace, quantiles);
    }

    /** The same settings with another sampling method. */
    public RunSettings withSampling(Sampling s) {
        return new RunSettings(iterations, seed, threads, overrides, s, trace, quantiles);
    }

    /** The same settings keeping this much per iteration. */
    public RunSettings withTrace(Trace t) {
        return new RunSettings(iterations, seed, threads, overrides, sampling, t, quantiles);
    }

    /** The same settings with another seed. */
    public RunSettings withSeed(long s) {
        return new RunSettings(iterations, s, threads, overrides, sampling, trace, quantiles);
    }

    /** The same settings on another number of worker threads (the results do not change). */
    public RunSettings withThreads(int n) {
        return new RunSettings(iterations, seed, n, overrides, sampling, trace, quantiles);
    }

    /** The same settings without quantile sketches: counts and sums only (see the class comment). */
    public RunSettings withoutQuantiles() {
        return new RunSettings(iterations, seed, threads, overrides, sampling, trace, Quantiles.NONE);
    }

    /** The same settings with only the reserve's quantile sketches (see the class comment). */
    public RunSettings withReserveQuantilesOnly() {
        return new RunSettings(iterations, seed, threads, overrides, sampling, trace, Quantiles.RESERVE);
    }

    /** All available cores. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
