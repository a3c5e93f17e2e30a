package nl.ppsim.report;

import java.util.List;
import nl.ppsim.scenario.Notice;
import nl.ppsim.scenario.Scenario;

/** The words of a scenario's {@link Notice}s, with what the user can do about each. */
public final class NoticeText {
    private NoticeText() {}

    /** The source of the rule that company money comes through projects. */
    static final String STAPPENPLAN = "Platform Katapult, \"Stappenplan nieuwe pps\", stap 4";

    /**
     * One sentence per notice of the scenario, in the scenario's partner order; with the YAML path of
     * each item for the console, without it in a report (which names items by their labels).
     */
    public static List<String> all(Scenario s, Lang l, boolean paths) {
        return Notice.of(s).stream().map(n -> text(n, l, paths)).toList();
    }

    /** The sentence of one notice. */
    public static String text(Notice n, Lang l, boolean paths) {
        String where = paths ? " (" + n.path() + ")" : "";
        String cash = paths ? " (" + n.path() + ".cash_per_year)" : "";
        return switch (n.kind()) {
            case UNBOUND_COMPANY_CASH ->
                l.t(
                        "Let op: " + n.subject() + cash + " geeft bedrijfsgeld dat aan geen"
                                + " project of lidmaatschap vastzit. " + STAPPENPLAN
                                + ": bedrijven financieren in de praktijk alleen concrete projecten."
                                + " Laat het geld via een bedrijfsmodel lopen (pays_for, of een contributie van innovatiewerkplaats of"
                                + " netwerkorganisatie) of geef de reden: unconditional_cash: \"convenant met jaarlijkse bijdrage\". Elke run toont"
                                + " ook de kans zonder dit geld.",
                        "Note: " + n.subject() + cash + " gives company money tied to no project or membership. "
                                + STAPPENPLAN
                                + ": in practice companies fund concrete projects only. Let the money flow through a business model"
                                + " (pays_for, or a membership fee of innovatiewerkplaats or netwerkorganisatie) or give the reason:"
                                + " unconditional_cash: \"covenant with a yearly contribution\". Every run also shows the probability without this money.");
            case POOL_COMMITMENTS_CERTAIN ->
                l.t(
                        "Let op: pool " + n.subject() + where + " heeft meer dan " + Notice.POOL_MEMBERS
                                + " leden en telt elke toezegging als zeker. Het handboek (Festo) ziet veel gewone leden onvoldoende met projecten komen;"
                                + " geef drop_out_probability (de kans per jaar dat een lid tijdens de toezegging stopt).",
                        "Note: pool " + n.subject() + where + " has more than " + Notice.POOL_MEMBERS
                                + " members and counts every"
                                + " commitment as certain. The handbook (Festo) sees many ordinary members not coming with projects; give"
                                + " drop_out_probability (the yearly chance that a member stops during the commitment).");
            case VAT_NOT_STATED ->
                l.t(
                        "Let op: het scenario zegt niet of zijn bedragen btw bevatten; ppsim rekent dan geen btw. Een"
                                + " vrijgestelde pps betaalt de btw op haar inkoop zelf: zonder die keuze kunnen de kosten 21% te laag zijn. Geef"
                                + " 'amounts_include_vat: {costs: true, revenue: false}' (zie README, btw).",
                        "Note: the scenario does not say whether its"
                                + " amounts include VAT; ppsim then computes no VAT. An exempt PPS pays the VAT on its purchases itself: without that"
                                + " choice its costs can be 21% too low. Give 'amounts_include_vat: {costs: true, revenue: false}' (see README, VAT).");
            case LINE_WITHOUT_TYPE ->
                l.t(
                        "Let op: kostenregel " + n.subject() + where + " heeft geen soort (type: "
                                + String.join(", ", nl.ppsim.model.CostType.ids()) + "); hij telt als overig.",
                        "Note: cost line " + n.subject() + where + " has no type (type: "
                                + String.join(", ", nl.ppsim.model.CostType.ids()) + "); it counts as other.");
        };
    }
}
