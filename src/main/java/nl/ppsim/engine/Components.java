package nl.ppsim.engine;

/** The flow components of schema version 1: subsidy, partners and generic lines. */
final class Components {
    private Components() {
    }

    record SubsidyFlow(InputSlot perYear, int years) implements Component {
        public void apply(Workspace w, int i, Ledger l) {
            for (int t = 1; t <= years; t++) {
                l.subsidy[t] += w.value(perYear, i, t);
            }
        }
    }

    /** A partner contributes in years 1..committed for certain, and afterwards only if its renewal draw succeeded. */
    record PartnerFlow(int group, int committed, InputSlot cash, InputSlot inKind, InputSlot probability,
                       InputSlot event, InputSlot hours, double hourRate) implements Component {
        public void apply(Workspace w, int i, Ledger l) {
            int horizon = l.revenue.length - 1;
            int last = committed;
            if (event != null && w.value(event, i, 0) < w.value(probability, i, 0)) {
                last = horizon;
            }
            for (int t = 1; t <= last; t++) {
                l.cash[group][t] += w.value(cash, i, t);
                l.inKind[group][t] += w.value(inKind, i, t);
                if (hours != null) {
                    l.inKind[group][t] += w.value(hours, i, t) * hourRate;
                }
            }
        }
    }

    /** A revenue or cost line; its growth compounds from its first year: amount x (1 + g)^(t - from). */
    record LineFlow(boolean revenue, InputSlot amount, InputSlot growth, int from, int to) implements Component {
        public void apply(Workspace w, int i, Ledger l) {
            double factor = 1;
            double step = 1 + w.value(growth, i, 0);
            for (int t = from; t <= to; t++) {
                double x = w.value(amount, i, t) * factor;
                if (revenue) {
                    l.addRevenue(t, x, -1);
                } else {
                    l.costs[t] += x;
                }
                factor *= step;
            }
        }
    }

    /**
     * Applies the scheme's money rules after all other flows: pays the total subsidy by the
     * payment schedule, and repays a pro-rata reduction the year after the subsidy when the subsidy
     * exceeds its maximum share of the realised budget.
     */
    record SettlementFlow(Settlement rules, int subsidyYears) implements Component {
        public void apply(Workspace w, int i, Ledger l) {
            double total = 0;
            for (int t = 1; t <= subsidyYears; t++) {
                total += l.subsidy[t];
                for (int g = 0; g < Ledger.GROUPS; g++) {
                    double c = l.cash[g][t] + l.inKind[g][t];
                    l.groupCofinancing[g] += c;
                    l.cofinancing += c;
                }
            }
            l.subsidyTotal = total;
            double[] f = rules.paymentFractions();
            if (f != null) {
                for (int t = 1; t <= subsidyYears; t++) {
                    l.subsidy[t] = total * f[t - 1];
                }
            }
            l.reduction = rules.reduction(total, l.cofinancing);
            if (l.reduction > 0) {
                l.subsidy[Math.min(subsidyYears + 1, l.subsidy.length - 1)] -= l.reduction;
            }
        }
    }
}
