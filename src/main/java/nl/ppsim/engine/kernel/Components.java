package nl.ppsim.engine.kernel;

/** The flow components of schema version 1: subsidy, partners and generic lines, each applied to a chunk of iterations. */
final class Components {
    private Components() {}

    record SubsidyFlow(InputSlot perYear, int years) implements Component {
        @Override
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
     * A revenue or cost line; its growth compounds from its first year: amount x (1 + g)^(t - from).
     * A cost line of a single year is also booked as a one-off item (row {@code lump}, -1 for none);
     * a line allocated to business models also writes its yearly amount to overhead row
     * {@code overhead} (-1 for none), from which the models take their share. A cost line the scheme
     * does not count is also booked apart through year {@code ineligibleTo} (0: it counts).
     */
    record LineFlow(
            boolean revenue,
            InputSlot amount,
            InputSlot growth,
            int from,
            int to,
            int lump,
            int overhead,
            int index,
            int type,
            int ineligibleTo)
            implements Component {
        @Override
        public void apply(Workspace w, int n, Ledger l) {
            double[] factor = w.scratch;
            double[] step = w.scratch2;
            double[] g = w.row(growth, 0);
            for (int i = 0; i < n; i++) {
                factor[i] = 1;
                step[i] = 1 + g[i];
            }
            for (int t = from; t <= to; t++) {
                double[] a = index < 0 ? w.row(amount, t) : indexed(w.row(amount, t), l.index[index][t], w.scratch3, n);
                double[] into = revenue ? l.revenue[t] : l.costs[t];
                if (overhead >= 0) {
                    double[] shared = l.overhead[overhead][t];
                    double[] typed = l.costsByType[type][t];
                    double[] vat = type == nl.ppsim.model.CostType.PERSONNEL.ordinal() || !l.vatRows
                            ? l.scratchVat
                            : l.lineVatBase[t];
                    for (int i = 0; i < n; i++) {
                        double x = a[i] * factor[i];
                        into[i] += x;
                        shared[i] = x;
                        typed[i] += x;
                        vat[i] += x;
                        factor[i] *= step[i];
                    }
                    if (t <= ineligibleTo) {
                        add(l.ineligibleCosts[t], shared, n);
                    }
                    continue;
                }
                if (revenue) {
                    for (int i = 0; i < n; i++) {
                        into[i] += a[i] * factor[i];
                        factor[i] *= step[i];
                    }
                } else {
                    double[] typed = l.costsByType[type][t];
                    double[] vat = type == nl.ppsim.model.CostType.PERSONNEL.ordinal() || !l.vatRows
                            ? l.scratchVat
                            : l.lineVatBase[t];
                    double[] apart = t <= ineligibleTo ? l.ineligibleCosts[t] : l.scratchVat;
                    for (int i = 0; i < n; i++) {
                        double x = a[i] * factor[i];
                        into[i] += x;
                        typed[i] += x;
                        vat[i] += x;
                        apart[i] += x;
                        factor[i] *= step[i];
                    }
                }
            }
            if (lump >= 0) {
                double[] a = index < 0
                        ? w.row(amount, from)
                        : indexed(w.row(amount, from), l.index[index][from], w.scratch3, n);
                double[] into = l.lump[lump][from];
                for (int i = 0; i < n; i++) {
                    into[i] += a[i];
                }
            }
        }
    }

    /**
     * VAT on the shared cost lines: their input VAT is deductible in the PPS-wide share of taxed
     * revenue in all that funds the PPS that year: the business models' taxed and exempt revenue, and
     * the subsidy and partner cash, which pay for activities that are not supplies (so no deduction
     * without taxed revenue). With costs that include VAT the deductible part lowers the costs;
     * without, the part that is not deductible is added to them.
     */
    record VatFlow(boolean costsIncludeVat) implements Component {
        @Override
        public void apply(Workspace w, int n, Ledger l) {
            double r = nl.ppsim.model.Vat.GENERAL_RATE;
            for (int t = 1; t <= l.horizon(); t++) {
                double[] base = l.lineVatBase[t];
                double[] taxed = l.taxedRevenue[t];
                double[] exempt = l.exemptRevenue[t];
                double[] costs = l.costs[t];
                double[] deducted = l.vatDeducted[t];
                double[] cost = l.vatCost[t];
                double[] subsidy = l.subsidy[t];
                double[][] cash = {l.cash[0][t], l.cash[1][t], l.cash[2][t]};
                for (int i = 0; i < n; i++) {
                    double sold = taxed[i] + exempt[i] + Math.max(0, subsidy[i]) + cash[0][i] + cash[1][i] + cash[2][i];
                    double d = sold > 0 ? taxed[i] / sold : 0;
                    double input = costsIncludeVat ? base[i] * r / (1 + r) : base[i] * r;
                    double off = d * input;
                    double stays = input - off;
                    costs[i] += costsIncludeVat ? -off : stays;
                    deducted[i] += off;
                    cost[i] += stays;
                }
            }
        }
    }

    /** {@code into[i] += row[i]} for the first n lanes. */
    static void add(double[] into, double[] row, int n) {
        for (int i = 0; i < n; i++) {
            into[i] += row[i];
        }
    }

    /** {@code into[i] = amount[i] * index[i]}: an amount written for year 1 in year t's euros; returns {@code into}. */
    static double[] indexed(double[] amount, double[] index, double[] into, int n) {
        for (int i = 0; i < n; i++) {
            into[i] = amount[i] * index[i];
        }
        return into;
    }

