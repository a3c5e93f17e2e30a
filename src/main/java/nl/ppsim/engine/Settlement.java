package nl.ppsim.engine;

import java.util.Arrays;

/**
 * The money rules of a subsidy scheme that change cash flows or can be violated, in engine terms
 * (no scheme names): the share of the total subsidy paid in each subsidy year, the maximum share of
 * the subsidy in the budget (subsidy + co-financing over the subsidy period) with pro-rata reduction
 * at settlement (repaid the year after the subsidy), and minimum and maximum co-financing shares
 * per partner group. NaN means "no such rule".
 */
public record Settlement(double[] paymentFractions, double maxSubsidyShare, boolean proRata, double[] groupMin,
                         double[] groupMax) {

    public static double[] none() {
        double[] a = new double[Ledger.GROUPS];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** The largest subsidy allowed for a co-financing amount: s / (1 - s) x co-financing. */
    public double allowedSubsidy(double cofinancing) {
        return maxSubsidyShare >= 1 ? Double.POSITIVE_INFINITY : maxSubsidyShare / (1 - maxSubsidyShare) * cofinancing;
    }

    /** The pro-rata reduction of a subsidy that exceeds its maximum share of the realised budget. */
    public double reduction(double subsidy, double cofinancing) {
        if (!proRata || Double.isNaN(maxSubsidyShare)) {
            return 0;
        }
        return Math.max(0, subsidy - allowedSubsidy(cofinancing));
    }
}
