package nl.ppsim.scenario;

/**
 * A requested rank (Spearman) correlation between two uncertain inputs named by their YAML paths.
 * Where it was written ({@code file}, {@code path}, {@code line}) is kept so that the engine, which
 * resolves the paths, can report a problem at the right place.
 */
public record Correlation(String first, String second, double rank, String file, String path, int line) {

    /** An error at the correlation, as a key and values (see {@link InvalidScenarioException#keyed}). */
    public InvalidScenarioException error(String key, Object... values) {
        return InvalidScenarioException.keyed(file, path, line, key, values);
    }
}
