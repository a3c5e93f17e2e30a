package nl.ppsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import nl.ppsim.TestScenarios;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.scenario.Sustainability;
import org.junit.jupiter.api.Test;

/**
 * The engine's chunked accounting equals the one-iteration reference ({@link IterationAccount},
 * the definitions as they read) on random inputs: random horizons, subsidy years, criteria,
 * structural years and partner groups, and random flows around zero so that every test flips
 * between iterations; in half of the cases the flows lie on a grid of 10, so that results of
 * exactly 0 (the boundary of every test) are common. Exact equality: both add the same terms in
 * the same order. Most cases also have loans, overdraft interest, an investment whose provisions
 * the structural test charges, and unbound company cash, whose second track must equal the
 * reference run on the cash without it.
 */
class AccountingTest {
    private static final String[] GROUPS = {"onderwijs", "werkveld", "overheid"};

    @Test
    void chunkedAccountingEqualsTheOneIterationReference() {
        SplittableRandom random = new SplittableRandom(20261201);
        for (int c = 0; c < 300; c++) {
            int s = random.nextInt(5);
            int h = s + 1 + random.nextInt(8);
            int k = 1 + random.nextInt(h - s);
            Sustainability.Criterion criterion = Sustainability.Criterion.values()[random.nextInt(4)];
            boolean groups = random.nextBoolean();
            StringBuilder yaml = new StringBuilder(TestScenarios.header(s, h, 1, random.nextInt(3) * 100.0))
                    .append("sustainability: {criterion: ")
                    .append(criterion.id())
                    .append(", structural_years: ")
                    .append(k)
                    .append(", require_all_groups: ")
                    .append(groups)
                    .append("}\npartners:\n");
            int partners = 1 + random.nextInt(3); // a scenario without any flow is an input error
            for (int p = 0; p < partners; p++) {
                yaml.append("  - {name: P")
                        .append(p)
                        .append(", group: ")
                        .append(GROUPS[random.nextInt(3)])
                        .append("}\n");
            }
            // money beyond operating in most cases: company cash bound to nothing (a second track), an investment line
            // (provisions), loans and overdraft interest; rates that are binary fractions keep grid sums exact
            if (random.nextInt(4) > 0) {
                yaml.append("  - {name: W, group: werkveld, cash_per_year: 1}\n");
            }
            if (random.nextBoolean()) {
                yaml.append("lines:\n  - {name: lab, kind: cost, amount: 1, lifetime_years: ")
                        .append(1 + random.nextInt(4))
                        .append("}\n");
            }
            yaml.append("overdraft_interest: ")
                    .append(new double[] {0, 0.25, 0.5}[random.nextInt(3)])
                    .append('\n');
            if (random.nextBoolean()) {
                int year = 1 + random.nextInt(h);
                int years = 1 + random.nextInt(4);
                yaml.append("financing:\n  - {name: L, amount: ")
                        .append(40 * years * (1 + random.nextInt(5)))
                        .append(", year: ")
                        .append(year)
                        .append(", repay: {from_year: ")
                        .append(year + random.nextInt(h))
                        .append(", years: ")
                        .append(years)
                        .append("}, interest: ")
                        .append(new double[] {0, 0.25, 0.5}[random.nextInt(3)])
                        .append("}\n");
            }
            compare(TestScenarios.parse(yaml.toString()), random, "case " + c + ": " + yaml);
        }
    }

    private static double draw(SplittableRandom random, int max, boolean grid) {
        return grid ? 10 * random.nextInt(max / 10 + 1) : max * random.nextDouble();
    }

