package nl.ppsim.engine;

import java.util.List;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Flows;
import nl.ppsim.model.ModelYear;
import nl.ppsim.scenario.StopRule;

/**
 * All business models of a scenario, simulated together year by year because they interact:
 * network and sales office raise the others' demand, research projects bring the laboratorium
 * rental hours, and a stop rule ends a model after years of too low a margin. Models that read
 * the research projects run after the others.
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

    /** Per-worker scratch state of the models for one iteration. */
    static final class State {
        final double[][] params;
        final double[] ramp;
        final boolean[] active;
        final boolean[] stopped;
        final int[] lowMarginYears;
        final int[] windDownYear;
        final ModelYear year = new ModelYear();
        final Flows flows = new Flows();

        State(List<ModelRuntime> models) {
            int n = models.size();
            params = new double[n][];
            for (ModelRuntime m : models) {
                params[m.index] = new double[m.slots.length];
            }
            ramp = new double[n];
            active = new boolean[n];
            stopped = new boolean[n];
            lowMarginYears = new int[n];
            windDownYear = new int[n];
        }
    }

    @Override
    public void apply(Workspace w, int i, Ledger l) {
        State s = w.modelState;
        int horizon = l.revenue.length - 1;
        java.util.Arrays.fill(s.stopped, false);
        java.util.Arrays.fill(s.lowMarginYears, 0);
        java.util.Arrays.fill(s.windDownYear, 0);
        for (ModelRuntime m : models) {
            double[] p = s.params[m.index];
            for (int j = 0; j < p.length; j++) {
                InputSlot slot = m.slots[j];
                if (slot == null) {
                    p[j] = Double.POSITIVE_INFINITY;
                } else if (!slot.perYear) {
                    p[j] = w.value(slot, i, 0);
                }
            }
            java.util.Arrays.fill(l.modelRevenue[m.index], 0);
            java.util.Arrays.fill(l.modelCosts[m.index], 0);
            java.util.Arrays.fill(l.modelInKind[m.index], 0);
            java.util.Arrays.fill(l.modelRunning[m.index], 0);
        }
        for (int t = 1; t <= horizon; t++) {
            for (ModelRuntime m : models) {
                int k = m.index;
                s.active[k] = m.inYears(t) && !s.stopped[k];
                if (!s.active[k]) {
                    continue;
                }
                double[] p = s.params[k];
                for (int j : m.yearly) {
                    p[j] = w.value(m.slots[j], i, t);
                }
                s.ramp[k] = m.rampParameter < 0 ? 1 : ModelYear.ramp(m.age(t), p[m.rampParameter]);
            }
            double research = 0;
            for (int k : order) {
                ModelRuntime m = models.get(k);
                if (!s.active[k]) {
                    if (s.windDownYear[k] == t) {
                        double cost = m.stopRule.windDownCost();
                        l.costs[t] += cost;
                        l.modelCosts[k][t] += cost;
                    }
                    continue;
                }
                double uplift = 1;
                for (int[] source : m.upliftSources) {
                    if (s.active[source[0]]) {
                        uplift += s.params[source[0]][source[1]] * s.ramp[source[0]];
                    }
                }
                ModelYear y = s.year;
                y.age = m.age(t);
                y.ramp = s.ramp[k];
                y.uplift = uplift;
                y.researchProjects = research;
                Flows f = s.flows;
                f.clear();
                BusinessModel def = m.model;
                def.formula().year(s.params[k], y, f);
                if (def.runsResearchProjects()) {
                    research += f.projects;
                }
                l.addRevenue(t, f.revenue, m.payer);
                l.costs[t] += f.costs;
                l.inKind[m.inKindGroup][t] += f.inKind;
                l.modelRevenue[k][t] += f.revenue;
                l.modelCosts[k][t] += f.costs;
                l.modelInKind[k][t] += f.inKind;
                l.modelRunning[k][t] = 1;
                StopRule rule = m.stopRule;
                if (rule != null && y.age > rampYears(m, s)) {
                    if (f.revenue - f.costs < rule.marginBelow()) {
                        s.lowMarginYears[k]++;
                    } else {
                        s.lowMarginYears[k] = 0;
                    }
                    if (s.lowMarginYears[k] >= rule.years()) {
                        s.stopped[k] = true;
                        s.windDownYear[k] = t + 1;
                    }
                }
            }
        }
    }

    private static double rampYears(ModelRuntime m, State s) {
        return m.rampParameter < 0 ? 0 : s.params[m.index][m.rampParameter];
    }
}
