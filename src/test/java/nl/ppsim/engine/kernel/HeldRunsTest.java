package nl.ppsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ppsim.dist.Distributions;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.CompiledScenario;
import nl.ppsim.engine.Inputs;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.Hold;
import nl.ppsim.engine.settings.ProgressListener;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.scenario.InputPath;
import nl.ppsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Runs made together with their draws shared ({@link Simulation#held}) equal separate runs with
 * the input overridden by a constant, bit for bit: every uncertain input of every shipped
 * scenario, held at its 10th and 90th percentile (a renewal decision at its two ends), and fixed
 * inputs held at another value, with and
 * without quantile sketches, on one thread and on three, and under Latin hypercube sampling.
 */
class HeldRunsTest {
    @Test
    void sharedDrawsGiveTheResultsOfSeparateRuns() throws IOException {
        List<Path> files = nl.ppsim.TestScenarios.shippedFiles();
        int shared = 0;
        for (Path file : files) {
            Scenario scenario = new ScenarioReader().read(file);
            boolean sketches = file.getFileName().toString().startsWith("voorbeeld");
            RunSettings base =
                    new RunSettings(1500, scenario.seed(), file.toString().contains("zorg") ? 1 : 3);
            RunSettings settings = sketches ? base : base.withoutQuantiles();
            if (file.getFileName().toString().startsWith("techniek")) {
                // Latin hypercube sampling stratifies each input's own stream: holding one changes no other
                settings = settings.withSampling(RunSettings.Sampling.LHS);
            }
            List<Hold> holds = new ArrayList<>();
            holds.add(Hold.none());
            for (Input in : Inputs.uncertain(scenario)) {
                boolean decision = in.path().endsWith(InputPath.RENEWAL_EVENT);
                holds.add(new Hold(in.path(), decision ? 1 : in.distribution().quantile(0.1)));
                holds.add(new Hold(in.path(), decision ? 0 : in.distribution().quantile(0.9)));
            }
            // fixed inputs held at another value (what solve does with a planned price)
            Inputs.all(scenario).stream()
                    .filter(Input::isConstant)
                    .limit(12)
                    .forEach(in ->
                            holds.add(new Hold(in.path(), in.distribution().mean() * 1.25 + 1)));
            shared += compare(file, scenario, settings, holds);
        }
        assertTrue(shared > 100, "too few holds shared their draws: " + shared);
    }

    @Test
    void holdsOfOneFixedInputShareTheirDrawsAndActAsOverrides() {
        // solve's searches: every hold sets the same fixed input; such holds share a plan that samples it
        int shared = 0;
        for (Path file : nl.ppsim.TestScenarios.shippedFiles()) {
            Scenario scenario = new ScenarioReader().read(file);
            RunSettings settings = new RunSettings(1500, scenario.seed(), 2).withoutQuantiles();
            for (Input in : Inputs.all(scenario).stream()
                    .filter(Input::isConstant)
                    .limit(8)
                    .toList()) {
                double v = in.distribution().mean();
                List<Hold> holds = List.of(
                        new Hold(in.path(), v),
                        new Hold(in.path(), v * 0.5),
                        new Hold(in.path(), v * 1.25 + 1),
                        new Hold(in.path(), 0));
                shared += compare(file, scenario, settings, holds);
            }
        }
        assertTrue(shared > 100, "too few holds shared their draws: " + shared);
    }

    /** Compares held runs with separate runs and returns how many of the holds shared their draws. */
    private static int compare(Path file, Scenario scenario, RunSettings settings, List<Hold> holds) {
        int shared = 0;
        CompiledScenario compiled = CompiledScenario.of(scenario, settings);
        List<SimulationResult> together = compiled.held(settings, holds, ProgressListener.NONE);
        HeldRuns plan = Engine.heldRuns(Engine.compile(scenario, settings), settings, holds);
        for (int h = 0; h < holds.size(); h++) {
            Hold hold = holds.get(h);
            shared += plan.alone(h) ? 0 : 1;
            RunSettings alone = hold.path().isEmpty()
                    ? settings
                    : settings.withOverrides(Map.of(hold.path(), Distributions.constant(hold.value())));
            String expected = Fingerprint.of(Simulation.run(scenario, alone));
            String actual = Fingerprint.of(together.get(h));
            if (!expected.equals(actual)) {
                int at = 0;
                while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
                    at++;
                }
                int from = Math.max(0, at - 150);
                assertEquals(
                        expected.substring(from, Math.min(expected.length(), at + 60)),
                        actual.substring(from, Math.min(actual.length(), at + 60)),
                        file + ": " + hold);
            }
        }
        return shared;
    }
}
