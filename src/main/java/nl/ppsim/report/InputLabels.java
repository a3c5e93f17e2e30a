package nl.ppsim.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Catalog;
import nl.ppsim.model.Parameter;
import nl.ppsim.scenario.BusinessModelUse;
import nl.ppsim.scenario.Event;
import nl.ppsim.scenario.InputPath;
import nl.ppsim.scenario.Line;
import nl.ppsim.scenario.Partner;
import nl.ppsim.scenario.Scenario;

/**
 * Human labels for a scenario's inputs, built from the scenario's own names and the catalog's
 * parameter descriptions: {@code partners[1].renewal} becomes "Gemeente Voorbeeld: verlengt na 2029
 * (ja/nee)", {@code business_models[0].params.participants_per_course} becomes "Masterclasses:
 * deelnemers per cursus". The YAML path stays the input's identity (in CSV files and the report's
 * technical appendix); every sentence, chart and table a person reads uses the label. A path this
 * class does not know falls back to its last key with spaces, never to an error.
 */
public final class InputLabels {
    private final Scenario scenario;
    private final Lang lang;

    /** Labels for the inputs of {@code scenario} in {@code lang}. */
    public InputLabels(Scenario scenario, Lang lang) {
        this.scenario = scenario;
        this.lang = lang;
    }

    /** The label of the input at {@code path}. */
    public String of(String path) {
        if (path == null) {
            return "";
        }
        if (path.equals("subsidy.per_year")) {
            return lang.t("Subsidie per jaar", "Subsidy per year");
        }
        if (path.equals("initial_reserve")) {
            return lang.t("Beginreserve", "Initial reserve");
        }
        InputPath id = InputPath.parse(path);
        if (!id.item()) {
            return words(path);
        }
        int index = id.index();
        String rest = id.key();
        return switch (id.list()) {
            case PARTNERS ->
                index < scenario.partners().size() ? partner(scenario.partners().get(index), rest) : words(path);
            case LINES ->
                index < scenario.lines().size() ? line(scenario.lines().get(index), rest) : words(path);
            case BUSINESS_MODELS ->
                index < scenario.businessModels().size()
                        ? model(scenario.businessModels().get(index), rest)
                        : words(path);
            case EVENTS ->
                index < scenario.events().size() ? event(scenario.events().get(index), rest) : words(path);
        };
    }

    /** Where an input's figure comes from, in these labels' language ("" when not given). */
    public String sourceOf(nl.ppsim.dist.Input in) {
        return source(in, lang);
    }

    /** Where an input's figure comes from, in the reader's words ("" when not given). */
    public static String source(nl.ppsim.dist.Input in, Lang l) {
        if (in.catalogDefault()) {
            return l.t("catalogusstandaard (illustratief)", "catalog default (illustrative)");
        }
        return in.source() == null ? "" : in.source();
    }

    /** True when {@code text} is an input's YAML path (an item of a list, or the subsidy). */
    public static boolean isPath(String text) {
        return InputPath.parse(text).item() || text.startsWith("subsidy.");
    }

    /** True for an input that is a yes/no decision drawn as a uniform (a partner's renewal). */
    public static boolean isRenewal(String path) {
        return path.endsWith(nl.ppsim.scenario.InputPath.RENEWAL_EVENT);
    }

    private String partner(Partner p, String key) {
        String what = switch (key) {
            case "cash_per_year" -> lang.t("bijdrage in geld per jaar", "cash contribution per year");
            case "in_kind_per_year" -> lang.t("bijdrage in natura per jaar", "in-kind contribution per year");
            case "in_kind_hours_per_year" -> lang.t("uren in natura per jaar", "in-kind hours per year");
            case "renewal_probability" -> lang.t("kans dat de partner verlengt", "probability that the partner renews");
            case "renewal" ->
                lang.t("verlengt na ", "renews after ")
                        + (scenario.startYear() + p.committedYears() - 1)
                        + lang.t(" (ja/nee)", " (yes/no)");
            case "renewal_at" ->
                lang.t("verlengt opnieuw in ", "renews again in ")
                        + laterYears(p)
                        + lang.t(" (toevalsgetal; laag = ja)", " (random number; low = yes)");
            case "after_subsidy_factor" ->
                lang.t("bijdrage na de subsidie (factor)", "contribution after the subsidy (factor)");
            case "pool.leave_probability" ->
                lang.t("kans per jaar dat een lid vertrekt", "probability per year that a member leaves");
            case "pool.join_per_year" -> lang.t("nieuwe leden per jaar", "new members per year");
            case "pool.leaving" ->
                lang.t(
                        "toeval bij het vertrek van leden (hoog = minder vertrek)",
                        "chance in members leaving (high = fewer leave)");
            default -> words(key);
        };
        return p.name() + ": " + what;
    }

    private String laterYears(Partner p) {
        List<Integer> later =
                p.renewalYears().stream().skip(1).map(scenario::calendarYear).toList();
        return later.isEmpty() ? "" : later.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private String line(Line l, String key) {
        String what = switch (key) {
            case "amount" -> lang.t("bedrag per jaar", "amount per year");
            case "growth" -> lang.t("groei per jaar", "growth per year");
            default -> words(key);
        };
        return l.name() + ": " + what;
    }

    private String model(BusinessModelUse use, String key) {
        String param = key.startsWith("params.") ? key.substring("params.".length()) : key;
        Optional<Parameter> p = Catalog.find(use.model()).flatMap(m -> m.parameter(param));
        String what = p.map(x -> shortLabel(lang.t(x.dutch(), x.english()))).orElseGet(() -> words(param));
        return use.name() + ": " + what;
    }

    private String event(Event e, String key) {
        String what = switch (key) {
            case "impact" ->
                e.impact() instanceof Event.Cost
                        ? lang.t("gebeurt het, en wat het kost", "whether it happens, and its cost")
                        : lang.t("gebeurt het (ja/nee)", "whether it happens (yes/no)");
            case "impact.cost" -> lang.t("kosten als het gebeurt", "cost when it happens");
            case "year" -> lang.t("het jaar waarin het gebeurt (trekking)", "the year it happens (draw)");
            default -> words(key);
        };
        return e.name() + ": " + what;
    }

    /** The catalog's description up to its first explanation in brackets or after a semicolon, starting in lower case. */
    static String shortLabel(String description) {
        String s = description;
        int cut = s.length();
        for (String stop : new String[] {" (", ";"}) {
            int i = s.indexOf(stop);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        s = s.substring(0, cut).trim();
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    private static String words(String key) {
        String last = key.contains(".") ? key.substring(key.lastIndexOf('.') + 1) : key;
        return last.replace('_', ' ');
    }

    /** The business model's name in the report's language, for a catalog key. */
    static String modelName(String key, Lang lang) {
        return Catalog.find(key)
                .map((BusinessModel m) -> lang.t(m.dutchName(), m.englishName()))
                .orElse(key);
    }
}
