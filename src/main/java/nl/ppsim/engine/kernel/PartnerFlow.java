package nl.ppsim.engine.kernel;

import java.util.Arrays;
import nl.ppsim.dist.Distributions;
import nl.ppsim.dist.Input;
import nl.ppsim.scenario.InputPath;

/**
 * One partner's yearly cash and in-kind contributions for a chunk of iterations.
 *
 * <p>A partner contributes in years 1..committed for certain; after that while its renewal
 * decisions succeed: the first at the end of the commitment (a uniform compared with the renewal
 * probability, one draw per iteration as always), later ones at each of its renewal years (one
 * uniform per such year); it stops for good at the first refusal, or from the first year one of its
 * exit events happens. A pool of members contributes its amounts per member: members leave one by
 * one after the committed years (the survivors of a year are a binomial draw, by inversion of one
 * uniform) and new ones join every year from the second (a draw of the join distribution, rounded).
 * After the subsidy every contribution is multiplied by the partner's after-subsidy factor.
 *
 * <p>A partner that pays for a business model writes that model's demand per year: the pool's
 * members as a share of its first-year members, or 1 while the partner takes part and 0 after.
 *
 * <p>Contributions are multiplied by a factor (1 or 0, or the members) instead of branching on
 * whether a partner still takes part, which differs unpredictably between iterations.
 */
final class PartnerFlow implements Component {
    private final int group;
    private final int committed;
    private final int subsidyYears;
    private final InputSlot cash;
    private final InputSlot inKind;
    private final InputSlot hours;
    private final double hourRate;
    /** The renewal probability (once per iteration) and the first decision's uniform (null when the commitment covers the horizon). */
    private final InputSlot probability;

    private final InputSlot firstDecision;
    /** Later decisions: the years, and a uniform per year from the second decision year on (null when none). */
    private final int[] laterDecisions;

    private final InputSlot laterDecision;
    /** A pool's first-year members (0 for a single partner), leave probability, survivors' uniforms and joins. */
    private final int members;

    private final InputSlot leaveProbability;
    private final InputSlot leaving;
    private final InputSlot joining;
    private final InputSlot factor;
    /** False when the after-subsidy factor is 1 in every iteration (the default), so no multiplication is needed. */
    private final boolean scaled;

    private final EventRuntime[] exits;
    /** The business model the partner pays for (its index), or -1. */
    private final int paysFor;
    /**
     * For a pool with a constant leave probability: per pool size n, the cumulative sums of
     * {@link #survivors} (null when the probability varies or beyond the tables' sizes).
     */
    private final double[][] survivorTables;
    /** False when the partner's in-kind amount is 0 in every iteration and it gives no hours: its in-kind rows stay zero. */
    private final boolean givesInKind;
    /** The share of the in-kind contribution the scheme does not count (0: it counts all). */
    private final double ineligibleShare;
    /** The partner's position in the scenario (its row in {@link Ledger#partnerGives}). */
    private final int index;
    /** The rows in {@link Ledger#index} the cash and in-kind amounts follow, or -1. */
    private final int cashIndex;

    private final int inKindIndex;
    /** Whether the partner's cash is unbound company cash (also booked in {@link Ledger#unbound}). */
    private final boolean unbound;
    /** The partner's row in {@link Ledger#present}, or -1. */
    private final int presenceRow;
    /** The yearly drop-out probability during the commitment and its uniforms (years 2..committed), or null when 0. */
    private final InputSlot dropOut;

    private final InputSlot dropping;
    /** Pool sizes beyond the first year's members that get a table (joins make a pool grow). */
    private static final int TABLE_MARGIN = 64;

