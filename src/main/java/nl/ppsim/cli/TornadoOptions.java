package nl.ppsim.cli;

import picocli.CommandLine.Option;

/** How many iterations each one-at-a-time tornado run uses: shared by check and sensitivity. */
final class TornadoOptions {
    @Option(
            names = "--tornado-iterations",
            paramLabel = "N",
            defaultValue = "2000",
            descriptionKey = "tornado-iterations")
    int iterations;

    /** The validated number, never more than the run's own iterations. */
    int iterations(int runIterations) {
        if (iterations < 100) {
            throw new UserException(
                    "--tornado-iterations moet minstens 100 zijn, kreeg " + iterations,
                    "--tornado-iterations must be at least 100, got " + iterations);
        }
        return Math.min(iterations, runIterations);
    }
}
