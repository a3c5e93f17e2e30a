package nl.ppsim.engine.kernel;

import static nl.ppsim.TestScenarios.header;
import static nl.ppsim.TestScenarios.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ppsim.TestScenarios;
import nl.ppsim.engine.result.EventResult;
import nl.ppsim.engine.result.LumpResult;
import nl.ppsim.engine.result.LumpSource;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.result.YearResult;
import nl.ppsim.scenario.InvalidScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Risk events against analytic answers (4 standard errors: a false failure about once in 16,000 per assertion) and their errors. */
class EventsTest {
    static final int N = 40_000;

    private static double se(double p) {
        return Math.sqrt(p * (1 - p) / N);
    }

    @Test
    void aYearlyEventHappensWithinItsYearsWithProbabilityOneMinusTheChanceOfNeverHappening() {
        String yaml = header(0, 10, N, 1e9) + """
                events:
                  - name: brand
                    probability: 0.05
                    impact: {cost: {uniform: [10000, 30000]}}
                    from_year: 3
                    to_year: 8
                """;
        SimulationResult r = run(yaml, 2);
        EventResult e = r.events().get(0);
        double p = 1 - Math.pow(0.95, 6);
        assertEquals(p, e.happens().estimate(), 4 * se(p));
        // 6 years x 5% x mean 20000 = 6000 on average; the total cost's sd is about sqrt(6 x 0.05 x (20000^2 + 5774^2))
        double sd = Math.sqrt(6 * 0.05 * (20000.0 * 20000 + 5774.0 * 5774));
        assertEquals(6000, e.meanCost(), 4 * sd / Math.sqrt(N));
        assertEquals(0.3, e.meanOccurrences(), 4 * Math.sqrt(6 * 0.05 * 0.95 / N));
        // each year's cost: probability 5% in years 3-8, none in the other years
        LumpResult lump = r.lumps().stream()
                .filter(l -> l.source().kind() == LumpSource.Kind.EVENT)
                .findFirst()
                .orElseThrow();
        assertEquals(6, lump.years().size());
        for (LumpResult.Year y : lump.years()) {
            assertTrue(y.year() >= 3 && y.year() <= 8);
            assertEquals(0.05, y.happens().estimate(), 4 * se(0.05));
        }
        assertEquals(
                -6000,
                r.years().get(9).metric(Metric.RESERVE).mean() - 1e9,
                4 * sd / Math.sqrt(N),
                "the cost is booked");
    }

    @Test
    void anEventThatHappensAtMostOnceFallsInOneOfItsYearsEvenly() {
        String yaml = header(0, 5, N, 1e9) + """
                events:
                  - {name: verhuizing, probability: {once: 0.4}, impact: {cost: 1000}, from_year: 2, to_year: 5}
                """;
        SimulationResult r = run(yaml, 2);
        assertEquals(0.4, r.events().get(0).happens().estimate(), 4 * se(0.4));
        assertEquals(
                1,
                r.events().get(0).meanOccurrences()
                        / r.events().get(0).happens().estimate(),
                1e-12,
                "never twice");
        LumpResult lump = r.lumps().get(0);
        assertEquals(4, lump.years().size());
        for (LumpResult.Year y : lump.years()) {
            assertEquals(0.1, y.happens().estimate(), 4 * se(0.1), "year " + y.year());
            assertEquals(1000, y.meanWhenItHappens(), 1e-9);
        }
    }

    @Test
    void aPartnerStopsForGoodFromTheFirstYearItsExitHappens() {
        String yaml = header(0, 6, N, 0) + """
                partners:
                  - {name: Bedrijf, group: werkveld, cash_per_year: 100}
                events:
                  - {name: faillissement, probability: 0.1, impact: {partner_exit: Bedrijf}}
                """;
        SimulationResult r = run(yaml, 2);
        for (YearResult y : r.years()) {
            double stays = Math.pow(0.9, y.year());
            assertEquals(100 * stays, y.metric(Metric.PARTNER_CASH).mean(), 4 * 100 * se(stays), "year " + y.year());
        }
    }

    @Test
    void aRevenueLossCutsTheModelsRevenueForItsYears() {
        String base = header(0, 4, N, 0) + """
                business_models:
                  - model: trainingsbureau
                    name: Cursussen
                    params: {courses_per_year: 10, participants_per_course: 10, fee_per_participant: 100, ramp_up_years: 0}
                """;
        double full = run(base, 2).models().get(0).years().get(3).revenue().mean();
        assertEquals(10000, full, 1e-6);
        SimulationResult r = run(base + """
                events:
                  - {name: concurrent, probability: 0.2, impact: {revenue_loss: {model: Cursussen, share: 0.5, years: 2}}}
                """, 2);
        // in year 4 the loss applies when the event happened in year 3 or 4: probability 1 - 0.8^2 = 0.36
        double hit = 1 - 0.8 * 0.8;
        assertEquals(
                10000 * (1 - 0.5 * hit),
                r.models().get(0).years().get(3).revenue().mean(),
                4 * 5000 * se(hit));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "probability above 1|{name: x, probability: 1.5, impact: {cost: 100}}|tussen 0 en 1",
                "unknown partner|{name: x, probability: 0.1, impact: {partner_exit: Onbekend}}|onbekende partner 'Onbekend'",
                "unknown model|{name: x, probability: 0.1, impact: {revenue_loss: {model: Lob, share: 0.5}}}|onbekend bedrijfsmodel 'Lob'",
                "no impact|{name: x, probability: 0.1}|verplichte sleutel 'impact'",
                "two impacts|{name: x, probability: 0.1, impact: {cost: 100, partner_exit: School}}|precies één gevolg",
                "zero cost|{name: x, probability: 0.1, impact: {cost: 0}}|groter dan 0",
                "share above 1|{name: x, probability: 0.1, impact: {revenue_loss: {model: Lab, share: 2}}}|tussen 0 (niet inbegrepen) en 1"
            })
    void badEventsGetAClearMessage(String what, String event, String expected) {
        String yaml = header(0, 4, 10, 0) + "partners:\n  - {name: School, group: onderwijs, cash_per_year: 1}\n"
                + "business_models:\n  - {model: laboratorium, name: Lab}\nevents:\n  - " + event + "\n";
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> TestScenarios.parse(yaml));
        assertTrue(e.getMessage().contains(expected) && e.getMessage().contains("events[0]"), e.getMessage());
    }
}
