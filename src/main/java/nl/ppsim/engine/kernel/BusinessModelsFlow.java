package nl.ppsim.engine.kernel;

import java.util.Arrays;
import java.util.List;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Expr;
import nl.ppsim.model.Payer;
import nl.ppsim.model.RampUp;
import nl.ppsim.model.Step;
import nl.ppsim.scenario.Event;
import nl.ppsim.scenario.Line;
import nl.ppsim.scenario.StopRule;

/**
 * All business models of a scenario, simulated together year by year because they interact:
 * network and sales office raise the others' demand, research projects bring the laboratorium
 * hours, shared overhead is spread over them, and a stop rule ends a model after years of too low
 * a margin. Models that read the research projects run after the others.
 *
 * <p>Works on a chunk of iterations at once: each model's steps (its catalog definition, see
 * {@link Step}) are evaluated once per year over the chunk by {@link Expr#rows}, reading the
 * parameters straight from the sampled rows; revenue is booked by payer, costs in cash or in kind
 * by bearer. Whether a model runs is tracked per iteration, since stop rules differ by draw.
 */
final class BusinessModelsFlow implements Component {
    private final List<ModelRuntime> models;
    private final int[] order;
    private final List<Line.Allocation> allocations;
    /** Per model and partner group: who gives its in-kind (see {@link Plan#givers}). */
    private final double[][][][] givers;

    /** Per model and group: the index of its givers in {@link #giverSets}, whose shares still given are computed once a year. */
    private final int[][] giverSet;

    private final List<double[][]> giverSets;

    /** The scenario's VAT settings (see {@code nl.ppsim.model.Vat}). */
    private final nl.ppsim.scenario.Scenario.VatSettings vatSettings;

    BusinessModelsFlow(
            List<ModelRuntime> models,
            List<Line.Allocation> allocations,
            double[][][][] givers,
            int[][] giverSet,
            List<double[][]> giverSets,
            nl.ppsim.scenario.Scenario.VatSettings vatSettings) {
        this.vatSettings = vatSettings;
        this.models = models;
        this.allocations = allocations;
        this.givers = givers;
        this.giverSet = giverSet;
        this.giverSets = giverSets;
        order = new int[models.size()];
        int k = 0;
        for (ModelRuntime m : models) {
            if (!m.model.usesResearchProjects()) {
                order[k++] = m.index;
            }
        }
        for (ModelRuntime m : models) {
            if (m.model.usesResearchProjects()) {
                order[k++] = m.index;
            }
        }
    }

    /** The rows a model's step expressions read in one year: parameters, the year's context, its steps so far and their history. */
    static final class ModelRows implements Expr.Rows {
        private final int parameters;
        private final int context;
        double[][] params;
        double[] ramp;
        double[] rampBefore;
        double[] uplift;
        double[] research;
        /** The row holding each step's value this year (its own row, or a parameter row for a bare parameter). */
        final double[][] current;
        /** Per remembered step and year: its values (0 where the model did not run); null for the others. */
        final double[][][] history;

        int year;
        int age;

        ModelRows(BusinessModel model, int steps, int horizon, boolean[] remembered, int lanes) {
            parameters = model.parameters().size();
            context = parameters + BusinessModel.CONTEXT_NAMES;
            current = new double[steps][];
            history = new double[steps][][];
            for (int s = 0; s < steps; s++) {
                history[s] = remembered[s] ? new double[horizon + 1][lanes] : null;
            }
        }

        @Override
        public double[] row(int name) {
            if (name < parameters) {
                return params[name];
            }
            return switch (name - parameters) {
                case 0 -> ramp;
                case 1 -> rampBefore;
                case 2 -> uplift;
                case 3 -> research;
                default -> current[name - context];
            };
        }

        @Override
        public int age() {
            return age;
        }

        @Override
        public double[] past(int name, int yearsAgo) {
            return history[name - context][year - yearsAgo];
        }
    }

    /** Per-worker scratch state of the models for one chunk; per-iteration arrays are indexed [model][i]. */
    static final class State {
        /** Parameter j of model k for the chunk: a row of the sampled values (no copies). */
        final double[][][] params;

        final double[][] ramp;
        final double[][] rampBefore;
        final boolean[][] active;
        final boolean[] anyActive;
        final boolean[] allActive;
        /** In how many iterations of the chunk each model runs this year. */
        final int[] running;

