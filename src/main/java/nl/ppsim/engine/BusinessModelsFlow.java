package nl.ppsim.engine;

import java.util.Arrays;
import java.util.List;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Flows;
import nl.ppsim.model.ModelYear;
import nl.ppsim.scenario.StopRule;

/**
 * All business models of a scenario, simulated together year by year because they interact:
 * network and sales office raise the others' demand, research projects bring the laboratorium
 * rental hours, and a stop rule ends a model after years of too low a margin. Models that read
 * the research projects run after the others. Works on a chunk of iterations at once: each
 * model's formula runs once per year over the chunk, reading its parameters straight from the
 * sampled rows; whether a model runs is tracked per iteration, since stop rules differ by draw.
 */
final class BusinessModelsFlow implements Component {
    private final List<ModelRuntime> models;
    private final int[] order;

    BusinessModelsFlow(List<ModelRuntime> models) {
        this.models = models;
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

    /** Per-worker scratch state of the models for one chunk; per-iteration arrays are indexed [model][i]. */
    static final class State {
        /** Parameter j of model k for the chunk: a row of the sampled values (no copies). */
        final double[][][] params;
        final double[][] ramp;
        final boolean[][] active;
        final boolean[] anyActive;
        final boolean[] allActive;
        /** In how many iterations of the chunk each model runs this year. */
        final int[] running;
        final boolean[][] stopped;
        final int[][] lowMarginYears;
        final int[][] windDownYear;
        final ModelYear year;
        final Flows flows;
        /** The ramp-up years of a model without a ramp-up parameter: all 0, never written. */
        final double[] noRamp;
        /** Where the engine writes the multipliers of a model that has sources. */
        final double[] uplift;

        State(List<ModelRuntime> models, int lanes) {
            int n = models.size();
            params = new double[n][][];
            for (ModelRuntime m : models) {
                params[m.index] = new double[m.slots.length][];
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
            year = new ModelYear(lanes);
            flows = new Flows(lanes);
            noRamp = new double[lanes];
            uplift = year.uplift;
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
        }
        ModelYear y = s.year;
        for (int t = 1; t <= horizon; t++) {
            for (ModelRuntime m : models) {
                startYear(w, s, m, t, n);
            }
            Arrays.fill(y.researchProjects, 0, n, 0);
            for (int k : order) {
                year(w, s, models.get(k), t, n, l);
            }
        }
    }

    /** Which iterations run model m in year t, its parameter rows for the year and its ramp-up. */
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
        if (m.rampParameter < 0) {
            return;
        }
        double[] ramp = s.ramp[k];
        if (m.slots[m.rampParameter] == null || m.slots[m.rampParameter].input.isConstant()) {
            Arrays.fill(ramp, 0, n, ModelYear.ramp(m.age(t), p[m.rampParameter][0]));
        } else {
            int age = m.age(t);
            double[] years = p[m.rampParameter];
            for (int i = 0; i < n; i++) {
                ramp[i] = ModelYear.ramp(age, years[i]);
            }
        }
    }

    private static void year(Workspace w, State s, ModelRuntime m, int t, int n, Ledger l) {
        int k = m.index;
        ModelYear y = s.year;
        Flows f = s.flows;
        if (s.anyActive[k]) {
            f.clear(n, m.unwritten);
            double[] uplift = w.ones;
            if (!m.upliftSources.isEmpty()) {
                uplift = s.uplift;
                Arrays.fill(uplift, 0, n, 1);
            }
            y.uplift = uplift;
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
                y.uplift = uplift;
            }
            y.age = m.age(t);
            y.ramp = s.ramp[k];
            m.model.formula().year(s.params[k], y, f, n);
            for (EventRuntime e : m.losses) {
                loseRevenue(w, e, t, f, n);
            }
        }
        book(s, m, t, n, l);
        w.sink.accept(k, t, f.revenue, f.costs, f.inKind, s.running[k], n);
    }