    PartnerFlow(PlanBuilder plan, nl.ppsim.scenario.Partner p, int paysFor, int presenceRow, int index) {
        this.index = index;
        int horizon = plan.horizon;
        boolean perYear = p.vary() == nl.ppsim.scenario.Vary.PER_YEAR;
        this.group = p.group().ordinal();
        this.committed = p.committedYears();
        this.subsidyYears = plan.subsidyYears;
        cash = perYear ? plan.perYear(p.cashPerYear(), 1, horizon, 0) : plan.once(p.cashPerYear(), 0);
        inKind = perYear ? plan.perYear(p.inKindPerYear(), 1, horizon, 0) : plan.once(p.inKindPerYear(), 0);
        // the shortcuts below ask the input as run (an override of solve or of the plan as planned included), not as
        // written; hours count only at a scheme's hour rate (without one the scenario cannot give them)
        boolean noHours =
                p.inKindHoursPerYear().isConstant() && p.inKindHoursPerYear().mean() == 0;
        InputSlot h = noHours && Double.isNaN(p.hourRate())
                ? null
                : perYear ? plan.perYear(p.inKindHoursPerYear(), 1, horizon, 0) : plan.once(p.inKindHoursPerYear(), 0);
        hours = h == null || h.input.isConstant() && h.input.mean() == 0 ? null : h;
        hourRate = p.hourRate();
        givesInKind = !(inKind.input.isConstant() && inKind.input.mean() == 0) || hours != null;
        ineligibleShare = givesInKind ? p.inKindShare(plan.ineligible) : 0;
        boolean decides = p.pool() == null && committed < horizon;
        probability = decides ? plan.once(p.renewalProbability(), 0) : null;
        firstDecision = decides
                ? plan.once(new Input(p.path() + InputPath.RENEWAL_EVENT, Distributions.uniform(0, 1)), 0)
                : null;
        laterDecisions = decides
                ? p.renewalYears().stream().skip(1).mapToInt(Integer::intValue).toArray()
                : new int[0];
        laterDecision = laterDecisions.length == 0
                ? null
                : plan.perYear(
                        new Input(p.path() + InputPath.RENEWAL_EVENT + "_at", Distributions.uniform(0, 1)),
                        laterDecisions[0],
                        laterDecisions[laterDecisions.length - 1],
                        0);
        if (p.pool() != null) {
            members = p.pool().members();
            leaveProbability = plan.once(p.pool().leaveProbability(), 0);
            leaving = committed < horizon
                    ? plan.perYear(
                            new Input(p.path() + ".pool.leaving", Distributions.uniform(0, 1)),
                            committed + 1,
                            horizon,
                            0)
                    : null;
            joining = horizon > 1 ? plan.perYear(p.pool().joinPerYear(), 2, horizon, 0) : null;
        } else {
            members = 0;
            leaveProbability = null;
            leaving = null;
            joining = null;
        }
        // a constant leave probability: the binomial's cumulative sums for the pool sizes it is likely to have, once
        survivorTables = leaveProbability != null && leaveProbability.input.isConstant()
                ? survivorTables(1 - leaveProbability.input.mean(), members + TABLE_MARGIN)
                : null;
        factor = plan.once(p.afterSubsidyFactor(), 0);
        scaled = !(factor.input.isConstant() && factor.input.mean() == 1);
        exits = plan.events.stream()
                .filter(e -> e.event().impact() instanceof nl.ppsim.scenario.Event.PartnerExit x
                        && x.partner().equals(p.name()))
                .toArray(EventRuntime[]::new);
        this.paysFor = paysFor;
        this.unbound = p.unboundCompanyCash();
        this.cashIndex = plan.index(p.cashIndex());
        this.inKindIndex = plan.index(p.inKindIndex());
        this.presenceRow = presenceRow;
        boolean drops =
                !(p.dropOutProbability().isConstant() && p.dropOutProbability().mean() == 0)
                        && Math.min(committed, horizon) >= 2;
        dropOut = drops ? plan.once(p.dropOutProbability(), 0) : null;
        dropping = drops
                ? plan.perYear(
                        new Input(p.path() + ".drop_out", Distributions.uniform(0, 1)),
                        2,
                        Math.min(committed, horizon),
                        0)
                : null;
    }

    /** The model this partner pays for, or -1. */
    int paysFor() {
        return paysFor;
    }

    int group() {
        return group;
    }

    /** Whether this partner can write its group's in-kind rows (see {@link Plan#inKindRows}). */
    boolean givesInKind() {
        return givesInKind;
    }

