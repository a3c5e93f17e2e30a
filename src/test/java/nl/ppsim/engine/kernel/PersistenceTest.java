package nl.ppsim.engine.kernel;

import static nl.ppsim.TestScenarios.header;
import static nl.ppsim.TestScenarios.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ppsim.dist.StandardNormal;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.result.YearResult;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Persistence of yearly inputs (AR(1) on normal scores) against analytic answers. Stochastic
 * assertions allow 4 standard errors (each fails falsely with probability about 6e-5 for any valid
 * random stream).
 */
class PersistenceTest {
    static final int N = 40_000;

    @Test
    void theTabulatedCumulativeIsWithin1e8OfTheExactOne() {
        NormalDistribution exact = NormalDistribution.of(0, 1);
        double[] z = new double[20001];
        for (int i = 0; i < z.length; i++) {
            z[i] = -10 + 20.0 * i / (z.length - 1);
        }
        double[] p = z.clone();
        StandardNormal.cumulatives(p, p.length);
        for (int i = 0; i < z.length; i++) {
            double e = Math.min(Math.max(exact.cumulativeProbability(z[i]), RandomStreams.U_MIN), RandomStreams.U_MAX);
            assertEquals(e, p[i], 1e-8, "z = " + z[i]);
            assertTrue(p[i] > 0 && p[i] < 1);
        }
    }

    /** One revenue line of 10 years, drawn with the given persistence; the reserve keeps the sum. */
    private static SimulationResult line(String amount, double persistence) {
        String yaml = header(0, 10, N, 0) + "lines:\n  - {name: omzet, kind: revenue, amount: " + amount
                + ", persistence: " + persistence + "}\n";
        return run(yaml, 2);
    }

    @Test
    void eachYearKeepsItsDistribution() {
        SimulationResult r = line("{triangular: [0, 100, 400]}", 0.8);
        double mean = 500.0 / 3;
        double sd = Math.sqrt((0 + 100 * 100 + 400 * 400 - 0 - 0 - 100 * 400) / 18.0);
        for (YearResult y : r.years()) {
            var s = y.metric(Metric.REVENUE);
            assertEquals(mean, s.mean(), 4 * sd / Math.sqrt(N), "year " + y.year());
            // the median of triangular(0, 100, 400) lies right of the mode: m = 400 - sqrt(0.5 x 400 x 300); its
            // standard error is 1 / (2 f(m) sqrt(N)) with density f(m) = 2 (400 - m) / (400 x 300); the sketch adds
            // 0.1%
            double median = 400 - Math.sqrt(0.5 * 400 * 300);
            double density = 2 * (400 - median) / (400.0 * 300);
            assertEquals(median, s.p50(), 4 / (2 * density * Math.sqrt(N)) + median * 1e-3, "year " + y.year());
        }
    }

    @Test
    void aNormalInputsYearsCorrelateAsAnAr1ProcessAndItsSumHasTheAr1Variance() {
        double rho = 0.7;
        SimulationResult r = line("{normal: [1000, 100]}", rho);
        // Var(sum of 10 years) = sigma^2 (10 + 2 sum_{k=1..9} (10 - k) rho^k); the reserve of year 10 is that sum
        double v = 10;
        for (int k = 1; k < 10; k++) {
            v += 2 * (10 - k) * Math.pow(rho, k);
        }
        double sd = 100 * Math.sqrt(v);
        var reserve = r.years().get(9).metric(Metric.RESERVE);
        // the 5-95% range of a normal sum is 2 x 1.645 sd; its estimate is within about 4 x 1.5% at n = 40,000
        assertEquals(2 * 1.6448536 * sd, reserve.p95() - reserve.p05(), 4 * 0.015 * 2 * 1.6448536 * sd);
        double independent = 100 * Math.sqrt(10);
        assertTrue(
                reserve.p95() - reserve.p05() > 1.8 * 2 * 1.6448536 * independent,
                "much wider than with independent years");
    }

    @Test
    void theLag1CorrelationOfTheYearlyDrawsIsThePersistence() {
        // two years of x ~ N(100, 1) less a cost of 100 each: the year-2 reserve is (x1 - 100) + (x2 - 100), with
        // variance 2 (1 + rho); its p05-p95 range is 2 x 1.645 sqrt(2 (1 + rho)), so rho = (range / 3.29)^2 / 2 - 1
        double rho = 0.6;
        String yaml =
                header(0, 2, N, 0) + "lines:\n  - {name: a, kind: revenue, amount: {normal: [100, 1], persistence: "
                        + rho + "}}\n  - {name: b, kind: cost, amount: 100}\n";
        var reserve = run(yaml, 2).years().get(1).metric(Metric.RESERVE);
        double estimated = Math.pow((reserve.p95() - reserve.p05()) / (2 * 1.6448536), 2) / 2 - 1;
        // the range's relative standard error is about 1.5% at n = 40,000, so rho's is about 2 x 1.5% x (1 + rho)
        assertEquals(rho, estimated, 4 * 0.015 * 2 * (1 + rho));
    }

    @Test
    void persistenceZeroKeepsIndependentYearsAndTheSameNumbers() {
        SimulationResult a = line("{triangular: [0, 100, 400]}", 0);
        String yaml =
                header(0, 10, N, 0) + "lines:\n  - {name: omzet, kind: revenue, amount: {triangular: [0, 100, 400]}}\n";
        SimulationResult b = run(yaml, 2);
        assertEquals(b.years().get(9).metric(Metric.RESERVE), a.years().get(9).metric(Metric.RESERVE));
    }
}
