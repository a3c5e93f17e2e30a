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

/**
 * The Monte Carlo engine: simulates a scenario's yearly cash and in-kind flows in blocks of
 * {@link RandomStreams#BLOCK_SIZE} iterations spread over worker threads; within a block, chunks of
 * iterations go through sampling, flows and accounting together in structure-of-arrays form (see
 * {@link Workspace}), and the results do not depend on the chunk size. A library: no I/O. Memory does not grow with the number of iterations: means come from per-block
 * sums, quantiles from mergeable sketches, probabilities from counts. Results are identical for
 * any number of threads: every block draws from its own substreams, block sums are added in block
 * order, and sketches and counts hold whole numbers, which add up the same in any order.
 *
 * <p>Accounting per iteration and year t (S subsidy years, H horizon):
 * net = subsidy + partner cash + revenue - costs; reserve_t = reserve_(t-1) + net; self-sufficient
 * when partner cash + revenue &gt;= costs and reserve &gt;= 0; verduurzaamd when self-sufficient in
 * every year S+1..H.
 */
public final class Simulation {

    static final Metric[] METRICS = Metric.values();
    /** Per business model: revenue, costs, margin, in-kind. */
    static final int MODEL_METRICS = 4;
    /**
     * Business-model quantiles come from at most about this many iterations, evenly spread (every
     * k-th iteration by number, so the same for any thread count); their means use every iteration.
     * With 15 models this keeps 600 sketch updates per iteration from dominating large runs.
     */
    static final int MODEL_QUANTILE_SAMPLE = 16_384;

    private Simulation() {
    }

