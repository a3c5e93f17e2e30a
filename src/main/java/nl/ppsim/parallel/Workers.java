package nl.ppsim.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one pool of worker threads of the process, for every run and analysis: daemon threads
 * named {@code ppsim-worker}, made when work asks for them and kept a minute after. The pool
 * has no bound of its own, so work that starts other work on it (an analysis running variants
 * side by side, each on several threads) can never wait for a thread it holds itself; how many
 * run at once is what the callers ask ({@code --threads}).
 */
public final class Workers {
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ppsim-worker");
        t.setDaemon(true);
        return t;
    });

    private Workers() {}

    /** Starts {@code work} on a worker thread. */
    public static <T> Future<T> submit(Callable<T> work) {
        return POOL.submit(work);
    }

    /**
     * Runs {@code work} on {@code threads} worker threads at once (in this thread when one) and
     * returns what each returned, in order; a worker's failure is rethrown as it was, and the
     * others are then interrupted.
     */
    public static <T> List<T> all(int threads, Callable<T> work) {
        List<T> out = new ArrayList<>();
        if (threads == 1) {
            try {
                out.add(work.call());
                return out;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        List<Future<T>> futures = new ArrayList<>();
        try {
            for (int k = 0; k < threads; k++) {
                futures.add(POOL.submit(work));
            }
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw unwrap(e);
        } finally {
            for (Future<T> f : futures) {
                f.cancel(true);
            }
        }
    }

    /** The cause of a worker's failure, as it was thrown where possible. */
    public static RuntimeException unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}
