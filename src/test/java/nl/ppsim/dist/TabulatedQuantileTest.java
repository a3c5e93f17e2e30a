package nl.ppsim.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/** The fast quantile tables agree with the libraries' exact inversions. */
class TabulatedQuantileTest {

    @Test
    void standardNormalQuantileAgreesWithTheLibraryToDoublePrecisionCentrallyAndToOneBillionthInTheTails() {
        NormalDistribution exact = NormalDistribution.of(0, 1);
        double central = 0;
        double tails = 0;
        double[] extra = {
            0x1.0p-60,
            0x1.0p-64,
            0x1.0p-70,
            1e-300,
            1e-20,
            1e-12,
            1e-9,
            0.0625,
            0.075,
            0.0749,
            0.925,
            0.9251,
            1 - 1e-9,
            1 - 0x1.0p-53
        };
        for (int i = 1; i < 200_000 + extra.length; i++) {
            double u = i < 200_000 ? i / 200_000.0 : extra[i - 200_000];
            double z = exact.inverseCumulativeProbability(u);
            double error = Math.abs(StandardNormal.quantile(u) - z) / Math.max(1, Math.abs(z));
            if (Math.abs(u - 0.5) <= 0.425) {
                central = Math.max(central, error);
            } else {
                tails = Math.max(tails, error);
            }
        }
        assertEquals(0, central, 1e-14);
        assertEquals(0, tails, 1e-9);
        assertEquals(0, StandardNormal.quantile(0.5), 0.0);
        assertEquals(Double.NEGATIVE_INFINITY, StandardNormal.quantile(0), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, StandardNormal.quantile(1), 0.0);
        assertEquals(-StandardNormal.quantile(0.01), StandardNormal.quantile(0.99), 1e-12);
        // lognormal and range90 use it too: their medians are exact, their tails within a millionth
        assertEquals(
                50000 / Math.sqrt(1.09), Distributions.lognormal(50000, 15000).quantile(0.5), 1e-9);
        assertEquals(
                Math.sqrt(30000.0 * 70000), Distributions.range90(30000, 70000).quantile(0.5), 1e-9);
        assertEquals(70000, Distributions.range90(30000, 70000).quantile(0.95), 70000 * 1e-9);
    }

