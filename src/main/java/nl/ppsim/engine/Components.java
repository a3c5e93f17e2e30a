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
                       InputSlot event) implements Component {
        public void apply(Workspace w, int i, Ledger l) {
            int horizon = l.revenue.length - 1;
            int last = committed;
            if (event != null && w.value(event, i, 0) < w.value(probability, i, 0)) {
                last = horizon;
            }
            for (int t = 1; t <= last; t++) {
                l.cash[group][t] += w.value(cash, i, t);
                l.inKind[group][t] += w.value(inKind, i, t);
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
}
