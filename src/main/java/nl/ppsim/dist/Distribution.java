package nl.ppsim.dist;

/**
 * A probability distribution of one uncertain input, sampled by inversion: every draw is
 * {@code quantile(u)} of a single uniform {@code u} in (0, 1). Inversion costs one uniform per
 * draw, so the same input in two scenarios sees the same uniforms (common random numbers), and
 * stratified or correlated uniforms (Latin hypercube, copulas) work for every distribution.
 *
 * <p>Implementations are immutable and validated at construction by {@link Distributions}.
 */
public interface Distribution {

    /**
     * The smallest uniform a distribution is asked for: 2^-54 with Monte Carlo sampling, 2^-64
     * after Latin hypercube stratification of a block (and at least 2^-60 through a copula). Every
     * draw of a distribution lies between its quantiles at U_MIN and {@link #U_MAX}.
     */
    double U_MIN = 0x1.0p-64;
    /** The largest uniform a distribution is asked for: 1 - 2^-53, the largest double below 1. */
    double U_MAX = 0x1.fffffffffffffp-1;

    /** Inverse cumulative distribution function; {@code u} lies strictly inside (0, 1). */
    double quantile(double u);

    /**
     * Replaces the uniforms {@code buf[0..n)} by their quantiles, raised to at least {@code floor} (Math.max):
     * the engine's bulk form of {@link #quantile}. The distributions the catalog uses override it,
     * some with this very loop: in a default method the call to {@code quantile} sees every
     * implementing class and is not inlined; an override sees one (measured on bench.yaml: 7,0
     * instead of 5,1 µs per iteration).
     */
    default void quantiles(double[] buf, int n, double floor) {
        for (int i = 0; i < n; i++) {
            double x = quantile(buf[i]);
            buf[i] = Math.max(x, floor);
        }
    }

    /** The mean. */
    double mean();

    /**
     * The value a plan states for this input, for judging the budget as planned: a constant's
     * value, the mode of a triangular or PERT, 0 for a risk event (the planned budget has none),
     * otherwise the mean. See docs/toetsing.md.
     */
    default double planned() {
        return mean();
    }

    /** The variance. */
    double variance();

    /** Smallest possible value (may be negative infinity). */
    double lower();

    /** Largest possible value (may be positive infinity). */
    double upper();

    /** True when every draw gives the same value; such inputs consume no random numbers. */
    default boolean isConstant() {
        return false;
    }

    /** Short notation as written in a scenario, e.g. {@code triangular(4, 8, 14)}: {@link Notation#PLAIN}. */
    default String describe() {
        return describe(Notation.PLAIN);
    }

    /** Short notation with the numbers and separators of {@code notation}, e.g. {@code triangular(4.000; 8.000; 14.000)}. */
    String describe(Notation notation);
}
