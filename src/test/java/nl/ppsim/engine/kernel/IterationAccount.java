package nl.ppsim.engine.kernel;

import nl.ppsim.scenario.Sustainability;

/**
 * The accounting of one iteration, written as the definitions read (see {@link Sustainability}):
 * the reference that the engine's chunked {@link Accounting} is tested against on random inputs.
 * It lives with the tests: the engine never uses it.
 *
 * @param reserve            reserve at the end of each year (index 1..H)
 * @param selfSufficient     that year balanced (partner cash + revenue >= costs) and reserve >= 0
 * @param continuesThrough   reserve >= 0 in every year from S+1 to this one (false in subsidy years)
 * @param headlineThrough    the headline criterion as if the horizon ended in this year (false in subsidy years)
 * @param continues          reserve >= 0 in every year after the subsidy
 * @param structural         partner cash + revenue - costs summed over the last K years >= 0
 * @param balancedEveryYear  balanced and reserve >= 0 in every year after the subsidy
 * @param allGroupsInvest    every partner group of the scenario contributes in the last year
 * @param headline           the scenario's criterion
 * @param year               year of self-sufficiency (S+1..H), or H+1 for never (headline not met)
 * @param paid               subsidy paid in the subsidy years
 * @param unspent            the subsidy not spent on costs by the end of the subsidy
 */
record IterationAccount(
        double[] reserve,
        boolean[] selfSufficient,
        boolean[] continuesThrough,
        boolean[] headlineThrough,
        boolean continues,
        boolean structural,
        boolean balancedEveryYear,
        boolean allGroupsInvest,
        boolean headline,
        int year,
        double paid,
        double unspent) {

    /**
     * Accounts one iteration from its yearly flows (index 1..H): subsidy (after settlement,
     * including a repayment as a negative amount), partner cash and in kind by group
     * ({@code cash[g][t]}), earned revenue and cash costs; {@code repaid} is the repayment at
     * settlement, {@code groupsPresent} the partner groups of the scenario.
     */
    public static IterationAccount of(
            Sustainability rule,
            int subsidyYears,
            double initialReserve,
            boolean[] groupsPresent,
            double[] subsidy,
            double[][] cash,
            double[][] inKind,
            double[] revenue,
            double[] costs,
            double repaid) {
        double[] none = new double[subsidy.length];
        return of(
                rule,
                subsidyYears,
                initialReserve,
                groupsPresent,
                subsidy,
                cash,
                inKind,
                revenue,
                costs,
                repaid,
                new Financing(none, none, none, none, none, 0, 0));
    }

    /**
     * The money that is not operating: loans received ({@code lent}) and their repayments and interest
     * ({@code loanCost}, of which {@code repayment} is the repayments, left out of the structural test),
     * the yearly interest rate on a negative reserve, and per year what
     * the structural test charges for investments: their provisions instead of their cash
     * ({@code investment}, also in the costs); {@code loansKept}: loans received minus repaid in the
     * subsidy years (see {@code Plan.ownStart}).
     */
    public record Financing(
            double[] lent,
            double[] loanCost,
            double[] repayment,
            double[] provision,
            double[] investment,
            double overdraftRate,
            double loansKept) {}

    /**
     * {@link #of(Sustainability, int, double, boolean[], double[], double[][], double[][], double[], double[], double)}
     * with loans, overdraft interest and provisions: overdraft interest = rate * max(0, -reserve of
     * the previous year); operating = partner cash + revenue - costs - loan cost - overdraft
     * interest; reserve += subsidy + operating + lent; the structural window sums operating minus
     * the provisions plus the investments' cash plus the loan repayments (financing, not operating).
     */
    public static IterationAccount of(
            Sustainability rule,
            int subsidyYears,
            double initialReserve,
            boolean[] groupsPresent,
            double[] subsidy,
            double[][] cash,
            double[][] inKind,
            double[] revenue,
            double[] costs,
            double repaid,
            Financing f) {
        int horizon = subsidy.length - 1;
        int s = subsidyYears;
        double[] reserve = new double[horizon + 1];
        double[] operating = new double[horizon + 1];
        boolean[] selfSufficient = new boolean[horizon + 1];
        boolean[] continuesThrough = new boolean[horizon + 1];
        boolean[] headlineThrough = new boolean[horizon + 1];
        double r = initialReserve;
        double reserveAtS = initialReserve;
        double paid = 0;
        boolean continues = true;
        boolean balanced = true;
        boolean structural = false;
        boolean groups = true;
        int lastFailure = s;
        for (int t = 1; t <= horizon; t++) {
            double partnerCash = 0;
            for (double[] g : cash) {
                partnerCash += g[t];
            }
            double overdraft = f.overdraftRate() * Math.max(0, -r);
            operating[t] = partnerCash + revenue[t] - costs[t] - f.loanCost()[t] - overdraft;
            r = r + (subsidy[t] + operating[t] + f.lent()[t]);
            reserve[t] = r;
            selfSufficient[t] = operating[t] >= 0 && r >= 0;
            if (t <= s) {
                paid += subsidy[t];
                reserveAtS = r;
                continue;
            }
            double window = 0;
            for (int u = Math.max(s + 1, t - rule.structuralYears() + 1); u <= t; u++) {
                window += operating[u] - f.provision()[u] + f.investment()[u] + f.repayment()[u];
            }
            structural = window >= 0;
            groups = true;
            for (int g = 0; g < cash.length; g++) {
                groups &= !groupsPresent[g] || cash[g][t] + inKind[g][t] > 0;
            }
            continues &= r >= 0;
            balanced &= selfSufficient[t];
            if (!rule.headline(r >= 0, structural, selfSufficient[t], groups)) {
                lastFailure = t;
            }
            continuesThrough[t] = continues;
            headlineThrough[t] = rule.headline(continues, structural, balanced, groups);
        }
        boolean headline = rule.headline(continues, structural, balanced, groups);
        return new IterationAccount(
                reserve,
                selfSufficient,
                continuesThrough,
                headlineThrough,
                continues,
                structural,
                balanced,
                groups,
                headline,
                headline ? lastFailure + 1 : horizon + 1,
                paid,
                Accounting.unspent(reserveAtS, initialReserve + f.loansKept(), paid, repaid));
    }
}
