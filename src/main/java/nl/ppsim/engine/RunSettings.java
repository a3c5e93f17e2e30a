package nl.ppsim.engine;

import java.util.Map;

/**
 * How to run: iterations, seed and worker threads (threads never change the results), and
 * optional overrides that replace the distribution of inputs by YAML path (used to hold one input
 * at a quantile for sensitivity analysis, or to widen ranges for a stress test). Overridden inputs
 * keep their random stream, so all other inputs see the same draws (common random numbers).
 */
public record RunSettings(int iterations, long seed, int threads, Map<String, Distribution> overrides) {
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
        this(iterations, seed, threads, Map.of());
    }

    public RunSettings withOverrides(Map<String, Distribution> o) {
        return new RunSettings(iterations, seed, threads, o);
    }

    public RunSettings withIterations(int n) {
        return new RunSettings(n, seed, threads, overrides);
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
