package nl.ppsim.engine.kernel;

import java.util.Arrays;

/**
 * The yearly flows of a chunk of iterations, reused from chunk to chunk: {@code x[t][i]} is year t
 * (1..H; 0 unused) of iteration i of the chunk. Business models' own flows do not pass through the
 * ledger; they go to the worker's {@link ModelYearSink} as they are computed. One-off items
 * (investments, wind-down costs, repayments, one-year cost lines) are part of the costs or the
 * subsidy and are also kept apart in {@code lump[k][t]}, by source k, so the report can show them.
 */
final class Ledger {
    static final int GROUPS = 3;
    /** External payers of business-model revenue: the three groups and the participants (see {@code Payer}). */
    static final int PAYERS = nl.ppsim.model.Payer.EXTERNAL;

    final double[][] subsidy;
    final double[][][] cash;
    final double[][][] inKind;
    final double[][] revenue;
    /** Earned revenue by who pays it: the three partner groups, then participants (by {@code Payer.ordinal()}). */
    final double[][][] revenueByPayer;

    final double[][] costs;
    /** One-off items by source (see {@link Plan#lumps}): {@code lump[k][t][i]}, as a positive amount. */
    final double[][][] lump;
    /**
     * Subsidy-period totals per iteration, filled by the settlement (when the scenario follows a
     * scheme): the subsidy granted (as drawn), the eligible cost budget (cash costs and in-kind
     * contributions of the subsidy years), each group's contribution (cash and in kind) and the
     * subsidy repaid at settlement.
     */
    final double[] granted;

    final double[] budget;
    final double[][] groupContribution;
    final double[] repaid;
    /** Per risk event and iteration: how often it happened and what it cost in all (cost events). */
    final double[][] eventCount;

    final double[][] eventCost;
    /** Per business model that a partner pays for: its demand in year t (the partner's share), else null. */
    final double[][][] demand;
    /** Per overhead line allocated to business models (in {@link Plan#allocations} order): its amount in year t. */
    final double[][][] overhead;
    /**
     * Werkveld cash bound to no project, membership or stated reason ({@code Partner.unboundCompanyCash}),
     * also in {@link #cash}: the accounting's second headline leaves it out. Null when the plan has none.
     */
    double[][] unbound;
    /**
     * The structural test's view of investments: per year the provisions (investment / lifetime) and
     * the investments' cash (also in {@link #costs}), which the provisions replace. Null when the plan
     * has no investment with a lifetime.
     */
    double[][] provision;

    double[][] investment;
    /**
     * Per partner that gives a business model's in-kind and may stop: whether it still takes part in
     * year t (1 or 0; a pool its members as a share of its first-year members, at most 1), written
     * before the business models run (see {@link Plan#presenceRows}).
     */
    double[][][] present = new double[0][][];
    /** Reached in year t: by the business models, students, teachers and companies ({@code reach[r][t]}); companies taking part as partners. */
    final double[][][] reach;

    final double[][] partnerCompanies;
    /** Per partner (scenario order): what it gives in year t, cash and in kind (written whole by its flow). */
    double[][][] partnerGives = new double[0][][];
    /**
     * VAT in year t: charged on taxed revenue, deducted from input VAT, and input VAT that stays a cost
     * (not deductible); the taxed and exempt revenue of the business models (the PPS-wide pro-rata for
     * shared cost lines) and the cost lines' amounts that carry VAT.
     */
    final double[][] vatCharged;

    final double[][] vatDeducted;
    final double[][] vatCost;
    final double[][] taxedRevenue;
    final double[][] exemptRevenue;
    final double[][] lineVatBase;
    /** Whether the VAT rows are written (the scenario states its VAT); else they stay zero and are not cleared. */
    boolean vatRows = true;
    /** Where a personnel cost line writes the VAT base it does not have (never read). */
    final double[] scratchVat;
    /** Cash costs of lines and business-model steps by {@code CostType} ordinal in year t (the rest is other, see {@code Results}). */
    final double[][][] costsByType;
    /** Per index of the scenario (see {@link Plan#indexNames}): its cumulative factor in year t. */
    double[][][] index = new double[0][][];
    /** Per business model with a wind-down cost: that cost where the model stopped in the last year (its wind-down just after the horizon), else 0. */
    double[][] windDownAfter = new double[0][];
    /** Per business model with an absorption: what the absorbing group carries in year t (null for the others). */
    double[][][] absorbed = new double[0][][];

    private final int horizon;
    /** Which cash, in-kind and payer rows flows may write (see {@link Plan#inKindRows}); all until {@link #use} says less. */
    final boolean[] cashRows = new boolean[GROUPS];

    final boolean[] inKindRows = new boolean[GROUPS];
    boolean payerRows = true;

    Ledger(int horizon, int lanes) {
        this(horizon, lanes, 0);
    }

    Ledger(int horizon, int lanes, int lumps) {
        this(horizon, lanes, lumps, 0);
    }

    Ledger(int horizon, int lanes, int lumps, int events) {
        this(horizon, lanes, lumps, events, new int[0]);
    }

    Ledger(int horizon, int lanes, int lumps, int events, int[] paidModels) {
        this(horizon, lanes, lumps, events, paidModels, 0);
    }

