package nl.ppsim.engine;

import java.util.ArrayList;
import java.util.Arrays;
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
import nl.ppsim.stats.Summary;

/**
 * The Monte Carlo engine: simulates a scenario's yearly cash and in-kind flows, iteration by
 * iteration, in blocks of {@link RandomStreams#BLOCK_SIZE} iterations spread over worker threads.
 * A library: no I/O. Results are identical for any number of threads because every block draws
 * from its own substreams and every sum is reduced in block order.
 *
 * <p>Accounting per iteration and year t (S subsidy years, H horizon):
 * net = subsidy + partner cash + revenue - costs; reserve_t = reserve_(t-1) + net; self-sufficient
 * when partner cash + revenue &gt;= costs and reserve &gt;= 0; verduurzaamd when self-sufficient in
 * every year S+1..H.
 */
public final class Simulation {

    private static final Metric[] METRICS = Metric.values();

    private Simulation() {
    }

    public static SimulationResult run(Scenario scenario, RunSettings settings) {
        return run(scenario, settings, ProgressListener.NONE);
    }

    public static SimulationResult run(Scenario scenario, RunSettings settings, ProgressListener progress) {
        Plan plan = new Plan(scenario, settings.seed());
        Run run = new Run(plan, settings.iterations());
        int blocks = run.blocks;
        int threads = Math.min(settings.threads(), blocks);
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        List<Counts> counts = new ArrayList<>();
        if (threads == 1) {
            counts.add(run.work(next, done, progress));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "ppsim-worker");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Counts>> futures = new ArrayList<>();
                for (int k = 0; k < threads; k++) {
                    futures.add(pool.submit(() -> run.work(next, done, progress)));
                }
                for (Future<Counts> f : futures) {
                    counts.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("simulation interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(cause);
            } finally {
                pool.shutdownNow();
            }
        }
        return run.result(Counts.merge(counts, plan.horizon), settings.seed());
    }

    /** Event counts of one worker; integer sums, so merging is exact in any order. */
    static final class Counts {
        final long[] selfSufficient;
        final long[] insolvent;
        final long[] year;
        long verduurzaamd;
        long survives;

        Counts(int horizon) {
            selfSufficient = new long[horizon + 1];
            insolvent = new long[horizon + 1];
            year = new long[horizon + 2];
        }

        static Counts merge(List<Counts> parts, int horizon) {
            Counts total = new Counts(horizon);
            for (Counts c : parts) {
                for (int t = 0; t <= horizon; t++) {
                    total.selfSufficient[t] += c.selfSufficient[t];
                    total.insolvent[t] += c.insolvent[t];
                }
                for (int t = 0; t < total.year.length; t++) {
                    total.year[t] += c.year[t];
                }
                total.verduurzaamd += c.verduurzaamd;
                total.survives += c.survives;
            }
            return total;
        }
    }

    /** The shared state of one run: per-iteration values (disjoint writes) and per-block sums. */
    private static final class Run {
        final Plan plan;
        final int iterations;
        final int blocks;
        final int horizon;
        final int stride;
        final double[][][] values;
        final double[][] blockSums;

        Run(Plan plan, int iterations) {
            this.plan = plan;
            this.iterations = iterations;
            this.horizon = plan.horizon;
            this.blocks = (iterations + RandomStreams.BLOCK_SIZE - 1) / RandomStreams.BLOCK_SIZE;
            this.stride = horizon + 1;
            values = new double[METRICS.length][horizon + 1][];
            for (int m = 0; m < METRICS.length; m++) {
                for (int t = 1; t <= horizon; t++) {
                    values[m][t] = new double[iterations];
                }
            }
            blockSums = new double[blocks][];
        }

        int sumIndexCash(int g, int t) {
            return (METRICS.length + g) * stride + t;
        }

        int sumIndexInKind(int g, int t) {
            return (METRICS.length + Ledger.GROUPS + g) * stride + t;
        }

