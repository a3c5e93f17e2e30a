package nl.ppsim.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.stats.Proportion;
import nl.ppsim.stats.QuantileSketch;
import nl.ppsim.stats.Summary;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Distributions;
import nl.ppsim.dist.Input;

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
 * <p>What is counted as verduurzaamd is the scenario's {@link nl.ppsim.scenario.Sustainability}
 * criterion; {@link Accounting} has the yearly accounting and {@link IterationAccount} the same for
 * one iteration, as the definitions read.
 */
public final class Simulation {

    static final Metric[] METRICS = Metric.values();
    /** Per business model: revenue, costs, margin, in-kind. */
    /** Per model and year: revenue, costs, margin, in kind, overhead, margin after overhead. */
    static final int MODEL_METRICS = 6;
    /**
     * Business-model quantiles come from at most about this many iterations, evenly spread (every
     * k-th iteration by number, so the same for any thread count); their means use every iteration.
     * With every catalog model in a scenario this keeps hundreds of sketch updates per iteration from dominating large runs.
     */
    static final int MODEL_QUANTILE_SAMPLE = 16_384;

    private Simulation() {
    }

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
     */
    public static SimulationResult planned(Scenario scenario) {
        java.util.Map<String, Distribution> fixed = new java.util.LinkedHashMap<>();
        for (Input in : Inputs.all(scenario)) {
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
        Plan plan = new Plan(scenario, settings, lanes);
        Run run = new Run(plan, settings.iterations(), settings.trace());
        int threads = Math.min(Math.min(settings.threads(), run.blocks), threadsThatFit(plan));
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        List<Tally> tallies = new ArrayList<>();
        if (threads == 1) {
            tallies.add(run.work(next, done, progress));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "ppsim-worker");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Tally>> futures = new ArrayList<>();
                for (int k = 0; k < threads; k++) {
                    futures.add(pool.submit(() -> run.work(next, done, progress)));
                }
                for (Future<Tally> f : futures) {
                    tallies.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("simulation interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } finally {
                pool.shutdownNow();
            }
        }
        Tally total = tallies.get(0);
        for (int k = 1; k < tallies.size(); k++) {
            total.combine(tallies.get(k));
        }
        return run.result(total, settings.seed());
    }

    /**
     * How many worker threads a run of {@code scenario} can use at most: as many as the settings ask,
     * unless their buffers together would take more than half of the memory Java may use (only for
     * very wide scenarios, mostly under Latin hypercube sampling, whose chunk is a whole block).
     * Results do not depend on it; the command line says when it is below the threads asked for.
     */
    public static int threads(Scenario scenario, RunSettings settings) {
        return Math.min(settings.threads(), threadsThatFit(new Plan(scenario, settings)));
    }

    /** The bytes a {@link RunSettings.Trace#FULL} trace of {@code iterations} would take (it grows with the iterations). */
    public static long fullTraceBytes(Scenario scenario, int iterations) {
        Plan plan = new Plan(scenario, new RunSettings(1, scenario.seed(), 1));
        long inputs = plan.slots.stream().filter(s -> !s.input.isConstant()).map(s -> s.input.path()).distinct().count();
        long correlated = plan.copulas.stream().mapToLong(c -> c.slots.length).sum();
        return (inputs + correlated + plan.models.size() + 2) * (long) iterations * 8;
    }

    private static int threadsThatFit(Plan plan) {
        long budget = Runtime.getRuntime().maxMemory() / 2;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, budget / Math.max(1, plan.workerBytes())));
    }

    /** The shared state of one run: the plan, the block sums and (on request) the per-iteration trace. */
    private static final class Run {
        final Plan plan;
        final int iterations;
        final int blocks;
        final int horizon;
        final int modelCount;
        final BlockSums sums;
        final long[] blockSuccesses;
        final Accounting.Trace trace;
        final List<InputSlot> traced = new ArrayList<>();
        final List<InputSlot> correlated = new ArrayList<>();
        private final int modelStride;

        Run(Plan plan, int iterations, RunSettings.Trace level) {
            this.plan = plan;
            this.iterations = iterations;
            this.horizon = plan.horizon;
            this.modelCount = plan.models.size();
            this.blocks = (iterations + RandomStreams.BLOCK_SIZE - 1) / RandomStreams.BLOCK_SIZE;
            this.sums = new BlockSums(horizon, modelCount, plan.lumps.size(), plan.events.size());
            blockSuccesses = new long[blocks];
            modelStride = Math.max(1, (iterations + MODEL_QUANTILE_SAMPLE - 1) / MODEL_QUANTILE_SAMPLE);
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
            trace = new Accounting.Trace(outcomes ? new boolean[iterations] : null, outcomes ? new double[iterations] : null,
                    traced.toArray(InputSlot[]::new), full ? new double[traced.size()][iterations] : null,
                    full ? new double[modelCount][iterations] : null, correlated.toArray(InputSlot[]::new),
                    new double[correlated.size()][iterations]);
        }

        Tally work(AtomicInteger next, AtomicLong done, ProgressListener progress) {
            Workspace w = new Workspace(plan);
            Tally c = new Tally(horizon, modelCount, plan.lumps.size(), plan.events.size());
            Accounting accounting = new Accounting(plan, c, sums, plan.lanes, modelStride, trace);
            w.sink = accounting;
            Component[] components = plan.components.toArray(Component[]::new);
            int b;
            while ((b = next.getAndIncrement()) < blocks) {
                int first = b * RandomStreams.BLOCK_SIZE;
                int n = Math.min(RandomStreams.BLOCK_SIZE, iterations - first);
                accounting.sums = sums.empty();
                w.startBlock(b);
                for (int start = 0; start < n; start += plan.lanes) {
                    int lanes = Math.min(plan.lanes, n - start);
                    w.sample(lanes);
                    w.ledger.clear(lanes);
                    accounting.start(first + start, lanes);
                    for (Component component : components) {
                        component.apply(w, lanes, w.ledger);
                    }
                    accounting.account(w, b, blockSuccesses);
                }
                sums.deliver(b, accounting.sums);
                progress.progress(done.addAndGet(n), iterations);
            }
            accounting.finish();
            return c;
        }

        /**
         * Independent replicates a design-based standard error needs at least: with fewer, the
         * headline keeps the binomial formula (conservative under Latin hypercube sampling).
         */
        static final int MIN_REPLICATES = 10;

        /**
         * The headline probability. Under Latin hypercube sampling each block of iterations is an
         * independent stratified sample, so the blocks are replicates: the standard error is that
         * of the ratio of their success counts to their sizes, sqrt(B/(B-1) sum (n_b/N)^2 (p_b -
         * p)^2), from at least {@link #MIN_REPLICATES} blocks; the binomial formula would overstate
         * it (LHS is more precise for smooth outcomes).
         */
        private Proportion headline(long count) {
            if (plan.sampling != RunSettings.Sampling.LHS || blocks < MIN_REPLICATES) {
                return share(count);
            }
            double p = (double) count / iterations;
            double sum = 0;
            for (int b = 0; b < blocks; b++) {
                long n = Math.min((long) (b + 1) * RandomStreams.BLOCK_SIZE, iterations) - (long) b * RandomStreams.BLOCK_SIZE;
                double w = (double) n / iterations;
                double d = (double) blockSuccesses[b] / n - p;
                sum += w * w * d * d;
            }
            double se = Math.sqrt(sum * blocks / (blocks - 1.0));
            return se > 0 ? new Proportion(count, iterations, se) : share(count);
        }

        private Proportion share(long count) {
            return new Proportion(count, iterations);
        }

        SimulationResult result(Tally c, long seed) {
            double[] total = sums.totals(blocks);
            Scenario scenario = plan.scenario;
            List<YearResult> years = new ArrayList<>();
            double[] fundingCash = new double[Ledger.GROUPS];
            double[] fundingInKind = new double[Ledger.GROUPS];
            double[] fundingPayer = new double[Ledger.PAYERS];
            double fundingSubsidy = 0;
            double fundingRevenue = 0;
            for (int t = 1; t <= horizon; t++) {
                Map<Metric, Summary> metrics = new EnumMap<>(Metric.class);
                for (Metric m : METRICS) {
                    Summary summary = Summary.of(total[sums.metric(m, t)] / iterations, c.metrics[m.ordinal()][t]);
                    requireFinite(summary.isFinite(), m.key(), t);
                    metrics.put(m, summary);
                }
                double[] cash = new double[Ledger.GROUPS];
                double[] inKind = new double[Ledger.GROUPS];
                for (int g = 0; g < Ledger.GROUPS; g++) {
                    cash[g] = total[sums.cash(g, t)] / iterations;
                    inKind[g] = total[sums.inKind(g, t)] / iterations;
                    fundingCash[g] += cash[g];
                    fundingInKind[g] += inKind[g];
                }
                for (int p = 0; p < Ledger.PAYERS; p++) {
                    fundingPayer[p] += total[sums.payer(p, t)] / iterations;
                }
                fundingSubsidy += metrics.get(Metric.SUBSIDY).mean();
                fundingRevenue += metrics.get(Metric.REVENUE).mean();
                boolean subsidyPhase = t <= plan.subsidyYears;
                years.add(new YearResult(t, scenario.calendarYear(t), subsidyPhase, share(c.selfSufficient[t]), share(c.insolvent[t]),
                        metrics, cash, inKind, subsidyPhase ? null : share(c.continuesThrough[t]),
                        subsidyPhase ? null : share(c.headlineThrough[t])));
            }
            List<ModelResult> models = new ArrayList<>();
            for (ModelRuntime m : plan.models) {
                List<ModelResult.Year> rows = new ArrayList<>();
                for (int t = 1; t <= horizon; t++) {
                    Summary[] s = new Summary[MODEL_METRICS];
                    for (int k = 0; k < MODEL_METRICS; k++) {
                        if (k >= 4 && !m.carriesOverhead) {
                            s[k] = k == 4 ? new Summary(0, 0, 0, 0, 0, 0) : s[2];
                            continue;
                        }
                        s[k] = Summary.of(total[sums.model(m.index, k, t)] / iterations, c.models[m.index][k][t]);
                        requireFinite(s[k].isFinite(), m.use.name(), t);
                    }
                    rows.add(new ModelResult.Year(t, scenario.calendarYear(t), s[0], s[1], s[2], s[3], s[4], s[5],
                            share(c.running[m.index][t])));
                }
                models.add(new ModelResult(m.use.name(), m.model.key(), List.copyOf(rows)));
            }
            SettlementResult settlement = null;
            if (plan.settlement != null) {
                Proportion[] below = new Proportion[Ledger.GROUPS];
                Proportion[] above = new Proportion[Ledger.GROUPS];
                double[] groups = new double[Ledger.GROUPS];
                for (int g = 0; g < Ledger.GROUPS; g++) {
                    below[g] = share(c.belowMin[g]);
                    above[g] = share(c.aboveMax[g]);
                    groups[g] = total[sums.groupContribution(g)] / iterations;
                }
                settlement = new SettlementResult(below, above, share(c.subsidyAboveMax), share(c.reduced),
                        total[sums.repaid()] / iterations, total[sums.granted()] / iterations, total[sums.budget()] / iterations, groups);
            }
            List<LumpResult> lumps = new ArrayList<>();
            for (int k = 0; k < plan.lumps.size(); k++) {
                List<LumpResult.Year> rows = new ArrayList<>();
                for (int t = 1; t <= horizon; t++) {
                    if (c.lumps[k][t] > 0) {
                        rows.add(new LumpResult.Year(t, scenario.calendarYear(t), share(c.lumps[k][t]),
                                total[sums.lump(k, t)] / c.lumps[k][t]));
                    }
                }
                lumps.add(new LumpResult(plan.lumps.get(k), List.copyOf(rows)));
            }
            List<EventResult> events = new ArrayList<>();
            for (EventRuntime e : plan.events) {
                double cost = total[sums.eventCost(e.index)];
                long happened = c.events[e.index];
                nl.ppsim.scenario.Event.Impact what = e.event().impact();
                String impact = what instanceof nl.ppsim.scenario.Event.Cost ? "cost"
                        : what instanceof nl.ppsim.scenario.Event.PartnerExit ? "partner_exit" : "revenue_loss";
                events.add(new EventResult(e.event().name(), impact, share(happened), total[sums.eventCount(e.index)] / iterations,
                        cost / iterations, happened == 0 ? 0 : cost / happened));
            }
            double repaid = total[sums.repaid()] / iterations;
            Outcomes outcomes = new Outcomes(plan.sustainability, share(c.headline), share(c.continues), share(c.structural),
                    share(c.balanced), share(c.allGroups), share(c.structuralLoss),
                    c.structuralLoss == 0 ? 0 : total[sums.deficit()] / c.structuralLoss,
                    c.structuralLoss == 0 ? Double.NaN : c.runway.quantile(0.5), total[sums.paid()] / iterations,
                    plan.settlement == null ? 0 : repaid, total[sums.unspent()] / iterations);
            QuantileSketch last = c.metrics[Metric.RESERVE.ordinal()][horizon];
            double[] levels = new double[101];
            for (int k = 0; k <= 100; k++) {
                levels[k] = k / 100.0;
            }
            double[] percentiles = last.quantiles(levels);
            return new SimulationResult(scenario, iterations, seed, List.copyOf(years), headline(c.headline), share(c.survives), c.year,
                    years.get(horizon - 1).metric(Metric.RESERVE), percentiles,
                    new Funding(fundingSubsidy, fundingCash, fundingInKind, fundingRevenue, fundingPayer),
                    List.copyOf(models), settlement, blockSuccesses.clone(), trace(), outcomes, List.copyOf(lumps), List.copyOf(events));
        }

        /**
         * Validation at the edge keeps every input finite and bounded, so a non-finite result is a
         * defect of the engine: it stops the run with a message instead of reaching a report.
         */
        private static void requireFinite(boolean finite, String what, int year) {
            if (!finite) {
                throw new ArithmeticException("rekenfout: " + what + " in simulatiejaar " + year + " is geen eindig getal");
            }
        }

        private IterationTrace trace() {
            if (trace.success() == null) {
                return null;
            }
            List<Input> inputs = traced.stream().map(slot -> slot.input).toList();
            List<String> names = plan.models.stream().map(m -> m.use.name()).toList();
            return new IterationTrace(trace.success(), trace.reserve(), inputs, trace.inputValues(), names, trace.margins(),
                    correlated.stream().map(slot -> slot.input.path()).toList(), trace.correlatedFirstYear());
        }
    }
}