    Ledger(int horizon, int lanes, int lumps, int events, int[] paidModels, int overheadLines) {
        this.horizon = horizon;
        Arrays.fill(cashRows, true);
        Arrays.fill(inKindRows, true);
        subsidy = new double[horizon + 1][lanes];
        reach = new double[3][horizon + 1][lanes];
        partnerCompanies = new double[horizon + 1][lanes];
        vatCharged = new double[horizon + 1][lanes];
        vatDeducted = new double[horizon + 1][lanes];
        vatCost = new double[horizon + 1][lanes];
        taxedRevenue = new double[horizon + 1][lanes];
        exemptRevenue = new double[horizon + 1][lanes];
        lineVatBase = new double[horizon + 1][lanes];
        scratchVat = new double[lanes];
        costsByType = new double[nl.ppsim.model.CostType.values().length][horizon + 1][lanes];
        cash = new double[GROUPS][horizon + 1][lanes];
        inKind = new double[GROUPS][horizon + 1][lanes];
        revenue = new double[horizon + 1][lanes];
        revenueByPayer = new double[PAYERS][horizon + 1][lanes];
        overhead = new double[overheadLines][horizon + 1][lanes];
        costs = new double[horizon + 1][lanes];
        lump = new double[lumps][horizon + 1][lanes];
        granted = new double[lanes];
        budget = new double[lanes];
        groupContribution = new double[GROUPS][lanes];
        repaid = new double[lanes];
        eventCount = new double[events][lanes];
        eventCost = new double[events][lanes];
        demand = new double[paidModels.length][][];
        for (int m = 0; m < paidModels.length; m++) {
            demand[m] = paidModels[m] < 0 ? null : new double[horizon + 1][lanes];
        }
    }

    int horizon() {
        return horizon;
    }

    /**
     * Cash costs and, per group, in-kind contributions of the subsidy years that the scheme does not
     * count (see {@link Plan#ineligible}); null when it counts everything. {@code ineligibleTo} is
     * the last year booked (the subsidy years), 0 without rows.
     */
    double[][] ineligibleCosts;

    double[][][] ineligibleInKind;
    int ineligibleTo;

    /** Adds the rows for what the scheme does not count, through year {@code to}. */
    void ineligible(int to, int lanes) {
        ineligibleTo = to;
        ineligibleCosts = new double[to + 1][lanes];
        ineligibleInKind = new double[GROUPS][to + 1][lanes];
    }

    /** Adds the rows of unbound company cash, provisions and partners' presence that a plan needs (see the fields). */
    void money(
            boolean unboundCash,
            boolean provisions,
            int presenceRows,
            boolean[] absorbing,
            int indices,
            int partners,
            int lanes) {
        partnerGives = new double[partners][horizon + 1][lanes];
        index = new double[indices][horizon + 1][lanes];
        absorbed = new double[absorbing.length][][];
        windDownAfter = new double[absorbing.length][lanes];
        for (int m = 0; m < absorbing.length; m++) {
            absorbed[m] = absorbing[m] ? new double[horizon + 1][lanes] : null;
        }
        unbound = unboundCash ? new double[horizon + 1][lanes] : null;
        provision = provisions ? new double[horizon + 1][lanes] : null;
        investment = provisions ? new double[horizon + 1][lanes] : null;
        present = new double[presenceRows][horizon + 1][lanes];
    }

    /** Limits clearing (and the accounting) to the rows a plan's flows can write; the others stay zero. */
    void use(boolean[] cash, boolean[] inKind, boolean payers) {
        System.arraycopy(cash, 0, cashRows, 0, GROUPS);
        System.arraycopy(inKind, 0, inKindRows, 0, GROUPS);
        payerRows = payers;
    }

    void clear(int n) {
        zero(granted, n);
        zero(budget, n);
        zero(repaid, n);
        for (double[][] rows : lump) {
            for (int t = 1; t <= horizon; t++) {
                zero(rows[t], n);
            }
        }
        for (int t = 1; t <= ineligibleTo; t++) {
            zero(ineligibleCosts[t], n);
            for (int g = 0; g < GROUPS; g++) {
                zero(ineligibleInKind[g][t], n);
            }
        }
        for (int t = 1; t <= horizon; t++) {
            if (unbound != null) {
                zero(unbound[t], n);
            }
            if (provision != null) {
                zero(provision[t], n);
                zero(investment[t], n);
            }
            zero(subsidy[t], n);
            zero(partnerCompanies[t], n);
            if (vatRows) {
                zero(vatCharged[t], n);
                zero(vatDeducted[t], n);
                zero(vatCost[t], n);
                zero(taxedRevenue[t], n);
                zero(exemptRevenue[t], n);
                zero(lineVatBase[t], n);
            }
            for (double[][] c : costsByType) {
                zero(c[t], n);
            }
            for (double[][] r : reach) {
                zero(r[t], n);
            }
            zero(revenue[t], n);
            zero(costs[t], n);
            for (int g = 0; g < GROUPS; g++) {
                if (cashRows[g]) {
                    zero(cash[g][t], n);
                }
                if (inKindRows[g]) {
                    zero(inKind[g][t], n);
                }
            }
            for (int p = 0; p < PAYERS && payerRows; p++) {
                zero(revenueByPayer[p][t], n);
            }
        }
        for (int g = 0; g < GROUPS; g++) {
            zero(groupContribution[g], n);
        }
        for (int e = 0; e < eventCount.length; e++) {
            zero(eventCount[e], n);
            zero(eventCost[e], n);
        }
    }

    /** Zeros, copied over a row to clear it: one call of the JIT's array-copy stub instead of a loop compiled at every row. */
    private static final double[] ZEROS = new double[RandomStreams.BLOCK_SIZE];

    /**
     * Sets {@code row[0..n)} to zero. Clearing this way (instead of {@code Arrays.fill}, whose loop C2
     * compiles anew at each of the many call sites here) cut the method's compile time, which a run
     * of a million iterations waits for.
     */
    private static void zero(double[] row, int n) {
        if (n <= ZEROS.length) {
            System.arraycopy(ZEROS, 0, row, 0, n);
        } else {
            Arrays.fill(row, 0, n, 0);
        }
    }
}