        final boolean[][] stopped;
        final int[][] lowMarginYears;
        final int[][] windDownYear;
        /** Per model and step: the step's own row. */
        final double[][][] steps;

        final ModelRows[] rows;
        /** Per model this year: revenue (all payers), costs in cash, in kind, allocated overhead. */
        final double[][] revenue;

        final double[][] cash;
        /** Per model and partner group: what the group carries in kind (null for a group that carries none of its costs). */
        final double[][][] kind;
        /** Per model: the sum of its in-kind rows, or null when it is one of them (see {@link #inKind}). */
        final double[][] inKindTotal;

        final double[][] inKind;
        final double[][] overhead;
        final double[] researchProjects;
        /** Where the engine writes the demand multipliers of a model that has sources or a paying partner. */
        final double[] uplift;
        /** The ramp-up years of a model without a ramp-up parameter: all 0, never written. */
        final double[] noRamp;
        /** A row of zeros, never written: the overhead of a model that carries none. */
        final double[] zeros;
        /** Proportional overhead: the models' total cash costs and the number running, per iteration. */
        final double[] costTotal;

        final double[] runningCount;
        final Expr.Scratch scratch;
        /** A model's taxed and exempt revenue and its cash costs that carry VAT, this year. */
        final double[] vatTaxed;

        final double[] vatExempt;
        final double[] vatBase;
        /** Per model and indexed parameter: its value in this year's euros (null for the others). */
        final double[][][] indexedRows;
        /** Per set of givers: the share of its in-kind still given this year (see {@code kept}). */
        final double[][] kept;

        State(List<ModelRuntime> models, int lanes, int horizon, int giverSets) {
            kept = new double[giverSets][lanes];
            vatTaxed = new double[lanes];
            vatExempt = new double[lanes];
            vatBase = new double[lanes];
            indexedRows = new double[models.size()][][];
            for (ModelRuntime m : models) {
                indexedRows[m.index] = new double[m.indexOf.length][];
                for (int j : m.indexedParams) {
                    indexedRows[m.index][j] = new double[lanes];
                }
            }
            int n = models.size();
            params = new double[n][][];
            steps = new double[n][][];
            rows = new ModelRows[n];
            rampBefore = new double[n][];
            revenue = new double[n][lanes];
            cash = new double[n][lanes];
            inKind = new double[n][];
            kind = new double[n][][];
            inKindTotal = new double[n][];
            overhead = new double[n][];
            zeros = new double[lanes];
            for (ModelRuntime m : models) {
                int k = m.index;
                params[k] = new double[m.slots.length][];
                int count = m.model.steps().size();
                steps[k] = new double[count][lanes];
                rows[k] = new ModelRows(m.model, count, horizon, m.remembered, lanes);
                rampBefore[k] = m.usesRampBefore ? new double[lanes] : null;
                overhead[k] = m.carriesOverhead ? new double[lanes] : null;
                kind[k] = new double[Ledger.GROUPS][];
                int groups = 0;
                for (int g = 0; g < Ledger.GROUPS; g++) {
                    if (m.inKindSteps[g].length > 0 || m.absorbedGroup == g) {
                        kind[k][g] = new double[lanes];
                        inKind[k] = kind[k][g];
                        groups++;
                    }
                }
                if (groups != 1) {
                    // none: a row of zeros (filled once by total()); several: their sum
                    inKindTotal[k] = new double[lanes];
                    inKind[k] = inKindTotal[k];
                    if (groups == 0) {
                        kind[k][0] = null;
                    }
                }
            }
            ramp = new double[n][lanes];
            for (ModelRuntime m : models) {
                if (m.rampParameter < 0) {
                    // no ramp-up: stays 1, so startYear need not fill it every year
                    Arrays.fill(ramp[m.index], 1);
                }
            }
            active = new boolean[n][lanes];
            anyActive = new boolean[n];
            allActive = new boolean[n];
            running = new int[n];
            stopped = new boolean[n][lanes];
            lowMarginYears = new int[n][lanes];
            windDownYear = new int[n][lanes];
            researchProjects = new double[lanes];
            uplift = new double[lanes];
            noRamp = new double[lanes];
            costTotal = new double[lanes];
            runningCount = new double[lanes];
            scratch = new Expr.Scratch(lanes);
        }
    }

