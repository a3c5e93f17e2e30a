package nl.ppsim.engine;

import java.util.Arrays;

/** The yearly flows of one iteration, reused across iterations (index 1..H; 0 unused). */
final class Ledger {
    static final int GROUPS = 3;
    final double[] subsidy;
    final double[][] cash;
    final double[][] inKind;
    final double[] revenue;
    final double[] costs;

    Ledger(int horizon) {
        subsidy = new double[horizon + 1];
        cash = new double[GROUPS][horizon + 1];
        inKind = new double[GROUPS][horizon + 1];
        revenue = new double[horizon + 1];
        costs = new double[horizon + 1];
    }

    void clear() {
        Arrays.fill(subsidy, 0);
        for (int g = 0; g < GROUPS; g++) {
            Arrays.fill(cash[g], 0);
            Arrays.fill(inKind[g], 0);
        }
        Arrays.fill(revenue, 0);
        Arrays.fill(costs, 0);
    }
}
