package nl.ppsim.engine.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.ppsim.engine.settings.ProgressListener;
import nl.ppsim.engine.settings.RunSettings;

/**
 * The shared state of one run (the plan, the block sums, the successes per block and, on request,
 * the per-iteration trace) and the work of one worker: it takes blocks of iterations in turn,
 * samples each chunk, applies the components and accounts the years (see {@link Accounting}).
 */
final class Run {
    final Plan plan;
    final int iterations;
    final int blocks;
    final int horizon;
    final int modelCount;
    final BlockSums sums;
    final long[] blockSuccesses;
    final Accounting.Trace trace;
    /** Which quantile sketches the run keeps (see {@link RunSettings.Quantiles}). */
    final RunSettings.Quantiles quantiles;

    final List<InputSlot> traced = new ArrayList<>();
    final List<InputSlot> correlated = new ArrayList<>();
    private final int modelStride;
    private final int metricStride;

    /** A run of {@code plan} with the settings' iterations, trace and quantiles (its seed, overrides and sampling are the plan's). */
    Run(Plan plan, RunSettings settings) {
        this.plan = plan;
        this.iterations = settings.iterations();
        this.quantiles = settings.quantiles();
        RunSettings.Trace level = settings.trace();
        this.horizon = plan.horizon;
        this.modelCount = plan.models.size();
        this.blocks = (iterations + RandomStreams.BLOCK_SIZE - 1) / RandomStreams.BLOCK_SIZE;
        this.sums = new BlockSums(
                horizon,
                modelCount,
                plan.lumps.size(),
                plan.events.size(),
                plan.scenario.partners().size());
        blockSuccesses = new long[blocks];
        modelStride = stride(iterations, Engine.MODEL_QUANTILE_SAMPLE);
        metricStride = stride(iterations, Engine.METRIC_QUANTILE_SAMPLE);
        boolean outcomes = level != RunSettings.Trace.NONE;
        boolean full = level == RunSettings.Trace.FULL;
        if (full) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (InputSlot slot : plan.slots) {
                if (!slot.input.isConstant() && seen.add(slot.input.path())) {
                    traced.add(slot);
                }
            }
        }
        if (full) {
            for (Copula c : plan.copulas) {
                correlated.addAll(java.util.Arrays.asList(c.slots));
            }
        }
        trace = new Accounting.Trace(
                outcomes ? new boolean[iterations] : null,
                outcomes ? new double[iterations] : null,
                traced.toArray(InputSlot[]::new),
                full ? new double[traced.size()][iterations] : null,
                full ? new double[modelCount][iterations] : null,
                correlated.toArray(InputSlot[]::new),
                new double[correlated.size()][iterations]);
    }

    /** A worker's accounting of this run into its tally {@code c}. */
    Accounting accounting(Tally c) {
        return new Accounting(plan, quantiles, c, sums, plan.lanes, modelStride, metricStride, trace);
    }

    /** Every k-th iteration by number gives at most about {@code sample} of {@code iterations}. */
    static int stride(int iterations, int sample) {
        return Math.max(1, (iterations + sample - 1) / sample);
    }

    /** A worker's empty tally for this run. */
    Tally tally() {
        return new Tally(horizon, modelCount, plan.lumps.size(), plan.events.size());
    }

    Tally work(AtomicInteger next, AtomicLong done, ProgressListener progress) {
        Workspace w = new Workspace(plan);
        Tally c = tally();
        Accounting accounting = accounting(c);
        w.sink = accounting;
        Component[] components = plan.components.toArray(Component[]::new);
        Joint.blocks(
                next,
                List.of(this),
                new Accounting[] {accounting},
                w,
                iterations,
                (r, block, first, lanes) -> flowsAndAccounts(w, accounting, components, block, first, lanes),
                n -> progress.progress(done.addAndGet(n), iterations));
        return c;
    }

    /**
     * A chunk's flows and accounts, on draws already in {@code w}: what this run does with every
     * chunk, whether it sampled the chunk itself or got the draws from runs made together with it
     * ({@link HeldRuns}, {@link SharedDraws}).
     */
    void flowsAndAccounts(Workspace w, Accounting accounting, Component[] components, int block, int first, int lanes) {
        w.ledger.clear(lanes);
        accounting.start(first, lanes);
        for (Component component : components) {
            component.apply(w, lanes, w.ledger);
        }
        accounting.account(w, block, blockSuccesses);
    }
}