        Counts work(AtomicInteger next, AtomicLong done, ProgressListener progress) {
            Workspace w = new Workspace(plan);
            Counts c = new Counts(horizon);
            Ledger l = w.ledger;
            int subsidyYears = plan.subsidyYears;
            double initialReserve = plan.scenario.initialReserve();
            List<Component> components = plan.components;
            int nComponents = components.size();
            int b;
            while ((b = next.getAndIncrement()) < blocks) {
                int first = b * RandomStreams.BLOCK_SIZE;
                int n = Math.min(RandomStreams.BLOCK_SIZE, iterations - first);
                w.sample(b, n);
                double[] sums = new double[(METRICS.length + 2 * Ledger.GROUPS) * stride];
                for (int i = 0; i < n; i++) {
                    int it = first + i;
                    l.clear();
                    for (int k = 0; k < nComponents; k++) {
                        components.get(k).apply(w, i, l);
                    }
                    double reserve = initialReserve;
                    int lastFailure = subsidyYears;
                    boolean solvent = true;
                    for (int t = 1; t <= horizon; t++) {
                        double cash = 0;
                        double inKind = 0;
                        for (int g = 0; g < Ledger.GROUPS; g++) {
                            cash += l.cash[g][t];
                            inKind += l.inKind[g][t];
                            sums[sumIndexCash(g, t)] += l.cash[g][t];
                            sums[sumIndexInKind(g, t)] += l.inKind[g][t];
                        }
                        double net = l.subsidy[t] + cash + l.revenue[t] - l.costs[t];
                        reserve += net;
                        boolean selfSufficient = cash + l.revenue[t] >= l.costs[t] && reserve >= 0;
                        if (selfSufficient) {
                            c.selfSufficient[t]++;
                        } else if (t > subsidyYears) {
                            lastFailure = t;
                        }
                        if (reserve < 0) {
                            c.insolvent[t]++;
                            solvent = false;
                        }
                        record(sums, Metric.SUBSIDY, t, it, l.subsidy[t]);
                        record(sums, Metric.PARTNER_CASH, t, it, cash);
                        record(sums, Metric.REVENUE, t, it, l.revenue[t]);
                        record(sums, Metric.COSTS, t, it, l.costs[t]);
                        record(sums, Metric.NET, t, it, net);
                        record(sums, Metric.RESERVE, t, it, reserve);
                        record(sums, Metric.IN_KIND, t, it, inKind);
                    }
                    c.year[lastFailure + 1]++;
                    if (lastFailure == subsidyYears) {
                        c.verduurzaamd++;
                    }
                    if (solvent) {
                        c.survives++;
                    }
                }
                blockSums[b] = sums;
                progress.progress(done.addAndGet(n), iterations);
            }
            return c;
        }

        private void record(double[] sums, Metric m, int t, int iteration, double x) {
            values[m.ordinal()][t][iteration] = x;
            sums[m.ordinal() * stride + t] += x;
        }

        SimulationResult result(Counts c, long seed) {
            double[] total = new double[blockSums[0].length];
            for (double[] sums : blockSums) {
                for (int k = 0; k < total.length; k++) {
                    total[k] += sums[k];
                }
            }
            List<YearResult> years = new ArrayList<>();
            double[] fundingCash = new double[Ledger.GROUPS];
            double[] fundingInKind = new double[Ledger.GROUPS];
            double fundingSubsidy = 0;
            double fundingRevenue = 0;
            double[] finalReserves = null;
            for (int t = 1; t <= horizon; t++) {
                Map<Metric, Summary> metrics = new EnumMap<>(Metric.class);
                for (Metric m : METRICS) {
                    double[] v = values[m.ordinal()][t];
                    Arrays.sort(v);
                    metrics.put(m, Summary.ofSorted(total[m.ordinal() * stride + t] / iterations, v));
                    if (m == Metric.RESERVE && t == horizon) {
                        finalReserves = v;
                    }
                }
                double[] cash = new double[Ledger.GROUPS];
                double[] inKind = new double[Ledger.GROUPS];
                for (int g = 0; g < Ledger.GROUPS; g++) {
                    cash[g] = total[sumIndexCash(g, t)] / iterations;
                    inKind[g] = total[sumIndexInKind(g, t)] / iterations;
                    fundingCash[g] += cash[g];
                    fundingInKind[g] += inKind[g];
                }
                fundingSubsidy += metrics.get(Metric.SUBSIDY).mean();
                fundingRevenue += metrics.get(Metric.REVENUE).mean();
                years.add(new YearResult(t, plan.scenario.calendarYear(t), t <= plan.subsidyYears,
                        new Proportion(c.selfSufficient[t], iterations), new Proportion(c.insolvent[t], iterations),
                        metrics, cash, inKind));
            }
            Summary finalReserve = years.get(horizon - 1).metric(Metric.RESERVE);
            return new SimulationResult(plan.scenario, iterations, seed, List.copyOf(years),
                    new Proportion(c.verduurzaamd, iterations), new Proportion(c.survives, iterations), c.year,
                    finalReserve, finalReserves,
                    new Funding(fundingSubsidy, fundingCash, fundingInKind, fundingRevenue));
        }
    }
}
