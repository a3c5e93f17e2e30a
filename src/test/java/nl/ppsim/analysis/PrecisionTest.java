package nl.ppsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ppsim.stats.Proportion;
import org.junit.jupiter.api.Test;

/**
 * A precise run stops only when its target holds with confidence: under Latin hypercube sampling the
 * standard error from 10 blocks is claimed at its one-sided 95% upper bound, and growth is planned
 * with the variance measured, not the binomial one.
 */
class PrecisionTest {

    @Test
    void aDesignStandardErrorIsClaimedAtItsUpperBound() {
        Proportion lhs = new Proportion(5000, 10240, 0.003, 9);
        // chi2(9) 5% quantile 3.325: sqrt(9 / 3.325) = 1.645
        assertEquals(0.003 * Math.sqrt(9 / 3.325112843), Precision.claimable(lhs), 1e-9);
        assertFalse(Precision.reached(lhs, 0.0045), "0.003 from 10 blocks does not prove 0.0045");
        assertTrue(Precision.reached(lhs, 0.005));
        assertEquals(
                Math.ceil(10240 * Math.pow(Precision.claimable(lhs) / 0.004, 2)),
                Precision.needed(lhs, 10240, 0.004),
                0.0,
                "growth from the measured variance");
        Proportion mc = new Proportion(5000, 10240);
        assertEquals(
                mc.standardError(), Precision.claimable(mc), 0.0, "plain Monte Carlo: the binomial standard error");
        assertEquals(Precision.needed(mc.estimate(), 10240, 0.004), Precision.needed(mc, 10240, 0.004), 0.0);
    }

    /**
     * The one growing loop (CLI and web app): it grows by whole blocks until the target is reached,
     * each round the plain run of its size; or it stops at once when the target needs more than the
     * maximum and the caller asked for that; or it runs one round without a target.
     */
    @Test
    void theGrowingLoopRunsRoundsOfWholeBlocksUntilTheTarget() {
        // voorbeeld's headline is about 9%: a standard error of about 0.009 at 1000 draws, so 0.004 takes several
        // rounds
        // (one would need p below 1.6%, eight standard errors away)
        nl.ppsim.scenario.Scenario s;
        try {
            s = nl.ppsim.TestScenarios.parse(
                    java.nio.file.Files.readString(java.nio.file.Path.of("scenarios/voorbeeld.yaml")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.List<Integer> rounds = new java.util.ArrayList<>();
        java.util.function.IntFunction<nl.ppsim.engine.result.SimulationResult> runOf = n -> {
            rounds.add(n);
            return nl.ppsim.engine.Simulation.run(s, new nl.ppsim.engine.settings.RunSettings(n, 7, 2));
        };
        Precision.Outcome o = Precision.grow(1000, 0.004, 1_000_000, true, runOf);
        assertTrue(o.reached() && !o.unreachable(), o.toString());
        assertTrue(o.result().verduurzaamd().standardError() <= 0.004, o.toString());
        assertTrue(rounds.size() >= 2 && rounds.get(0) == 1000, rounds.toString());
        for (int k = 1; k < rounds.size(); k++) {
            assertEquals(0, rounds.get(k) % nl.ppsim.engine.result.SimulationResult.BLOCK_SIZE, rounds.toString());
            assertTrue(rounds.get(k) > rounds.get(k - 1), rounds.toString());
        }
        // the last round is the plain run of its size
        int last = rounds.get(rounds.size() - 1);
        assertEquals(
                nl.ppsim.engine.Simulation.run(s, new nl.ppsim.engine.settings.RunSettings(last, 7, 1))
                        .verduurzaamd(),
                o.result().verduurzaamd());
        rounds.clear();
        Precision.Outcome far = Precision.grow(1000, 1e-6, 100_000, true, runOf);
        assertTrue(far.unreachable() && !far.reached() && far.needed() > 100_000, far.toString());
        assertEquals(java.util.List.of(1000), rounds, "stops after the round that shows it");
        rounds.clear();
        Precision.Outcome toMax = Precision.grow(1000, 1e-6, 3000, false, runOf);
        assertTrue(
                !toMax.reached() && !toMax.unreachable() && rounds.get(rounds.size() - 1) == 3000, rounds.toString());
        rounds.clear();
        assertTrue(Precision.grow(1000, Double.NaN, 3000, true, runOf).reached());
        assertEquals(java.util.List.of(1000), rounds);
    }
}