    @Test
    void normalTailTableFollowsAs241WithinOneBillionthEverywhere() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        double worst = 0;
        for (int i = 0; i < 1_000_000; i++) {
            // log-uniform over the tabulated binades 2^-64..2^-3, and uniform over the busy edge
            double m = i % 2 == 0
                    ? Math.scalb(1.0, -64) * Math.pow(2, 61 * random.nextDouble())
                    : random.nextDouble(0, 0.075);
            if (m >= 0.075) {
                continue;
            }
            double u = i % 4 < 2 || m < 1e-15 ? m : 1 - m;
            worst = Math.max(worst, Math.abs(StandardNormal.quantile(u) - StandardNormal.exact(u)));
        }
        assertEquals(0, worst, 1e-9);
    }

    @Test
    void bulkQuantilesAreExactlyTheScalarQuantilesRaisedToTheFloor() {
        Distribution[] cases = {
            Distributions.triangular(4, 8, 14),
            Distributions.triangular(0, 0, 10),
            Distributions.triangular(0, 10, 10),
            Distributions.triangular(0, 1, 100),
            Distributions.uniform(-5, 5),
            Distributions.normal(100, 30),
            Distributions.lognormal(50000, 15000),
            Distributions.range90(-10, 30),
            Distributions.pert(1, 4, 10),
            Distributions.poisson(3),
            Distributions.discrete(new double[] {1, 2, 5}, new double[] {1, 2, 1}),
            Distributions.discrete(new double[] {1, 2, 3, 4}, new double[] {1, 0, 2, 1}),
            Distributions.discrete(
                    java.util.stream.IntStream.range(0, 20).asDoubleStream().toArray(),
                    java.util.stream.IntStream.range(0, 20)
                            .mapToDouble(k -> 1 + k % 3)
                            .toArray())
        };
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (Distribution d : cases) {
            for (int n : new int[] {1, 63, 64, 200}) {
                double[] u = new double[n];
                for (int i = 0; i < n; i++) {
                    u[i] = i % 7 == 0 ? (i % 2 == 0 ? 1e-12 : 1 - 1e-12) : random.nextDouble(0x1.0p-53, 1);
                }
                double[] bulk = u.clone();
                d.quantiles(bulk, n, 0);
                for (int i = 0; i < n; i++) {
                    assertEquals(Math.max(0, d.quantile(u[i])), bulk[i], 0.0, d.describe() + " u " + u[i]);
                }
            }
        }
    }

    @Test
    void discreteBulkQuantilesMatchTheBinarySearchAtTheCumulativeSteps() {
        Distribution d = Distributions.discrete(new double[] {1, 2, 5}, new double[] {1, 2, 1});
        double[] u = {0.25, 0.75, Math.nextDown(0.25), Math.nextDown(0.75), 0x1.0p-53, 1 - 0x1.0p-53};
        double[] bulk = u.clone();
        d.quantiles(bulk, u.length, 0);
        assertEquals(
                java.util.List.of(2.0, 5.0, 1.0, 2.0, 1.0, 5.0),
                java.util.Arrays.stream(bulk).boxed().toList());
        for (int i = 0; i < u.length; i++) {
            assertEquals(d.quantile(u[i]), bulk[i], 0.0);
        }
    }

    @Test
    void triangularQuantileIsTheClosedFormOnEitherSideOfTheMode() {
        Distribution d = Distributions.triangular(4, 8, 14);
        // F(mode) = 0.4; left: 4 + sqrt(u * 10 * 4), right: 14 - sqrt((1 - u) * 10 * 6)
        assertEquals(4 + Math.sqrt(0.1 * 40), d.quantile(0.1), 1e-12);
        assertEquals(8, d.quantile(0.4), 1e-12);
        assertEquals(14 - Math.sqrt(0.3 * 60), d.quantile(0.7), 1e-12);
        assertEquals(4 + Math.sqrt(1e-12 * 40), d.quantile(1e-12), 1e-12);
        double high = 1 - 1e-12;
        assertEquals(14 - Math.sqrt((1 - high) * 60), d.quantile(high), 1e-12);
        // mode at an end: one side only
        assertEquals(
                10 - Math.sqrt(0.81 * 100), Distributions.triangular(0, 0, 10).quantile(0.19), 1e-12);
        assertEquals(Math.sqrt(0.25 * 100), Distributions.triangular(0, 10, 10).quantile(0.25), 1e-12);
    }

    @Test
    void betaAndPertTablesAgreeWithExactInversionToATenMillionthOfTheRange() {
        Distributions.Scaled[] cases = {
            (Distributions.Scaled) Distributions.pert(1, 4, 10), (Distributions.Scaled) Distributions.pert(0, 9.9, 10),
            (Distributions.Scaled) Distributions.pert(150000, 250000, 400000),
                    (Distributions.Scaled) Distributions.beta(6, 4),
            (Distributions.Scaled) Distributions.beta(0.5, 0.5), (Distributions.Scaled) Distributions.beta(2, 30),
            (Distributions.Scaled) Distributions.beta(0.2, 5), (Distributions.Scaled) Distributions.beta(5, 1),
            (Distributions.Scaled) Distributions.beta(30, 30)
        };
        for (Distributions.Scaled d : cases) {
            double range = d.scale();
            double worst = 0;
            for (int i = 1; i < 20000; i++) {
                double u = i / 20000.0;
                worst = Math.max(worst, Math.abs(d.quantile(u) - d.exactQuantile(u)) / range);
            }
            for (double u : new double[] {1e-12, 1e-9, 2e-8, 1e-7, 1e-6, 2e-5, 1 - 2e-5, 1 - 1e-7, 1 - 2e-8}) {
                worst = Math.max(worst, Math.abs(d.quantile(u) - d.exactQuantile(u)) / range);
            }
            assertEquals(0, worst, 1e-7, d.describe());
        }
    }

    @Test
    void poissonTableIsExact() {
        for (double lambda : new double[] {0.3, 7.5, 120}) {
            PoissonDistribution exact = PoissonDistribution.of(lambda);
            Distribution d = Distributions.poisson(lambda);
            for (int i = 1; i < 5000; i++) {
                double u = i / 5000.0;
                assertEquals(exact.inverseCumulativeProbability(u), d.quantile(u), 0.0, "lambda " + lambda + " u " + u);
            }
            assertEquals(exact.inverseCumulativeProbability(1 - 1e-16), d.quantile(1 - 1e-16), 0.0);
        }
    }
}
