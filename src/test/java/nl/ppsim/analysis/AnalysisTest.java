package nl.ppsim.analysis;

import static nl.ppsim.TestScenarios.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ppsim.TestScenarios;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Distributions;
import nl.ppsim.engine.CompiledScenario;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.IterationTrace;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.ProgressListener;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.InvalidScenarioException;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.stats.PairedDifference;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** Sensitivity, correlations, sampling, goal seeking and paired comparison against answers known in advance. */
class AnalysisTest {

    /**
     * Revenue a ~ normal(100k, 10k) drawn once, cost c ~ normal(90k, 20k) drawn each of 10 years:
     * the final reserve is 10a - sum c, so a carries 1e10 / 1.4e10 = 71% of its variance (Pearson
     * correlations 0.845 and -0.535; for normal variables Spearman's rho is (6/pi) asin(r/2): 0.833
     * and -0.517). The tornado must rank a first: holding c at its own p10 in every year would swing
     * it by 10 x 2.56 x 20k = 513k against a's 256k; held at the p10 and p90 of its 10-year mean it
     * swings 10 x 2.56 x 20k / sqrt(10) = 162k. Swings are exact under common random numbers. The
     * rank correlations at 5000 draws have standard errors of about (1 - rho^2) sqrt((1 + rho^2 / 2) / n):
     * 0.0051 and 0.0118, the contribution to variance (delta method) 0.0095; each is asserted within 4
     * of its standard errors (false failure rate about 6e-5 per assertion, for any valid stream).
     */
    @Test
    void aYearlyInputIsSwungByTheSpreadOfItsMeanAndRankedBelowTheInputThatCarriesTheVariance() {
        Scenario s = TestScenarios.parse(TestScenarios.header(0, 10, 5000, 0) + """
                overdraft_interest: 0
                lines:
                  - {name: a, kind: revenue, amount: {normal: [100000, 10000]}, vary: per_iteration}
                  - {name: c, kind: cost, amount: {normal: [90000, 20000]}, vary: per_year}
                """);
        RunSettings settings = new RunSettings(5000, 11, 2);
        Tornado.Result t = Tornado.run(CompiledScenario.of(s, settings), settings, ProgressListener.NONE);
        assertEquals(
                "lines[0].amount", t.bars().get(0).input().path(), "the input drawn once carries most of the variance");
        double z = Tornado.Z90;
        assertEquals(10 * 2 * z * 10000, t.bars().get(0).reserveSwing(), 1e-3);
        assertEquals(10 * 2 * z * 20000 / Math.sqrt(10), t.bars().get(1).reserveSwing(), 1e-3);
        SimulationResult r = Simulation.run(s, settings.withTrace(RunSettings.Trace.FULL));
        List<Sensitivity.Rank> ranks = Sensitivity.ranks(r.trace());
        assertEquals("lines[0].amount", ranks.get(0).input().path());
        double ra = 6 / Math.PI * Math.asin(0.845 / 2);
        double rc = 6 / Math.PI * Math.asin(-0.5345 / 2);
        assertEquals(ra, ranks.get(0).spearman(), 4 * 0.0051);
        assertEquals(rc, ranks.get(1).spearman(), 4 * 0.0118);
        double[] shares = Sensitivity.contributions(ranks);
        assertEquals(ra * ra / (ra * ra + rc * rc), shares[0], 4 * 0.0095);
        assertEquals(1, shares[0] + shares[1], 1e-12);
    }

    @Test
    void tornadoOrdersInputsByTheirKnownSwing() {
        // three additive revenue lines drawn each of 4 years: each is held at the p10 and p90 of its 4-year mean
        // (normal
        // approximation, sd / sqrt(4)), which moves the mean final reserve by exactly 4 x 2 x 1.2816 x sd / 2, the
        // other
        // lines' draws being the same (common random numbers); sd of uniform(0, w) is w / sqrt(12)
        String yaml = header(0, 4, 3000, 0) + """
                lines:
                  - {name: klein, kind: revenue, amount: {uniform: [0, 1000]}}
                  - {name: groot, kind: revenue, amount: {uniform: [0, 100000]}}
                  - {name: middel, kind: revenue, amount: {uniform: [0, 10000]}}
                """;
        Scenario s = TestScenarios.parse(yaml);
        RunSettings settings = new RunSettings(3000, 1, 2);
        Tornado.Result t = Tornado.run(CompiledScenario.of(s, settings), settings, ProgressListener.NONE);
        List<String> order = t.bars().stream().map(b -> b.input().path()).toList();
        assertEquals(List.of("lines[1].amount", "lines[2].amount", "lines[0].amount"), order);
        for (int k = 0; k < 3; k++) {
            double width = new double[] {100000, 10000, 1000}[k];
            assertEquals(
                    4 * 2 * Tornado.Z90 * width / Math.sqrt(12) / 2,
                    t.bars().get(k).reserveSwing(),
                    1e-6);
        }
    }

