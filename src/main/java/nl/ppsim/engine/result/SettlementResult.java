package nl.ppsim.engine.result;

import nl.ppsim.stats.Proportion;

/**
 * What the subsidy rules did across iterations: the probability that each group's realised share
 * of the eligible cost budget falls below its minimum or above its maximum, that the granted
 * subsidy exceeds its share of the realised costs (and so is cut at settlement), and the means of
 * the granted subsidy, the subsidy repaid, the eligible cost budget (cash costs and in-kind
 * contributions of the subsidy years) and each group's contribution. Means are over all
 * iterations; arrays by {@code Group.ordinal()}.
 */
public record SettlementResult(
        Proportion[] belowMin,
        Proportion[] aboveMax,
        Proportion subsidyAboveMax,
        Proportion reduced,
        double meanRepaid,
        double meanGranted,
        double meanBudget,
        double[] meanGroupContribution) {}
