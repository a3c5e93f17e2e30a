package nl.ppsim.engine;

import java.util.List;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Distributions;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.kernel.Engine;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.ProgressListener;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.Scenario;

/**
 * The Monte Carlo engine's plain runs: a scenario simulated year by year, its cash and in-kind
 * flows and the accounting of its sustainability criterion (the scenario's
 * {@link nl.ppsim.scenario.Sustainability}), in blocks of iterations spread over worker threads;
 * the same results for any number of threads. A library: no I/O. A scenario run more than once
 * (rounds of a precise run, a tornado's held runs, variants) is compiled once as a
 * {@link CompiledScenario}; how the kernel does its work is told in {@link Engine}.
 */
public final class Simulation {

    private Simulation() {}

    /** Runs the scenario with the settings, without progress reports. */
    public static SimulationResult run(Scenario scenario, RunSettings settings) {
        return run(scenario, settings, ProgressListener.NONE);
    }

    /**
     * The plan as planned: every input at its planned value ({@link Distribution#planned}: a
     * stated value, the mode of a triangular or PERT, otherwise the mean), so that every iteration
     * is the same and the result is the same for any seed. A partner then renews when its renewal
     * probability is above one half (its decision draw is 0.5), a pool loses and gains its median
     * members, and no risk event happens. Used to judge rules on the budget as planned.
     * {@code uncertain} are the scenario's uncertain inputs (a run's {@link SimulationResult#inputs}).
     */
    public static SimulationResult planned(Scenario scenario, List<Input> uncertain) {
        return planned(scenario, uncertain, java.util.Map.of());
    }

    /**
     * As {@link #planned(Scenario, List)}, with some inputs set to other values (by YAML path), as
     * an exploration's route sets them.
     */
    public static SimulationResult planned(
            Scenario scenario, List<Input> uncertain, java.util.Map<String, Double> values) {
        java.util.Map<String, Distribution> fixed = new java.util.LinkedHashMap<>();
        for (Input in : uncertain) {
            if (!in.isConstant()) {
                fixed.put(in.path(), Distributions.constant(in.distribution().planned()));
            }
        }
        values.forEach((path, value) -> fixed.put(path, Distributions.constant(value)));
        return run(scenario, new RunSettings(3, 1, 1).withOverrides(fixed));
    }

    /** Runs the scenario with the settings, reporting progress (iterations done of the total) as it goes. */
    public static SimulationResult run(Scenario scenario, RunSettings settings, ProgressListener progress) {
        return Engine.run(Engine.compile(scenario, settings), settings, progress);
    }
}
