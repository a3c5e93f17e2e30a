package nl.ppsim.engine;

import static nl.ppsim.TestScenarios.header;
import static nl.ppsim.TestScenarios.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ppsim.scenario.Group;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The engine against analytic answers (tolerance 3 standard errors, fixed seed) and hand-computed cases (exact). */
class SimulationTest {

    @Test
    void normalRevenueAgainstFixedCostsGivesPhiOfHalfEveryYear() {
        int horizon = 5;
        String yaml = header(0, horizon, 40_000, 10_000_000) + """
                lines:
                  - {name: omzet, kind: revenue, amount: {normal: [100000, 20000]}}
                  - {name: kosten, kind: cost, amount: 90000}
                """;
        SimulationResult r = run(yaml, 2);
        double p = NormalDistribution.of(0, 1).cumulativeProbability(0.5);
        for (YearResult y : r.years()) {
            assertEquals(p, y.selfSufficient().estimate(), 3 * y.selfSufficient().standardError(), "year " + y.year());
            assertEquals(0, y.insolvent().estimate());
        }
        double pAll = Math.pow(p, horizon);
        assertEquals(pAll, r.verduurzaamd().estimate(), 3 * r.verduurzaamd().standardError());
        double[] ci = r.verduurzaamd().wilson95();
        assertTrue(ci[0] < pAll && pAll < ci[1], "Wilson interval covers the true value");
        // mean revenue per year within 3 SE of 100000
        assertEquals(100000, r.years().get(0).metric(Metric.REVENUE).mean(), 3 * 20000 / Math.sqrt(40_000));
    }

    @Test
    void deterministicScenarioReproducesHandComputedReserves() {
        String yaml = header(2, 5, 10, 1000) + """
                subsidy: {per_year: 500}
                partners:
                  - {name: School, group: onderwijs, cash_per_year: 100, in_kind_per_year: 40, committed_years: 3, renewal_probability: 0}
                  - {name: Bedrijf, group: werkveld, cash_per_year: 200, committed_years: 2, renewal_probability: 1}
                lines:
                  - {name: kosten, kind: cost, amount: 1000, growth: 0.1}
                  - {name: omzet, kind: revenue, amount: 300, from_year: 2, to_year: 4}
                """;
        SimulationResult r = run(yaml, 1);
        // year: subsidy, cash (school + bedrijf), revenue, costs
        double[][] flows = {
            {500, 300, 0, 1000},
            {500, 300, 300, 1100},
            {0, 300, 300, 1210},
            {0, 200, 300, 1331},
            {0, 200, 0, 1464.1},
        };
        double reserve = 1000;
        for (int t = 0; t < 5; t++) {
            double net = flows[t][0] + flows[t][1] + flows[t][2] - flows[t][3];
            reserve += net;
            YearResult y = r.years().get(t);
            assertEquals(flows[t][0], y.metric(Metric.SUBSIDY).mean(), 1e-9);
            assertEquals(flows[t][1], y.metric(Metric.PARTNER_CASH).p50(), 1e-9);
            assertEquals(flows[t][3], y.metric(Metric.COSTS).p95(), 1e-9);
            assertEquals(net, y.metric(Metric.NET).mean(), 1e-9);
            assertEquals(reserve, y.metric(Metric.RESERVE).p05(), 1e-9, "reserve year " + (t + 1));
            assertEquals(t < 3 ? 40 : 0, y.metric(Metric.IN_KIND).mean(), 1e-9);
            assertEquals(reserve < 0 ? 1 : 0, y.insolvent().estimate());
        }
        // reserve: 800, 800, 190, -641, -1905.1 -> insolvent from year 4; never self-sufficient
        assertEquals(0, r.survives().estimate());
        assertEquals(0, r.verduurzaamd().estimate());
        assertNull(r.medianYearSelfSufficient());
        // funding over the horizon: subsidy 1000, school 300 cash + 120 in kind, bedrijf 1000, revenue 900
        Funding f = r.funding();
        assertEquals(1000, f.subsidy(), 1e-9);
        assertEquals(420, f.group(Group.ONDERWIJS.ordinal()), 1e-9);
        assertEquals(1000, f.group(Group.WERKVELD.ordinal()), 1e-9);
        assertEquals(900, f.revenue(), 1e-9);
        assertEquals(1000 / 3320.0, f.share(f.subsidy()), 1e-12);
    }

