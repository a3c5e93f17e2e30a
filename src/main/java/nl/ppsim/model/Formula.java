package nl.ppsim.model;

/**
 * A business model's money logic for one year, for a chunk of {@code n} iterations at once:
 * parameter {@code j} of iteration {@code i} is {@code p[j][i]} (indexed as in the catalog), flows
 * go to {@code out}'s arrays at index {@code i}. Working on whole chunks keeps the engine's inner
 * loop free of per-iteration calls and lets the JIT vectorise the arithmetic, provided each loop
 * stays small: the catalog computes one flow per loop, because Java 17's C2 compiler does not
 * unroll (and so does not vectorise) a loop body with much more than about eight array accesses
 * (measured: the onderzoekshuis formula 4.6 ns an iteration as one loop, 0.9 ns as one loop per flow).
 */
@FunctionalInterface
public interface Formula {
    void year(double[][] p, ModelYear year, Flows out, int n);
}