    @Override
    public void apply(Workspace w, int n, Ledger l) {
        State s = w.modelState;
        int horizon = l.horizon();
        for (ModelRuntime m : models) {
            int k = m.index;
            if (m.stopRule != null) {
                // without a stop rule these stay all false and 0
                Arrays.fill(s.stopped[k], 0, n, false);
                Arrays.fill(s.lowMarginYears[k], 0, n, 0);
                Arrays.fill(s.windDownYear[k], 0, n, 0);
            }
            double[][] p = s.params[k];
            for (int j = 0; j < p.length; j++) {
                InputSlot slot = m.slots[j];
                p[j] = slot == null ? w.unlimited : w.row(slot, 0);
            }
            ModelRows rows = s.rows[k];
            rows.params = p;
            rows.ramp = s.ramp[k];
            rows.rampBefore = s.rampBefore[k];
            rows.research = s.researchProjects;
        }
        for (int t = 1; t <= horizon; t++) {
            for (ModelRuntime m : models) {
                startYear(w, s, m, t, n);
                if (m.indexedParams.length > 0 && s.anyActive[m.index]) {
                    index(w, s, m, t, n, l);
                }
            }
            Arrays.fill(s.researchProjects, 0, n, 0);
            for (int j = 0; j < giverSets.size(); j++) {
                kept(s.kept[j], giverSets.get(j), l, t, n);
            }
            for (int k : order) {
                ModelRuntime m = models.get(k);
                if (s.anyActive[k]) {
                    evaluate(w, s, m, t, n, l);
                }
                book(s, m, t, n, l);
            }
            if (!allocations.isEmpty()) {
                allocateOverhead(s, t, n, l);
            }
            for (ModelRuntime m : models) {
                int k = m.index;
                if (m.stopRule != null && s.anyActive[k]) {
                    applyStopRule(s, m, t, n);
                }
                w.sink.accept(k, t, s.revenue[k], s.cash[k], s.inKind[k], s.overhead[k], s.running[k], n);
            }
        }
        for (ModelRuntime m : models) {
            if (m.windDownLump >= 0) {
                // stopped in the horizon's last year: its wind-down falls just after it
                int[] windDown = s.windDownYear[m.index];
                double[] after = l.windDownAfter[m.index];
                double cost = m.stopRule.windDownCost();
                for (int i = 0; i < n; i++) {
                    after[i] = windDown[i] == horizon + 1 ? cost : 0;
                }
            }
        }
    }

    /** Which iterations run model m in year t, its parameter rows for the year and its ramp-up (this year's and last year's). */
    private static void startYear(Workspace w, State s, ModelRuntime m, int t, int n) {
        int k = m.index;
        boolean inYears = m.inYears(t);
        int running = 0;
        boolean[] active = s.active[k];
        if (m.stopRule == null) {
            Arrays.fill(active, 0, n, inYears);
            running = inYears ? n : 0;
        } else {
            boolean[] stopped = s.stopped[k];
            for (int i = 0; i < n; i++) {
                active[i] = inYears && !stopped[i];
                running += active[i] ? 1 : 0;
            }
        }
        boolean any = running > 0;
        s.anyActive[k] = any;
        s.allActive[k] = running == n;
        s.running[k] = running;
        if (!any) {
            return;
        }
        double[][] p = s.params[k];
        for (int j : m.yearly) {
            p[j] = w.row(m.slots[j], t);
        }
        double[] before = s.rampBefore[k];
        if (m.rampParameter < 0) {
            if (before != null) {
                Arrays.fill(before, 0, n, m.age(t) > 1 ? 1 : 0);
            }
            return;
        }
        double[] ramp = s.ramp[k];
        int age = m.age(t);
        if (m.slots[m.rampParameter] == null || m.slots[m.rampParameter].input.isConstant()) {
            double years = p[m.rampParameter][0];
            Arrays.fill(ramp, 0, n, RampUp.ramp(age, years));
            if (before != null) {
                Arrays.fill(before, 0, n, RampUp.ramp(age - 1, years));
            }
        } else {
            double[] years = p[m.rampParameter];
            for (int i = 0; i < n; i++) {
                ramp[i] = RampUp.ramp(age, years[i]);
            }
            if (before != null) {
                for (int i = 0; i < n; i++) {
                    before[i] = RampUp.ramp(age - 1, years[i]);
                }
            }
        }
    }

