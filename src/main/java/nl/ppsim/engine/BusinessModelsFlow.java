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
        final boolean[][] stopped;
        final int[][] lowMarginYears;
        final int[][] windDownYear;
        final ModelYear year;
        final Flows flows;

        State(List<ModelRuntime> models, int lanes) {
            int n = models.size();
            params = new double[n][][];
            for (ModelRuntime m : models) {
                params[m.index] = new double[m.slots.length][];
            }
            ramp = new double[n][lanes];
            active = new boolean[n][lanes];
            anyActive = new boolean[n];
            stopped = new boolean[n][lanes];
            lowMarginYears = new int[n][lanes];
            windDownYear = new int[n][lanes];
            year = new ModelYear(lanes);
            flows = new Flows(lanes);
        }
    }

    @Override
    public void apply(Workspace w, int n, Ledger l) {
        State s = w.modelState;
        int horizon = l.horizon();
        for (ModelRuntime m : models) {
            int k = m.index;
            Arrays.fill(s.stopped[k], 0, n, false);
            Arrays.fill(s.lowMarginYears[k], 0, n, 0);
            Arrays.fill(s.windDownYear[k], 0, n, 0);
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
        boolean any = false;
        boolean[] active = s.active[k];
        boolean[] stopped = s.stopped[k];
        for (int i = 0; i < n; i++) {
            active[i] = inYears && !stopped[i];
            any |= active[i];
        }
        s.anyActive[k] = any;
        if (!any) {
            return;
        }
        double[][] p = s.params[k];
        for (int j : m.yearly) {
            p[j] = w.row(m.slots[j], t);
        }
        double[] ramp = s.ramp[k];
        if (m.rampParameter < 0) {
            Arrays.fill(ramp, 0, n, 1);
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
        f.clear(n);
        if (s.anyActive[k]) {
            double[] uplift = y.uplift;
            Arrays.fill(uplift, 0, n, 1);
            for (int[] source : m.upliftSources) {
                boolean[] on = s.active[source[0]];
                double[] value = s.params[source[0]][source[1]];
                double[] ramp = s.ramp[source[0]];
                for (int i = 0; i < n; i++) {
                    if (on[i]) {
                        uplift[i] += value[i] * ramp[i];
                    }
                }
            }
            y.age = m.age(t);
            y.ramp = s.ramp[k];
            m.model.formula().year(s.params[k], y, f, n);
        }
        book(s, m, t, n, l);
        w.sink.accept(k, t, f.revenue, f.costs, f.inKind, s.active[k], n);
    }

    /** Books the flows of the iterations that ran the model, applies its stop rule, and zeroes the others (wind-down costs aside). */
    private static void book(State s, ModelRuntime m, int t, int n, Ledger l) {
        int k = m.index;
        BusinessModel def = m.model;
        Flows f = s.flows;
        boolean[] active = s.active[k];
        boolean research = def.runsResearchProjects();
        StopRule rule = m.stopRule;
        int age = m.age(t);
        double[] rampYears = m.rampParameter < 0 ? null : s.params[k][m.rampParameter];
        double[] revenue = l.revenue[t];
        double[] byPayer = l.revenueByPayer[m.payer][t];
        double[] costs = l.costs[t];
        double[] inKind = l.inKind[m.inKindGroup][t];
        int[] low = s.lowMarginYears[k];
        int[] windDown = s.windDownYear[k];
        for (int i = 0; i < n; i++) {
            if (!active[i]) {
                f.revenue[i] = 0;
                f.inKind[i] = 0;
                f.costs[i] = 0;
                if (windDown[i] == t) {
                    double cost = rule.windDownCost();
                    costs[i] += cost;
                    f.costs[i] = cost;
                }
                continue;
            }
            if (research) {
                s.year.researchProjects[i] += f.projects[i];
            }
            revenue[i] += f.revenue[i];
            byPayer[i] += f.revenue[i];
            costs[i] += f.costs[i];
            inKind[i] += f.inKind[i];
            if (rule != null && age > (rampYears == null ? 0 : rampYears[i])) {
                if (f.revenue[i] - f.costs[i] < rule.marginBelow()) {
                    low[i]++;
                } else {
                    low[i] = 0;
                }
                if (low[i] >= rule.years()) {
                    s.stopped[k][i] = true;
                    windDown[i] = t + 1;
                }
            }
        }
    }
}
