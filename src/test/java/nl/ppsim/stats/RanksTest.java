package nl.ppsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.apache.commons.statistics.ranking.NaNStrategy;
import org.apache.commons.statistics.ranking.NaturalRanking;
import org.apache.commons.statistics.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;

/** The primitive ranking gives exactly Commons Statistics' average-tie ranks. */
class RanksTest {
    @Test
    void theSameRanksAsNaturalRankingWithAverageTies() {
        NaturalRanking reference = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
        SplittableRandom random = new SplittableRandom(7);
        for (int n : new int[] {0, 1, 2, 3, 10, 1000, 10_000}) {
            double[] continuous = random.doubles(n).toArray();
            double[] ties = random.ints(n, 0, 12).asDoubleStream().toArray();
            double[] constant = new double[n];
            for (double[] x : new double[][] {continuous, ties, constant}) {
                assertArrayEquals(reference.apply(x), Ranks.average(x), 0.0, "n = " + n);
            }
        }
        assertArrayEquals(new double[] {2.5, 1, 2.5, 4}, Ranks.average(new double[] {5, -1, 5, 7}), 0.0);
    }

    @Test
    void aNanIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Ranks.average(new double[] {1, Double.NaN}));
    }
}
