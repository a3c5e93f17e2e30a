package nl.ppsim.scenario;

/**
 * A scenario that cannot be simulated: names the file, the YAML path and (when known) the line,
 * says what is wrong and what would be valid. Shown to the user as one message, never as a trace.
 */
public final class InvalidScenarioException extends RuntimeException {
    private final String file;
    private final String path;
    private final int line;
    private final String problem;
    private final String english;

    /** An error with the problem in Dutch only. */
    public InvalidScenarioException(String file, String path, int line, String problem) {
        this(file, path, line, problem, null);
    }

    /** With the problem in Dutch and in English ({@code english} null when only Dutch is written). */
    public InvalidScenarioException(String file, String path, int line, String problem, String english) {
        super(render(file, path, line, problem, false));
        this.file = file;
        this.path = path;
        this.line = line;
        this.problem = problem;
        this.english = english;
    }

    /** The whole message (file, line, path, problem) in English or Dutch; Dutch where no English was written. */
    public String message(boolean inEnglish) {
        return inEnglish ? render(file, path, line, english == null ? problem : english, true) : getMessage();
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
}
