package nl.ppsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.ppsim.engine.CompiledScenario;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.IterationTrace;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.scenario.BusinessModelUse;
import nl.ppsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Variants that copy the scenario's draws ({@link Simulation#variants}) equal separate runs, bit
 * for bit: every shipped scenario without each of its business models in turn, with the outcome
 * trace of the sensitivity analysis, on 1 and 3 threads, and under Latin hypercube sampling.
 */
class SharedDrawsTest {
    @Test
    void variantsThatCopyTheDrawsGiveTheResultsOfSeparateRuns() {
        int shared = 0;
        for (Path file : nl.ppsim.TestScenarios.shippedFiles()) {
            Scenario scenario = new ScenarioReader().read(file);
            List<BusinessModelUse> models = scenario.businessModels();
            if (models.isEmpty()) {
                continue;
            }
            List<Scenario> variants = new ArrayList<>();
            for (int k = 0; k < models.size(); k++) {
                List<BusinessModelUse> without = new ArrayList<>(models);
                without.remove(k);
                variants.add(scenario.withBusinessModels(without));
            }
            RunSettings settings = new RunSettings(
                            1500, scenario.seed(), file.toString().contains("zorg") ? 1 : 3)
                    .withTrace(RunSettings.Trace.OUTCOMES)
                    .withoutQuantiles();
            if (file.getFileName().toString().startsWith("techniek")) {
                settings = settings.withSampling(RunSettings.Sampling.LHS);
            }
            if (file.getFileName().toString().startsWith("voorbeeld")) {
                settings = new RunSettings(1500, scenario.seed(), 2).withTrace(RunSettings.Trace.OUTCOMES);
            }
            CompiledScenario compiled = CompiledScenario.of(scenario, settings);
            List<SimulationResult> together = compiled.variants(variants, settings);
            SharedDraws draws = new SharedDraws(
                    Engine.compile(scenario, settings),
                    variants,
                    java.util.Collections.nCopies(variants.size(), settings),
                    settings);
            for (int v = 0; v < variants.size(); v++) {
                shared += draws.alone(v) ? 0 : 1;
                SimulationResult alone = Simulation.run(variants.get(v), settings);
                String what = file + " without " + models.get(v).name();
                assertEquals(Fingerprint.of(alone), Fingerprint.of(together.get(v)), what);
                assertTrue(
                        Arrays.equals(
                                alone.trace().verduurzaamd(),
                                together.get(v).trace().verduurzaamd()),
                        what);
            }
        }
        assertTrue(shared > 10, "too few variants shared the draws: " + shared);
    }

    @Test
    void aModelKeepsItsDrawsWhenAnotherIsLeftOut() {
        // the variants of the sensitivity analysis keep the paths the later models were read with;
        // their streams go by the model's name, so leaving out the first model shifts no other's draws
        Scenario scenario = new ScenarioReader().read(Path.of("scenarios/voorbeeld.yaml"));
        List<BusinessModelUse> models = scenario.businessModels();
        Scenario without = scenario.withBusinessModels(models.subList(1, models.size()));
        RunSettings settings = new RunSettings(2000, scenario.seed(), 2).withTrace(RunSettings.Trace.FULL);
        IterationTrace all = Simulation.run(scenario, settings).trace();
        IterationTrace rest = Simulation.run(without, settings).trace();
        int compared = 0;
        for (int k = 0; k < rest.inputs().size(); k++) {
            String path = rest.inputs().get(k).path();
            for (int j = 0; j < all.inputs().size(); j++) {
                if (all.inputs().get(j).path().equals(path)) {
                    assertTrue(Arrays.equals(all.inputValues()[j], rest.inputValues()[k]), path);
                    compared += path.startsWith("business_models[") ? 1 : 0;
                }
            }
        }
        assertTrue(compared >= 3, "no later model's input compared: " + compared);
    }
}