    /**
     * The scenario's indices: per index and iteration the cumulative factor of year t, the product
     * of (1 + rate) over years 2..t (1 in year 1), into {@link Ledger#index}, before every flow that
     * follows one.
     */
    record IndexFlow(InputSlot[] rates) implements Component {
        @Override
        public void apply(Workspace w, int n, Ledger l) {
            for (int x = 0; x < rates.length; x++) {
                double[][] factor = l.index[x];
                java.util.Arrays.fill(factor[1], 0, n, 1);
                for (int t = 2; t < factor.length; t++) {
                    double[] r = w.row(rates[x], t);
                    double[] before = factor[t - 1];
                    double[] now = factor[t];
                    for (int i = 0; i < n; i++) {
                        now[i] = before[i] * (1 + r[i]);
                    }
                }
            }
        }
    }

    /**
     * A cost line that is an investment with a lifetime: its amount (grown like any line) is paid in
     * its first year and again every {@code lifetime} years while it runs, as a one-off; the
     * structural test charges the last purchase / lifetime in every year instead.
     */
    record InvestmentFlow(
            InputSlot amount,
            InputSlot growth,
            int from,
            int to,
            int lifetime,
            int lump,
            int index,
            int type,
            int ineligibleTo)
            implements Component {
        @Override
        public void apply(Workspace w, int n, Ledger l) {
            double[] factor = w.scratch;
            double[] step = w.scratch2;
            double[] last = w.scratch3;
            double[] g = w.row(growth, 0);
            for (int i = 0; i < n; i++) {
                factor[i] = 1;
                step[i] = 1 + g[i];
            }
            for (int t = from; t <= to; t++) {
                double[] a = index < 0 ? w.row(amount, t) : indexed(w.row(amount, t), l.index[index][t], w.scratch4, n);
                boolean buys = (t - from) % lifetime == 0;
                double[] costs = l.costs[t];
                double[] provision = l.provision[t];
                for (int i = 0; i < n; i++) {
                    double x = a[i] * factor[i];
                    last[i] = buys ? x : last[i];
                    provision[i] += last[i] / lifetime;
                    factor[i] *= step[i];
                }
                if (buys) {
                    double[] investment = l.investment[t];
                    double[] lumpRow = l.lump[lump][t];
                    double[] typed = l.costsByType[type][t];
                    double[] vat = type == nl.ppsim.model.CostType.PERSONNEL.ordinal() || !l.vatRows
                            ? l.scratchVat
                            : l.lineVatBase[t];
                    for (int i = 0; i < n; i++) {
                        costs[i] += last[i];
                        typed[i] += last[i];
                        vat[i] += last[i];
                        investment[i] += last[i];
                        lumpRow[i] += last[i];
                    }
                    if (t <= ineligibleTo) {
                        add(l.ineligibleCosts[t], last, n);
                    }
                }
            }
        }
    }

    /**
     * Applies the scheme's money rules after all other flows, per iteration: pays the granted
     * subsidy (the sum of its yearly draws) by the payment schedule; settles it on the realised
     * eligible costs of the subsidy years (cash costs plus in-kind contributions), at most the
     * scheme's share of them and at most the amount granted; books what was paid beyond that as a
     * repayment (a negative subsidy) the year after the subsidy; and records each group's
     * contribution for the scheme's share rules. What the scheme does not count (the ledger's
     * ineligible rows) leaves the budget, and ineligible in-kind also leaves its group's contribution.
     */
    record SettlementFlow(Settlement rules, int subsidyYears, int lump) implements Component {
        @Override
        public void apply(Workspace w, int n, Ledger l) {
            double[] f = rules.paymentFractions();
            int repayYear = Math.min(subsidyYears + 1, l.horizon());
            for (int i = 0; i < n; i++) {
                double granted = 0;
                double budget = 0;
                for (int t = 1; t <= subsidyYears; t++) {
                    granted += l.subsidy[t][i];
                    budget += l.costs[t][i];
                    for (int g = 0; g < Ledger.GROUPS; g++) {
                        l.groupContribution[g][i] += l.cash[g][t][i] + l.inKind[g][t][i];
                        budget += l.inKind[g][t][i];
                    }
                }
                for (int t = 1; t <= l.ineligibleTo; t++) {
                    budget -= l.ineligibleCosts[t][i];
                    for (int g = 0; g < Ledger.GROUPS; g++) {
                        l.groupContribution[g][i] -= l.ineligibleInKind[g][t][i];
                        budget -= l.ineligibleInKind[g][t][i];
                    }
                }
                l.granted[i] = granted;
                l.budget[i] = budget;
                if (f != null) {
                    for (int t = 1; t <= subsidyYears; t++) {
                        l.subsidy[t][i] = granted * f[t - 1];
                    }
                }
                double repaid = granted - rules.finalSubsidy(granted, budget);
                l.repaid[i] = repaid;
                l.subsidy[repayYear][i] -= repaid;
                l.lump[lump][repayYear][i] += repaid;
            }
        }
    }

    /**
     * Risk events: books the cost of a cost event in each year it happens (also as a one-off item)
     * and records, per iteration, how often each event happened and what it cost in all. A partner's
     * exit and a revenue loss take effect in the partner's and the models' flows.
     */
    record EventFlow(EventRuntime[] events) implements Component {
        @Override
        public void apply(Workspace w, int n, Ledger l) {
            for (EventRuntime e : events) {
                double[] count = l.eventCount[e.index];
                double[] total = l.eventCost[e.index];
                for (int t = e.event().fromYear(); t <= e.event().toYear(); t++) {
                    for (int i = 0; i < n; i++) {
                        double x = e.at(w, t, i);
                        count[i] += x > 0 ? 1 : 0;
                        if (e.lump >= 0) {
                            total[i] += x;
                            l.costs[t][i] += x;
                            l.lump[e.lump][t][i] += x;
                        }
                    }
                }
            }
        }
    }
}