    public static SimulationResult run(Scenario scenario, RunSettings settings) {
        return run(scenario, settings, ProgressListener.NONE);
    }

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
            total.merge(tallies.get(k));
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
        return (inputs + plan.models.size() + 2) * (long) iterations * 8;
    }

    private static int threadsThatFit(Plan plan) {
        long budget = Runtime.getRuntime().maxMemory() / 2;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, budget / Math.max(1, plan.workerBytes())));
    }

    /** What one worker counted and sketched; merging is exact in any order. */
    static final class Tally {
        final long[] selfSufficient;
        final long[] insolvent;
        final long[] year;
        final long[][] running;
        final QuantileSketch[][] metrics;
        final QuantileSketch[][][] models;
        long verduurzaamd;
        long survives;
        final long[] belowMin = new long[Ledger.GROUPS];
        final long[] aboveMax = new long[Ledger.GROUPS];
        long subsidyAboveMax;
        long reduced;

        Tally(int horizon, int modelCount) {
            selfSufficient = new long[horizon + 1];
            insolvent = new long[horizon + 1];
            year = new long[horizon + 2];
            running = new long[modelCount][horizon + 1];
            metrics = new QuantileSketch[METRICS.length][horizon + 1];
            for (QuantileSketch[] row : metrics) {
                for (int t = 1; t <= horizon; t++) {
                    row[t] = new QuantileSketch();
                }
            }
            models = new QuantileSketch[modelCount][MODEL_METRICS][horizon + 1];
            for (QuantileSketch[][] model : models) {
                for (QuantileSketch[] row : model) {
                    for (int t = 1; t <= horizon; t++) {
                        row[t] = new QuantileSketch();
                    }
                }
            }
        }

        void merge(Tally o) {
            add(selfSufficient, o.selfSufficient);
            add(insolvent, o.insolvent);
            add(year, o.year);
            for (int m = 0; m < running.length; m++) {
                add(running[m], o.running[m]);
            }
            for (int m = 0; m < metrics.length; m++) {
                for (int t = 1; t < metrics[m].length; t++) {
                    metrics[m][t].merge(o.metrics[m][t]);
                }
            }
            for (int m = 0; m < models.length; m++) {
                for (int k = 0; k < MODEL_METRICS; k++) {
                    for (int t = 1; t < models[m][k].length; t++) {
                        models[m][k][t].merge(o.models[m][k][t]);
                    }
                }
            }
            verduurzaamd += o.verduurzaamd;
            survives += o.survives;
            add(belowMin, o.belowMin);
            add(aboveMax, o.aboveMax);
            subsidyAboveMax += o.subsidyAboveMax;
            reduced += o.reduced;
        }

        private static void add(long[] into, long[] from) {
            for (int k = 0; k < into.length; k++) {
                into[k] += from[k];
            }
        }
    }

    /** The shared state of one run: the plan and the per-block sums (each block writes its own row). */
    private static final class Run {
        final Plan plan;
        final int iterations;
        final int blocks;
        final int horizon;
        final int stride;
        final int modelCount;
        /** Sums of completed blocks, folded into {@code totals} strictly in block order as soon as contiguous. */
        private final java.util.Map<Integer, double[]> pending = new java.util.HashMap<>();
        /** Folded sum arrays, reused for later blocks so that long runs make little garbage. */
        private final java.util.ArrayDeque<double[]> free = new java.util.ArrayDeque<>();
        private double[] totals;
        private int nextToFold;
        final long[] blockSuccesses;
        final RunSettings.Trace traceLevel;
        final boolean[] traceSuccess;
        final double[] traceReserve;
        final List<InputSlot> traced;
        final double[][] traceInputs;
        final double[][] traceMargins;
        private final int cashBase;
        private final int inKindBase;
        private final int payerBase;
        private final int modelBase;
        private final int settlementBase;
        private final int sumLength;
        private final int modelStride;

        Run(Plan plan, int iterations, RunSettings.Trace trace) {
            this.plan = plan;
            this.traceLevel = trace;
            this.iterations = iterations;
            this.horizon = plan.horizon;
            this.modelCount = plan.models.size();
            this.blocks = (iterations + RandomStreams.BLOCK_SIZE - 1) / RandomStreams.BLOCK_SIZE;
            this.stride = horizon + 1;
            cashBase = METRICS.length * stride;
            inKindBase = cashBase + Ledger.GROUPS * stride;
            payerBase = inKindBase + Ledger.GROUPS * stride;
            modelBase = payerBase + Ledger.GROUPS * stride;
            settlementBase = modelBase + modelCount * MODEL_METRICS * stride;
            sumLength = settlementBase + 3 + Ledger.GROUPS;
            totals = null;
            blockSuccesses = new long[blocks];
            modelStride = Math.max(1, (iterations + MODEL_QUANTILE_SAMPLE - 1) / MODEL_QUANTILE_SAMPLE);
            boolean outcomes = trace != RunSettings.Trace.NONE;
            boolean full = trace == RunSettings.Trace.FULL;
            traceSuccess = outcomes ? new boolean[iterations] : null;
            traceReserve = outcomes ? new double[iterations] : null;
            traced = new ArrayList<>();
            if (full) {
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (InputSlot slot : plan.slots) {
                    if (!slot.input.isConstant() && seen.add(slot.input.path())) {
                        traced.add(slot);
                    }
                }
            }
            traceInputs = full ? new double[traced.size()][iterations] : null;
            traceMargins = full ? new double[modelCount][iterations] : null;
        }

        private int modelIndex(int m, int k, int t) {
            return modelBase + (m * MODEL_METRICS + k) * stride + t;
        }

        Tally work(AtomicInteger next, AtomicLong done, ProgressListener progress) {
            Workspace w = new Workspace(plan);
            Tally c = new Tally(horizon, modelCount);
            Chunk chunk = new Chunk(c, plan.lanes);
            w.sink = chunk;
            Component[] components = plan.components.toArray(Component[]::new);
            int b;
            while ((b = next.getAndIncrement()) < blocks) {
                int first = b * RandomStreams.BLOCK_SIZE;
                int n = Math.min(RandomStreams.BLOCK_SIZE, iterations - first);
                chunk.sums = emptySums();
                w.startBlock(b);
                for (int start = 0; start < n; start += plan.lanes) {
                    int lanes = Math.min(plan.lanes, n - start);
                    w.sample(lanes);
                    w.ledger.clear(lanes);
                    chunk.start(first + start, lanes);
                    for (Component component : components) {
                        component.apply(w, lanes, w.ledger);
                    }
                    chunk.account(w, b);
                }
                deliver(b, chunk.sums);
                progress.progress(done.addAndGet(n), iterations);
            }
            chunk.finish();
            return c;
        }

        /**
         * One worker's accounting of a chunk of iterations: yearly totals, reserves and
         * self-sufficiency per iteration, into the worker's tally and the block's sums. Every sum
         * receives its terms in iteration order, as if the block were run one iteration at a time.
         * Also receives the business models' flows as they are computed.
         */
        final class Chunk implements ModelYearSink {
            final Tally c;
            double[] sums;
            int first;
            int n;
            private final double[] reserve;
            private final int[] lastFailure;
            private final boolean[] solvent;
            private final double[] cash;
            private final double[] inKind;
            private final double[] net;
            private final double[][] rows = new double[METRICS.length][];
            /** Per model and iteration: margin summed over the years after the subsidy (traced runs only). */
            private final double[][] margins;
            /**
             * Model flows of the iterations sampled for model quantiles: a row per sampled
             * iteration, (model, metric, year) at {@code modelIndex - modelBase} within it, so
             * that writing a sample touches few cache lines. Flushed through a transposing tile,
             * so that each sketch then gets its values in one run while its pages are in cache.
             */
            private final double[] sampled;
            private final int sampleWidth;
            private final int sampleCapacity;
            private static final int TILE = 64;
            private final double[] tile;
            /** The model sketch of each column of {@code sampled} (null for the unused year 0). */
            private final QuantileSketch[] sampleSketches;
            private int sampleRows;
            private int firstSampledLane;
            private int sampledLanes;

            Chunk(Tally c, int lanes) {
                this.c = c;
                sampleWidth = modelCount * MODEL_METRICS * stride;
                sampleCapacity = (lanes + modelStride - 1) / modelStride + 256;
                sampled = new double[sampleWidth * sampleCapacity];
                tile = new double[TILE * sampleCapacity];
                sampleSketches = new QuantileSketch[sampleWidth];
                for (int m = 0; m < modelCount; m++) {
                    for (int k = 0; k < MODEL_METRICS; k++) {
                        for (int t = 1; t <= horizon; t++) {
                            sampleSketches[modelIndex(m, k, t) - modelBase] = c.models[m][k][t];
                        }
                    }
                }
                reserve = new double[lanes];
                lastFailure = new int[lanes];
                solvent = new boolean[lanes];
                cash = new double[lanes];
                inKind = new double[lanes];
                net = new double[lanes];
                margins = traceMargins == null ? null : new double[modelCount][lanes];
            }

            void start(int firstIteration, int lanes) {
                first = firstIteration;
                n = lanes;
                sampleRows += sampledLanes;
                firstSampledLane = (modelStride - first % modelStride) % modelStride;
                sampledLanes = firstSampledLane < n ? (n - 1 - firstSampledLane) / modelStride + 1 : 0;
                if (sampleRows + sampledLanes > sampleCapacity) {
                    flushSamples();
                }
                if (margins != null) {
                    for (double[] row : margins) {
                        java.util.Arrays.fill(row, 0, n, 0);
                    }
                }
            }

            @Override
            public void accept(int m, int t, double[] revenue, double[] costs, double[] inKind, int runs, int lanes) {
                int base = modelIndex(m, 0, t);
                double sumRevenue = sums[base];
                double sumCosts = sums[base + stride];
                double sumMargin = sums[base + 2 * stride];
                double sumInKind = sums[base + 3 * stride];
                for (int i = 0; i < lanes; i++) {
                    sumRevenue += revenue[i];
                    sumCosts += costs[i];
                    sumMargin += revenue[i] - costs[i];
                    sumInKind += inKind[i];
                }
                sums[base] = sumRevenue;
                sums[base + stride] = sumCosts;
                sums[base + 2 * stride] = sumMargin;
                sums[base + 3 * stride] = sumInKind;
                c.running[m][t] += runs;
                for (int j = 0, i = firstSampledLane; j < sampledLanes; j++, i += modelStride) {
                    int at = (sampleRows + j) * sampleWidth + base - modelBase;
                    sampled[at] = revenue[i];
                    sampled[at + stride] = costs[i];
                    sampled[at + 2 * stride] = revenue[i] - costs[i];
                    sampled[at + 3 * stride] = inKind[i];
                }
                if (margins != null && t > plan.subsidyYears) {
                    double[] margin = margins[m];
                    for (int i = 0; i < lanes; i++) {
                        margin[i] += revenue[i] - costs[i];
                    }
                }
            }

            /** Feeds the samples of the last chunk and all still buffered to the sketches. */
            void finish() {
                sampleRows += sampledLanes;
                sampledLanes = 0;
                flushSamples();
            }

            /** Feeds the buffered model flows to the model sketches, one sketch at a time, transposing a tile of columns at once. */
            void flushSamples() {
                for (int c0 = 0; c0 < sampleWidth; c0 += TILE) {
                    int width = Math.min(TILE, sampleWidth - c0);
                    for (int r = 0; r < sampleRows; r++) {
                        int from = r * sampleWidth + c0;
                        for (int j = 0; j < width; j++) {
                            tile[j * sampleCapacity + r] = sampled[from + j];
                        }
                    }
                    for (int j = 0; j < width; j++) {
                        QuantileSketch sketch = sampleSketches[c0 + j];
                        if (sketch != null) {
                            sketch.acceptAll(tile, j * sampleCapacity, sampleRows);
                        }
                    }
                }
                sampleRows = 0;
            }

            void account(Workspace w, int block) {
                Ledger l = w.ledger;
                int subsidyYears = plan.subsidyYears;
                java.util.Arrays.fill(reserve, 0, n, plan.scenario.initialReserve());
                java.util.Arrays.fill(lastFailure, 0, n, subsidyYears);
                java.util.Arrays.fill(solvent, 0, n, true);
                for (int t = 1; t <= horizon; t++) {
                    java.util.Arrays.fill(cash, 0, n, 0);
                    java.util.Arrays.fill(inKind, 0, n, 0);
                    for (int g = 0; g < Ledger.GROUPS; g++) {
                        double[] cg = l.cash[g][t];
                        double[] kg = l.inKind[g][t];
                        double[] pg = l.revenueByPayer[g][t];
                        int ci = cashBase + g * stride + t;
                        int ki = inKindBase + g * stride + t;
                        int pi = payerBase + g * stride + t;
                        double sumCash = sums[ci];
                        double sumInKind = sums[ki];
                        double sumPayer = sums[pi];
                        for (int i = 0; i < n; i++) {
                            sumCash += cg[i];
                            sumInKind += kg[i];
                            sumPayer += pg[i];
                            cash[i] += cg[i];
                            inKind[i] += kg[i];
                        }
                        sums[ci] = sumCash;
                        sums[ki] = sumInKind;
                        sums[pi] = sumPayer;
                    }
                    double[] subsidy = l.subsidy[t];
                    double[] revenue = l.revenue[t];
                    double[] costs = l.costs[t];
                    long selfSufficient = 0;
                    long insolvent = 0;
                    double sumSubsidy = sums[Metric.SUBSIDY.ordinal() * stride + t];
                    double sumCash = sums[Metric.PARTNER_CASH.ordinal() * stride + t];
                    double sumRevenue = sums[Metric.REVENUE.ordinal() * stride + t];
                    double sumCosts = sums[Metric.COSTS.ordinal() * stride + t];
                    double sumNet = sums[Metric.NET.ordinal() * stride + t];
                    double sumReserve = sums[Metric.RESERVE.ordinal() * stride + t];
                    double sumInKind = sums[Metric.IN_KIND.ordinal() * stride + t];
                    for (int i = 0; i < n; i++) {
                        double x = subsidy[i] + cash[i] + revenue[i] - costs[i];
                        net[i] = x;
                        double r = reserve[i] + x;
                        reserve[i] = r;
                        // without branches: whether an iteration is self-sufficient differs unpredictably between iterations
                        boolean self = cash[i] + revenue[i] >= costs[i] & r >= 0;
                        selfSufficient += self ? 1 : 0;
                        lastFailure[i] = self | t <= subsidyYears ? lastFailure[i] : t;
                        insolvent += r < 0 ? 1 : 0;
                        solvent[i] &= r >= 0;
                        sumSubsidy += subsidy[i];
                        sumCash += cash[i];
                        sumRevenue += revenue[i];
                        sumCosts += costs[i];
                        sumNet += x;
                        sumReserve += r;
                        sumInKind += inKind[i];
                    }
                    sums[Metric.SUBSIDY.ordinal() * stride + t] = sumSubsidy;
                    sums[Metric.PARTNER_CASH.ordinal() * stride + t] = sumCash;
                    sums[Metric.REVENUE.ordinal() * stride + t] = sumRevenue;
                    sums[Metric.COSTS.ordinal() * stride + t] = sumCosts;
                    sums[Metric.NET.ordinal() * stride + t] = sumNet;
                    sums[Metric.RESERVE.ordinal() * stride + t] = sumReserve;
                    sums[Metric.IN_KIND.ordinal() * stride + t] = sumInKind;
                    c.selfSufficient[t] += selfSufficient;
                    c.insolvent[t] += insolvent;
                    rows[Metric.SUBSIDY.ordinal()] = subsidy;
                    rows[Metric.PARTNER_CASH.ordinal()] = cash;
                    rows[Metric.REVENUE.ordinal()] = revenue;
                    rows[Metric.COSTS.ordinal()] = costs;
                    rows[Metric.NET.ordinal()] = net;
                    rows[Metric.RESERVE.ordinal()] = reserve;
                    rows[Metric.IN_KIND.ordinal()] = inKind;
                    for (int m = 0; m < METRICS.length; m++) {
                        c.metrics[m][t].acceptAll(rows[m], n);
                    }
                }
                long successes = 0;
                for (int i = 0; i < n; i++) {
                    if (plan.settlement != null) {
                        settle(c, sums, l, plan.settlement, i);
                    }
                    c.year[lastFailure[i] + 1]++;
                    if (lastFailure[i] == subsidyYears) {
                        successes++;
                    }
                    if (solvent[i]) {
                        c.survives++;
                    }
                    if (traceSuccess != null) {
                        trace(w, i);
                    }
                }
                c.verduurzaamd += successes;
                // shared by the workers: written once per chunk, not per iteration (false sharing)
                blockSuccesses[block] += successes;
            }

            private void trace(Workspace w, int i) {
                int it = first + i;
                traceSuccess[it] = lastFailure[i] == plan.subsidyYears;
                traceReserve[it] = reserve[i];
                if (traceInputs != null) {
                    for (int k = 0; k < traced.size(); k++) {
                        traceInputs[k][it] = w.driver(traced.get(k), i);
                    }
                    for (int m = 0; m < modelCount; m++) {
                        traceMargins[m][it] = margins[m][i] / (horizon - plan.subsidyYears);
                    }
                }
            }
        }

        /**
         * Adds a block's sums to the totals in block order, whatever order the threads finish in, so
         * floating-point sums are identical for any thread count while at most a few blocks wait.
         */
        private synchronized void deliver(int block, double[] sums) {
            pending.put(block, sums);
            double[] next;
            while ((next = pending.remove(nextToFold)) != null) {
                if (totals == null) {
                    totals = new double[sumLength];
                }
                for (int k = 0; k < next.length; k++) {
                    totals[k] += next[k];
                }
                nextToFold++;
                if (free.size() < 64) {
                    free.push(next);
                }
            }
        }

        private synchronized double[] emptySums() {
            double[] a = free.poll();
            if (a == null) {
                return new double[sumLength];
            }
            java.util.Arrays.fill(a, 0);
            return a;
        }

        private void settle(Tally c, double[] sums, Ledger l, Settlement rules, int i) {
            double budget = l.subsidyTotal[i] + l.cofinancing[i];
            sums[settlementBase] += l.reduction[i];
            sums[settlementBase + 1] += l.subsidyTotal[i];
            sums[settlementBase + 2] += l.cofinancing[i];
            for (int g = 0; g < Ledger.GROUPS; g++) {
                sums[settlementBase + 3 + g] += l.groupCofinancing[g][i];
                double share = budget > 0 ? l.groupCofinancing[g][i] / budget : 0;
                if (share < rules.groupMin()[g]) {
                    c.belowMin[g]++;
                }
                if (share > rules.groupMax()[g]) {
                    c.aboveMax[g]++;
                }
            }
            if (budget > 0 && l.subsidyTotal[i] / budget > rules.maxSubsidyShare()) {
                c.subsidyAboveMax++;
            }
            if (l.reduction[i] > 0) {
                c.reduced++;
            }
        }

        SimulationResult result(Tally c, long seed) {
            if (nextToFold != blocks || !pending.isEmpty()) {
                throw new IllegalStateException("blocks folded " + nextToFold + " of " + blocks);
            }
            double[] total = totals;
            List<YearResult> years = new ArrayList<>();
            double[] fundingCash = new double[Ledger.GROUPS];
            double[] fundingInKind = new double[Ledger.GROUPS];
            double[] fundingPayer = new double[Ledger.GROUPS];
            double fundingSubsidy = 0;
            double fundingRevenue = 0;
            for (int t = 1; t <= horizon; t++) {
                Map<Metric, Summary> metrics = new EnumMap<>(Metric.class);
                for (Metric m : METRICS) {
                    Summary summary = Summary.of(total[m.ordinal() * stride + t] / iterations, c.metrics[m.ordinal()][t]);
                    requireFinite(summary.isFinite(), m.key(), t);
                    metrics.put(m, summary);
                }
                double[] cash = new double[Ledger.GROUPS];
                double[] inKind = new double[Ledger.GROUPS];
                for (int g = 0; g < Ledger.GROUPS; g++) {
                    cash[g] = total[cashBase + g * stride + t] / iterations;
                    inKind[g] = total[inKindBase + g * stride + t] / iterations;
                    fundingCash[g] += cash[g];
                    fundingInKind[g] += inKind[g];
                    fundingPayer[g] += total[payerBase + g * stride + t] / iterations;
                }
                fundingSubsidy += metrics.get(Metric.SUBSIDY).mean();
                fundingRevenue += metrics.get(Metric.REVENUE).mean();
                years.add(new YearResult(t, plan.scenario.calendarYear(t), t <= plan.subsidyYears,
                        new Proportion(c.selfSufficient[t], iterations), new Proportion(c.insolvent[t], iterations),
                        metrics, cash, inKind));
            }
            List<ModelResult> models = new ArrayList<>();
            for (ModelRuntime m : plan.models) {
                List<ModelResult.Year> rows = new ArrayList<>();
                for (int t = 1; t <= horizon; t++) {
                    Summary[] s = new Summary[MODEL_METRICS];
                    for (int k = 0; k < MODEL_METRICS; k++) {
                        s[k] = Summary.of(total[modelIndex(m.index, k, t)] / iterations, c.models[m.index][k][t]);
                        requireFinite(s[k].isFinite(), m.use.name(), t);
                    }
                    rows.add(new ModelResult.Year(t, plan.scenario.calendarYear(t), s[0], s[1], s[2], s[3],
                            new Proportion(c.running[m.index][t], iterations)));
                }
                models.add(new ModelResult(m.use.name(), m.model.key(), List.copyOf(rows)));
            }
            SettlementResult settlement = null;
            if (plan.settlement != null) {
                Proportion[] below = new Proportion[Ledger.GROUPS];
                Proportion[] above = new Proportion[Ledger.GROUPS];
                double[] groups = new double[Ledger.GROUPS];
                for (int g = 0; g < Ledger.GROUPS; g++) {
                    below[g] = new Proportion(c.belowMin[g], iterations);
                    above[g] = new Proportion(c.aboveMax[g], iterations);
                    groups[g] = total[settlementBase + 3 + g] / iterations;
                }
                settlement = new SettlementResult(below, above, new Proportion(c.subsidyAboveMax, iterations),
                        new Proportion(c.reduced, iterations), total[settlementBase] / iterations,
                        total[settlementBase + 1] / iterations, total[settlementBase + 2] / iterations, groups);
            }
            QuantileSketch last = c.metrics[Metric.RESERVE.ordinal()][horizon];
            double[] levels = new double[101];
            for (int k = 0; k <= 100; k++) {
                levels[k] = k / 100.0;
            }
            double[] percentiles = last.quantiles(levels);
            return new SimulationResult(plan.scenario, iterations, seed, List.copyOf(years),
                    new Proportion(c.verduurzaamd, iterations), new Proportion(c.survives, iterations), c.year,
                    years.get(horizon - 1).metric(Metric.RESERVE), percentiles,
                    new Funding(fundingSubsidy, fundingCash, fundingInKind, fundingRevenue, fundingPayer),
                    List.copyOf(models), settlement, blockSuccesses.clone(), trace());
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
            if (traceSuccess == null) {
                return null;
            }
            List<Input> inputs = traced.stream().map(slot -> slot.input).toList();
            List<String> names = plan.models.stream().map(m -> m.use.name()).toList();
            return new IterationTrace(traceSuccess, traceReserve, inputs, traceInputs, names, traceMargins);
        }
    }
}
