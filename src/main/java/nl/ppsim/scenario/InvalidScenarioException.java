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

    public InvalidScenarioException(String file, String path, int line, String problem) {
        super(render(file, path, line, problem));
        this.file = file;
        this.path = path;
        this.line = line;
        this.problem = problem;
    }

    private static String render(String file, String path, int line, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(", regel ").append(line);
        }
        if (path != null && !path.isEmpty()) {
            sb.append(", ").append(path);
        }
        return sb.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    /** YAML path such as {@code partners[1].cash_per_year}, or empty for the whole file. */
    public String path() {
        return path;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
