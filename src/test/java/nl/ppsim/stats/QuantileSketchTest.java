package nl.ppsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Distributions;
import nl.ppsim.engine.kernel.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** Streaming quantiles agree with exact ones; merging is order-independent; constants are exact. */
class QuantileSketchTest {

    private static double[] sample(Distribution d, int n, long key) {
        UniformRandomProvider rng = RandomStreams.substream(key, 0);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = d.quantile(RandomStreams.uniform(rng));
        }
        return x;
    }

    @Test
    void agreesWithExactQuantilesWithinHalfAPercent() {
        for (Distribution d : new Distribution[] {
            Distributions.lognormal(500000, 300000),
            Distributions.normal(20000, 150000),
            Distributions.uniform(-1e6, 2e6)
        }) {
            double[] x = sample(d, 200_000, d.describe().hashCode());
            QuantileSketch s = new QuantileSketch();
            for (double v : x) {
                s.accept(v);
            }
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            double scale = Math.sqrt(d.variance());
            for (double p : new double[] {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99}) {
                double exact = Quantiles.ofSorted(sorted, p);
                double tol = 0.005 * Math.abs(exact) + 1e-3 * scale;
                assertEquals(exact, s.quantile(p), tol, d.describe() + " p" + p);
            }
            assertEquals(sorted[0], s.quantile(0));
            assertEquals(sorted[sorted.length - 1], s.quantile(1));
        }
    }

    @Test
    void mergingInAnyOrderGivesIdenticalQuantiles() {
        double[] x = sample(Distributions.normal(0, 1000), 30_000, 11);
        QuantileSketch[] parts = new QuantileSketch[3];
        for (int k = 0; k < 3; k++) {
            parts[k] = new QuantileSketch();
        }
        for (int i = 0; i < x.length; i++) {
            parts[i % 3].accept(x[i]);
        }
        QuantileSketch a = new QuantileSketch();
        a.merge(parts[0]);
        a.merge(parts[1]);
        a.merge(parts[2]);
        QuantileSketch b = new QuantileSketch();
        b.merge(parts[2]);
        b.merge(parts[0]);
        b.merge(parts[1]);
        for (double p = 0; p <= 1; p += 0.01) {
            assertEquals(a.quantile(p), b.quantile(p), 0.0);
        }
        assertEquals(x.length, a.count());
    }

    @Test
    void bucketsCountPastTheirSixteenBitPagesWhenAddingAndMerging() {
        // 150,000 values in one bucket (counts carry past 2^16 twice) and 100,000 in another, of both signs and
        // beyond 2^54 (the far pages); the quantiles fall in the right bucket only if no carry is lost
        double[] values = {1000.0, -1000.0, 0x1p60};
        for (double big : values) {
            QuantileSketch a = new QuantileSketch();
            QuantileSketch b = new QuantileSketch();
            double small = big / 4;
            for (int i = 0; i < 150_000; i++) {
                a.accept(big);
            }
            for (int i = 0; i < 50_000; i++) {
                a.accept(small);
                b.accept(small);
            }
            for (int i = 0; i < 40_000; i++) {
                b.accept(big);
            }
            // 150,000 big and 50,000 small: the small ones take a quarter of the ranks, at their end
            assertEquals(small, a.quantile(big > 0 ? 0.2 : 0.8), Math.abs(small) * 0.002, "added: " + big);
            assertEquals(big, a.quantile(0.5), Math.abs(big) * 0.002, "added: " + big);
            a.merge(b);
            // 190,000 big and 100,000 small: the small ones end at rank 100,000 of 290,000 from their side
            assertEquals(290_000, a.count());
            assertEquals(small, a.quantile(big > 0 ? 0.34 : 0.66), Math.abs(small) * 0.002, "merged: " + big);
            assertEquals(big, a.quantile(big > 0 ? 0.35 : 0.65), Math.abs(big) * 0.002, "merged: " + big);
        }
    }

    @Test
    void runsOfEqualValuesCountAsOneByOne() {
        // acceptAll counts a run of equal values at once: runs of every length up to past 2^16 (a carry
        // inside one run), zeros of both signs, far magnitudes and NaN-free random values between them
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        double[] kinds = {0.0, -0.0, 250_000.0, -3.5, 0x1p60, 1e-9};
        double[] x = new double[400_000];
        int at = 0;
        while (at < x.length) {
            double v = r.nextInt(3) == 0 ? r.nextDouble(-1e6, 1e6) : kinds[r.nextInt(kinds.length)];
            int run = r.nextInt(10) == 0 ? 70_000 : 1 + r.nextInt(20);
            for (int k = 0; k < run && at < x.length; k++) {
                x[at++] = v;
            }
        }
        QuantileSketch one = new QuantileSketch();
        for (double v : x) {
            one.accept(v);
        }
        QuantileSketch all = new QuantileSketch();
        for (int from = 0; from < x.length; from += 100_000) {
            all.acceptAll(x, from, 100_000);
        }
        assertEquals(one.count(), all.count());
        assertEquals(one.min(), all.min(), 0.0);
        assertEquals(one.max(), all.max(), 0.0);
        for (double p = 0; p <= 1; p += 0.001) {
            assertEquals(one.quantile(p), all.quantile(p), 0.0, "p = " + p);
        }
    }

    @Test
    void aSketchWithoutValuesKeepsNoPages() {
        // the tornado keeps hundreds of sketches per run that never get a value: they must stay a few bytes
        QuantileSketch s = new QuantileSketch();
        s.acceptAll(new double[4], 0);
        s.merge(new QuantileSketch());
        assertTrue(!s.hasPages() && s.count() == 0 && Double.isNaN(s.quantile(0.5)));
        s.accept(3.0);
        assertTrue(s.hasPages());
        assertEquals(3.0, s.quantile(0.5), 0.0);
    }

    @Test
    void constantsAreReportedExactly() {
        QuantileSketch s = new QuantileSketch();
        for (int i = 0; i < 100; i++) {
            s.accept(123456.789);
        }
        assertEquals(123456.789, s.quantile(0.5), 0.0);
        assertEquals(123456.789, s.quantile(0.05), 0.0);
        assertTrue(Double.isNaN(new QuantileSketch().quantile(0.5)));
    }

    @Test
    void severalQuantilesInOnePassEqualSingleOnes() {
        QuantileSketch s = new QuantileSketch();
        for (double v : sample(Distributions.normal(1000, 5000), 20_000, 7)) {
            s.accept(v);
        }
        for (int i = 0; i < 50; i++) {
            s.accept(0);
        }
        double[] ps = new double[101];
        for (int k = 0; k <= 100; k++) {
            ps[k] = k / 100.0;
        }
        double[] all = s.quantiles(ps);
        for (int k = 0; k <= 100; k++) {
            assertEquals(s.quantile(ps[k]), all[k], 0.0, "p" + ps[k]);
        }
        assertEquals(s.min(), all[0], 0.0);
        assertEquals(s.max(), all[100], 0.0);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> s.quantiles(0.5, 0.25));
    }

    @Test
    void magnitudesBelowTheSmallestCountAsZero() {
        QuantileSketch s = new QuantileSketch();
        for (double v : new double[] {-1, -QuantileSketch.SMALLEST / 2, 0, QuantileSketch.SMALLEST / 4, 1}) {
            s.accept(v);
        }
        assertEquals(0, s.quantile(0.5), 0.0);
        assertEquals(0, s.quantile(0.25), 0.0);
        assertEquals(0, s.quantile(0.99), 0.0);
        assertEquals(-1, s.quantile(0.2), 0.0);
    }

    @Test
    void hugeAndTinyMagnitudesOfBothSignsKeepTheirRelativeAccuracyAndMerge() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        double[] x = new double[20_000];
        for (int i = 0; i < x.length; i++) {
            // 1e-6 .. 1e24: below SMALLEST (zero), ordinary amounts, and beyond the small page table (2^54)
            x[i] = Math.pow(10, random.nextDouble(-6, 24)) * (random.nextBoolean() ? 1 : -1);
        }
        QuantileSketch whole = new QuantileSketch();
        QuantileSketch a = new QuantileSketch();
        QuantileSketch b = new QuantileSketch();
        for (int i = 0; i < x.length; i++) {
            whole.accept(x[i]);
            (i % 2 == 0 ? a : b).accept(x[i]);
        }
        a.merge(b);
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        for (double p = 0.01; p < 1; p += 0.01) {
            // the sample value of the rank the sketch reports (no interpolation between ranks)
            double exact = sorted[(int) Math.floor(p * (sorted.length - 1))];
            double q = whole.quantile(p);
            if (Math.abs(exact) < QuantileSketch.SMALLEST) {
                assertEquals(0, q, 0.0, "p" + p);
            } else {
                assertEquals(exact, q, QuantileSketch.RELATIVE_ACCURACY * Math.abs(exact) * 1.001, "p" + p);
            }
            assertEquals(q, a.quantile(p), 0.0, "merged, p" + p);
        }
    }
}