    @Override
    public void apply(Workspace w, int n, Ledger l) {
        int horizon = l.horizon();
        double[] take = w.scratch;
        double[] stays = w.scratch2;
        double[] count = w.members;
        int[] exitYear = exits.length == 0 ? null : exitYears(w, n);
        if (members > 0) {
            Arrays.fill(count, 0, n, members);
        } else if (firstDecision != null) {
            double[] draw = w.row(firstDecision, 0);
            double[] p = w.row(probability, 0);
            for (int i = 0; i < n; i++) {
                stays[i] = draw[i] < p[i] ? 1 : 0;
            }
        } else {
            Arrays.fill(stays, 0, n, 0);
        }
        double[] alive = w.scratch3;
        if (dropOut != null && members == 0) {
            Arrays.fill(alive, 0, n, 1);
        }
        int decision = 0;
        double[] f = w.row(factor, 0);
        for (int t = 1; t <= horizon; t++) {
            if (members > 0) {
                grow(w, t, n, count);
                if (dropOut != null && t >= 2 && t <= committed) {
                    dropOut(w, t, n, count);
                }
                System.arraycopy(count, 0, take, 0, n);
            } else if (t <= committed) {
                if (dropOut != null && t >= 2) {
                    double[] u = w.row(dropping, t);
                    double[] p = w.row(dropOut, 0);
                    for (int i = 0; i < n; i++) {
                        alive[i] = u[i] < p[i] ? 0 : alive[i];
                    }
                    System.arraycopy(alive, 0, take, 0, n);
                } else {
                    System.arraycopy(dropOut != null ? alive : w.ones, 0, take, 0, n);
                }
            } else {
                if (dropOut != null && t == committed + 1) {
                    for (int i = 0; i < n; i++) {
                        stays[i] *= alive[i];
                    }
                }
                if (decision < laterDecisions.length && laterDecisions[decision] == t) {
                    double[] draw = w.row(laterDecision, t);
                    double[] p = w.row(probability, 0);
                    for (int i = 0; i < n; i++) {
                        stays[i] = draw[i] < p[i] ? stays[i] : 0;
                    }
                    decision++;
                }
                System.arraycopy(stays, 0, take, 0, n);
            }
            if (exitYear != null) {
                for (int i = 0; i < n; i++) {
                    take[i] = exitYear[i] != 0 && t >= exitYear[i] ? 0 : take[i];
                }
            }
            if (group == nl.ppsim.scenario.Group.WERKVELD.ordinal()) {
                // companies taking part: a pool's members, or 1 while a single company does
                double[] companies = l.partnerCompanies[t];
                for (int i = 0; i < n; i++) {
                    companies[i] += take[i];
                }
            }
            if (presenceRow >= 0) {
                double[] present = l.present[presenceRow][t];
                double scale = members > 0 ? 1.0 / members : 1;
                for (int i = 0; i < n; i++) {
                    present[i] = Math.min(1, take[i] * scale);
                }
            }
            if (paysFor >= 0) {
                double[] demand = l.demand[paysFor][t];
                double scale = members > 0 ? 1.0 / members : 1;
                for (int i = 0; i < n; i++) {
                    demand[i] = take[i] * scale;
                }
            }
            if (scaled && t > subsidyYears) {
                for (int i = 0; i < n; i++) {
                    take[i] *= f[i];
                }
            }
            double[] c = cashIndex < 0
                    ? w.row(cash, t)
                    : Components.indexed(w.row(cash, t), l.index[cashIndex][t], w.scratch4, n);
            double[] k = inKindIndex < 0
                    ? w.row(inKind, t)
                    : Components.indexed(w.row(inKind, t), l.index[inKindIndex][t], w.scratch5, n);
            double[] toCash = l.cash[group][t];
            double[] toInKind = l.inKind[group][t];
            double[] gives = l.partnerGives[index][t];
            if (givesInKind) {
                for (int i = 0; i < n; i++) {
                    toCash[i] += c[i] * take[i];
                    toInKind[i] += k[i] * take[i];
                    gives[i] = (c[i] + k[i]) * take[i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    toCash[i] += c[i] * take[i];
                    gives[i] = c[i] * take[i];
                }
            }
            if (unbound) {
                double[] into = l.unbound[t];
                for (int i = 0; i < n; i++) {
                    into[i] += c[i] * take[i];
                }
            }
            if (hours != null) {
                double[] h = w.row(hours, t);
                for (int i = 0; i < n; i++) {
                    toInKind[i] += h[i] * hourRate * take[i];
                    gives[i] += h[i] * hourRate * take[i];
                }
            }
            if (ineligibleShare > 0 && t <= l.ineligibleTo) {
                double[] apart = l.ineligibleInKind[group][t];
                double[] h = hours == null ? null : w.row(hours, t);
                for (int i = 0; i < n; i++) {
                    apart[i] += ineligibleShare * (k[i] + (h == null ? 0 : h[i] * hourRate)) * take[i];
                }
            }
        }
    }

    /** A pool's members in year t: after the committed years the survivors of last year's members, plus the year's joins. */
    private void grow(Workspace w, int t, int n, double[] count) {
        if (t == 1) {
            return;
        }
        if (t > committed) {
            double[] u = w.row(leaving, t);
            double[] p = w.row(leaveProbability, 0);
            for (int i = 0; i < n; i++) {
                int members = (int) count[i];
                count[i] = survivorTables != null && members < survivorTables.length
                        ? survivors(survivorTables[members], u[i])
                        : survivors(members, 1 - p[i], u[i]);
            }
        }
        if (joining != null) {
            double[] j = w.row(joining, t);
            for (int i = 0; i < n; i++) {
                count[i] += Math.rint(j[i]);
            }
        }
    }

    /** A pool's members in year t of its commitment after drop-outs: each stays with 1 - drop_out_probability, on its own. */
    private void dropOut(Workspace w, int t, int n, double[] count) {
        double[] u = w.row(dropping, t);
        double[] p = w.row(dropOut, 0);
        for (int i = 0; i < n; i++) {
            count[i] = survivors((int) count[i], 1 - p[i], u[i]);
        }
    }

    /**
     * The number of n members that stay, each with probability {@code stay} on its own: the
     * binomial(n, stay) quantile of u, summed from 0 members upward (exact), or by the library for
     * large pools, where the first term would underflow.
     */
    static int survivors(int n, double stay, double u) {
        if (n == 0 || stay >= 1) {
            return n;
        }
        if (stay <= 0) {
            return 0;
        }
        double leave = 1 - stay;
        if (n > 500) {
            return org.apache.commons.statistics.distribution.BinomialDistribution.of(n, stay)
                    .inverseCumulativeProbability(u);
        }
        double term = Math.pow(leave, n);
        double cumulative = term;
        int k = 0;
        while (cumulative < u && k < n) {
            term *= (double) (n - k) / (k + 1) * stay / leave;
            k++;
            cumulative += term;
        }
        return k;
    }

    /**
     * The cumulative sums that {@link #survivors(int, double, double)} adds up for every pool size
     * below {@code sizes}, in the same order of operations (so the same sums), or null where it
     * would use the library or needs none.
     */
    static double[][] survivorTables(double stay, int sizes) {
        if (stay <= 0 || stay >= 1) {
            return null;
        }
        // up to 500 members, as survivors sums itself (above, it asks the library)
        double[][] tables = new double[Math.min(sizes, 501)][];
        double leave = 1 - stay;
        for (int n = 1; n < tables.length; n++) {
            double[] cdf = new double[n + 1];
            double term = Math.pow(leave, n);
            double cumulative = term;
            cdf[0] = cumulative;
            for (int k = 0; k < n; k++) {
                term *= (double) (n - k) / (k + 1) * stay / leave;
                cumulative += term;
                cdf[k + 1] = cumulative;
            }
            tables[n] = cdf;
        }
        return tables;
    }

    /**
     * {@link #survivors(int, double, double)} from a table of its cumulative sums: the first k whose
     * sum reaches u, or n (binary search; the sums never decrease). A pool of 0 keeps 0.
     */
    static int survivors(double[] cdf, double u) {
        if (cdf == null) {
            return 0;
        }
        return Math.min(nl.ppsim.stats.Ranks.lowerBound(cdf, u), cdf.length - 1);
    }

    /** Per iteration of the chunk: the first year one of the partner's exit events happens (0: never). */
    private int[] exitYears(Workspace w, int n) {
        int[] years = w.exitYears;
        for (int i = 0; i < n; i++) {
            int first = 0;
            for (EventRuntime e : exits) {
                int y = e.firstYear(w, i);
                first = y != 0 && (first == 0 || y < first) ? y : first;
            }
            years[i] = first;
        }
        return years;
    }
}
