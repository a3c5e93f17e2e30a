package nl.ppsim.engine.kernel;

import java.util.Arrays;

/**
 * The money rules of a subsidy scheme that change cash flows or can be broken, in engine terms
 * (no scheme names): the share of the granted subsidy paid in each subsidy year; the subsidy's
 * maximum share of the eligible cost budget, to which the subsidy is cut at settlement (the excess
 * repaid the year after the subsidy); and the minimum and maximum share of the budget each partner
 * group contributes. NaN means "no such rule".
 *
 * <p>The eligible cost budget of an iteration is what the activities cost in the subsidy years:
 * the PPS's cash costs plus the in-kind contributions (valued as the scenario values them). That is
 * what the RIF's "at most one third of the project's costs" is measured against; a subsidy is
 * settled on realised costs and what was paid beyond that is reclaimed (Awb art. 4:46, third
 * paragraph, and 4:57). It is not the sum of what the partners pay in: a PPS that collects more
 * than it spends does not keep the subsidy's part of the surplus.
 */
public record Settlement(
        double[] paymentFractions, double maxSubsidyShare, boolean settle, double[] groupMin, double[] groupMax) {

    /** No settlement: nothing is repaid in any year. */
    public static double[] none() {
        double[] a = new double[Ledger.GROUPS];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** The subsidy finally granted: at most the amount granted and at most its share of the eligible costs. */
    public double finalSubsidy(double granted, double eligibleCosts) {
        if (!settle || Double.isNaN(maxSubsidyShare)) {
            return granted;
        }
        return Math.min(granted, Math.max(0, maxSubsidyShare * eligibleCosts));
    }
}
