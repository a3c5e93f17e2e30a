package nl.ppsim.engine;

import java.util.List;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.result.SampledInput;
import nl.ppsim.scenario.Scenario;

/**
 * The inputs the engine samples for a scenario, as the analyses need to know them: one per YAML
 * path, with the years it is drawn in and its persistence. Building this list compiles the
 * scenario as a run would, so it also resolves what only the engine can check (correlation paths
 * and their consistency): {@link #check} is that check on its own.
 */
public final class Inputs {

    private Inputs() {}

    /** Every sampled input of {@code scenario}, one per YAML path (see {@link CompiledScenario#inputs}). */
    public static List<SampledInput> sampled(Scenario scenario) {
        return CompiledScenario.of(scenario).inputs();
    }

    /** Every input the engine samples (constants included), one per YAML path, in scenario order. */
    public static List<Input> all(Scenario scenario) {
        return sampled(scenario).stream().map(SampledInput::input).toList();
    }

    /** Every input that is not constant, one per YAML path, in scenario order. */
    public static List<Input> uncertain(Scenario scenario) {
        return CompiledScenario.of(scenario).uncertain();
    }

    /**
     * Checks what only the engine can: that every correlation names an uncertain input drawn the
     * same way as its partner and that the correlations can hold together. Throws the scenario
     * error that names the correlation.
     */
    public static void check(Scenario scenario) {
        CompiledScenario.of(scenario);
    }
}
