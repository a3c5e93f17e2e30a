package nl.ppsim.engine.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Distributions;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.SampledInput;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.Hold;
import nl.ppsim.engine.settings.ProgressListener;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.parallel.Workers;
import nl.ppsim.scenario.Scenario;

/**
 * The kernel's one door, for the engine's facade: compile a scenario to a {@link Plan}, and run
 * plans, held runs and variants in blocks of {@link RandomStreams#BLOCK_SIZE} iterations spread
 * over worker threads. Within a block, chunks of iterations go through sampling ({@link Workspace}),
 * flows ({@link Component}) and accounting ({@link Accounting}) together in structure-of-arrays
 * form, and the results do not depend on the chunk size. Memory does not grow with the number of
 * iterations: means come from per-block sums ({@link BlockSums}), quantiles from mergeable sketches
 * and probabilities from counts ({@link Tally}). Results are identical for any number of threads:
 * every block draws from its own substreams, block sums are added in block order, and sketches and
 * counts hold whole numbers, which add up the same in any order.
 *
 * <p>The parts, each in its own class: scheduling of blocks over threads (here), a run's shared
 * state and one worker's loop ({@link Run}), the block sums with typed accessors and their ordered
 * fold ({@link BlockSums}), the mergeable tally with {@code combine} ({@link Tally}), the year
 * accounting with the sustainability criteria ({@link Accounting}) and result assembly
 * ({@link Results}); {@code IterationAccount} in the tests has the same accounting for one
 * iteration, as the definitions read.
 */
public final class Engine {
    static final Metric[] METRICS = Metric.values();
    /**
     * Business-model quantiles come from at most about this many iterations, evenly spread (every
     * k-th iteration by number, so the same for any thread count); their means use every iteration.
     * With every catalog model in a scenario this keeps hundreds of sketch updates per iteration from
     * dominating large runs.
     */
    static final int MODEL_QUANTILE_SAMPLE = 16_384;
    /**
     * The yearly metrics' quantiles come from at most about this many iterations (2^20), evenly
     * spread in the same way; their means and every probability use every iteration. At 2^20
     * iterations the sampling error of a p05 is about 0.002 standard deviations, the size of the
     * sketches' own 0.1% resolution for a typical amount, so more iterations would sharpen the
     * probabilities, not these quantiles; the sketches took 40% of a 10,000,000-iteration run of
     * bench/small.yaml (see docs/performance.md). Runs up to this size keep every iteration.
     */
    static final int METRIC_QUANTILE_SAMPLE = 1 << 20;

    private Engine() {}

    /** The scenario compiled for the settings' seed, overrides and sampling. */
    public static Plan compile(Scenario scenario, RunSettings settings) {
        return new Plan(scenario, settings);
    }

    /**
     * A run with {@code lanes} iterations per chunk (0: the default). Results do not depend on it
     * (every sum gets its terms in iteration order, counts are integers); tests use it to show that.
     */
    static SimulationResult run(Scenario scenario, RunSettings settings, ProgressListener progress, int lanes) {
        return run(new Plan(scenario, settings, lanes), settings, progress);
    }

    /** A run of {@code plan} with {@code settings}' iterations, trace, quantiles and threads (its other settings are the plan's). */
    public static SimulationResult run(Plan plan, RunSettings settings, ProgressListener progress) {
        Run run = new Run(plan, settings);
        int threads = Math.min(Math.min(settings.threads(), run.blocks), threadsThatFit(plan));
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        List<Tally> tallies = onWorkers(threads, () -> run.work(next, done, progress));
        Tally total = tallies.get(0);
        for (int k = 1; k < tallies.size(); k++) {
            total.combine(tallies.get(k));
        }
        return new Results(run).result(total, settings.seed());
    }

    /**
     * One run per hold of {@code plan}, made in one pass that samples every chunk once
     * ({@link HeldRuns}); the holds that cannot share it run on their own with an override.
     */
    public static List<SimulationResult> held(
            Plan plan, RunSettings settings, List<Hold> holds, ProgressListener progress) {
        HeldRuns runs = heldRuns(plan, settings, holds);
        List<SimulationResult> out = new ArrayList<>(runs.results(progress));
        for (int h = 0; h < holds.size(); h++) {
            if (runs.alone(h)) {
                Hold hold = holds.get(h);
                Map<String, Distribution> overrides =
                        with(settings.overrides(), Map.of(hold.path(), Distributions.constant(hold.value())));
                RunSettings own = settings.withOverrides(overrides);
                out.set(h, run(new Plan(plan.scenario, own), own, ProgressListener.NONE));
            }
        }
        return out;
    }

