package nl.ppsim.engine.kernel;

import static nl.ppsim.TestScenarios.header;
import static nl.ppsim.TestScenarios.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ppsim.TestScenarios;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.scenario.InvalidScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Indices: an amount written for year 1 follows a named yearly rate, in year t times the product of
 * (1 + rate) over years 2..t. Checked against the closed form, exactly for constant rates and within
 * standard errors for drawn ones.
 */
class IndicesTest {

    /** A cost line at 1000 following wages of 3%, a model's cost per FTE following the catalog's wages by default. */
    @Test
    void anIndexedLineAndAModelParameterFollowTheClosedForm() {
        String yaml = header(0, 5, 3, 1_000_000) + """
                indices: {wages: 0.03, prices: 0.02}
                lines:
                  - {name: kosten, kind: cost, amount: 1000, indexed: wages}
                  - {name: huur, kind: cost, amount: {value: 500, indexed: prices}}
                  - {name: vast, kind: cost, amount: 200}
                business_models:
                  - {model: opleidingshuis, carried_by: {teachers: pps}, params: {teacher_fte: 1, cost_per_fte: 80000, development_costs: 0,
                     expert_hours: 0, in_kind_hour_value: 50}}
                """;
        SimulationResult r = run(yaml, 1);
        for (int t = 1; t <= 5; t++) {
            double wages = Math.pow(1.03, t - 1);
            double prices = Math.pow(1.02, t - 1);
            double lines = 1000 * wages + 500 * prices + 200;
            double teachers = 80000 * wages;
            assertEquals(teachers, r.models().get(0).years().get(t - 1).costs().mean(), 1e-6, "teachers in year " + t);
            assertEquals(
                    lines + teachers, r.years().get(t - 1).metric(Metric.COSTS).mean(), 1e-6, "costs in year " + t);
        }
    }

    /**
     * A drawn rate, independent between years: E[product of (1 + r)] = (1 + mean)^(t - 1). With
     * normal(0.04, 0.02) and 20,000 iterations the year-6 factor has a standard deviation of about
     * 0.0455 (five years of 2% each, relative), so its mean a standard error of 0.00032; the
     * tolerance is 5 of them (false failure about 6e-7).
     */
    @Test
    void aDrawnIndexHasTheExpectedMean() {
        String yaml = header(0, 6, 20000, 0) + """
                indices: {prices: {normal: [0.04, 0.02]}}
                partners:
                  - {name: School, group: onderwijs, cash_per_year: {value: 1000, indexed: prices}}
                """;
        SimulationResult r = run(yaml, 2);
        double expected = 1000 * Math.pow(1.04, 5);
        double se = expected * Math.sqrt(Math.pow(1 + Math.pow(0.02 / 1.04, 2), 5) - 1) / Math.sqrt(20000);
        assertEquals(expected, r.years().get(5).metric(Metric.PARTNER_CASH).mean(), 5 * se);
        assertEquals(1000, r.years().get(0).metric(Metric.PARTNER_CASH).mean(), 1e-9, "year 1 is the base year");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown index|indices: {prices: 0.02}\\nlines:\\n  - {name: a, kind: cost, amount: 1, indexed: wage}|onbekende index 'wage'|lines[0].indexed",
                "below -100%|indices: {prices: -1.5}\\nlines:\\n  - {name: a, kind: cost, amount: 1}|-1|indices.prices",
                "no indices|lines:\\n  - {name: a, kind: cost, amount: {value: 1, indexed: prices}}|noemt geen indices|lines[0].amount.indexed"
            })
    void badIndicesGetAClearMessage(String what, String body, String expected, String path) {
        String yaml = header(0, 4, 10, 0) + body.replace("\\n", "\n") + "\n";
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> TestScenarios.parse(yaml));
        assertTrue(e.getMessage().contains(expected) && e.getMessage().contains(path), e.getMessage());
    }
}
