package nl.ppsim.engine.kernel;

import static nl.ppsim.TestScenarios.header;
import static nl.ppsim.TestScenarios.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ppsim.TestScenarios;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.ModelResult;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.result.YearResult;
import nl.ppsim.scenario.InvalidScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Partners as they behave: pools of members, renewal at given years, a scale-down after the
 * subsidy, money through a business model. Against analytic answers with 4 standard errors (a
 * false failure about once in 16,000 per assertion for any valid random stream) or exact.
 */
class PartnersTest {
    static final int N = 40_000;

    @Test
    void aPoolsMembersLeaveOneByOneAfterTheCommitment() {
        // 35 members at 100 each, committed 3 years, then each leaves with 10% a year: E[members] = 35 x 0.9^(t - 3)
        String yaml = header(0, 10, N, 0) + """
                partners:
                  - {name: Bedrijven, group: werkveld, pool: {members: 35, leave_probability: 0.1}, cash_per_year: 100, committed_years: 3}
                """;
        SimulationResult r = run(yaml, 2);
        for (YearResult y : r.years()) {
            int k = Math.max(0, y.year() - 3);
            double q = Math.pow(0.9, k);
            double sd = 100 * Math.sqrt(35 * q * (1 - q));
            assertEquals(
                    3500 * q, y.metric(Metric.PARTNER_CASH).mean(), 4 * sd / Math.sqrt(N) + 1e-9, "year " + y.year());
        }
        // 35 members never leave as one: in year 10, P(none left) = (1 - 0.9^7)^35, practically 0
        assertTrue(r.years().get(9).metric(Metric.PARTNER_CASH).p05() > 0);
    }

    @Test
    void newMembersJoinEveryYearAndLeaveLikeTheOthers() {
        // joins ~ Poisson(2) from year 2; after year 2 members stay with 0.8:
        // E[m1] = 10, E[m2] = 12, E[m_t] = 0.8 E[m_(t-1)] + 2 for t > 2
        String yaml = header(0, 6, N, 0) + """
                partners:
                  - name: Leden
                    group: werkveld
                    pool: {members: 10, leave_probability: 0.2, join_per_year: {poisson: 2}}
                    cash_per_year: 1
                    committed_years: 2
                """;
        SimulationResult r = run(yaml, 2);
        double m = 10;
        for (YearResult y : r.years()) {
            if (y.year() > 1) {
                m = (y.year() > 2 ? 0.8 * m : m) + 2;
            }
            // a bound on the variance: the members are at most Poisson-like, Var <= E + the initial members' binomial
            // part
            double sd = Math.sqrt(m + 10 * 0.25);
            assertEquals(m, y.metric(Metric.PARTNER_CASH).mean(), 4 * sd / Math.sqrt(N), "year " + y.year());
        }
    }

    @Test
    void theSurvivorsOfAYearAreAnExactBinomialDraw() {
        // the quantile function against the binomial distribution function, at the edges of its steps
        var binomial = org.apache.commons.statistics.distribution.BinomialDistribution.of(35, 0.9);
        for (int k = 0; k <= 35; k++) {
            double below = binomial.cumulativeProbability(k) - 1e-12;
            if (below > 0 && (k == 0 || below > binomial.cumulativeProbability(k - 1))) {
                assertEquals(k, PartnerFlow.survivors(35, 0.9, below), "k = " + k);
            }
        }
        assertEquals(0, PartnerFlow.survivors(35, 0, 0.5));
        assertEquals(35, PartnerFlow.survivors(35, 1, 0.5));
        assertEquals(binomial.inverseCumulativeProbability(0.3), PartnerFlow.survivors(35, 0.9, 0.3));
        var large = org.apache.commons.statistics.distribution.BinomialDistribution.of(2000, 0.7);
        assertEquals(large.inverseCumulativeProbability(0.42), PartnerFlow.survivors(2000, 0.7, 0.42));
    }

