package nl.ppsim.engine.kernel;

import static nl.ppsim.TestScenarios.header;
import static nl.ppsim.TestScenarios.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ppsim.engine.result.LumpResult;
import nl.ppsim.engine.result.LumpSource;
import nl.ppsim.engine.result.SimulationResult;
import org.junit.jupiter.api.Test;

/** One-off items per year: which source, how likely, how large (hand-computed, deterministic cases). */
class LumpsTest {

    private static LumpResult source(SimulationResult r, LumpSource.Kind kind) {
        return r.lumps().stream()
                .filter(l -> l.source().kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aLaboratoriumInvestsInItsFirstYearAndReplacesAfterEachPeriod() {
        String yaml = header(2, 8, 20, 1e6) + """
                business_models:
                  - model: laboratorium
                    name: Lab
                    params: {investment: 300000, replacement_years: 3}
                """;
        LumpResult lab = source(run(yaml, 1), LumpSource.Kind.INVESTMENT);
        assertEquals("Lab", lab.source().source());
        assertEquals(
                List.of(1, 4, 7),
                lab.years().stream().map(LumpResult.Year::year).toList());
        for (LumpResult.Year y : lab.years()) {
            assertEquals(1, y.happens().estimate());
            assertEquals(300000, y.meanWhenItHappens(), 1e-6);
        }
    }

    @Test
    void aStopRulesWindDownAndAOneYearCostLine() {
        String yaml = header(2, 6, 20, 1e6) + """
                lines:
                  - {name: team, kind: cost, amount: 400, to_year: 2}
                  - {name: verhuizing, kind: cost, amount: 5000, from_year: 5, to_year: 5}
                business_models:
                  - model: loket
                    stop_rule: {margin_below: 0, years: 2, wind_down_cost: 7000}
                """;
        SimulationResult r = run(yaml, 1);
        // the loket earns nothing (fee 0) and has costs: after its ramp-up year it counts two loss years, 2 and 3,
        // stops, and winds down in 4
        LumpResult windDown = source(r, LumpSource.Kind.WIND_DOWN);
        assertEquals(1, windDown.years().size());
        assertEquals(4, windDown.years().get(0).year());
        assertEquals(1, windDown.years().get(0).happens().estimate());
        assertEquals(7000, windDown.years().get(0).meanWhenItHappens(), 1e-9);
        LumpResult line = source(r, LumpSource.Kind.ONE_OFF_COST);
        assertEquals("verhuizing", line.source().source());
        assertEquals(5, line.years().get(0).year());
        assertEquals(5000, line.years().get(0).meanWhenItHappens(), 1e-9);
    }

    @Test
    void aRepaymentIsAOneOffItemTheYearAfterTheSubsidy() {
        String yaml = header(2, 4, 10, 0) + """
                subsidy:
                  per_year: 300
                  scheme: custom
                  rules: {subsidy_share: {max: 0.3333333333333333}, settlement: {rule: pro_rata}}
                partners:
                  - {name: A, group: werkveld, cash_per_year: 400}
                lines:
                  - {name: team, kind: cost, amount: 600}
                """;
        SimulationResult r = run(yaml, 1);
        // granted 600 against costs of 1200: 400 allowed, 200 repaid in year 3
        LumpResult repayment = source(r, LumpSource.Kind.REPAYMENT);
        assertEquals(
                List.of(3),
                repayment.years().stream().map(LumpResult.Year::year).toList());
        assertEquals(200, repayment.years().get(0).meanWhenItHappens(), 1e-9);
        assertEquals(1, repayment.years().get(0).happens().estimate());
    }
}
