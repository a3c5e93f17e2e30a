package nl.ppsim.engine;

import nl.ppsim.stats.Proportion;

/**
 * What the subsidy rules did across iterations: the probability that each group's realised
 * co-financing share falls below its minimum or above its maximum, that the subsidy exceeds its
 * share, and the mean pro-rata reduction. Means are over all iterations; arrays by {@code Group.ordinal()}.
 */
public record SettlementResult(Proportion[] belowMin, Proportion[] aboveMax, Proportion subsidyAboveMax,
                               Proportion reduced, double meanReduction, double meanSubsidy, double meanCofinancing,
                               double[] meanGroupCofinancing) {
}