    @Test
    void yearOfSelfSufficiencyIsTheFirstYearFromWhichItHolds() {
        // costs fall below partner cash from year 4 on; the reserve is large
        String yaml = header(2, 6, 5, 100000) + """
                partners:
                  - {name: School, group: onderwijs, cash_per_year: 100}
                lines:
                  - {name: hoog, kind: cost, amount: 150, to_year: 3}
                  - {name: laag, kind: cost, amount: 50, from_year: 4}
                """;
        SimulationResult r = run(yaml, 1);
        assertEquals(5, r.selfSufficiencyYear()[4]);
        assertEquals(2029, r.medianYearSelfSufficient());
        assertEquals(0, r.verduurzaamd().estimate());
        assertEquals(1, r.survives().estimate());
    }

    @Test
    void partnerRenewalFollowsItsProbability() {
        String yaml = header(4, 8, 20_000, 1_000_000) + """
                partners:
                  - {name: Gemeente, group: overheid, cash_per_year: 100, committed_years: 4, renewal_probability: 0.3}
                lines:
                  - {name: kosten, kind: cost, amount: 50}
                """;
        SimulationResult r = run(yaml, 2);
        for (YearResult y : r.years()) {
            double expected = y.year() <= 4 ? 1 : 0.3;
            assertEquals(expected, y.selfSufficient().estimate(), 3 * Math.sqrt(0.21 / 20_000) + 1e-12);
        }
        // renewal is one draw for all later years: verduurzaamd has the same probability, not 0.3^4
        assertEquals(0.3, r.verduurzaamd().estimate(), 3 * Math.sqrt(0.21 / 20_000));
    }

    @Test
    void growthDrawnOncePerIterationCompounds() {
        // E[(1+g)^k] for g ~ U(0, 0.2) is ((1.2)^(k+1) - 1) / (0.2 (k+1))
        String yaml = header(0, 4, 40_000, 0) + """
                lines:
                  - {name: omzet, kind: revenue, amount: 1000, growth: {uniform: [0, 0.2]}}
                """;
        SimulationResult r = run(yaml, 2);
        for (int k = 0; k < 4; k++) {
            double expected = 1000 * (Math.pow(1.2, k + 1) - 1) / (0.2 * (k + 1));
            double sd = 1000 * Math.sqrt(k == 0 ? 0 : (Math.pow(1.2, 2 * k + 1) - 1) / (0.2 * (2 * k + 1)) - Math.pow(expected / 1000, 2));
            assertEquals(expected, r.years().get(k).metric(Metric.REVENUE).mean(), 3 * sd / Math.sqrt(40_000) + 1e-9);
        }
    }

    @Test
    void negativeDrawsOfUnboundedAmountsCountAsZero() {
        String yaml = header(0, 2, 20_000, 0) + """
                lines:
                  - {name: omzet, kind: revenue, amount: {normal: [0, 1000]}}
                """;
        SimulationResult r = run(yaml, 1);
        Metric m = Metric.REVENUE;
        assertEquals(0, r.years().get(0).metric(m).p05());
        // E[max(0, X)] for X ~ N(0, 1000) = 1000 / sqrt(2 pi)
        assertEquals(1000 / Math.sqrt(2 * Math.PI), r.years().get(0).metric(m).mean(), 3 * 1000 * 0.6 / Math.sqrt(20_000));
    }

    @Test
    void perIterationVaryHoldsOneDrawForAllYears() {
        String yaml = header(0, 3, 2000, 0) + """
                lines:
                  - {name: omzet, kind: revenue, amount: {uniform: [0, 1000]}, vary: per_iteration}
                """;
        SimulationResult r = run(yaml, 1);
        // the same draw every year: identical sorted samples, so identical summaries
        assertEquals(r.years().get(0).metric(Metric.REVENUE), r.years().get(2).metric(Metric.REVENUE));
    }
}
