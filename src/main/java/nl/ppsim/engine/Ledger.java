package nl.ppsim.engine;

import java.util.Arrays;

/**
 * The yearly flows of a chunk of iterations, reused from chunk to chunk: {@code x[t][i]} is year t
 * (1..H; 0 unused) of iteration i of the chunk. Business models' own flows do not pass through the
 * ledger; they go to the worker's {@link ModelYearSink} as they are computed.
 */
final class Ledger {
    static final int GROUPS = 3;
    final double[][] subsidy;
    final double[][][] cash;
    final double[][][] inKind;
    final double[][] revenue;
    /** Earned revenue by the partner group that pays it (companies pay for concrete projects). */
    final double[][][] revenueByPayer;
    final double[][] costs;
    /** Subsidy-period totals per iteration, filled by the settlement (when the scenario has scheme rules). */
    final double[] subsidyTotal;
    final double[] cofinancing;
    final double[][] groupCofinancing;
    final double[] reduction;
    private final int horizon;

    Ledger(int horizon, int lanes) {
        this.horizon = horizon;
        subsidy = new double[horizon + 1][lanes];
        cash = new double[GROUPS][horizon + 1][lanes];
        inKind = new double[GROUPS][horizon + 1][lanes];
        revenue = new double[horizon + 1][lanes];
        revenueByPayer = new double[GROUPS][horizon + 1][lanes];
        costs = new double[horizon + 1][lanes];
        subsidyTotal = new double[lanes];
        cofinancing = new double[lanes];
        groupCofinancing = new double[GROUPS][lanes];
        reduction = new double[lanes];
    }

    int horizon() {
        return horizon;
    }

    void clear(int n) {
        Arrays.fill(subsidyTotal, 0, n, 0);
        Arrays.fill(cofinancing, 0, n, 0);
        Arrays.fill(reduction, 0, n, 0);
        for (int t = 1; t <= horizon; t++) {
            Arrays.fill(subsidy[t], 0, n, 0);
            Arrays.fill(revenue[t], 0, n, 0);
            Arrays.fill(costs[t], 0, n, 0);
            for (int g = 0; g < GROUPS; g++) {
                Arrays.fill(cash[g][t], 0, n, 0);
                Arrays.fill(inKind[g][t], 0, n, 0);
                Arrays.fill(revenueByPayer[g][t], 0, n, 0);
            }
        }
        for (int g = 0; g < GROUPS; g++) {
            Arrays.fill(groupCofinancing[g], 0, n, 0);
        }
    }
}
