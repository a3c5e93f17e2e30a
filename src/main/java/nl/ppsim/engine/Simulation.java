package nl.ppsim.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Distributions;
import nl.ppsim.dist.Input;
import nl.ppsim.scenario.Scenario;

/**
 * The Monte Carlo engine: simulates a scenario's yearly cash and in-kind flows in blocks of
 * {@link RandomStreams#BLOCK_SIZE} iterations spread over worker threads; within a block, chunks of
 * iterations go through sampling ({@link Workspace}), flows ({@link Component}) and accounting
 * ({@link Accounting}) together in structure-of-arrays form, and the results do not depend on the
 * chunk size. A library: no I/O. Memory does not grow with the number of iterations: means come
 * from per-block sums ({@link BlockSums}), quantiles from mergeable sketches and probabilities from
 * counts ({@link Tally}). Results are identical for any number of threads: every block draws from
 * its own substreams, block sums are added in block order, and sketches and counts hold whole
 * numbers, which add up the same in any order.
 *
 * <p>The parts, each in its own class: scheduling of blocks over threads (here), a run's shared
 * state and one worker's loop ({@link Run}), the block sums with typed accessors and their ordered
 * fold ({@link BlockSums}), the mergeable tally with {@code combine} ({@link Tally}), the year
 * accounting with the sustainability criteria ({@link Accounting}) and result assembly
 * ({@link Results}).
 *
 * <p>What is counted as verduurzaamd is the scenario's {@link nl.ppsim.scenario.Sustainability}
 * criterion; {@link Accounting} has the yearly accounting, and {@code IterationAccount} in the tests the
 * same for one iteration, as the definitions read.
 */
public final class Simulation {

    static final Metric[] METRICS = Metric.values();
    /**
     * Business-model quantiles come from at most about this many iterations, evenly spread (every
     * k-th iteration by number, so the same for any thread count); their means use every iteration.
     * With every catalog model in a scenario this keeps hundreds of sketch updates per iteration from dominating large runs.
     */
    static final int MODEL_QUANTILE_SAMPLE = 16_384;

    private Simulation() {}

    /** Runs the scenario with the settings, without progress reports. */
    public static SimulationResult run(Scenario scenario, RunSettings settings) {
        return run(scenario, settings, ProgressListener.NONE);
    }

    /**
     * The plan as planned: every input at its planned value ({@link Distribution#planned}: a
     * stated value, the mode of a triangular or PERT, otherwise the mean), so that every iteration
     * is the same and the result is the same for any seed. A partner then renews when its renewal
     * probability is above one half (its decision draw is 0.5), a pool loses and gains its median
     * members, and no risk event happens. Used to judge rules on the budget as planned.
     * {@code uncertain} are the scenario's uncertain inputs (a run's {@link SimulationResult#inputs}).
     */
    public static SimulationResult planned(Scenario scenario, List<Input> uncertain) {
        java.util.Map<String, Distribution> fixed = new java.util.LinkedHashMap<>();
        for (Input in : uncertain) {
            if (!in.isConstant()) {
                fixed.put(in.path(), Distributions.constant(in.distribution().planned()));
            }
        }
        return run(scenario, new RunSettings(3, 1, 1).withOverrides(fixed));
    }

    /** Runs the scenario with the settings, reporting progress (iterations done of the total) as it goes. */
    public static SimulationResult run(Scenario scenario, RunSettings settings, ProgressListener progress) {
        return run(scenario, settings, progress, 0);
    }

    /**
     * With {@code lanes} iterations per chunk (0: the default). Results do not depend on it (every
     * sum gets its terms in iteration order, counts are integers); tests use it to show that.
     */
    static SimulationResult run(Scenario scenario, RunSettings settings, ProgressListener progress, int lanes) {
        return run(new Plan(scenario, settings, lanes), settings, progress);
    }

    /** A run of a compiled plan with {@code settings}' iterations and trace (its other settings are the plan's). */
    static SimulationResult run(Plan plan, RunSettings settings, ProgressListener progress) {
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
     * Runs {@code work} on {@code threads} worker threads at once (in this thread when one) and
     * returns what each returned; a worker's failure is rethrown as it was.
     */
    static <T> List<T> onWorkers(int threads, java.util.concurrent.Callable<T> work) {
        return Workers.all(threads, work);
    }

    /** The bytes a {@link RunSettings.Trace#FULL} trace of {@code iterations} would take (it grows with the iterations). */
    static long fullTraceBytes(Plan plan, int iterations) {
        long inputs = plan.slots.stream()
                .filter(s -> !s.input.isConstant())
                .map(s -> s.input.path())
                .distinct()
                .count();
        long correlated = plan.copulas.stream().mapToLong(c -> c.slots.length).sum();
        return (inputs + correlated + plan.models.size() + 2) * (long) iterations * 8;
    }

    static int threadsThatFit(Plan plan) {
        long budget = Runtime.getRuntime().maxMemory() / 2;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, budget / Math.max(1, plan.workerBytes())));
    }
}
