package nl.ppsim.engine;

import nl.ppsim.scenario.Scenario;

/**
 * A scenario compiled once for its settings (seed, overrides, sampling, quantiles), to run as
 * often as needed with any number of iterations and any trace: the rounds of a precise run, or a
 * run whose memory is checked before it starts. Each run gives exactly what
 * {@link Simulation#run(Scenario, RunSettings, ProgressListener)} gives with the same settings;
 * the compilation is finished before anything runs on it.
 */
public final class CompiledScenario {
    private final Plan plan;
    private final RunSettings settings;

    private CompiledScenario(Plan plan, RunSettings settings) {
        this.plan = plan;
        this.settings = settings;
    }

    /** Compiles {@code scenario} for {@code settings} (their iterations and trace are only defaults). */
    public static CompiledScenario of(Scenario scenario, RunSettings settings) {
        return new CompiledScenario(new Plan(scenario, settings), settings);
    }

    /** The scenario compiled. */
    public Scenario scenario() {
        return plan.scenario;
    }

    /** The settings it was compiled for. */
    public RunSettings settings() {
        return settings;
    }

    /**
     * How many worker threads a run can use: as many as the settings ask, unless their buffers
     * together would take more than half the memory Java may use. Results do not depend on it.
     */
    public int threads() {
        return Math.min(settings.threads(), Simulation.threadsThatFit(plan));
    }

    /** The bytes a {@link RunSettings.Trace#FULL} trace of {@code iterations} would take. */
    public long fullTraceBytes(int iterations) {
        return Simulation.fullTraceBytes(plan, iterations);
    }

    /** A run of {@code iterations} with {@code trace}, reporting progress as it goes. */
    public SimulationResult run(int iterations, RunSettings.Trace trace, ProgressListener progress) {
        return Simulation.run(plan, settings.withIterations(iterations).withTrace(trace), progress);
    }

    /** A run with the settings it was compiled for. */
    public SimulationResult run(ProgressListener progress) {
        return Simulation.run(plan, settings, progress);
    }
}
