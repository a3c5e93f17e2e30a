package nl.ppsim.engine;

import org.apache.commons.rng.UniformRandomProvider;

/** One worker thread's buffers: the sampled inputs of the current block and the ledger. */
final class Workspace {
    final Plan plan;
    final double[][] values;
    final Ledger ledger;
    final BusinessModelsFlow.State modelState;
    private final int[] permutation = new int[RandomStreams.BLOCK_SIZE];
    private final double[] copulaZ;
    private final double[] copulaMixed;

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
        int widest = plan.copulas.stream().mapToInt(c -> c.slots.length).max().orElse(0);
        copulaZ = new double[widest];
        copulaMixed = new double[widest];
    }

    /**
     * Draws every non-constant input for the {@code n} iterations of block {@code block}: first the
     * uniforms of each input's substream (stratified within the block for Latin hypercube
     * sampling), then the copula mixes the uniforms of correlated inputs, then each input's
     * quantile function turns its uniforms into values.
     */
    void sample(long block, int n) {
        boolean lhs = plan.sampling == RunSettings.Sampling.LHS;
        for (InputSlot s : plan.slots) {
            if (s.input.isConstant()) {
                continue;
            }
            double[] buf = values[s.index];
            for (int t = s.fromYear; t <= s.toYear; t++) {
                UniformRandomProvider rng = RandomStreams.substream(s.keys[t], block);
                int base = s.offset(0, t);
                for (int i = 0; i < n; i++) {
                    buf[base + i] = RandomStreams.uniform(rng);
                }
                if (lhs) {
                    for (int i = 0; i < n; i++) {
                        permutation[i] = i;
                    }
                    for (int i = n - 1; i > 0; i--) {
                        int j = rng.nextInt(i + 1);
                        int tmp = permutation[i];
                        permutation[i] = permutation[j];
                        permutation[j] = tmp;
                    }
                    for (int i = 0; i < n; i++) {
                        buf[base + i] = (permutation[i] + buf[base + i]) / n;
                    }
                }
            }
        }
        for (Copula c : plan.copulas) {
            c.apply(values, n, copulaZ, copulaMixed);
        }
        for (InputSlot s : plan.slots) {
            if (s.input.isConstant()) {
                continue;
            }
            Distribution d = s.input.distribution();
            double[] buf = values[s.index];
            for (int t = s.fromYear; t <= s.toYear; t++) {
                int base = s.offset(0, t);
                for (int i = 0; i < n; i++) {
                    double x = d.quantile(buf[base + i]);
                    buf[base + i] = x < s.floor ? s.floor : x;
                }
            }
        }
    }

    /** The mean of an input's draws over its years for iteration {@code i}: one value per driver. */
    double driver(InputSlot s, int i) {
        if (!s.perYear) {
            return values[s.index][i];
        }
        double sum = 0;
        for (int t = s.fromYear; t <= s.toYear; t++) {
            sum += values[s.index][s.offset(i, t)];
        }
        return sum / (s.toYear - s.fromYear + 1);
    }

    /** The draw of a slot for iteration {@code i} of this block in year {@code t}. */
    double value(InputSlot s, int i, int t) {
        return values[s.index][s.offset(i, t)];
    }
}
