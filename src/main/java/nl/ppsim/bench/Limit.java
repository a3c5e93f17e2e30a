package nl.ppsim.bench;

import java.util.ArrayList;
import java.util.List;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.UniformBits;
import nl.ppsim.engine.CompiledScenario;
import nl.ppsim.engine.result.SampledInput;
import nl.ppsim.parallel.Workers;
import nl.ppsim.scenario.Scenario;

/**
 * The yardstick for the engine's speed ({@code ppsim bench --limit}): only the work that no Monte
 * Carlo engine for this plan can avoid, for the same draw mix. Every sampled input draws as often
 * as in the engine (once a year or once an iteration, in its years), each from its own
 * counter-based stream (a SplitMix64 hash of the stream's key and the iteration number, no state to
 * carry), through the same inverse CDFs (the distributions' bulk {@link Distribution#quantiles});
 * the draws are summed per iteration and year and each year's sum compared once with zero.
 * Iterations are processed in chunks of {@value #CHUNK}, structure of arrays, on the given
 * threads. It keeps no accounts, no statistics, no trace: the engine's time divided by this one
 * says how far the engine is from the limit.
 */
public final class Limit {
    /** Iterations per chunk: the rows of a chunk stay in the first-level cache. */
    static final int CHUNK = 256;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** What a run of the yardstick did: its time, its number of draws, and a count that keeps the work from being optimised away. */
    public record Result(double seconds, long draws, long yearsAboveZero) {}

    /** One stream: a distribution and the year its draws are summed into. */
    private record Stream(Distribution distribution, int year, long key) {}

    private Limit() {}

    /** The number of draws an iteration of this plan makes (constants draw nothing). */
    public static int drawsPerIteration(Scenario scenario) {
        return streams(scenario).size();
    }

    private static List<Stream> streams(Scenario scenario) {
        List<Stream> out = new ArrayList<>();
        long key = 1;
        for (SampledInput in : CompiledScenario.of(scenario).inputs()) {
            if (in.input().isConstant()) {
                continue;
            }
            // years count from 1; an input drawn once an iteration has years 0..0 and is summed into the first year
            for (int y = in.fromYear(); y <= in.toYear(); y++) {
                out.add(new Stream(in.input().distribution(), Math.max(0, y - 1), UniformBits.mix(key++)));
            }
        }
        return out;
    }

    /** Runs the yardstick for {@code iterations} iterations of the plan on {@code threads} threads. */
    public static Result run(Scenario scenario, int iterations, int threads) {
        List<Stream> streams = streams(scenario);
        int years = scenario.horizonYears();
        int chunks = (iterations + CHUNK - 1) / CHUNK;
        long t0 = System.nanoTime();
        long count = 0;
        if (threads <= 1) {
            count = work(streams, years, iterations, chunks, 0, 1);
        } else {
            java.util.concurrent.atomic.AtomicInteger part = new java.util.concurrent.atomic.AtomicInteger();
            for (long c : Workers.all(
                    threads, () -> work(streams, years, iterations, chunks, part.getAndIncrement(), threads))) {
                count += c;
            }
        }
        return new Result((System.nanoTime() - t0) / 1e9, (long) iterations * streams.size(), count);
    }

    /** The uniforms of iterations {@code base + 1 .. base + n} of the stream with this key: no state, one hash each. */
    static void uniforms(double[] row, int n, long key, long base) {
        long h = key + (base + 1) * GOLDEN;
        for (int i = 0; i < n; i++) {
            row[i] = UniformBits.uniform(UniformBits.mix(h + i * GOLDEN));
        }
    }

    /** One thread's share: every {@code step}-th chunk from {@code first}. */
    private static long work(List<Stream> streams, int years, int iterations, int chunks, int first, int step) {
        Stream[] s = streams.toArray(new Stream[0]);
        double[] row = new double[CHUNK];
        double[][] sums = new double[years][CHUNK];
        long count = 0;
        for (int c = first; c < chunks; c += step) {
            long base = (long) c * CHUNK;
            int n = (int) Math.min(CHUNK, iterations - base);
            for (double[] y : sums) {
                java.util.Arrays.fill(y, 0, n, 0.0);
            }
            for (Stream stream : s) {
                uniforms(row, n, stream.key, base);
                stream.distribution.quantiles(row, n, Double.NEGATIVE_INFINITY);
                double[] sum = sums[stream.year];
                for (int i = 0; i < n; i++) {
                    sum[i] += row[i];
                }
            }
            for (double[] y : sums) {
                for (int i = 0; i < n; i++) {
                    count += y[i] > 0 ? 1 : 0;
                }
            }
        }
        return count;
    }
}
