package nl.ppsim.engine;

import java.util.Map;
import nl.ppsim.dist.Distribution;

/**
 * How to run: iterations, seed and worker threads (threads never change the results); optional
 * overrides that replace the distribution of inputs by YAML path (to hold one input at a quantile
 * for sensitivity analysis, to widen ranges for a stress test, or to try a value when goal seeking);
 * the sampling method; and whether to keep a per-iteration trace. Overridden inputs keep their
 * random stream, so all other inputs see the same draws (common random numbers).
 */
public record RunSettings(int iterations, long seed, int threads, Map<String, Distribution> overrides,
                          Sampling sampling, Trace trace) {

    /** Plain Monte Carlo, or Latin hypercube sampling within every block of iterations. */
    public enum Sampling { MC, LHS }

    /**
     * What to keep per iteration: nothing (memory independent of iterations), the outcomes
     * (for paired comparisons), or also every input's value and every model's margin (for
     * rank correlations and conditional analysis).
     */
    public enum Trace { NONE, OUTCOMES, FULL }

    public RunSettings {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        overrides = Map.copyOf(overrides);
    }

    public RunSettings(int iterations, long seed, int threads) {
        this(iterations, seed, threads, Map.of(), Sampling.MC, Trace.NONE);
    }

    public RunSettings withOverrides(Map<String, Distribution> o) {
        return new RunSettings(iterations, seed, threads, o, sampling, trace);
    }

    public RunSettings withIterations(int n) {
        return new RunSettings(n, seed, threads, overrides, sampling, trace);
    }

    public RunSettings withSampling(Sampling s) {
        return new RunSettings(iterations, seed, threads, overrides, s, trace);
    }

    public RunSettings withTrace(Trace t) {
        return new RunSettings(iterations, seed, threads, overrides, sampling, t);
    }

    public RunSettings withSeed(long s) {
        return new RunSettings(iterations, s, threads, overrides, sampling, trace);
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
