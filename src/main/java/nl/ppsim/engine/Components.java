package nl.ppsim.engine;

import java.util.Arrays;

/** The flow components of schema version 1: subsidy, partners and generic lines, each applied to a chunk of iterations. */
final class Components {
    private Components() {
    }

    record SubsidyFlow(InputSlot perYear, int years) implements Component {
        public void apply(Workspace w, int n, Ledger l) {
            for (int t = 1; t <= years; t++) {
                double[] amount = w.row(perYear, t);
                double[] into = l.subsidy[t];
                for (int i = 0; i < n; i++) {
                    into[i] += amount[i];
                }
            }
        }
    }

    /**
     * A partner contributes in years 1..committed for certain, and afterwards only if its renewal
     * draw succeeded: each year's contribution is multiplied by 1, or after the committed years by
     * the iteration's renewal flag (1 or 0), instead of a branch that is mispredicted whenever
     * renewal differs between iterations (c * 1 = c and x + c * 0 = x exactly).
     */
    record PartnerFlow(int group, int committed, InputSlot cash, InputSlot inKind, InputSlot probability,
                       InputSlot event, InputSlot hours, double hourRate) implements Component {
        public void apply(Workspace w, int n, Ledger l) {
            int horizon = l.horizon();
            double[] renewed = w.scratch;
            if (event != null) {
                double[] draw = w.row(event, 0);
                double[] p = w.row(probability, 0);
                for (int i = 0; i < n; i++) {
                    renewed[i] = draw[i] < p[i] ? 1 : 0;
                }
            } else {
                Arrays.fill(renewed, 0, n, 0);
            }
            for (int t = 1; t <= horizon; t++) {
                double[] share = t <= committed ? w.ones : renewed;
                double[] c = w.row(cash, t);
                double[] k = w.row(inKind, t);
                double[] toCash = l.cash[group][t];
                double[] toInKind = l.inKind[group][t];
                for (int i = 0; i < n; i++) {
                    toCash[i] += c[i] * share[i];
                    toInKind[i] += k[i] * share[i];
                }
                if (hours != null) {
                    double[] h = w.row(hours, t);
                    for (int i = 0; i < n; i++) {
                        toInKind[i] += h[i] * hourRate * share[i];
                    }
                }
            }
        }
    }

    /** A revenue or cost line; its growth compounds from its first year: amount x (1 + g)^(t - from). */
    record LineFlow(boolean revenue, InputSlot amount, InputSlot growth, int from, int to) implements Component {
        public void apply(Workspace w, int n, Ledger l) {
            double[] factor = w.scratch;
            double[] step = w.scratch2;
            double[] g = w.row(growth, 0);
            for (int i = 0; i < n; i++) {
                factor[i] = 1;
                step[i] = 1 + g[i];
            }
            for (int t = from; t <= to; t++) {
                double[] a = w.row(amount, t);
                double[] into = revenue ? l.revenue[t] : l.costs[t];
                for (int i = 0; i < n; i++) {
                    into[i] += a[i] * factor[i];
                    factor[i] *= step[i];
                }
            }
        }
    }

    /**
     * Applies the scheme's money rules after all other flows: pays the total subsidy by the
     * payment schedule, and repays a pro-rata reduction the year after the subsidy when the subsidy
     * exceeds its maximum share of the realised budget.
     */
    record SettlementFlow(Settlement rules, int subsidyYears) implements Component {
        public void apply(Workspace w, int n, Ledger l) {
            double[] f = rules.paymentFractions();
            int repayYear = Math.min(subsidyYears + 1, l.horizon());
            for (int i = 0; i < n; i++) {
                double total = 0;
                for (int t = 1; t <= subsidyYears; t++) {
                    total += l.subsidy[t][i];
                    for (int g = 0; g < Ledger.GROUPS; g++) {
                        double c = l.cash[g][t][i] + l.inKind[g][t][i];
                        l.groupCofinancing[g][i] += c;
                        l.cofinancing[i] += c;
                    }
                }
                l.subsidyTotal[i] = total;
                if (f != null) {
                    for (int t = 1; t <= subsidyYears; t++) {
                        l.subsidy[t][i] = total * f[t - 1];
                    }
                }
                double reduction = rules.reduction(total, l.cofinancing[i]);
                l.reduction[i] = reduction;
                if (reduction > 0) {
                    l.subsidy[repayYear][i] -= reduction;
                }
            }
        }
    }
}