    /** Model m's parameters that follow an index, in year t's euros: the drawn amount times the index's factor. */
    private static void index(Workspace w, State s, ModelRuntime m, int t, int n, Ledger l) {
        double[][] p = s.params[m.index];
        for (int j : m.indexedParams) {
            InputSlot slot = m.slots[j];
            double[] base = w.row(slot, slot.perYear ? t : 0);
            p[j] = Components.indexed(base, l.index[m.indexOf[j]][t], s.indexedRows[m.index][j], n);
        }
    }

    /** Evaluates model m's steps for year t over the chunk, after its demand multiplier; applies revenue-loss events. */
    private static void evaluate(Workspace w, State s, ModelRuntime m, int t, int n, Ledger l) {
        int k = m.index;
        double[] uplift = w.ones;
        if (!m.upliftSources.isEmpty()) {
            uplift = s.uplift;
            Arrays.fill(uplift, 0, n, 1);
        }
        for (int[] source : m.upliftSources) {
            int from = source[0];
            double[] value = s.params[from][source[1]];
            double[] ramp = s.ramp[from];
            if (s.allActive[from]) {
                for (int i = 0; i < n; i++) {
                    uplift[i] += value[i] * ramp[i];
                }
            } else if (s.anyActive[from]) {
                boolean[] on = s.active[from];
                for (int i = 0; i < n; i++) {
                    if (on[i]) {
                        uplift[i] += value[i] * ramp[i];
                    }
                }
            }
        }
        if (m.paid) {
            // the paying partner's share (its pool's members, or whether it still takes part) multiplies the demand
            double[] demand = l.demand[k][t];
            if (uplift == w.ones) {
                uplift = s.uplift;
                System.arraycopy(demand, 0, uplift, 0, n);
            } else {
                for (int i = 0; i < n; i++) {
                    uplift[i] *= demand[i];
                }
            }
        }
        ModelRows rows = s.rows[k];
        rows.uplift = uplift;
        rows.year = t;
        rows.age = m.age(t);
        List<Step> steps = m.model.steps();
        double[][] own = s.steps[k];
        for (int j = 0; j < own.length; j++) {
            rows.current[j] = steps.get(j).expr().rows(rows, own[j], n, s.scratch);
        }
        for (EventRuntime e : m.losses) {
            loseRevenue(w, e, t, s, m, n);
        }
    }

    /** A revenue-loss event: each revenue item in year t is cut by the event's share where it happened in the last {@code years} years. */
    private static void loseRevenue(Workspace w, EventRuntime e, int t, State s, ModelRuntime m, int n) {
        Event.RevenueLoss loss = (Event.RevenueLoss) e.event().impact();
        int from = Math.max(e.event().fromYear(), t - loss.years() + 1);
        int to = Math.min(t, e.event().toYear());
        if (from > to) {
            return;
        }
        double keep = 1 - loss.share();
        ModelRows rows = s.rows[m.index];
        for (ModelRuntime.Revenue r : m.revenues) {
            double[] own = s.steps[m.index][r.step()];
            double[] x = rows.current[r.step()];
            for (int i = 0; i < n; i++) {
                boolean hit = false;
                for (int u = from; u <= to; u++) {
                    hit |= e.at(w, u, i) > 0;
                }
                own[i] = hit ? x[i] * keep : x[i];
            }
            rows.current[r.step()] = own;
        }
    }

