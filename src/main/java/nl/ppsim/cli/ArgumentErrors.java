package nl.ppsim.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ppsim.report.Lang;
import picocli.CommandLine;

/**
 * A mistake in the command line (a missing file, an unknown option, a value that is not a number)
 * as one line in the run's language, with picocli's suggestions for a misspelt option or command,
 * and a hint to the command's help; exit 2. The usage is not dumped: the hint says where it is.
 */
final class ArgumentErrors implements CommandLine.IParameterExceptionHandler {
    private final Lang lang;

    ArgumentErrors(Lang lang) {
        this.lang = lang;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        StringBuilder line = new StringBuilder(lang.t("Fout: ", "Error: ")).append(translate(ex.getMessage(), lang));
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            // a close command name first (rnu -> run, chek -> check); else picocli's own, broader suggestions
            List<String> suggestions = new java.util.ArrayList<>();
            if (!u.getUnmatched().isEmpty()) {
                String word = u.getUnmatched().get(0);
                cl.getSubcommands().keySet().stream()
                        .filter(name -> close(word, name))
                        .forEach(suggestions::add);
            }
            if (suggestions.isEmpty()) {
                suggestions.addAll(u.getSuggestions());
            }
            if (!suggestions.isEmpty()) {
                line.append(lang.t("; bedoelt u ", "; did you mean "))
                        .append(String.join(lang.t(" of ", " or "), suggestions))
                        .append('?');
            }
        }
        cl.getErr().println(line);
        cl.getErr()
                .println(lang.t("Zie '", "See '") + cl.getCommandSpec().qualifiedName() + " --help'"
                        + lang.t(" voor de opties.", " for the options."));
        return ExitCodes.INVALID;
    }

    /** A command name within two edits (or the same letters in another order) of what was typed. */
    static boolean close(String typed, String name) {
        String a = typed.toLowerCase(java.util.Locale.ROOT);
        if (a.length() < 2) {
            return false;
        }
        char[] x = a.toCharArray();
        char[] y = name.toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        if (java.util.Arrays.equals(x, y)) {
            return true;
        }
        int[][] d = new int[a.length() + 1][name.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= name.length(); j++) {
                d[i][j] = i == 0
                        ? j
                        : j == 0
                                ? i
                                : Math.min(
                                        Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                                        d[i - 1][j - 1] + (a.charAt(i - 1) == name.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][name.length()] <= Math.min(2, name.length() / 3);
    }

    private record Rule(Pattern english, String dutch, String plainEnglish) {}

    /** picocli's messages (English, fixed wording) and what they say in the run's language; $1.. are the message's parts. */
    private static final List<Rule> RULES = List.of(
            rule("Missing required parameters?: (.+)", "ontbreekt: $1", "missing: $1"),
            rule("Missing required options?: (.+)", "verplichte optie ontbreekt: $1", "required option missing: $1"),
            rule(
                    "Missing required parameter for option '([^']+)' \\((.+)\\)",
                    "optie '$1' vraagt een waarde ($2)",
                    "option '$1' needs a value ($2)"),
            rule(
                    "Expected parameter for option '([^']+)' but found '([^']+)'",
                    "optie '$1' vraagt een waarde, kreeg '$2'",
                    "option '$1' needs a value, got '$2'"),
            rule("Unknown options?: (.+)", "onbekende optie $1", "unknown option $1"),
            rule("Unmatched arguments? (?:at|from) index \\d+: (.+)", "onbekend argument $1", "unknown argument $1"),
            rule(
                    "Invalid value for option '([^']+)': '([^']*)' is not an? (int|long|double|float)(?: number)?",
                    "optie '$1' vraagt een getal, kreeg '$2'",
                    "option '$1' needs a number, got '$2'"),
            rule(
                    "Invalid value for option '([^']+)': '([^']*)'; (.+)",
                    "optie '$1' kent '$2' niet; geldig: $3",
                    "option '$1' does not know '$2'; valid: $3"),
            rule(
                    "Invalid value for option '([^']+)': (.+)",
                    "ongeldige waarde voor optie '$1': $2",
                    "invalid value for option '$1': $2"),
            rule(
                    "Invalid value for positional parameter at index \\S+ \\(([^)]+)\\): (.+)",
                    "ongeldige waarde voor $1: $2",
                    "invalid value for $1: $2"),
            rule(
                    "positional parameter at index \\S+ \\(([^)]+)\\) requires at least (\\d+) values, but only (\\d+) were specified: (.+)",
                    "$1: minstens $2 nodig, kreeg er $3: $4",
                    "$1: at least $2 needed, got $3: $4"));

    private static Rule rule(String english, String dutch, String plainEnglish) {
        return new Rule(Pattern.compile(english, Pattern.DOTALL), dutch, plainEnglish);
    }

    static String translate(String message, Lang lang) {
        String m = message == null ? "" : message.strip();
        for (Rule r : RULES) {
            Matcher matcher = r.english().matcher(m);
            if (matcher.matches()) {
                return matcher.replaceFirst(lang.t(r.dutch(), r.plainEnglish()));
            }
        }
        return lang.t("ongeldige opdracht: ", "invalid command: ") + m;
    }
}
