package nl.ppsim.analysis;

import static nl.ppsim.TestScenarios.header;
import static nl.ppsim.TestScenarios.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.SimulationResult;
import org.junit.jupiter.api.Test;

/** Euros of the first year: a cost that follows the prices index is flat in real euros; probabilities do not move. */
class RealEurosTest {

    @Test
    void anAmountThatFollowsPricesIsFlatInRealEuros() {
        String yaml = header(0, 4, 3, 10_000) + """
                indices: {prices: 0.02, wages: 0.03}
                lines:
                  - {name: huur, kind: cost, amount: 1000, indexed: prices, type: housing}
                  - {name: team, kind: cost, amount: 1000, indexed: wages, type: personnel}
                """;
        SimulationResult nominal = run(yaml, 1);
        SimulationResult real = RealEuros.deflate(nominal);
        assertEquals(2026, real.euroYear());
        for (int t = 1; t <= 4; t++) {
            assertEquals(
                    1000 * Math.pow(1.02, t - 1) + 1000 * Math.pow(1.03, t - 1),
                    nominal.years().get(t - 1).metric(Metric.COSTS).mean(),
                    1e-9);
            assertEquals(
                    1000 + 1000 * Math.pow(1.03 / 1.02, t - 1),
                    real.years().get(t - 1).metric(Metric.COSTS).mean(),
                    1e-9,
                    "prices flat, wages rise by 1.03/1.02 a year in real terms");
        }
        assertEquals(nominal.verduurzaamd().estimate(), real.verduurzaamd().estimate(), 0.0);
        assertEquals(
                nominal.finalReserve().p50() / Math.pow(1.02, 3),
                real.finalReserve().p50(),
                1e-9);
        SimulationResult none =
                run(header(0, 2, 2, 0) + "lines:\n  - {name: a, kind: cost, amount: 1, type: other}\n", 1);
        assertSame(none, RealEuros.deflate(none), "without a prices index nothing changes");
    }
}