    @Test
    void aGovernmentRenewsAtItsElectionYearsAndStopsAtTheFirstRefusal() {
        // committed 2026-2028, decisions in 2029 (end of commitment) and 2031 (election), each with 0.6
        String yaml = header(0, 8, N, 0) + """
                partners:
                  - {name: Provincie, group: overheid, cash_per_year: 100, committed_years: 3, renewal_probability: 0.6,
                     renewal_years: [2031]}
                """;
        SimulationResult r = run(yaml, 2);
        double[] expected = {1, 1, 1, 0.6, 0.6, 0.36, 0.36, 0.36};
        for (YearResult y : r.years()) {
            double p = expected[y.year() - 1];
            assertEquals(
                    100 * p,
                    y.metric(Metric.PARTNER_CASH).mean(),
                    4 * 100 * Math.sqrt(p * (1 - p) / N) + 1e-9,
                    "year " + y.year());
        }
        SimulationResult every = run(yaml.replace("renewal_years: [2031]", "renewal_every: 2"), 2);
        // decisions in years 4, 6, 8: 0.6, 0.36, 0.216
        assertEquals(
                21.6, every.years().get(7).metric(Metric.PARTNER_CASH).mean(), 4 * 100 * Math.sqrt(0.216 * 0.784 / N));
    }

    @Test
    void theAfterSubsidyFactorScalesWhatStays() {
        String yaml = header(2, 5, N, 0) + """
                subsidy: {per_year: 10}
                partners:
                  - {name: Bedrijf, group: werkveld, cash_per_year: 100, after_subsidy_factor: {uniform: [0.5, 1.0]}}
                """;
        SimulationResult r = run(yaml, 2);
        assertEquals(100, r.years().get(1).metric(Metric.PARTNER_CASH).mean(), 1e-9);
        assertEquals(
                75, r.years().get(2).metric(Metric.PARTNER_CASH).mean(), 4 * 100 * Math.sqrt(1.0 / 48) / Math.sqrt(N));
    }

    @Test
    void aPartnerThatPaysForAModelBuysItsVolumeAndStopsBuyingWhenItsMembersAreGone() {
        // 10 courses x 10 participants x 100 = 10,000 a year while all members stay; every member leaves after year 2
        String yaml = header(0, 4, 20, 0) + """
                partners:
                  - {name: Klanten, group: overheid, pool: {members: 20, leave_probability: 1}, committed_years: 2, pays_for: Cursussen}
                business_models:
                  - model: trainingsbureau
                    name: Cursussen
                    params: {courses_per_year: 10, participants_per_course: 10, fee_per_participant: 100, ramp_up_years: 0}
                """;
        SimulationResult r = run(yaml, 1);
        ModelResult m = r.models().get(0);
        assertEquals(10000, m.years().get(0).revenue().mean(), 1e-9);
        assertEquals(10000, m.years().get(1).revenue().mean(), 1e-9);
        assertEquals(0, m.years().get(2).revenue().mean(), 1e-9, "no money without projects: the members are gone");
        assertEquals(
                20000,
                r.funding().revenueByPayer()[nl.ppsim.scenario.Group.OVERHEID.ordinal()],
                1e-9,
                "the revenue counts as paid by the partner's group");
        assertEquals(0, r.years().get(0).metric(Metric.PARTNER_CASH).mean(), "no cash beside the purchases");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "members not a positive integer|pool: {members: 0}|tussen 1 en 100000",
                "fractional members|pool: {members: 2.5}|geheel getal",
                "leave probability above 1|pool: {members: 5, leave_probability: 1.5}|tussen 0 en 1",
                "a pool with a renewal probability|pool: {members: 5}, renewal_probability: 0.5|verlengt niet als geheel",
                "negative factor|after_subsidy_factor: {uniform: [-1, 1]}|tussen 0 en 10",
                "unknown model|pays_for: Onbekend|onbekend bedrijfsmodel 'Onbekend'",
                "a model that earns nothing|pays_for: Loket|verdient op zichzelf niets",
                "renewal year inside the commitment|renewal_years: [2027]|na de toezegging",
                "both renewal keys|renewal_years: [2031], renewal_every: 2|niet allebei",
                "persistence 1|persistence: 1|in [0, 1)"
            })
    void badPartnersGetAClearMessage(String what, String extra, String expected) {
        String yaml =
                header(0, 8, 10, 0) + "partners:\n  - {name: P, group: werkveld, cash_per_year: 1, committed_years: 3, "
                        + extra + "}\n" + "business_models:\n  - {model: loket, name: Loket}\n";
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> TestScenarios.parse(yaml));
        assertTrue(e.getMessage().contains(expected) && e.getMessage().contains("partners[0]"), e.getMessage());
    }
}