    /**
     * Books model m's year t: its totals (revenue from all payers, costs in cash, in kind by the
     * group that carries it), the ledger's revenue by payer, costs and in kind by group, its
     * one-off costs, the research projects it ran and the history of remembered steps. Iterations
     * where it does not run book nothing but a wind-down cost in the year after a stop. The totals
     * are summed first (zero where the model does not run) and booked once, so a model with many
     * items costs few loops.
     */
    private void book(State s, ModelRuntime m, int t, int n, Ledger l) {
        int k = m.index;
        double[] revenue = s.revenue[k];
        double[] cash = s.cash[k];
        double[][] kind = s.kind[k];
        ModelRows rows = s.rows[k];
        boolean any = s.anyActive[k];
        boolean[] active = s.allActive[k] ? null : s.active[k];
        boolean absorbed = t >= m.absorbFrom;
        total(revenue, rows.current, any ? m.revenueSteps : NONE, active, n);
        total(cash, rows.current, any ? (absorbed ? m.cashStepsAfter : m.cashSteps) : NONE, active, n);
        for (int g = 0; g < Ledger.GROUPS; g++) {
            if (kind[g] != null) {
                total(
                        kind[g],
                        rows.current,
                        any ? (absorbed ? m.inKindStepsAfter[g] : m.inKindSteps[g]) : NONE,
                        active,
                        n);
            }
        }
        for (int g = 0; g < Ledger.GROUPS; g++) {
            if (kind[g] != null && givers[k][g] != null && any) {
                leave(kind[g], cash, s.kept[giverSet[k][g]], n);
            }
        }
        if (any && vatSettings.stated()) {
            vat(s, m, t, n, l, active, absorbed ? m.cashStepsAfter : m.cashSteps, cash);
        }
        if (absorbed && any) {
            // the absorbing group carries these in its regular budget: booked as its in-kind, and not leaving with a
            // partner
            double[] row = l.absorbed[k][t];
            total(row, rows.current, m.absorbedSteps, active, n);
            add(kind[m.absorbedGroup], row, 1, null, n);
        } else if (absorbed) {
            Arrays.fill(l.absorbed[k][t], 0, n, 0);
        }
        if (active != null && m.stopRule != null && m.stopRule.windDownCost() > 0) {
            int[] windDown = s.windDownYear[k];
            double cost = m.stopRule.windDownCost();
            for (int i = 0; i < n; i++) {
                if (windDown[i] == t && !active[i]) {
                    cash[i] += cost;
                    l.lump[m.windDownLump][t][i] += cost;
                }
            }
        }
        add(l.costs[t], cash, 1, null, n);
        for (int g = 0; g < Ledger.GROUPS; g++) {
            if (kind[g] != null) {
                add(l.inKind[g][t], kind[g], 1, null, n);
            }
        }
        if (s.inKindTotal[k] != null) {
            double[] into = s.inKindTotal[k];
            boolean first = true;
            for (double[] row : kind) {
                if (row != null) {
                    if (first) {
                        System.arraycopy(row, 0, into, 0, n);
                    } else {
                        add(into, row, 1, null, n);
                    }
                    first = false;
                }
            }
            if (first) {
                Arrays.fill(into, 0, n, 0);
            }
        }
        if (!any) {
            return;
        }
        if (m.commonShares != null) {
            bookRevenue(l, t, revenue, m.commonShares, null, n);
        } else {
            for (ModelRuntime.Revenue r : m.revenues) {
                bookRevenue(l, t, rows.current[r.step()], r.shares(), active, n);
            }
        }
        int[] oneOff = absorbed ? m.oneOffCashStepsAfter : m.oneOffCashSteps;
        for (int j : oneOff) {
            add(l.lump[m.investmentLump][t], rows.current[j], 1, active, n);
        }
        if (m.provisionSteps.length > 0) {
            for (int j : m.provisionSteps) {
                add(l.provision[t], rows.current[j], 1, active, n);
            }
            for (int j : oneOff) {
                add(l.investment[t], rows.current[j], 1, active, n);
            }
        }
        if (m.projectsStep >= 0) {
            add(s.researchProjects, rows.current[m.projectsStep], 1, active, n);
        }
        for (int j : absorbed ? m.cashStepsAfter : m.cashSteps) {
            add(l.costsByType[m.costType[j]][t], rows.current[j], 1, active, n);
        }
        if (m.anyIneligible && t <= l.ineligibleTo) {
            for (int j : m.ineligibleCash) {
                add(l.ineligibleCosts[t], rows.current[j], 1, active, n);
            }
            for (int g = 0; g < Ledger.GROUPS; g++) {
                for (int j : m.ineligibleInKind[g]) {
                    add(l.ineligibleInKind[g][t], rows.current[j], 1, active, n);
                }
            }
        }
        for (int r = 0; r < 3; r++) {
            for (int j : m.reachSteps[r]) {
                add(l.reach[r][t], rows.current[j], 1, active, n);
            }
        }
        for (int j = 0; j < m.remembered.length; j++) {
            if (m.remembered[j]) {
                copy(rows.history[j][t], rows.current[j], active, n);
            }
        }
    }