    @Test
    void realisedRankCorrelationIsWithinFiveHundredthsOfTheRequestedOne() {
        String yaml = header(0, 2, 20000, 0) + """
                lines:
                  - {name: a, kind: revenue, amount: {lognormal: [50000, 30000]}, vary: per_iteration}
                  - {name: b, kind: revenue, amount: {triangular: [0, 10, 100]}, vary: per_iteration}
                  - {name: c, kind: cost, amount: {uniform: [0, 1]}, vary: per_iteration}
                correlations:
                  - between:
                      - lines[0].amount
                      - lines[1].amount
                    rank: 0.6
                  - {between: ["lines[0].amount", "lines[2].amount"], rank: -0.4}
                """;
        Scenario s = TestScenarios.parse(yaml);
        SimulationResult r = Simulation.run(s, new RunSettings(20000, 3, 2).withTrace(RunSettings.Trace.FULL));
        IterationTrace t = r.trace();
        SpearmansCorrelation sp = new SpearmansCorrelation();
        double ab = sp.correlation(values(t, "lines[0].amount"), values(t, "lines[1].amount"));
        double ac = sp.correlation(values(t, "lines[0].amount"), values(t, "lines[2].amount"));
        assertEquals(0.6, ab, 0.05);
        assertEquals(-0.4, ac, 0.05);
        // each input keeps its own distribution: the mean within 4 se (a false failure once in about 16,000 streams)
        assertEquals(
                50000,
                java.util.Arrays.stream(values(t, "lines[0].amount")).average().orElseThrow(),
                4 * 30000 / Math.sqrt(20000));
    }

    private static double[] values(IterationTrace t, String path) {
        for (int k = 0; k < t.inputs().size(); k++) {
            if (t.inputs().get(k).path().equals(path)) {
                return t.inputValues()[k];
            }
        }
        throw new AssertionError(path);
    }

    @Test
    void impossibleCorrelationsAreRejectedClearly() {
        String yaml = header(0, 2, 100, 0) + """
                lines:
                  - {name: a, kind: revenue, amount: {uniform: [0, 1]}}
                  - {name: b, kind: revenue, amount: {uniform: [0, 1]}}
                  - {name: c, kind: revenue, amount: {uniform: [0, 1]}}
                correlations:
                  - {between: ["lines[0].amount", "lines[1].amount"], rank: 0.9}
                  - {between: ["lines[1].amount", "lines[2].amount"], rank: 0.9}
                  - {between: ["lines[0].amount", "lines[2].amount"], rank: -0.9}
                """;
        Scenario s = TestScenarios.parse(yaml);
        InvalidScenarioException e =
                assertThrows(InvalidScenarioException.class, () -> Simulation.run(s, new RunSettings(100, 1, 1)));
        assertEquals("correlations[0]", e.path());
        assertEquals("correlation.inconsistent", e.key());
        assertEquals(List.of("lines[0].amount, lines[1].amount, lines[2].amount"), e.values());
        String unknown = yaml.replace("\"lines[2].amount\"], rank: -0.9", "\"lines[7].amount\"], rank: -0.9");
        InvalidScenarioException u = assertThrows(
                InvalidScenarioException.class,
                () -> Simulation.run(TestScenarios.parse(unknown), new RunSettings(100, 1, 1)));
        assertEquals("correlations[2]", u.path());
        assertEquals("correlation.unknown_path", u.key());
        assertEquals(List.of("lines[7].amount"), u.values());
    }

    @Test
    void latinHypercubeGivesASmallerStandardErrorThanMonteCarloForASmoothCase() {
        // the mean final reserve of additive revenue lines, estimated 40 times with 1024 iterations each
        String yaml = header(0, 3, 1024, 0) + """
                lines:
                  - {name: a, kind: revenue, amount: {normal: [100000, 20000]}}
                  - {name: b, kind: revenue, amount: {triangular: [0, 20000, 60000]}, growth: {uniform: [0, 0.1]}}
                """;
        Scenario s = TestScenarios.parse(yaml);
        double[] mc = spreadOfMeans(s, RunSettings.Sampling.MC);
        double[] lhs = spreadOfMeans(s, RunSettings.Sampling.LHS);
        // the sd of 40 means has a relative se of about 1 / sqrt(78) = 11%; LHS sits far below 0.3 x MC (about 0.05 x)
        assertTrue(lhs[1] < 0.3 * mc[1], "LHS sd " + lhs[1] + " vs MC sd " + mc[1]);
        // and LHS is unbiased: the two grand means (40 x 1024 iterations each, independent seeds) agree within 4 se of
        // their
        // difference, sqrt(sd_mc^2 / 40 + sd_lhs^2 / 40) (false failure rate about 6e-5)
        double se = Math.sqrt(mc[1] * mc[1] / 40 + lhs[1] * lhs[1] / 40);
        assertEquals(mc[0], lhs[0], 4 * se, "grand means");
    }

