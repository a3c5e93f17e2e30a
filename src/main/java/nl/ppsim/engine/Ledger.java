package nl.ppsim.engine;

import java.util.Arrays;

/** The yearly flows of one iteration, reused across iterations (index 1..H; 0 unused). */
final class Ledger {
    static final int GROUPS = 3;
    final double[] subsidy;
    final double[][] cash;
    final double[][] inKind;
    final double[] revenue;
    /** Earned revenue by the partner group that pays it (companies pay for concrete projects). */
    final double[][] revenueByPayer;
    final double[] costs;
    /** Per business model: revenue, costs, in-kind and whether it runs (1) or has stopped (0); cleared by the models' component. */
    final double[][] modelRevenue;
    final double[][] modelCosts;
    final double[][] modelInKind;
    final double[][] modelRunning;
    /** Subsidy-period totals of this iteration, filled by the settlement (when the scenario has scheme rules). */
    double subsidyTotal;
    double cofinancing;
    final double[] groupCofinancing = new double[GROUPS];
    double reduction;

    Ledger(int horizon, int models) {
        subsidy = new double[horizon + 1];
        cash = new double[GROUPS][horizon + 1];
        inKind = new double[GROUPS][horizon + 1];
        revenue = new double[horizon + 1];
        revenueByPayer = new double[GROUPS][horizon + 1];
        costs = new double[horizon + 1];
        modelRevenue = new double[models][horizon + 1];
        modelCosts = new double[models][horizon + 1];
        modelInKind = new double[models][horizon + 1];
        modelRunning = new double[models][horizon + 1];
    }

    void clear() {
        subsidyTotal = 0;
        cofinancing = 0;
        reduction = 0;
        Arrays.fill(groupCofinancing, 0);
        Arrays.fill(subsidy, 0);
        for (int g = 0; g < GROUPS; g++) {
            Arrays.fill(cash[g], 0);
            Arrays.fill(inKind[g], 0);
            Arrays.fill(revenueByPayer[g], 0);
        }
        Arrays.fill(revenue, 0);
        Arrays.fill(costs, 0);
    }

    /** Revenue from generic lines has no known payer; it is booked as revenue only. */
    void addRevenue(int t, double amount, int payer) {
        revenue[t] += amount;
        if (payer >= 0) {
            revenueByPayer[payer][t] += amount;
        }
    }
}
