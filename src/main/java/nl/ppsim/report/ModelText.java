package nl.ppsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ppsim.model.Bearer;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Payer;
import nl.ppsim.model.Step;

/**
 * Words for a business model's steps, for the console ({@code ppsim models NAME}) and the
 * generated catalog docs: what each step is, its expression as the engine evaluates it, and who
 * pays or carries it by default.
 */
public final class ModelText {
    private ModelText() {}

    /** "opbrengst", "kosten", "grootheid" (or English). */
    public static String kind(Step s, Lang l) {
        return switch (s.kind()) {
            case QUANTITY -> l.t("grootheid", "quantity");
            case REVENUE -> l.t("opbrengst", "revenue");
            case COST -> s.oneOff() ? l.t("kosten (eenmalig)", "cost (one-off)") : l.t("kosten", "cost");
            case PROVISION -> l.t("voorziening per jaar (geen geld)", "yearly provision (not cash)");
            case REACH_STUDENTS -> l.t("bereik: studenten", "reach: students");
            case REACH_TEACHERS -> l.t("bereik: docenten", "reach: teachers");
            case REACH_COMPANIES -> l.t("bereik: bedrijven", "reach: companies");
        };
    }

    /** Who pays a revenue item or carries a cost item by default; empty for a quantity. */
    public static String who(Step s, Lang l) {
        return switch (s.kind()) {
            case QUANTITY -> "";
            case PROVISION -> l.t("structurele toets", "structural test");
            case REACH_STUDENTS, REACH_TEACHERS, REACH_COMPANIES -> l.t("aantal per jaar", "count per year");
            case REVENUE ->
                l.t("betaald door ", "paid by ")
                        + payers(s.payers(), l)
                        + l.t("; btw: ", "; VAT: ")
                        + nl.ppsim.model.Vat.ofStep(s.name()).id();
            case COST ->
                (s.bearer() == Bearer.PPS
                                ? l.t("pps in geld", "the PPS in cash")
                                : l.t(
                                        s.bearer().key() + " in natura",
                                        s.bearer().english() + " in kind"))
                        + l.t("; soort: ", "; type: ")
                        + nl.ppsim.model.CostType.ofStep(s.name()).id();
        };
    }

    /** "werkveld 80%, deelnemers 20%", or one payer's name. */
    public static String payers(Map<Payer, Double> shares, Lang l) {
        if (shares.size() == 1) {
            return name(shares.keySet().iterator().next(), l);
        }
        List<String> parts = new ArrayList<>();
        shares.forEach((p, v) -> parts.add(name(p, l) + " " + l.percent(v)));
        return String.join(", ", parts);
    }

    private static String name(Payer p, Lang l) {
        return l.t(p.key(), p.english())
                + (p == Payer.INTERN ? l.t(" (andere modellen van de pps)", " (other models of the PPS)") : "");
    }

    /**
     * The steps whose value changes with the synergy multiplier {@code uplift}, those that follow
     * it only in later years marked as such.
     */
    public static String upliftSteps(BusinessModel m, Lang l) {
        int uplift = m.contextName(BusinessModel.Context.UPLIFT);
        Set<String> now = m.dependents(uplift, false);
        List<String> out = new ArrayList<>(now);
        for (String s : m.dependents(uplift, true)) {
            if (!now.contains(s)) {
                out.add(s + l.t(" (in latere jaren)", " (in later years)"));
            }
        }
        return out.isEmpty() ? l.t("niets", "nothing") : String.join(", ", out);
    }

    private static final java.util.Map<String, String> UNIT_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("jaar", "year"),
            java.util.Map.entry("uur", "hour"),
            java.util.Map.entry("maand", "month"),
            java.util.Map.entry("maanden", "months"),
            java.util.Map.entry("fractie", "fraction"),
            java.util.Map.entry("leden", "members"),
            java.util.Map.entry("vragen", "questions"),
            java.util.Map.entry("trajecten", "trajectories"),
            java.util.Map.entry("trainingen", "trainings"),
            java.util.Map.entry("studenten", "students"),
            java.util.Map.entry("projecten", "projects"),
            java.util.Map.entry("plaatsingen", "placements"),
            java.util.Map.entry("opdrachten", "assignments"),
            java.util.Map.entry("omgevingen", "environments"),
            java.util.Map.entry("evenementen", "events"),
            java.util.Map.entry("deelnemers", "participants"),
            java.util.Map.entry("cursussen", "courses"),
            java.util.Map.entry("bedrijven", "companies"));

    /** A catalog unit ("EUR/jaar", "cursussen/jaar") in the report's language ("EUR/year", "courses/year"). */
    public static String unit(String unit, Lang l) {
        if (l == Lang.NL) {
            return unit;
        }
        StringBuilder out = new StringBuilder();
        for (String part : unit.split("/", -1)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(UNIT_WORDS.getOrDefault(part, part));
        }
        return out.toString();
    }
}
