package nl.ppsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ppsim.TestScenarios;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.stats.Proportion;
import org.junit.jupiter.api.Test;

/**
 * The headline's 95% interval under Latin hypercube sampling covers the true probability in 95% of
 * seeds. Five revenue lines uniform(0, 40) against costs of 100 in one year: their sum is symmetric
 * around 100, so the probability of a non-negative result is exactly 0.5. Each run draws 10 blocks
 * of 1,024 (the number of replicates of the default 10,000 draws). Over 4,000 seeds the coverage has
 * a standard error of 0.34 points; the test asks at least 93.4%, 4.6 standard errors below 95% and
 * 4.1 below the 94.8% measured here (false failure below 1e-4). With the normal quantile instead of
 * Student t for 9 degrees of freedom the coverage was 92.3%, and the test fails.
 */
class CoverageTest {

    @Test
    void theLhsIntervalCoversTheTrueProbability() {
        StringBuilder yaml =
                new StringBuilder(TestScenarios.header(0, 1, 10240, 0)).append("overdraft_interest: 0\nlines:\n");
        for (int k = 0; k < 5; k++) {
            yaml.append("  - {name: r").append(k).append(", kind: revenue, amount: {uniform: [0, 40]}}\n");
        }
        yaml.append("  - {name: kosten, kind: cost, amount: 100, type: other}\n");
        Scenario s = TestScenarios.parse(yaml.toString());
        int seeds = 4000;
        int covered = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            Proportion p = Simulation.run(s, new RunSettings(10240, seed, 1).withSampling(RunSettings.Sampling.LHS))
                    .verduurzaamd();
            double[] ci = p.wilson95();
            covered += ci[0] <= 0.5 && 0.5 <= ci[1] ? 1 : 0;
        }
        double coverage = (double) covered / seeds;
        assertTrue(coverage >= 0.934, "coverage " + coverage);
    }
}
