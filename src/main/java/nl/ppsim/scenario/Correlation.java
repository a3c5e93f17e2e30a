package nl.ppsim.scenario;

/**
 * A requested rank (Spearman) correlation between two uncertain inputs named by their YAML paths.
 * Where it was written ({@code file}, {@code path}, {@code line}) is kept so that the engine, which
 * resolves the paths, can report a problem at the right place.
 */
public record Correlation(String first, String second, double rank, String file, String path, int line) {

    /** An error at the correlation, in Dutch only. */
    public InvalidScenarioException error(String problem) {
        return new InvalidScenarioException(file, path, line, problem);
    }

    /** An error at the correlation, in Dutch and in English. */
    public InvalidScenarioException error(String problem, String english) {
        return new InvalidScenarioException(file, path, line, problem, english);
    }
}
