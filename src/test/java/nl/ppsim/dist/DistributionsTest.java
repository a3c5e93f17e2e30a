package nl.ppsim.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import nl.ppsim.engine.kernel.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sample moments and quantiles of every distribution against theory. Fixed seed; tolerances are
 * 4 standard errors of the estimate (a false failure rate of about 6e-5 per check for a fresh seed).
 */
class DistributionsTest {
    private static final int N = 200_000;

    static Stream<Arguments> distributions() {
        return Stream.of(
                Arguments.of("uniform", Distributions.uniform(10, 30)),
                Arguments.of("triangular", Distributions.triangular(4, 8, 14)),
                Arguments.of("pert", Distributions.pert(20000, 40000, 70000)),
                Arguments.of("normal", Distributions.normal(100000, 20000)),
                Arguments.of("lognormal", Distributions.lognormal(50000, 20000)),
                Arguments.of("beta", Distributions.beta(2, 5)),
                Arguments.of("poisson", Distributions.poisson(7.5)),
                Arguments.of("bernoulli", Distributions.bernoulli(0.3)),
                Arguments.of("discrete", Distributions.discrete(new double[] {1, 2, 5}, new double[] {1, 2, 1})),
                Arguments.of("range90-lognormal", Distributions.range90(30000, 70000)),
                Arguments.of("range90-normal", Distributions.range90(-10, 30)));
    }

    private static double[] sample(Distribution d, long key) {
        UniformRandomProvider rng = RandomStreams.substream(key, 0);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = d.quantile(RandomStreams.uniform(rng));
        }
        return x;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void sampleMeanAndVarianceMatchTheory(String name, Distribution d) {
        double[] x = sample(d, name.hashCode());
        double mean = Arrays.stream(x).average().orElseThrow();
        double sd = Math.sqrt(d.variance());
        assertEquals(d.mean(), mean, 4 * sd / Math.sqrt(N), name + " mean");
        double var = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (N - 1);
        // SE of the sample variance ~ sd^2 * sqrt((kurtosis - 1) / n); kurtosis < 10 for these shapes.
        assertEquals(d.variance(), var, 4 * d.variance() * Math.sqrt(9.0 / N), name + " variance");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void empiricalCdfMatchesAtTheoreticalQuantiles(String name, Distribution d) {
        double[] x = sample(d, 31L * name.hashCode());
        for (double p : new double[] {0.05, 0.25, 0.5, 0.75, 0.95}) {
            double q = d.quantile(p);
            long below = Arrays.stream(x).filter(v -> v < q).count();
            long atOrBelow = Arrays.stream(x).filter(v -> v <= q).count();
            double tol = 4 * Math.sqrt(p * (1 - p) / N);
            // For discrete distributions p lies between P(X < q) and P(X <= q).
            assertTrue(
                    (double) below / N <= p + tol && (double) atOrBelow / N >= p - tol,
                    name + " F(q_" + p + ") " + below + ".." + atOrBelow);
        }
    }

    @Test
    void analyticParameters() {
        // lognormal is parameterised by the mean and sd of the variable itself
        Distribution ln = Distributions.lognormal(50000, 20000);
        assertEquals(50000, ln.mean(), 1e-6);
        assertEquals(20000, Math.sqrt(ln.variance()), 1e-6);
        // range90: 5% below low and 5% above high
        for (Distribution d :
                new Distribution[] {Distributions.range90(30000, 70000), Distributions.range90(-10, 30)}) {
            String text = d.describe();
            assertEquals(text.contains("-10") ? -10 : 30000, d.quantile(0.05), 1e-6, text);
            assertEquals(text.contains("-10") ? 30 : 70000, d.quantile(0.95), 1e-6, text);
        }
        // PERT mean (min + 4 mode + max) / 6
        assertEquals(
                (20000 + 4 * 40000 + 70000) / 6.0,
                Distributions.pert(20000, 40000, 70000).mean(),
                1e-6);
        // degenerate ranges become constants and consume no random numbers
        assertTrue(Distributions.uniform(3, 3).isConstant());
        assertTrue(Distributions.normal(5, 0).isConstant());
    }

    @Test
    void invalidParametersAreRejectedWithTheRuleAsAKeyAndItsValues() {
        assertProblem(() -> Distributions.uniform(5, 1), "dist.min_above_max", 5.0, 1.0);
        assertProblem(() -> Distributions.triangular(1, 5, 3), "dist.order", 1.0, 5.0, 3.0);
        assertProblem(() -> Distributions.normal(0, -1), "dist.negative", "sd", -1.0);
        assertProblem(() -> Distributions.normal(Double.NaN, 1), "dist.not_finite", "mean", Double.NaN);
        assertProblem(() -> Distributions.lognormal(-5, 1), "dist.lognormal_mean", -5.0);
        assertProblem(() -> Distributions.beta(0, 1), "dist.not_positive", "alpha", 0.0);
        assertProblem(() -> Distributions.bernoulli(1.5), "dist.not_probability", "p", 1.5);
        assertProblem(() -> Distributions.poisson(-1), "dist.negative", "mean", -1.0);
        assertProblem(() -> Distributions.discrete(new double[] {1, 2}, new double[] {1}), "dist.lengths", 2, 1);
        assertProblem(() -> Distributions.discrete(new double[] {1}, new double[] {0}), "dist.weights_sum");
        assertProblem(() -> Distributions.range90(10, 5), "dist.low_above_high", 10.0, 5.0);
        // a range whose variance overflows would collapse to its minimum (mean 80, variance NaN)
        assertProblem(() -> Distributions.pert(80, 125, 1e308), "dist.too_wide", 80.0, 1e308);
        assertProblem(() -> Distributions.uniform(-1e200, 1e200), "dist.too_wide", -1e200, 1e200);
    }

    private static void assertProblem(org.junit.jupiter.api.function.Executable e, String key, Object... values) {
        Distributions.Invalid ex = assertThrows(Distributions.Invalid.class, e);
        assertEquals(key, ex.key(), ex.getMessage());
        assertEquals(java.util.List.of(values), ex.values(), ex.getMessage());
    }
}
