package nl.ppsim.scenario;

import java.util.List;

/**
 * A scenario that cannot be simulated: names the file, the YAML path and (when known) the line,
 * says what is wrong and what would be valid. Shown to the user as one message, never as a trace.
 *
 * <p>Where it is found decides how the problem is said. The readers at the edge ({@code io}) write
 * it in Dutch and English; the numerical core (the engine, which resolves correlations) gives a
 * {@link #key} and its {@link #values} instead, and the edge makes the words from its bundles
 * ({@code io.ProblemText}).
 */
public final class InvalidScenarioException extends RuntimeException {
    private final String file;
    private final String path;
    private final int line;
    private final String problem;
    private final String english;
    private final String key;
    private final List<Object> values;
    private final boolean aboutKey;

    /** An error with the problem in Dutch only. */
    public InvalidScenarioException(String file, String path, int line, String problem) {
        this(file, path, line, problem, null);
    }

    /** With the problem in Dutch and in English ({@code english} null when only Dutch is written). */
    public InvalidScenarioException(String file, String path, int line, String problem, String english) {
        this(file, path, line, problem, english, null, List.of());
    }

    private InvalidScenarioException(
            String file, String path, int line, String problem, String english, String key, List<Object> values) {
        this(file, path, line, problem, english, key, values, false);
    }

    private InvalidScenarioException(
            String file,
            String path,
            int line,
            String problem,
            String english,
            String key,
            List<Object> values,
            boolean aboutKey) {
        super(render(file, path, line, problem, false));
        this.file = file;
        this.path = path;
        this.line = line;
        this.problem = problem;
        this.english = english;
        this.key = key;
        this.values = values;
        this.aboutKey = aboutKey;
    }

    /**
     * The same error, about the key at its path rather than its value (an unknown or misspelt key):
     * a workbook then names the cell the key was typed in.
     */
    public InvalidScenarioException aboutTheKey() {
        return new InvalidScenarioException(file, path, line, problem, english, key, values, true);
    }

    /** Whether the error is about the key at its path (see {@link #aboutTheKey}). */
    public boolean aboutKey() {
        return aboutKey;
    }

    /**
     * An error the core found, as a key and the values its text needs (numbers, paths, names): the
     * edge says it in the reader's language. Its {@link #problem} is the key and values, for logs.
     */
    public static InvalidScenarioException keyed(String file, String path, int line, String key, Object... values) {
        List<Object> v = List.of(values);
        String plain = key + " " + v;
        return new InvalidScenarioException(file, path, line, plain, plain, key, v);
    }

    /** The same error at another place (a workbook's cell instead of a YAML path), with its key and values. */
    public InvalidScenarioException at(String otherFile, String otherPath, int otherLine) {
        return new InvalidScenarioException(otherFile, otherPath, otherLine, problem, english, key, values, aboutKey);
    }

    /** The whole message (file, line, path, problem) in English or Dutch; Dutch where no English was written. */
    public String message(boolean inEnglish) {
        return inEnglish ? render(file, path, line, english == null ? problem : english, true) : getMessage();
    }

    /** The whole message (file, line, path) with {@code problemText} as its problem: how the edge says a keyed problem. */
    public String messageWith(String problemText, boolean inEnglish) {
        return render(file, path, line, problemText, inEnglish);
    }

    private static String render(String file, String path, int line, String problem, boolean english) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(english ? ", line " : ", regel ").append(line);
        }
        if (path != null && !path.isEmpty()) {
            sb.append(", ").append(path);
        }
        return sb.append(": ").append(problem).toString();
    }

    /** The file the error is in, as named on the command line. */
    public String file() {
        return file;
    }

    /** YAML path such as {@code partners[1].cash_per_year}, or empty for the whole file. */
    public String path() {
        return path;
    }

    /** The line of the error, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The problem in Dutch. */
    public String problem() {
        return problem;
    }

    /** The problem in English, or null when only Dutch is written. */
    public String english() {
        return english;
    }

    /** The problem's key when the core found it ({@code correlation.unknown_path}), else null. */
    public String key() {
        return key;
    }

    /** The values a keyed problem's text needs, in the order of its bundle's placeholders. */
    public List<Object> values() {
        return values;
    }
}