    /** The holds' shared runs: on {@code plan}, or on a plan with a {@link HeldRuns#standIn} where they need it. */
    static HeldRuns heldRuns(Plan plan, RunSettings settings, List<Hold> holds) {
        Map<String, Distribution> standIn = HeldRuns.standIn(plan, holds);
        Plan shared = standIn.isEmpty()
                ? plan
                : new Plan(plan.scenario, settings.withOverrides(with(settings.overrides(), standIn)));
        return new HeldRuns(shared, settings, holds);
    }

    /**
     * Runs of variants of {@code plan}'s scenario on its draws ({@link SharedDraws}); a variant that
     * cannot share them runs on its own.
     */
    public static List<SimulationResult> variants(Plan plan, List<Scenario> variants, RunSettings settings) {
        return variants(plan, variants, java.util.Collections.nCopies(variants.size(), Map.of()), settings);
    }

    /**
     * As {@link #variants(Plan, List, RunSettings)}, each variant with inputs of its own set to other
     * distributions ({@code overrides}, by YAML path, on top of the settings' own): a variant's
     * overridden input is its own, every other input copies the scenario's draws.
     */
    public static List<SimulationResult> variants(
            Plan plan, List<Scenario> variants, List<Map<String, Distribution>> overrides, RunSettings settings) {
        List<RunSettings> own = new ArrayList<>();
        for (Map<String, Distribution> o : overrides) {
            own.add(o.isEmpty() ? settings : settings.withOverrides(with(settings.overrides(), o)));
        }
        SharedDraws draws = new SharedDraws(plan, variants, own, settings);
        List<SimulationResult> out = new ArrayList<>(draws.results());
        for (int v = 0; v < variants.size(); v++) {
            if (draws.alone(v)) {
                out.set(v, run(new Plan(variants.get(v), own.get(v)), own.get(v), ProgressListener.NONE));
            }
        }
        return out;
    }

    /** Every sampled input of {@code plan}, one per YAML path (for an input drawn in several spans, the longest), in scenario order. */
    public static List<SampledInput> inputs(Plan plan) {
        Map<String, InputSlot> slots = new LinkedHashMap<>();
        Map<String, Input> first = new LinkedHashMap<>();
        for (InputSlot slot : plan.slots) {
            slots.merge(slot.input.path(), slot, (a, b) -> a.toYear - a.fromYear >= b.toYear - b.fromYear ? a : b);
            first.putIfAbsent(slot.input.path(), slot.input);
        }
        return slots.values().stream()
                .map(s -> new SampledInput(first.get(s.input.path()), s.perYear, s.fromYear, s.toYear, s.persistence))
                .toList();
    }

    /** The uncertain inputs of {@code inputs}, in their order. */
    public static List<Input> uncertain(List<SampledInput> inputs) {
        return inputs.stream()
                .map(SampledInput::input)
                .filter(in -> !in.isConstant())
                .toList();
    }

    /**
     * Runs {@code work} on {@code threads} worker threads at once (in this thread when one) and
     * returns what each returned; a worker's failure is rethrown as it was.
     */
    static <T> List<T> onWorkers(int threads, java.util.concurrent.Callable<T> work) {
        return Workers.all(threads, work);
    }

    /** The bytes a {@link RunSettings.Trace#FULL} trace of {@code iterations} would take (it grows with the iterations). */
    public static long fullTraceBytes(Plan plan, int iterations) {
        long inputs = plan.slots.stream()
                .filter(s -> !s.input.isConstant())
                .map(s -> s.input.path())
                .distinct()
                .count();
        long correlated = plan.copulas.stream().mapToLong(c -> c.slots.length).sum();
        return (inputs + correlated + plan.models.size() + 2) * (long) iterations * 8;
    }

    /**
     * How many worker threads' buffers for {@code plan} fit in half the memory Java may use.
     * Results do not depend on it.
     */
    public static int threadsThatFit(Plan plan) {
        long budget = Runtime.getRuntime().maxMemory() / 2;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, budget / Math.max(1, plan.workerBytes())));
    }

    private static Map<String, Distribution> with(Map<String, Distribution> a, Map<String, Distribution> b) {
        Map<String, Distribution> out = new HashMap<>(a);
        out.putAll(b);
        return out;
    }
}
