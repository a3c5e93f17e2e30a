package nl.ppsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The histogram read off percentiles, against distributions whose shares are known exactly. */
class HistogramTest {

    private static double[] percentiles(java.util.function.DoubleUnaryOperator quantile) {
        double[] q = new double[101];
        for (int k = 0; k <= 100; k++) {
            q[k] = quantile.applyAsDouble(k / 100.0);
        }
        return q;
    }

    @Test
    void aUniformDistributionHasEqualBinsOfARoundWidth() {
        // uniform on [0, 1000]: p01 = 10, p99 = 990; 10 bins of 100 from 0 to 1000
        Histogram h = Histogram.fromPercentiles(percentiles(p -> 1000 * p), 10);
        assertEquals(10, h.bins());
        assertEquals(0, h.from(0), 1e-9);
        assertEquals(1000, h.to(9), 1e-9);
        for (int k = 0; k < h.bins(); k++) {
            assertEquals(0.1, h.share(k), 1e-12, "bin " + k);
        }
    }

    @Test
    void theSharesSumToOneAndTheTailsGoToTheOuterBins() {
        // exponential with mean 100 000: a long right tail beyond p99 lands in the last bin
        Histogram h = Histogram.fromPercentiles(percentiles(p -> p == 1 ? 2e6 : -1e5 * Math.log(1 - p)), 20);
        double sum = 0;
        for (int k = 0; k < h.bins(); k++) {
            assertTrue(h.share(k) >= 0, "bin " + k);
            sum += h.share(k);
        }
        assertEquals(1, sum, 1e-12);
        assertTrue(h.to(h.bins() - 1) >= -1e5 * Math.log(0.01), "the last edge reaches p99");
        assertTrue(h.bins() >= 8 && h.bins() <= 21, "about the bins asked for: " + h.bins());
        // the first bin (0 to its width w) holds 1 - exp(-w / 1e5), up to the linear interpolation
        double w = h.to(0) - h.from(0);
        assertEquals(1 - Math.exp(-w / 1e5), h.share(0), 0.002);
    }

    @Test
    void anAtomIsCountedWhereItIs() {
        // half the mass at exactly 0, half uniform on (0, 100]
        Histogram h = Histogram.fromPercentiles(percentiles(p -> p <= 0.5 ? 0 : 200 * (p - 0.5)), 10);
        assertEquals(0.5 + 0.05, h.share(0), 1e-9, "the atom at 0 and the first 10 of the uniform part");
        assertEquals(0.05, h.share(1), 1e-9);
    }

    @Test
    void oneValueGetsOneBin() {
        Histogram h = Histogram.fromPercentiles(percentiles(p -> 5000), 25);
        assertEquals(1, h.bins());
        assertEquals(1, h.share(0));
        assertTrue(h.from(0) < 5000 && h.to(0) > 5000);
    }
}