    private static void compare(Scenario scenario, SplittableRandom random, String what) {
        int lanes = 1 + random.nextInt(40);
        boolean grid = random.nextBoolean();
        Plan plan = new Plan(scenario, new RunSettings(1, 1, 1), lanes);
        int h = plan.horizon;
        Workspace w = new Workspace(plan);
        Ledger l = w.ledger;
        // every row gets random flows here, also rows no flow of the plan writes (see LedgerRowsTest)
        l.use(new boolean[] {true, true, true}, new boolean[] {true, true, true}, true);
        l.clear(lanes);
        for (int i = 0; i < lanes; i++) {
            for (int t = 1; t <= h; t++) {
                l.subsidy[t][i] = t <= plan.subsidyYears ? draw(random, 100, grid) : 0;
                l.revenue[t][i] = draw(random, 100, grid);
                l.costs[t][i] = draw(random, 150, grid);
                for (int g = 0; g < Ledger.GROUPS; g++) {
                    l.cash[g][t][i] = random.nextInt(4) == 0 ? 0 : draw(random, 40, grid);
                    l.inKind[g][t][i] = random.nextInt(3) == 0 ? 0 : draw(random, 10, grid);
                }
            }
            l.repaid[i] = random.nextInt(3) == 0 ? draw(random, 20, grid) : 0;
            for (int t = 1; t <= h; t++) {
                if (l.unbound != null) {
                    // none, all, or part of werkveld's cash
                    double c = l.cash[1][t][i];
                    l.unbound[t][i] = new double[] {0, c, grid ? 10 * Math.floor(c / 20) : c * random.nextDouble()}
                            [random.nextInt(3)];
                }
                if (l.provision != null) {
                    l.provision[t][i] = draw(random, 30, grid);
                    l.investment[t][i] = random.nextInt(3) == 0 ? draw(random, 90, grid) : 0;
                    l.costs[t][i] += l.investment[t][i];
                }
            }
        }
        Tally tally = new Tally(h, 0, plan.lumps.size());
        BlockSums layout = new BlockSums(h, 0, plan.lumps.size());
        Accounting.Trace trace = new Accounting.Trace(
                new boolean[lanes], new double[lanes], new InputSlot[0], null, null, new InputSlot[0], null);
        Accounting a = new Accounting(plan, RunSettings.Quantiles.ALL, tally, layout, lanes, 1, 1, trace);
        a.sums = layout.empty();
        a.start(0, lanes);
        a.account(w, 0, new long[1]);

        long[] year = new long[h + 2];
        long[] continuesThrough = new long[h + 1];
        long[] headlineThrough = new long[h + 1];
        long[] selfSufficient = new long[h + 1];
        long continues = 0;
        long structural = 0;
        long balanced = 0;
        long groups = 0;
        long headline = 0;
        long headlineWithout = 0;
        double[] none = new double[h + 1];
        double[] loanCost = new double[h + 1];
        for (int t = 1; t <= h; t++) {
            loanCost[t] = plan.loanRepayment[t] + plan.loanInterest[t];
        }
        double paid = 0;
        double unspent = 0;
        for (int i = 0; i < lanes; i++) {
            double[] subsidy = new double[h + 1];
            double[] revenue = new double[h + 1];
            double[] costs = new double[h + 1];
            double[][] cash = new double[Ledger.GROUPS][h + 1];
            double[][] inKind = new double[Ledger.GROUPS][h + 1];
            double[] provision = new double[h + 1];
            double[] investment = new double[h + 1];
            double[][] cashWithout = new double[Ledger.GROUPS][h + 1];
            for (int t = 1; t <= h; t++) {
                if (l.provision != null) {
                    provision[t] = l.provision[t][i];
                    investment[t] = l.investment[t][i];
                }
                subsidy[t] = l.subsidy[t][i];
                revenue[t] = l.revenue[t][i];
                costs[t] = l.costs[t][i];
                for (int g = 0; g < Ledger.GROUPS; g++) {
                    cash[g][t] = l.cash[g][t][i];
                    inKind[g][t] = l.inKind[g][t][i];
                    cashWithout[g][t] =
                            g == 1 && l.unbound != null ? l.cash[g][t][i] - l.unbound[t][i] : l.cash[g][t][i];
                }
            }
            IterationAccount.Financing money = new IterationAccount.Financing(
                    plan.loanIn,
                    loanCost,
                    plan.loanRepayment,
                    l.provision == null ? none : provision,
                    l.provision == null ? none : investment,
                    plan.overdraftInterest,
                    plan.ownStart() - scenario.initialReserve());
            IterationAccount ref = IterationAccount.of(
                    plan.sustainability,
                    plan.subsidyYears,
                    scenario.initialReserve(),
                    plan.groupsPresent,
                    subsidy,
                    cash,
                    inKind,
                    revenue,
                    costs,
                    l.repaid[i],
                    money);
            headlineWithout += IterationAccount.of(
                                    plan.sustainability,
                                    plan.subsidyYears,
                                    scenario.initialReserve(),
                                    plan.groupsPresent,
                                    subsidy,
                                    cashWithout,
                                    inKind,
                                    revenue,
                                    costs,
                                    l.repaid[i],
                                    money)
                            .headline()
                    ? 1
                    : 0;
            assertEquals(ref.headline(), trace.success()[i], what + " iteration " + i);
            assertEquals(ref.reserve()[h], trace.reserve()[i], what + " iteration " + i);
            year[ref.year()]++;
            for (int t = 1; t <= h; t++) {
                continuesThrough[t] += ref.continuesThrough()[t] ? 1 : 0;
                headlineThrough[t] += ref.headlineThrough()[t] ? 1 : 0;
                selfSufficient[t] += ref.selfSufficient()[t] ? 1 : 0;
            }
            continues += ref.continues() ? 1 : 0;
            structural += ref.structural() ? 1 : 0;
            balanced += ref.balancedEveryYear() ? 1 : 0;
            groups += ref.allGroupsInvest() ? 1 : 0;
            headline += ref.headline() ? 1 : 0;
            paid += ref.paid();
            unspent += ref.unspent();
        }
        assertArrayEquals(year, tally.year, what);
        assertArrayEquals(continuesThrough, tally.continuesThrough, what);
        assertArrayEquals(headlineThrough, tally.headlineThrough, what);
        assertArrayEquals(selfSufficient, tally.selfSufficient, what);
        assertEquals(continues, tally.continues, what);
        assertEquals(structural, tally.structural, what);
        assertEquals(balanced, tally.balanced, what);
        assertEquals(groups, tally.allGroups, what);
        assertEquals(headline, tally.headline, what);
        assertEquals(plan.unboundCash ? headlineWithout : 0, tally.headlineWithout, what);
        assertEquals(paid, a.sums[layout.paid()], what);
        assertEquals(unspent, a.sums[layout.unspent()], what);
    }
}
