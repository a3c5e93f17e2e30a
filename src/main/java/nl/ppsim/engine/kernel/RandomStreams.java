package nl.ppsim.engine.kernel;

import java.nio.charset.StandardCharsets;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.UniformBits;
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
    public static final int BLOCK_SIZE = nl.ppsim.engine.result.SimulationResult.BLOCK_SIZE;
    /** The smallest uniform the engine draws: see {@link Distribution#U_MIN}. */
    public static final double U_MIN = Distribution.U_MIN;
    /** The largest uniform the engine draws: see {@link Distribution#U_MAX}. */
    public static final double U_MAX = Distribution.U_MAX;

    private final long seed;

    /** The streams of a run with this seed. */
    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** The key of a stream: seed, the input's stable name (see {@code Plan.streamName}) and year (0 for inputs drawn once per iteration). */
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
        long s0 = seed0(streamKey, block);
        return new XoRoShiRo128PlusPlus(s0, seed1(streamKey, s0));
    }

    /** First word of a substream's XoRoShiRo128++ state. */
    static long seed0(long streamKey, long block) {
        return mix(streamKey + (block + 1) * 0x9E3779B97F4A7C15L);
    }

    /** Second word of a substream's XoRoShiRo128++ state (never both zero). */
    static long seed1(long streamKey, long s0) {
        long s1 = mix(s0 ^ streamKey ^ 0xD1B54A32D192ED03L);
        return (s0 | s1) == 0 ? 1 : s1;
    }

    /**
     * Fills {@code row[0..n)} with uniforms from the XoRoShiRo128++ generator whose state is
     * {@code state[2d], state[2d + 1]}, and advances that state: exactly the numbers Commons RNG's
     * {@link XoRoShiRo128PlusPlus} started from the same state would give (tested), with the state
     * kept in registers for the loop. The engine's hottest loop after the quantile functions.
     */
    static void uniforms(long[] state, int d, double[] row, int n) {
        long s0 = state[2 * d];
        long s1 = state[2 * d + 1];
        for (int i = 0; i < n; i++) {
            long result = Long.rotateLeft(s0 + s1, 17) + s0;
            s1 ^= s0;
            s0 = Long.rotateLeft(s0, 49) ^ s1 ^ (s1 << 21);
            s1 = Long.rotateLeft(s1, 28);
            row[i] = uniform(result);
        }
        state[2 * d] = s0;
        state[2 * d + 1] = s1;
    }

    /** A uniform strictly inside (0, 1), so that every quantile function is finite. */
    public static double uniform(UniformRandomProvider rng) {
        return uniform(rng.nextLong());
    }

    /** The uniform strictly inside (0, 1) made of a generator's output (see {@link UniformBits#uniform}). */
    static double uniform(long bits) {
        return UniformBits.uniform(bits);
    }

    /** The SplitMix64 finaliser (see {@link UniformBits#mix}). */
    static long mix(long z) {
        return UniformBits.mix(z);
    }
}
