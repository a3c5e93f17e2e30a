package nl.ppsim.engine;

/** How to run: iterations, seed and worker threads (threads never change the results). */
public record RunSettings(int iterations, long seed, int threads) {
    public RunSettings {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
