package nl.ppsim.io;

import java.util.List;
import java.util.Map;

/**
 * The layout of a plan workbook ({@code ppsim template --xlsx}, {@code ppsim run plan.xlsx}): which
 * sheet holds which part of a scenario and which columns it has. A cell holds a number, a word, a
 * distribution written as {@code triangular(60000; 80000; 90000)}, or, in the column "meer (YAML)",
 * any further keys of that item as YAML ({@code {pays_for: Masterclasses}}); the sheet "Overig" ("Other")
 * holds the rest of the scenario (correlations, events, sustainability) as YAML text. The workbook
 * is read into the same YAML a scenario file holds, so it is validated by the same rules; an error
 * names the sheet and cell.
 */
public final class Workbook {
    private Workbook() {}

    /**
     * The sheets, each with its Dutch and English name: a template is written in the run's language
     * and a workbook is read in either (its language is told by its sheet names).
     */
    public enum Sheet {
        /** The plan's general keys, one per row: key, value. */
        PLAN("Plan", "Plan"),
        /** The partners, one per row. */
        PARTNERS("Partners", "Partners"),
        /** The cost and revenue lines, one per row. */
        LINES("Regels", "Lines"),
        /** The business models, one per row. */
        MODELS("Bedrijfsmodellen", "Business models"),
        /** The business models' parameters, one per row: the model's name, the parameter, its value. */
        PARAMETERS("Parameters", "Parameters"),
        /** The rest of the scenario as YAML text in cell A2. */
        OTHER("Overig", "Other");

        private final String dutch;
        private final String english;

        Sheet(String dutch, String english) {
            this.dutch = dutch;
            this.english = english;
        }

        /** The sheet's name in a workbook of that language. */
        public String title(boolean inEnglish) {
            return inEnglish ? english : dutch;
        }
    }

    /**
     * The distributions a template writes into a cell as a call, {@code name(a; b)}, and offers in its
     * list: those the reader knows, but discrete (its lists of values and weights stay YAML).
     */
    public static final List<String> CELL_DISTRIBUTIONS =
            DistributionReader.NAMES.stream().filter(n -> !n.equals("discrete")).toList();

    /** Keys whose column holds a list, typed as "2034; 2038" (one value as a number). */
    public static final java.util.Set<String> LIST_KEYS = java.util.Set.of("renewal_years");

