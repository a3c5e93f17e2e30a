package nl.ppsim.cli;

/** The hostile inputs of {@link ReliabilityTest} for tests of other packages. */
public final class ReliabilityTestAccess {
    private ReliabilityTestAccess() {}

    /** A "billion laughs" scenario text: {@code levels} levels of {@code width} aliases each. */
    public static String aliasBomb(int levels, int width) {
        return ReliabilityTest.aliasBomb(levels, width);
    }
}
