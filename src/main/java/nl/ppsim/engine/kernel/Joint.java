package nl.ppsim.engine.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one loop over blocks and chunks, with one sampling per chunk, of a plain run ({@link Run}) and
 * of runs made together ({@link HeldRuns}, {@link SharedDraws}); and for the latter the workers and
 * the tallies combined run by run.
 */
final class Joint {
    private Joint() {}

    /** One run's step on a chunk that has just been sampled: flows and accounts of run {@code r}. */
    @FunctionalInterface
    interface Step {
        void apply(int r, int block, int first, int lanes);
    }

    /**
     * A worker's loop: it takes blocks in turn; for each chunk of a block, {@code sampler} draws
     * once and every run takes its {@code step}; each run's block sums go to its {@link Run#sums},
     * and {@code done} hears how many iterations each finished block had.
     */
    static void blocks(
            AtomicInteger next,
            List<Run> runs,
            Accounting[] accounts,
            Workspace sampler,
            int iterations,
            Step step,
            java.util.function.IntConsumer done) {
        int blocks = runs.get(0).blocks;
        int b;
        while ((b = next.getAndIncrement()) < blocks) {
            int first = b * RandomStreams.BLOCK_SIZE;
            int n = Math.min(RandomStreams.BLOCK_SIZE, iterations - first);
            for (int r = 0; r < runs.size(); r++) {
                accounts[r].sums = runs.get(r).sums.empty();
            }
            sampler.startBlock(b);
            for (int start = 0; start < n; start += sampler.lanes) {
                int lanes = Math.min(sampler.lanes, n - start);
                sampler.sample(lanes);
                for (int r = 0; r < runs.size(); r++) {
                    step.apply(r, b, first + start, lanes);
                }
            }
            for (int r = 0; r < runs.size(); r++) {
                runs.get(r).sums.deliver(b, accounts[r].sums);
            }
            done.accept(n);
        }
        for (Accounting a : accounts) {
            a.finish();
        }
    }

    /** Runs {@code work} on the workers and combines their tallies run by run. */
    static List<Tally> simulate(List<Run> runs, int threads, Callable<Tally[]> work) {
        List<Tally[]> parts = Engine.onWorkers(Math.max(1, Math.min(threads, runs.get(0).blocks)), work);
        List<Tally> totals = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            Tally total = parts.get(0)[r];
            for (int k = 1; k < parts.size(); k++) {
                total.combine(parts.get(k)[r]);
            }
            totals.add(total);
        }
        return totals;
    }
}
