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
}