    private static final int[] NONE = {};

    /**
     * Model m's VAT in year t (see {@code nl.ppsim.model.Vat}): input VAT on its cash costs that carry
     * VAT is deductible in its share of taxed in taxed plus exempt revenue; output VAT on taxed revenue
     * is charged to the customers. With costs that include VAT the deductible part lowers the model's
     * costs, without it the rest is added; with revenue that includes VAT the output VAT is paid to the
     * tax office out of it (a cost of the model), without it the customers pay it on top.
     */
    private void vat(
            State s, ModelRuntime m, int t, int n, Ledger l, boolean[] active, int[] cashSteps, double[] cash) {
        ModelRows rows = s.rows[m.index];
        double[] taxed = s.vatTaxed;
        double[] exempt = s.vatExempt;
        double[] base = s.vatBase;
        total(taxed, rows.current, m.vatTaxed, active, n);
        total(exempt, rows.current, m.vatExempt, active, n);
        Arrays.fill(base, 0, n, 0);
        for (int j : cashSteps) {
            if (m.carriesVat[j]) {
                add(base, rows.current[j], 1, active, n);
            }
        }
        double r = nl.ppsim.model.Vat.GENERAL_RATE;
        boolean costsIncl = vatSettings.costsIncludeVat();
        boolean revenueIncl = vatSettings.revenueIncludesVat();
        double[] charged = l.vatCharged[t];
        double[] deducted = l.vatDeducted[t];
        double[] stays = l.vatCost[t];
        double[] allTaxed = l.taxedRevenue[t];
        double[] allExempt = l.exemptRevenue[t];
        for (int i = 0; i < n; i++) {
            double sold = taxed[i] + exempt[i];
            double d = sold > 0 ? taxed[i] / sold : 0;
            double input = costsIncl ? base[i] * r / (1 + r) : base[i] * r;
            double off = d * input;
            double output = revenueIncl ? taxed[i] * r / (1 + r) : taxed[i] * r;
            cash[i] += (costsIncl ? -off : input - off) + (revenueIncl ? output : 0);
            charged[i] += output;
            deducted[i] += off;
            stays[i] += input - off;
            allTaxed[i] += taxed[i];
            allExempt[i] += exempt[i];
        }
    }

    /**
     * In-kind leaves with its giver: of what a group carries in kind this year, the share of its
     * givers that no longer take part ({@link Plan#givers}; nothing when none can stop) becomes a
     * cash cost of the model. The activity goes on at the scale its drivers say; the PPS pays what
     * the departed partner gave (docs/verduurzaming.md argues the choice).
     */
    private static void leave(double[] kind, double[] cash, double[] kept, int n) {
        for (int i = 0; i < n; i++) {
            double gone = kind[i] * (1 - kept[i]);
            kind[i] -= gone;
            cash[i] += gone;
        }
    }

    /** The share of a model's in-kind its givers still give in year t (see {@link Plan#givers}): one vectorisable loop per giver. */
    private static void kept(double[] kept, double[][] givers, Ledger l, int t, int n) {
        Arrays.fill(kept, 0, n, 0);
        for (double[] giver : givers) {
            double[] present = l.present[(int) giver[0]][t];
            double w = giver[1];
            for (int i = 0; i < n; i++) {
                kept[i] += w * present[i];
            }
        }
    }

    /** {@code into} = the sum of rows {@code steps} of {@code x} (0 where the model does not run, or with no steps). */
    private static void total(double[] into, double[][] x, int[] steps, boolean[] active, int n) {
        if (steps.length == 0) {
            Arrays.fill(into, 0, n, 0);
            return;
        }
        copy(into, x[steps[0]], active, n);
        for (int j = 1; j < steps.length; j++) {
            add(into, x[steps[j]], 1, active, n);
        }
    }

    /** {@code into[i] = x[i]} where the model runs ({@code active} null: everywhere), 0 elsewhere. */
    private static void copy(double[] into, double[] x, boolean[] active, int n) {
        if (active == null) {
            System.arraycopy(x, 0, into, 0, n);
        } else {
            for (int i = 0; i < n; i++) {
                into[i] = active[i] ? x[i] : 0;
            }
        }
    }

