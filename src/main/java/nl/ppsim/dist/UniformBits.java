package nl.ppsim.dist;

/**
 * Random bits made into what quantile functions take: a hash that spreads a counter or key over all
 * 64 bits, and the uniform strictly inside (0, 1) made of a generator's output. Shared by the
 * engine's streams and the benchmark's yardstick, so that both turn bits into draws the same way.
 */
public final class UniformBits {
    private UniformBits() {}

    /**
     * The uniform strictly inside (0, 1) made of the top 53 bits of a generator's output: the
     * midpoint of the bits' interval, except that the top one (whose midpoint 1 - 2^-54 rounds to
     * exactly 1.0 in double arithmetic) becomes {@link Distribution#U_MAX}, so every quantile is
     * finite.
     *
     * <p>Computed in integers: the midpoint (x + 1/2) 2^-53 is (2x + 1) 2^-54, and the one odd
     * numerator that rounds up to 2^54 (x = 2^53 - 1) is lowered by one to 2^54 - 2, which is
     * exactly U_MAX. The same doubles as {@code Math.min((x + 0.5) * 2^-53, U_MAX)} for every input
     * (tested), without the double {@code Math.min}, which cost 1.5 ns of the 4.8 ns a uniform took
     * in the generator's loop (measured in isolation).
     */
    public static double uniform(long bits) {
        long odd = ((bits >>> 11) << 1) | 1;
        odd -= (odd + 1) >>> 54;
        return odd * 0x1.0p-54;
    }

    /** The SplitMix64 finaliser (Stafford's variant 13): every input bit moves about half the output bits. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
