package nl.ppsim.engine;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * Independent random streams in the manner of SSJ's streams and substreams. A stream is named
 * by the run's seed, an input's YAML path and (for inputs drawn anew each year) the simulation
 * year; it is cut into substreams, one per block of {@link #BLOCK_SIZE} iterations. A block is
 * simulated by exactly one thread, so results do not depend on the number of threads, and an
 * input's draws do not depend on which other inputs exist (common random numbers).
 */
public final class RandomStreams {

    /** Iterations per substream. Part of the reproducibility contract: changing it changes results. */
    public static final int BLOCK_SIZE = 1024;

    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** The key of a stream: seed, YAML path and year (0 for inputs drawn once per iteration). */
    public long streamKey(String path, int year) {
        long h = 0xcbf29ce484222325L;
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(mix(seed ^ mix(h)) + year * 0x9E3779B97F4A7C15L);
    }

    /** A fresh generator positioned at the start of the substream for one iteration block. */
    public static UniformRandomProvider substream(long streamKey, long block) {
        long s0 = mix(streamKey + (block + 1) * 0x9E3779B97F4A7C15L);
        long s1 = mix(s0 ^ streamKey ^ 0xD1B54A32D192ED03L);
        if ((s0 | s1) == 0) {
            s1 = 1;
        }
        return new XoRoShiRo128PlusPlus(s0, s1);
    }

    /** A uniform strictly inside (0, 1), so that every quantile function is finite. */
    public static double uniform(UniformRandomProvider rng) {
        return ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }

    /** SplitMix64 finaliser (Stafford variant 13). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