    /** The general keys of the Plan sheet, in order (subsidy keys as subsidy.KEY). */
    public static final List<String> PLAN_KEYS = List.of(
            "scenario",
            "title",
            "start_year",
            "subsidy_years",
            "horizon_years",
            "iterations",
            "seed",
            "initial_reserve",
            "subsidy.per_year",
            "subsidy.scheme",
            "subsidy.variant");
    /** The partner columns after which "meer (YAML)" follows. */
    public static final List<String> PARTNER_KEYS = List.of(
            "name",
            "group",
            "cash_per_year",
            "in_kind_per_year",
            "committed_years",
            "renewal_probability",
            "renewal_years",
            "pool.members",
            "pool.leave_probability",
            "pool.join_per_year");
    /** The line columns. */
    public static final List<String> LINE_KEYS = List.of("name", "kind", "amount", "from_year", "to_year", "growth");
    /** The business-model columns. */
    public static final List<String> MODEL_KEYS = List.of(
            "model",
            "name",
            "from_year",
            "to_year",
            "stop_rule.margin_below",
            "stop_rule.years",
            "stop_rule.wind_down_cost");
    /** Each key's label in Dutch and English: a header is "label (key)"; a header of the label alone is read too. */
    private static final Map<String, List<String>> LABELS = Map.ofEntries(
            Map.entry("scenario", List.of("Naam van het scenario (kleine letters)", "Scenario name (lower case)")),
            Map.entry("title", List.of("Titel", "Title")),
            Map.entry("start_year", List.of("Startjaar", "Start year")),
            Map.entry("subsidy_years", List.of("Subsidiejaren", "Subsidy years")),
            Map.entry("horizon_years", List.of("Jaren doorrekenen", "Years simulated")),
            Map.entry("iterations", List.of("Trekkingen", "Iterations")),
            Map.entry("seed", List.of("Seed", "Seed")),
            Map.entry("initial_reserve", List.of("Beginreserve (EUR)", "Initial reserve (EUR)")),
            Map.entry("subsidy.per_year", List.of("Subsidie per jaar (EUR)", "Subsidy per year (EUR)")),
            Map.entry("subsidy.scheme", List.of("Regeling", "Scheme")),
            Map.entry("subsidy.variant", List.of("Variant van de regeling", "Variant of the scheme")),
            Map.entry("name", List.of("Naam", "Name")),
            Map.entry("group", List.of("Groep", "Group")),
            Map.entry("cash_per_year", List.of("Geld per jaar (EUR)", "Cash per year (EUR)")),
            Map.entry("in_kind_per_year", List.of("Natura per jaar (EUR)", "In kind per year (EUR)")),
            Map.entry("committed_years", List.of("Zeker voor jaren", "Committed years")),
            Map.entry("renewal_probability", List.of("Kans op verlenging", "Renewal probability")),
            Map.entry("kind", List.of("Soort", "Kind")),
            Map.entry("amount", List.of("Bedrag per jaar (EUR)", "Amount per year (EUR)")),
            Map.entry("from_year", List.of("Vanaf jaar", "From year")),
            Map.entry("to_year", List.of("Tot en met jaar", "To year")),
            Map.entry("growth", List.of("Groei per jaar", "Growth per year")),
            Map.entry("model", List.of("Bedrijfsmodel", "Business model")),
            Map.entry("renewal_years", List.of("Verlengt opnieuw in (jaren)", "Renews again in (years)")),
            Map.entry("pool.members", List.of("Pool: leden bij de start", "Pool: members at the start")),
            Map.entry(
                    "pool.leave_probability",
                    List.of("Pool: kans per jaar dat een lid vertrekt", "Pool: yearly probability a member leaves")),
            Map.entry("pool.join_per_year", List.of("Pool: nieuwe leden per jaar", "Pool: new members per year")),
            Map.entry(
                    "stop_rule.margin_below", List.of("Stopregel: marge onder (EUR)", "Stop rule: margin below (EUR)")),
            Map.entry("stop_rule.years", List.of("Stopregel: jaren op rij", "Stop rule: years in a row")),
            Map.entry(
                    "stop_rule.wind_down_cost",
                    List.of("Stopregel: afbouwkosten (EUR)", "Stop rule: wind-down cost (EUR)")));

    /** The label of a key of the Plan sheet or a column, in a workbook of that language (the key itself when it has none). */
    public static String label(String key, boolean inEnglish) {
        List<String> l = LABELS.get(key);
        return l == null ? key : l.get(inEnglish ? 1 : 0);
    }

    /** The header of a column or Plan row: "label (key)". */
    public static String header(String key, boolean inEnglish) {
        return label(key, inEnglish) + " (" + key + ")";
    }

    /** The header of the Parameters sheet's columns, in a workbook of that language. */
    public static List<String> parameterHeaders(boolean inEnglish) {
        return inEnglish
                ? List.of("Model (name or key)", "Parameter", "Value", "Default (when empty)", "Unit", "Meaning")
                : List.of(
                        "Model (naam of sleutel)",
                        "Parameter",
                        "Waarde",
                        "Standaard (als leeg)",
                        "Eenheid",
                        "Betekenis");
    }

    /** The header of the Plan sheet's two columns, in a workbook of that language. */
    public static List<String> planHeaders(boolean inEnglish) {
        return inEnglish ? List.of("Key", "Value") : List.of("Sleutel", "Waarde");
    }

    /** The header of the column with further keys as YAML, in a workbook of that language. */
    public static String more(boolean inEnglish) {
        return inEnglish ? "more (YAML)" : "meer (YAML)";
    }

    /** The spreadsheet name of a column (0 = A). */
    public static String column(int c) {
        StringBuilder sb = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }
}
