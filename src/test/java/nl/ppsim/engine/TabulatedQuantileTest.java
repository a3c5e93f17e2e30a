package nl.ppsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/** The fast quantile tables agree with the libraries' exact inversions. */
class TabulatedQuantileTest {

    @Test
    void betaAndPertTablesAgreeWithExactInversionToOneMillionthOfTheRange() {
        Distributions.Scaled[] cases = {
            (Distributions.Scaled) Distributions.pert(1, 4, 10), (Distributions.Scaled) Distributions.pert(0, 9.9, 10),
            (Distributions.Scaled) Distributions.pert(150000, 250000, 400000), (Distributions.Scaled) Distributions.beta(6, 4),
            (Distributions.Scaled) Distributions.beta(0.5, 0.5), (Distributions.Scaled) Distributions.beta(2, 30)};
        for (Distributions.Scaled d : cases) {
            double range = d.scale();
            double worst = 0;
            for (int i = 1; i < 20000; i++) {
                double u = i / 20000.0;
                worst = Math.max(worst, Math.abs(d.quantile(u) - d.exactQuantile(u)) / range);
            }
            for (double u : new double[] {1e-9, 1e-6, 2e-5, 1 - 2e-5, 1 - 1e-7}) {
                worst = Math.max(worst, Math.abs(d.quantile(u) - d.exactQuantile(u)) / range);
            }
            assertEquals(0, worst, 1e-6, d.describe());
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