    /** A revenue-loss event: the model's revenue in year t is cut by its share where the event happened in the last {@code years} years. */
    private static void loseRevenue(Workspace w, EventRuntime e, int t, Flows f, int n) {
        nl.ppsim.scenario.Event.RevenueLoss loss = (nl.ppsim.scenario.Event.RevenueLoss) e.event().impact();
        int from = Math.max(e.event().fromYear(), t - loss.years() + 1);
        int to = Math.min(t, e.event().toYear());
        if (from > to) {
            return;
        }
        double keep = 1 - loss.share();
        for (int i = 0; i < n; i++) {
            boolean hit = false;
            for (int u = from; u <= to; u++) {
                hit |= e.at(w, u, i) > 0;
            }
            f.revenue[i] = hit ? f.revenue[i] * keep : f.revenue[i];
        }
    }

    /** Books the flows of the iterations that ran the model, applies its stop rule, and zeroes the others (wind-down costs aside). */
    private static void book(State s, ModelRuntime m, int t, int n, Ledger l) {
        int k = m.index;
        Flows f = s.flows;
        double[] revenue = l.revenue[t];
        double[] byPayer = l.revenueByPayer[m.payer][t];
        double[] costs = l.costs[t];
        double[] inKind = l.inKind[m.inKindGroup][t];
        double[] research = m.model.runsResearchProjects() ? s.year.researchProjects : null;
        if (s.allActive[k]) {
            add(revenue, f.revenue, n);
            add(byPayer, f.revenue, n);
            add(costs, f.costs, n);
            add(inKind, f.inKind, n);
            if (research != null) {
                for (int i = 0; i < n; i++) {
                    research[i] += f.projects[i];
                }
            }
            if (m.investmentLump >= 0) {
                add(l.lump[m.investmentLump][t], f.oneOff, n);
            }
        } else {
            bookSome(s, m, t, n, l);
        }
        if (m.stopRule != null && s.anyActive[k]) {
            applyStopRule(s, m, t, n);
        }
    }

    /** {@code into[i] += x[i]}: one loop per row, which the JIT vectorises (a loop over four rows at once it does not). */
    private static void add(double[] into, double[] x, int n) {
        for (int i = 0; i < n; i++) {
            into[i] += x[i];
        }
    }

    /** Booking when the model does not run in every iteration of the chunk (stopped in some, or outside its years). */
    private static void bookSome(State s, ModelRuntime m, int t, int n, Ledger l) {
        int k = m.index;
        Flows f = s.flows;
        boolean[] active = s.active[k];
        int[] windDown = s.windDownYear[k];
        double[] costs = l.costs[t];
        double[] research = m.model.runsResearchProjects() ? s.year.researchProjects : null;
        for (int i = 0; i < n; i++) {
            if (active[i]) {
                if (research != null) {
                    research[i] += f.projects[i];
                }
                l.revenue[t][i] += f.revenue[i];
                l.revenueByPayer[m.payer][t][i] += f.revenue[i];
                costs[i] += f.costs[i];
                l.inKind[m.inKindGroup][t][i] += f.inKind[i];
                if (m.investmentLump >= 0) {
                    l.lump[m.investmentLump][t][i] += f.oneOff[i];
                }
            } else {
                f.revenue[i] = 0;
                f.inKind[i] = 0;
                f.costs[i] = 0;
                if (windDown[i] == t) {
                    double cost = m.stopRule.windDownCost();
                    costs[i] += cost;
                    f.costs[i] = cost;
                    if (m.windDownLump >= 0) {
                        l.lump[m.windDownLump][t][i] += cost;
                    }
                }
            }
        }
    }

    /**
     * Counts the years in a row with a margin below the rule's threshold once ramp-up is over, and
     * stops the model in an iteration when they reach the rule's number of years (wind-down costs
     * follow the next year).
     */
    private static void applyStopRule(State s, ModelRuntime m, int t, int n) {
        int k = m.index;
        StopRule rule = m.stopRule;
        Flows f = s.flows;
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
            int count = f.revenue[i] - f.costs[i] < below ? low[i] + 1 : 0;
            low[i] = counts ? count : low[i];
            boolean stop = counts & count >= years;
            stopped[i] |= stop;
            windDown[i] = stop ? t + 1 : windDown[i];
        }
    }
}
