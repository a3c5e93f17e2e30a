package nl.ppsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ppsim.TestScenarios;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Under Latin hypercube sampling the headline's standard error comes from the blocks as
 * independent replicates. Checked against the spread of the estimate over independent runs: 60
 * seeds of 20 blocks each. The empirical standard deviation of 60 estimates is itself uncertain by
 * about 1/sqrt(2 x 59) = 9%; the mean reported standard error (each from 20 blocks, about 16%
 * noise, averaged over 60 runs: 2%) must agree with it within 40%, over 4 of those 9% from the
 * limit (false-failure rate below 1e-4); the binomial formula would be too wide. Plain Monte Carlo
 * keeps it.
 */
class LhsErrorTest {
    static final String SCENARIO = TestScenarios.header(0, 1, 20480, 0) + """
            lines:
              - {name: omzet, kind: revenue, amount: {uniform: [0, 1]}}
              - {name: kosten, kind: cost, amount: {uniform: [0, 0.8]}}
            """;

    @Test
    void theLatinHypercubeStandardErrorMatchesTheSpreadOverIndependentRuns() {
        Scenario s = TestScenarios.parse(SCENARIO);
        int runs = 60;
        double sum = 0;
        double sumSq = 0;
        double reported = 0;
        double binomial = 0;
        for (int seed = 1; seed <= runs; seed++) {
            SimulationResult r =
                    Simulation.run(s, new RunSettings(20480, seed, 2).withSampling(RunSettings.Sampling.LHS));
            double p = r.verduurzaamd().estimate();
            sum += p;
            sumSq += p * p;
            assertTrue(r.verduurzaamd().designBased());
            reported += r.verduurzaamd().standardError();
            binomial += Math.sqrt(p * (1 - p) / 20480);
        }
        double mean = sum / runs;
        double empirical = Math.sqrt((sumSq - runs * mean * mean) / (runs - 1));
        double ratio = reported / runs / empirical;
        assertEquals(1, ratio, 0.4, "reported / empirical standard error");
        // measured: the true spread is 0.62 of the binomial formula's; below 0.9 is over 4 of the empirical's 9% away
        assertTrue(
                empirical < 0.9 * binomial / runs,
                "the binomial formula overstates the error under LHS: " + empirical + " vs " + binomial / runs);
        var p = Simulation.run(s, new RunSettings(20480, 1, 2).withSampling(RunSettings.Sampling.LHS))
                .verduurzaamd();
        double[] ci = p.wilson95();
        // 20 blocks: Student t with 19 degrees of freedom (2.093), not 1.96
        assertEquals(2.093, p.multiplier95(), 0.001);
        assertEquals(
                2 * p.multiplier95() * p.standardError(),
                ci[1] - ci[0],
                0.02 * (ci[1] - ci[0]),
                "the interval follows the design's error");
    }

    @Test
    void plainMonteCarloAndShortRunsKeepTheBinomialFormula() {
        Scenario s = TestScenarios.parse(SCENARIO);
        assertFalse(
                Simulation.run(s, new RunSettings(20480, 1, 2)).verduurzaamd().designBased());
        assertFalse(
                Simulation.run(s, new RunSettings(4096, 1, 2).withSampling(RunSettings.Sampling.LHS))
                        .verduurzaamd()
                        .designBased(),
                "4 blocks are too few replicates");
    }
}
