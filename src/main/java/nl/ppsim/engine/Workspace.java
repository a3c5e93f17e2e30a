package nl.ppsim.engine;

import org.apache.commons.rng.UniformRandomProvider;

/** One worker thread's buffers: the sampled inputs of the current block and the ledger. */
final class Workspace {
    final Plan plan;
    final double[][] values;
    final Ledger ledger;
    final BusinessModelsFlow.State modelState;

    Workspace(Plan plan) {
        this.plan = plan;
        values = new double[plan.slots.size()][];
        for (InputSlot s : plan.slots) {
            values[s.index] = new double[s.bufferLength(plan.horizon)];
            if (s.input.isConstant()) {
                java.util.Arrays.fill(values[s.index], Math.max(s.floor, s.input.distribution().quantile(0.5)));
            }
        }
        ledger = new Ledger(plan.horizon, plan.models.size());
        modelState = new BusinessModelsFlow.State(plan.models);
    }

    /** Draws every non-constant input for the {@code n} iterations of block {@code block}. */
    void sample(long block, int n) {
        for (InputSlot s : plan.slots) {
            if (s.input.isConstant()) {
                continue;
            }
            Distribution d = s.input.distribution();
            double[] buf = values[s.index];
            for (int t = s.fromYear; t <= s.toYear; t++) {
                UniformRandomProvider rng = RandomStreams.substream(s.keys[t], block);
                int base = s.offset(0, t);
                for (int i = 0; i < n; i++) {
                    double x = d.quantile(RandomStreams.uniform(rng));
                    buf[base + i] = x < s.floor ? s.floor : x;
                }
            }
        }
    }

    /** The draw of a slot for iteration {@code i} of this block in year {@code t}. */
    double value(InputSlot s, int i, int t) {
        return values[s.index][s.offset(i, t)];
    }
}