    /** Books revenue x by payer share: the external part into the PPS's revenue and each external payer's row. */
    private static void bookRevenue(Ledger l, int t, double[] x, double[] shares, boolean[] active, int n) {
        double external = 1 - shares[Payer.INTERN.ordinal()];
        if (external <= 0) {
            return;
        }
        add(l.revenue[t], x, external, active, n);
        for (int p = 0; p < Payer.EXTERNAL; p++) {
            if (shares[p] > 0) {
                add(l.revenueByPayer[p][t], x, shares[p], active, n);
            }
        }
    }

    /**
     * {@code into[i] += scale * x[i]} where the model runs ({@code active} null: everywhere); one
     * small loop per row, which the JIT vectorises.
     */
    private static void add(double[] into, double[] x, double scale, boolean[] active, int n) {
        if (active == null) {
            if (scale == 1) {
                for (int i = 0; i < n; i++) {
                    into[i] += x[i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    into[i] += scale * x[i];
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                into[i] += active[i] ? scale * x[i] : 0;
            }
        }
    }

    /**
     * Spreads each allocated overhead line of year t over the models: by fixed shares, or in
     * proportion to their cash costs this year (equally over the running models where none has
     * cash costs). The shares of a line add up to the line, so the PPS's totals do not change.
     */
    private void allocateOverhead(State s, int t, int n, Ledger l) {
        for (ModelRuntime m : models) {
            if (m.carriesOverhead) {
                Arrays.fill(s.overhead[m.index], 0, n, 0);
            }
        }
        for (int j = 0; j < allocations.size(); j++) {
            double[] line = l.overhead[j][t];
            if (!allocations.get(j).proportional()) {
                for (ModelRuntime m : models) {
                    double share = m.overheadShares[j];
                    if (share > 0) {
                        add(s.overhead[m.index], line, share, null, n);
                    }
                }
                continue;
            }
            double[] total = s.costTotal;
            double[] count = s.runningCount;
            Arrays.fill(total, 0, n, 0);
            Arrays.fill(count, 0, n, 0);
            for (ModelRuntime m : models) {
                double[] cash = s.cash[m.index];
                boolean[] active = s.active[m.index];
                for (int i = 0; i < n; i++) {
                    total[i] += cash[i];
                    count[i] += active[i] ? 1 : 0;
                }
            }
            for (ModelRuntime m : models) {
                double[] cash = s.cash[m.index];
                boolean[] active = s.active[m.index];
                double[] into = s.overhead[m.index];
                for (int i = 0; i < n; i++) {
                    double share = total[i] > 0 ? cash[i] / total[i] : active[i] ? 1 / count[i] : 0;
                    into[i] += line[i] * share;
                }
            }
        }
    }

    /**
     * Counts the years in a row with a margin below the rule's threshold once ramp-up is over, and
     * stops the model in an iteration when they reach the rule's number of years (wind-down costs
     * follow the next year). The margin is revenue minus cash costs, and with
     * {@code after_overhead} minus the model's overhead too.
     */
    private static void applyStopRule(State s, ModelRuntime m, int t, int n) {
        int k = m.index;
        StopRule rule = m.stopRule;
        double[] revenue = s.revenue[k];
        double[] cash = s.cash[k];
        double[] overhead = rule.afterOverhead() ? s.overhead[k] : s.zeros;
        // after_overhead is only allowed for a model that carries overhead (checked when the scenario is read)
        boolean[] active = s.active[k];
        int[] low = s.lowMarginYears[k];
        int age = m.age(t);
        double[] rampYears = m.rampParameter < 0 ? s.noRamp : s.params[k][m.rampParameter];
        double below = rule.marginBelow();
        int years = rule.years();
        boolean[] stopped = s.stopped[k];
        int[] windDown = s.windDownYear[k];
        // selects instead of branches: whether a margin is too low differs unpredictably between iterations
        for (int i = 0; i < n; i++) {
            boolean counts = active[i] & age > rampYears[i];
            int count = revenue[i] - cash[i] - overhead[i] < below ? low[i] + 1 : 0;
            low[i] = counts ? count : low[i];
            boolean stop = counts & count >= years;
            stopped[i] |= stop;
            windDown[i] = stop ? t + 1 : windDown[i];
        }
    }
}
