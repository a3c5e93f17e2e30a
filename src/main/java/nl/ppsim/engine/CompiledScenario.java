package nl.ppsim.engine;

import java.util.List;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.kernel.Engine;
import nl.ppsim.engine.kernel.Plan;
import nl.ppsim.engine.result.SampledInput;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.Hold;
import nl.ppsim.engine.settings.ProgressListener;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.Scenario;

/**
 * A scenario compiled once, to run as often as needed: its plain runs, its held runs (the
 * tornado's swings, goal seeking), the runs of its variants that share its draws, and the list of
 * inputs it samples. A compilation depends on the seed, the overrides and the sampling of the
 * settings it was made for; each run takes its iterations, trace, quantiles and threads from the
 * settings it is given, which must agree with the compiled ones on the rest. Every run gives
 * exactly what {@link Simulation#run(Scenario, RunSettings, ProgressListener)} gives with the
 * same settings; the compilation is finished before anything runs on it.
 */
public final class CompiledScenario {
    private final Plan plan;
    private final RunSettings settings;
    private final List<SampledInput> inputs;

    private CompiledScenario(Plan plan, RunSettings settings) {
        this.plan = plan;
        this.settings = settings;
        this.inputs = Engine.inputs(plan);
    }

    /** Compiles {@code scenario} for {@code settings} (their iterations, trace, quantiles and threads are only defaults). */
    public static CompiledScenario of(Scenario scenario, RunSettings settings) {
        return new CompiledScenario(Engine.compile(scenario, settings), settings);
    }

    /**
     * Compiles {@code scenario} with its own seed and no overrides: to list its inputs, check what
     * only the engine can check, or run it with default settings.
     */
    public static CompiledScenario of(Scenario scenario) {
        return of(scenario, new RunSettings(1, scenario.seed(), 1));
    }

    /** The scenario compiled. */
    public Scenario scenario() {
        return plan.scenario();
    }

    /** The settings it was compiled for. */
    public RunSettings settings() {
        return settings;
    }

    /** Every sampled input, one per YAML path (for an input drawn in several spans, the longest), in scenario order. */
    public List<SampledInput> inputs() {
        return inputs;
    }

    /** Every input that is not constant, one per YAML path, in scenario order. */
    public List<Input> uncertain() {
        return Engine.uncertain(inputs);
    }

    /**
     * How many worker threads a run can use: as many as the settings ask, unless their buffers
     * together would take more than half the memory Java may use. Results do not depend on it.
     */
    public int threads() {
        return Math.min(settings.threads(), Engine.threadsThatFit(plan));
    }

    /**
     * How many variants ({@link #variants}) fit in half the memory Java may use when each of
     * {@code threads} workers holds all their buffers at once (at least 1). Results do not depend on
     * it: more variants than this run in several passes, each sampling anew.
     */
    public int variantsThatFit(int threads) {
        return Math.max(1, Engine.threadsThatFit(plan) / Math.max(1, threads));
    }

    /** The bytes a {@link RunSettings.Trace#FULL} trace of {@code iterations} would take. */
    public long fullTraceBytes(int iterations) {
        return Engine.fullTraceBytes(plan, iterations);
    }

    /** A run of {@code iterations} with {@code trace}, reporting progress as it goes. */
    public SimulationResult run(int iterations, RunSettings.Trace trace, ProgressListener progress) {
        return run(settings.withIterations(iterations).withTrace(trace), progress);
    }

    /** A run with the settings it was compiled for. */
    public SimulationResult run(ProgressListener progress) {
        return run(settings, progress);
    }

    /**
     * A run with {@code runSettings}' iterations, trace, quantiles and threads.
     *
     * @throws IllegalArgumentException when their seed, overrides or sampling differ from the compiled ones
     */
    public SimulationResult run(RunSettings runSettings, ProgressListener progress) {
        return Engine.run(plan, compatible(runSettings), progress);
    }

    /**
     * One run per hold, each with its input held at its value in every iteration and year, made in
     * one pass that samples every chunk once: the same results as separate runs with that input's
     * distribution replaced by the constant, in the holds' order. {@link Hold#none()} gives the run
     * itself.
     */
    public List<SimulationResult> held(RunSettings runSettings, List<Hold> holds, ProgressListener progress) {
        return Engine.held(plan, compatible(runSettings), holds, progress);
    }

    /**
     * Runs of variants of this scenario (without one of its business models, say): the same
     * results as {@code run(variant, settings)} for each, in order. The variants draw nothing
     * themselves: every chunk is sampled once for this scenario and each variant copies the draws of
     * the inputs it shares with it. One with an input the scenario lacks, or with correlations, runs
     * on its own.
     */
    public List<SimulationResult> variants(List<Scenario> variants, RunSettings runSettings) {
        return Engine.variants(plan, variants, compatible(runSettings));
    }

    /**
     * As {@link #variants(List, RunSettings)}, each variant with some inputs set to distributions of
     * its own ({@code overrides}, by YAML path; a constant draws nothing): the same results as
     * {@code run(variant, settings with those overrides)} for each, from one sampling of this
     * scenario for all of them.
     */
    public List<SimulationResult> variants(
            List<Scenario> variants,
            List<java.util.Map<String, nl.ppsim.dist.Distribution>> overrides,
            RunSettings runSettings) {
        if (overrides.size() != variants.size()) {
            throw new IllegalArgumentException("one map of overrides per variant");
        }
        return Engine.variants(plan, variants, overrides, compatible(runSettings));
    }

    private RunSettings compatible(RunSettings s) {
        if (s.seed() != settings.seed()
                || !s.overrides().equals(settings.overrides())
                || s.sampling() != settings.sampling()) {
            throw new IllegalArgumentException("a run's seed, overrides and sampling must be the compiled ones");
        }
        return s;
    }
}