    /** The mean over 40 runs of 1024 iterations of the mean final reserve, and the sd of those 40 means. */
    private static double[] spreadOfMeans(Scenario s, RunSettings.Sampling sampling) {
        int reps = 40;
        double[] means = new double[reps];
        long offset = sampling == RunSettings.Sampling.MC ? 100 : 1000;
        for (int k = 0; k < reps; k++) {
            means[k] = Simulation.run(s, new RunSettings(1024, offset + k, 1).withSampling(sampling))
                    .finalReserve()
                    .mean();
        }
        double m = java.util.Arrays.stream(means).average().orElseThrow();
        return new double[] {
            m,
            Math.sqrt(java.util.Arrays.stream(means).map(x -> (x - m) * (x - m)).sum() / (reps - 1))
        };
    }

    @Test
    void goalSeekFindsTheAnalyticRoot() {
        // one year, fixed revenue X against costs N(100000, 20000): p(X) = Phi((X - 100000) / 20000); p = 0.8 at X =
        // 116832
        String yaml = header(0, 1, 20000, 10_000_000) + """
                lines:
                  - {name: omzet, kind: revenue, amount: 100000}
                  - {name: kosten, kind: cost, amount: {normal: [100000, 20000]}}
                """;
        Scenario s = TestScenarios.parse(yaml);
        double root = 100000 + 20000 * NormalDistribution.of(0, 1).inverseCumulativeProbability(0.8);
        RunSettings settings = new RunSettings(20000, 9, 2);
        GoalSeek.Result r =
                GoalSeek.solve(CompiledScenario.of(s, settings), settings, "lines[0].amount", 0.8, 0, 300000, 1);
        // tolerance: 3 standard errors of p (0.0028) translated to X through the density (dX = dp / phi x 20000 ~ 200
        // per se)
        assertEquals(root, r.value(), 600);
        assertTrue(r.low() <= r.value() && r.value() <= r.high());
        assertTrue(r.low() < root + 600 && r.high() > root - 600, r.toString());
        assertTrue(r.increasing());
        assertTrue(r.runs() > 10 && r.runs() < 200, "runs " + r.runs());
        assertTrue(r.reached());
        RunSettings few = new RunSettings(2000, 9, 1);
        GoalSeek.Result none = GoalSeek.solve(CompiledScenario.of(s, few), few, "lines[0].amount", 0.8, 0, 50000, 1);
        assertFalse(none.reached(), "unreachable target: " + none);
        assertTrue(Double.isNaN(none.value()) && none.pAtValue() < 0.8);
    }

    @Test
    void pairedComparisonOfASmallChangeHasAMuchSmallerStandardError() {
        String a = header(2, 6, 20000, 0) + """
                partners:
                  - {name: School, group: onderwijs, cash_per_year: {normal: [100000, 20000]}, committed_years: 2, renewal_probability: 0.7}
                lines:
                  - {name: kosten, kind: cost, amount: {normal: [120000, 15000]}}
                  - {name: omzet, kind: revenue, amount: {range90: [10000, 60000]}}
                """;
        String b = a.replace("{range90: [10000, 60000]}", "{range90: [10200, 60400]}");
        RunSettings settings = new RunSettings(20000, 4, 2).withTrace(RunSettings.Trace.OUTCOMES);
        SimulationResult ra = Simulation.run(TestScenarios.parse(a), settings);
        SimulationResult rb = Simulation.run(TestScenarios.parse(b), settings);
        PairedDifference d =
                PairedDifference.of(rb.trace().verduurzaamd(), ra.trace().verduurzaamd());
        assertTrue(d.difference() > 0, "more revenue helps: " + d);
        assertTrue(
                d.pairedSe() < 0.25 * d.independentSe(),
                "paired " + d.pairedSe() + " vs independent " + d.independentSe());
        // the change is clear against the paired error, but within two standard errors of independent runs: lost in
        // their noise
        assertTrue(d.difference() > 5 * d.pairedSe() && d.difference() < 2 * d.independentSe(), d.toString());
    }

    @Test
    void stretchedDistributionsWidenAroundTheMedian() {
        Distribution d = Distributions.triangular(10, 20, 40);
        Distribution w = Distributions.stretched(d, 1.5);
        double m = d.quantile(0.5);
        assertEquals(m, w.quantile(0.5), 1e-9);
        assertEquals(m + 1.5 * (d.quantile(0.9) - m), w.quantile(0.9), 1e-9);
        assertEquals(1.5 * 1.5 * d.variance(), w.variance(), 1e-9);
        assertTrue(Distributions.stretched(Distributions.constant(5), 2).isConstant());
    }

    @Test
    void convergenceIsTheRunningEstimate() {
        String yaml = header(0, 1, 5000, 0) + "lines:\n  - {name: omzet, kind: revenue, amount: {uniform: [0, 1]}}\n"
                + "  - {name: kosten, kind: cost, amount: {uniform: [0, 1]}}\n";
        SimulationResult r = Simulation.run(TestScenarios.parse(yaml), new RunSettings(5000, 1, 2));
        double[][] c = r.convergence();
        assertEquals(5, c.length);
        assertEquals(5000, c[4][0]);
        assertEquals(r.verduurzaamd().estimate(), c[4][1], 0);
        assertNull(r.trace());
    }
}
