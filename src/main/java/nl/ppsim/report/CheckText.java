package nl.ppsim.report;

import java.util.ArrayList;
import java.util.List;
import nl.ppsim.check.Check;
import nl.ppsim.check.Fact;
import nl.ppsim.check.Rule;
import nl.ppsim.check.Verdict;
import nl.ppsim.scenario.Scenario;

/**
 * Words for the review's checks, in either language: the verdict, the measured value, the norm and
 * an explanation with the figures behind it. The checks themselves are numbers ({@link Check}); this
 * is the one place they become text, for the console, the HTML report and {@code checks.csv}.
 */
public final class CheckText {
    private CheckText() {}

    /** The verdict in the report's language. */
    public static String verdict(Verdict v, Lang l) {
        return switch (v) {
            case PASS -> l.t("voldoet", "pass");
            case WARN -> l.t("waarschuwing", "warning");
            case FAIL -> l.t("voldoet niet", "fail");
            case INFO -> l.t("ter informatie", "information");
            case UNCERTAIN -> l.t("onzeker", "uncertain");
        };
    }

    /** A number in the check's unit. */
    static String amount(double x, Check.Unit unit, Lang l) {
        if (Double.isNaN(x)) {
            return "-";
        }
        return switch (unit) {
            case EURO -> l.euro(x);
            case SHARE -> l.percent(x);
            case YEARS -> l.integer(Math.round(x)) + l.t(" jaar", " years");
            case COUNT -> l.integer(Math.round(x));
            case NONE -> l.number(x);
        };
    }

    /** The measured value, with its standard error or the items it names. */
    public static String value(Check c, Scenario s, Lang l) {
        if (c.kind() == Rule.SCHEME || c.kind() == Rule.MILESTONES) {
            return c.kind() == Rule.SCHEME
                    ? l.t("geen", "none")
                    : l.t("jaar ", "year ") + String.join(l.t(" en ", " and "), c.items());
        }
        if (c.kind() == Rule.SUSTAINABILITY) {
            return l.percent(c.value()) + " (95%: " + l.percent(c.fact(Fact.CI_LOW)) + " - "
                    + l.percent(c.fact(Fact.CI_HIGH)) + ")";
        }
        if (c.kind() == Rule.BALANCE) {
            List<String> shares = new ArrayList<>();
            for (nl.ppsim.scenario.Group g : nl.ppsim.scenario.Group.values()) {
                shares.add(groupName(g, l) + " " + l.percent(c.fact(Fact.SHARE, g.key())));
            }
            return String.join(", ", shares);
        }
        if (c.kind() == Rule.LARGEST_PARTNER) {
            return l.percent(c.value()) + " (" + c.items().get(0) + ")";
        }
        if (c.kind() == Rule.EARNING_MODEL) {
            return c.fact(Fact.EARNING_MODELS) == 0
                    ? l.t("geen", "none")
                    : l.percent(c.value()) + l.t(" van de kosten", " of the costs");
        }
        if (c.kind() == Rule.SETTLEMENT_REDUCTION) {
            return l.percent(c.value())
                    + l.t(" kans, gemiddeld ", " probability, on average ")
                    + l.euro(c.fact(Fact.REPAID));
        }
        if (c.kind() == Rule.SOURCES) {
            int top = (int) c.fact(Fact.TOP);
            if (top == 0) {
                return "-";
            }
            return c.items().isEmpty()
                    ? l.t("alle " + top + " met bron", "all " + top + " with a source")
                    : l.t(
                            c.items().size() + " van " + top + " zonder bron",
                            c.items().size() + " of " + top + " without a source");
        }
        if (c.kind() == Rule.PARTNERS) {
            return l.integer(c.value()) + l.t(" partners", " partners");
        }
        if (c.unit() == Check.Unit.COUNT) {
            if (c.items().isEmpty()) {
                return l.t("geen", "none");
            }
            if (c.kind() == Rule.CERTAINTY) {
                return c.items().size() + l.t(" invoer", " inputs");
            }
            List<String> parts = new ArrayList<>();
            for (String item : c.items()) {
                double x = c.fact(Fact.FOUND, item);
                parts.add(label(item, s, l) + " (" + (c.kind() == Rule.HOUR_RATE ? l.euro(x) : l.percent(x))
                        + (c.kind() == Rule.GROWTH ? l.t(" per jaar", " a year") : "") + ")");
            }
            return (c.kind() == Rule.COST_COVERING
                            ? l.t("opbrengst / volledige kosten: ", "revenue / full cost: ")
                            : "")
                    + String.join(", ", parts);
        }
        return amount(c.value(), c.unit(), l);
    }

    /** The norm the value was held against; empty for information. */
    public static String norm(Check c, Lang l) {
        Check.Norm n = c.norm();
        if (!n.present()) {
            return "";
        }
        Check.Unit unit = c.unit() == Check.Unit.COUNT ? Check.Unit.SHARE : c.unit();
        if (c.kind() == Rule.PARTNERS) {
            return ">= " + l.integer(n.passLow());
        }
        if (c.kind() == Rule.DURATION && Double.isNaN(n.passLow())) {
            return "<= " + (int) n.passHigh() + l.t(" jaar", " years");
        }
        if (c.kind() == Rule.DURATION) {
            int d = (int) n.passLow();
            int ext = (int) (n.warnHigh() - n.passLow());
            return d
                    + l.t(" jaar", " years")
                    + (ext > 0 ? l.t(" (+" + ext + " verlenging)", " (+" + ext + " extension)") : "");
        }
        if (c.kind().uncertainty()) {
            return l.t(
                    "kans <= " + l.percent(n.passHigh()) + " voldoet, <= " + l.percent(n.warnHigh()) + " waarschuwing",
                    "probability <= " + l.percent(n.passHigh()) + " passes, <= " + l.percent(n.warnHigh()) + " warns");
        }
        if (c.kind() == Rule.RENEWAL_DEPENDENCE || c.kind() == Rule.LARGEST_PARTNER) {
            return l.t(
                    "< " + l.percent(n.passHigh()) + " voldoet, < " + l.percent(n.warnHigh()) + " waarschuwing",
                    "< " + l.percent(n.passHigh()) + " passes, < " + l.percent(n.warnHigh()) + " warns");
        }
        if (c.kind() == Rule.BALANCE) {
            return l.t("elk ", "each ") + l.percent(n.passLow()) + " - " + l.percent(n.passHigh());
        }
        if (c.kind() == Rule.EARNING_MODEL) {
            return ">= " + l.percent(n.passLow()) + l.t(" van de kosten", " of the costs");
        }
        if (c.kind() == Rule.GROWTH) {
            return "<= " + l.percent(n.passHigh()) + l.t(" per jaar", " a year");
        }
        if (c.kind() == Rule.MARGIN) {
            return "<= " + l.percent(n.passHigh()) + l.t(" van de opbrengst", " of the revenue");
        }
        if (c.kind() == Rule.COST_COVERING) {
            return l.t(">= 100% over de hele periode", ">= 100% over the whole period");
        }
        if (c.kind() == Rule.HOUR_RATE) {
            return l.euro(n.passLow()) + " - " + l.euro(n.passHigh()) + l.t(" per uur", " an hour");
        }
        if (c.kind() == Rule.CERTAINTY) {
            return l.t("geen vaste waarden voor onzekere grootheden", "no fixed values for uncertain quantities");
        }
        if (c.kind() == Rule.SOURCES) {
            int top = (int) c.fact(Fact.TOP);
            return l.t(
                    "de " + top + " belangrijkste invoer met 'source'",
                    "the " + top + " most important inputs with 'source'");
        }
        boolean lo = !Double.isNaN(n.passLow());
        boolean hi = !Double.isNaN(n.passHigh());
        if (lo && hi) {
            return amount(n.passLow(), unit, l) + " - " + amount(n.passHigh(), unit, l);
        }
        return lo ? ">= " + amount(n.passLow(), unit, l) : "<= " + amount(n.passHigh(), unit, l);
    }

    /** The share before the scheme's exclusions, when it has any. */
    private static String before(Check c, Lang l) {
        return c.has(Fact.SHARE_ALL)
                ? l.t(
                        "; " + l.percent(c.fact(Fact.SHARE_ALL)) + " als alles zou meetellen",
                        "; " + l.percent(c.fact(Fact.SHARE_ALL)) + " if everything counted")
                : "";
    }

    /**
     * The rule's name for a person, in the reader's language ("Co-financing work field"); its id
     * ({@link Check#rule}) is what checks.csv and the JSON answer give, the same in both languages.
     */
    public static String title(Check c, Lang l) {
        String name = switch (c.kind()) {
            case SCHEME -> l.t("Regeling", "Scheme");
            case SUBSIDY_AMOUNT -> l.t("Subsidiebedrag", "Subsidy amount");
            case SUBSIDY_SHARE -> l.t("Subsidieaandeel", "Subsidy share");
            case GROUP_SHARE -> l.t("Cofinanciering %s", "Co-financing %s");
            case NOT_COUNTED -> l.t("Niet meegeteld", "Not counted");
            case PARTNERS -> l.t("Partners %s", "Partners %s");
            case DURATION -> l.t("Looptijd", "Duration");
            case YEARS_AFTER -> l.t("Jaren na de subsidie", "Years after the subsidy");
            case MILESTONES -> l.t("Mijlpalen", "Milestones");
            case GROUP_SHARE_TOO_LOW ->
                l.t("Kans dat %s te weinig bijdraagt", "Probability that %s contributes too little");
            case GROUP_SHARE_TOO_HIGH ->
                l.t("Kans dat %s te veel bijdraagt", "Probability that %s contributes too much");
            case SETTLEMENT_REDUCTION -> l.t("Kans op een lagere subsidie", "Probability of a lower subsidy");
            case SUSTAINABILITY -> l.t("Kans op verduurzaming", "Probability of sustainability");
            case RENEWAL_DEPENDENCE -> l.t("Afhankelijk van verlenging", "Dependent on renewal");
            case LARGEST_PARTNER -> l.t("Grootste partner", "Largest partner");
            case EARNING_MODEL -> l.t("Verdienmodel", "Earning model");
            case BALANCE -> l.t("Balans van de partijen", "Balance of the parties");
            case GROWTH -> l.t("Groei", "Growth");
            case MARGIN -> l.t("Marge", "Margin");
            case COST_COVERING -> l.t("Kostendekkend", "Covering costs");
            case HOUR_RATE -> l.t("Uurtarief", "Hour rate");
            case CERTAINTY -> l.t("Zekerheid", "Certainty");
            case SOURCES -> l.t("Bronnen", "Sources");
        };
        return c.group() == null ? name : String.format(java.util.Locale.ROOT, name, groupName(c.group(), l));
    }

    /** A partner group in the reader's language: onderwijs, werkveld, overheid; education, work field, government. */
    static String groupName(nl.ppsim.scenario.Group g, Lang l) {
        return l.t(g.key(), g.english());
    }

    private static String src(Check c, Lang l) {
        return c.source().isEmpty() ? "" : " (" + SchemeText.cited(c.source(), l) + ")";
    }

    /** What the check means, with the figures behind it, and whether its rule is confirmed in a source text. */
    public static String explanation(Check c, Scenario s, Lang l) {
        String undecided = c.verdict() == nl.ppsim.check.Verdict.UNCERTAIN
                ? l.t(
                        " Onzeker: de schatting ligt minder dan 4 standaardfouten" + " van de norm; met ongeveer "
                                + l.integer(c.fact(Fact.NEEDED)) + " doorrekeningen (--iterations) valt de beslissing.",
                        " Uncertain:"
                                + " the estimate lies less than 4 standard errors from the norm; with about "
                                + l.integer(c.fact(Fact.NEEDED)) + " draws"
                                + " (--iterations) it is decided.")
                : "";
        String unverified = !c.unverified()
                ? ""
                : c.verdict() == nl.ppsim.check.Verdict.INFO
                        ? l.t(" Niet in een brontekst bevestigd.", " Not confirmed in a source text.")
                        : l.t(
                                " Deze regel is niet in een brontekst bevestigd: ze waarschuwt alleen.",
                                " This rule is not confirmed in a source text: it only warns.");
        return text(c, s, l) + undecided + unverified;
    }

    private static String text(Check c, Scenario s, Lang l) {
        String group = c.group() != null
                ? groupName(c.group(), l)
                : c.items().isEmpty() ? "" : c.items().get(0);
        if (c.kind() == Rule.SCHEME) {
            return l.t(
                    "Het scenario noemt geen subsidieregeling (subsidy.scheme); de regels van een regeling zijn niet getoetst. Gebruik"
                            + " bv. 'scheme: rif' of 'scheme: custom' met eigen regels (ppsim schemes toont ze).",
                    "The scenario names no subsidy scheme (subsidy.scheme); no scheme's rules were checked. Use e.g. 'scheme: rif' or"
                            + " 'scheme: custom' with rules of your own (ppsim schemes lists them).");
        }
        if (c.kind() == Rule.SUBSIDY_AMOUNT) {
            return l.t(
                            "Totale subsidie over " + (int) c.fact(Fact.YEARS)
                                    + " jaar volgens de begroting (geplande waarden)",
                            "Total subsidy over " + (int) c.fact(Fact.YEARS) + " years in the budget (planned values)")
                    + src(c, l) + ".";
        }
        if (c.kind() == Rule.SUBSIDY_SHARE) {
            return l.t(
                            "Subsidie " + l.euro(c.fact(Fact.SUBSIDY)) + " tegen de geplande projectkosten van "
                                    + l.euro(c.fact(Fact.BUDGET))
                                    + " (kosten in geld en bijdragen in natura over de subsidiejaren)",
                            "Subsidy " + l.euro(c.fact(Fact.SUBSIDY)) + " against planned project costs of "
                                    + l.euro(c.fact(Fact.BUDGET))
                                    + " (cash costs and in-kind contributions over the subsidy years)")
                    + before(c, l) + src(c, l) + ".";
        }
        if (c.kind() == Rule.GROUP_SHARE) {
            return l.t(
                            "Geplande bijdrage van " + group + " (geld en natura) " + l.euro(c.fact(Fact.CONTRIBUTION))
                                    + " tegen de geplande projectkosten van " + l.euro(c.fact(Fact.BUDGET)),
                            "Planned contribution of " + group + " (cash and in kind) "
                                    + l.euro(c.fact(Fact.CONTRIBUTION)) + " against planned project costs of "
                                    + l.euro(c.fact(Fact.BUDGET)))
                    + before(c, l) + src(c, l) + ".";
        }
        if (c.kind() == Rule.NOT_COUNTED) {
            List<String> names = new ArrayList<>();
            for (String item : c.items()) {
                names.add(HeadlineText.eligibilityItemName(nl.ppsim.scenario.EligibilityItem.of(item), l));
            }
            List<String> groups = new ArrayList<>();
            double cash = c.value();
            for (nl.ppsim.scenario.Group g : nl.ppsim.scenario.Group.values()) {
                double x = c.fact(Fact.EXCLUDED, g.key());
                if (x > 0) {
                    groups.add(groupName(g, l) + " " + l.euro(x));
                    cash -= x;
                }
            }
            String cashNl = cash > 0.5 ? "; kosten in geld " + l.euro(cash) : "";
            String cashEn = cash > 0.5 ? "; cash costs " + l.euro(cash) : "";
            return l.t(
                            "De regeling telt niet mee: " + String.join(", ", names)
                                    + ". Projectkosten in de subsidiejaren "
                                    + l.euro(c.fact(Fact.BUDGET_ALL)) + " voor en " + l.euro(c.fact(Fact.BUDGET))
                                    + " na deze uitsluitingen"
                                    + (groups.isEmpty()
                                            ? "; geen bijdrage in natura uitgesloten"
                                            : "; uitgesloten bijdragen in natura: " + String.join(", ", groups))
                                    + cashNl + ". De aandelen hieronder zijn die na uitsluiting",
                            "The scheme does not count: " + String.join(", ", names)
                                    + ". Project costs in the subsidy years "
                                    + l.euro(c.fact(Fact.BUDGET_ALL)) + " before and " + l.euro(c.fact(Fact.BUDGET))
                                    + " after these exclusions"
                                    + (groups.isEmpty()
                                            ? "; no in-kind contribution excluded"
                                            : "; in-kind contributions excluded: " + String.join(", ", groups))
                                    + cashEn + ". The shares here are those after exclusion")
                    + src(c, l) + ".";
        }
        if (c.kind() == Rule.PARTNERS) {
            return l.t(
                            "Aantal partners van " + group + " in het plan (een pool telt met haar leden bij de start)",
                            "Number of " + group
                                    + " partners in the plan (a pool counts with its members at the start)")
                    + src(c, l) + ".";
        }
        if (c.kind() == Rule.DURATION) {
            return (c.verdict() == Verdict.WARN && c.value() > c.norm().passHigh()
                            ? l.t(
                                    "Verlenging mag eenmaal, zonder extra subsidie: de subsidie moet over dezelfde som gaan. ",
                                    "An extension is allowed once, without extra subsidy: the subsidy must cover the same sum. ")
                            : "")
                    + l.t("Looptijd van de subsidie", "Duration of the subsidy") + src(c, l) + ".";
        }
        if (c.kind() == Rule.YEARS_AFTER) {
            return l.t("Begroting na afloop van de subsidie", "Budget after the subsidy ends") + src(c, l) + ".";
        }
        if (c.kind() == Rule.MILESTONES) {
            List<String> parts = new ArrayList<>();
            for (String y : c.items()) {
                parts.add(l.t("jaar ", "year ") + y + " (" + (int) c.fact(Fact.CALENDAR_YEAR, y) + "): "
                        + l.t("kans zelfstandig ", "probability self-sufficient ")
                        + l.percent(c.fact(Fact.SELF_SUFFICIENT, y))
                        + l.t(", opbrengsten gemiddeld ", ", mean revenue ") + l.euro(c.fact(Fact.REVENUE, y))
                        + l.t(", reserve mediaan ", ", median reserve ") + l.euro(c.fact(Fact.RESERVE_P50, y)));
            }
            return l.t("Resultaten op de mijlpalen: ", "Results at the milestones: ") + String.join("; ", parts) + ".";
        }
        if ((c.kind() == Rule.GROUP_SHARE_TOO_LOW || c.kind() == Rule.GROUP_SHARE_TOO_HIGH)) {
            boolean low = c.kind() == Rule.GROUP_SHARE_TOO_LOW;
            return l.t(
                            "Kans dat de gerealiseerde bijdrage van " + group + (low ? " onder " : " boven ")
                                    + l.percent(c.fact(Fact.LIMIT)) + " van de gerealiseerde kosten "
                                    + (low ? "blijft" : "uitkomt"),
                            "Probability that the realised contribution of " + group + " ends "
                                    + (low ? "below " : "above ") + l.percent(c.fact(Fact.LIMIT))
                                    + " of the realised costs")
                    + ": " + l.percent(c.value()) + " (se " + l.sePercent(c.se()) + ").";
        }
        if (c.kind() == Rule.SETTLEMENT_REDUCTION) {
            boolean proRata = c.fact(Fact.PRO_RATA) == 1;
            String may = c.fact(Fact.DISCRETIONARY) == 1
                    ? l.t(
                            " De verlaging is een bevoegdheid, geen plicht (Awb art. 4:46, tweede lid:"
                                    + " 'kan lager worden vastgesteld'): ppsim rekent met de verlaging, als voorzichtige planning.",
                            " The reduction is a power,"
                                    + " not a duty (Awb art. 4:46(2): 'may be set lower'): ppsim counts with it, as careful planning.")
                    : "";
            return l.t(
                            "De subsidie financiert kosten: bij de vaststelling wordt ze "
                                    + (proRata ? "verlaagd" : "niet verlaagd")
                                    + " tot hoogstens " + l.percent(c.fact(Fact.LIMIT))
                                    + " van de gerealiseerde kosten (geld en natura); wat meer is"
                                    + " uitbetaald wordt het jaar na de subsidie terugbetaald. Kans op een verlaging ",
                            "The subsidy finances costs: at settlement it is " + (proRata ? "reduced" : "not reduced")
                                    + " to at most "
                                    + l.percent(c.fact(Fact.LIMIT))
                                    + " of the realised costs (cash and in kind); what was paid beyond that is"
                                    + " repaid the year after the subsidy. Probability of a reduction ")
                    + l.percent(c.value()) + " (se " + l.sePercent(c.se())
                    + l.t("), verwachte terugbetaling ", "), expected repayment ")
                    + l.euro(c.fact(Fact.REPAID)) + "." + may;
        }
        if (c.kind() == Rule.SUSTAINABILITY) {
            return l.t("Kans dat de pps verduurzaamd is: ", "Probability that the PPS is sustainable: ")
                    + HeadlineText.criterion(s, l)
                    + l.t(
                            ". Voldoet als de kans met 4 standaardfouten marge boven de drempel ligt, voldoet niet als ze er zo ver onder"
                                    + " ligt; daartussen onzeker (geen toeval van de seed beslist).",
                            ". Passes when the probability lies 4 standard errors"
                                    + " or more above the threshold, fails when it lies that far below; in between uncertain (no chance of the seed"
                                    + " decides).");
        }
        if (c.kind() == Rule.RENEWAL_DEPENDENCE) {
            return l.t(
                    "Deel van de financiering na de subsidie (geld, natura, opbrengsten) dat alleen komt als partners na hun toezegging"
                            + " verlengen: gemiddeld " + l.euro(c.fact(Fact.PER_YEAR)) + " per jaar.",
                    "Share of the funding after the subsidy (cash,"
                            + " in kind, revenue) that comes only if partners renew after their commitment: on average "
                            + l.euro(c.fact(Fact.PER_YEAR)) + " a year.");
        }
        if (c.kind() == Rule.LARGEST_PARTNER) {
            return l.t(
                    "Afhankelijkheid van één partner: zijn verwachte bijdrage na de subsidie als deel van alle inkomsten na de subsidie.",
                    "Dependence on one partner: its expected contribution after the subsidy as a share of all income after the subsidy.");
        }
        if (c.kind() == Rule.EARNING_MODEL) {
            return c.fact(Fact.EARNING_MODELS) == 0
                    ? l.t(
                            "Geen bedrijfsmodel of opbrengstregel verdient geld (opleidingshuis en loket verdienen op zichzelf niets): de pps"
                                    + " hangt na de subsidie volledig af van partnerbijdragen.",
                            "No business model or revenue line earns money"
                                    + " (opleidingshuis and loket earn nothing on their own): after the subsidy the PPS depends wholly on its partners.")
                    : l.t(
                            "Opbrengsten na de subsidie dekken gemiddeld " + l.percent(c.value()) + " van de kosten.",
                            "Revenue after the subsidy covers on average " + l.percent(c.value()) + " of the costs.");
        }
        if (c.kind() == Rule.BALANCE) {
            return l.t(
                    "Verdeling van geld, natura en betaalde opbrengsten over de hele periode (zonder subsidie) tegen de voorkeur van het"
                            + " handboek: 1/3 school, 1/3 werkveld, 1/3 regionale overheid.",
                    "Split of cash, in kind and revenue paid over the"
                            + " whole period (without the subsidy) against the handbook's preference: 1/3 school, 1/3 work field, 1/3 regional"
                            + " government.");
        }
        if (c.kind() == Rule.GROWTH) {
            return l.t(
                    "Opbrengstgroei boven " + l.percent(c.norm().passHigh())
                            + " per jaar houdt zelden jaren achter elkaar stand.",
                    "Revenue growth above " + l.percent(c.norm().passHigh())
                            + " a year rarely lasts for years on end.");
        }
        if (c.kind() == Rule.MARGIN) {
            return l.t(
                    "Een marge boven " + l.percent(c.norm().passHigh())
                            + " van de opbrengst is voor pps-activiteiten (kostendekkende"
                            + " tarieven) onwaarschijnlijk: zijn alle kosten meegenomen?",
                    "A margin above " + l.percent(c.norm().passHigh())
                            + " of the revenue is unlikely for PPS activities (cost-covering fees): are all costs included?");
        }
        if (c.kind() == Rule.COST_COVERING) {
            return l.t(
                            "Het handboek vraagt kostendekkende tarieven voor private trainingen, \"zodat publieke middelen geen private"
                                    + " activiteiten financieren\". Volledige kosten: de kosten van de pps plus wat partners in natura geven"
                                    + " (partnertrainers), gemiddeld over alle jaren.",
                            "The handbook asks cost-covering fees for private courses, so that public money does not finance private"
                                    + " activities. Full cost: the PPS's costs plus what partners give in kind (partner trainers), over all years.")
                    + (c.items().isEmpty()
                            ? ""
                            : l.t(
                                    " Verhoog de prijs per deelnemer of verlaag de kosten.",
                                    " Raise the fee per participant or lower the costs."));
        }
        if (c.kind() == Rule.HOUR_RATE) {
            return l.t(
                    "Uurwaarden buiten deze band zijn ongebruikelijk voor onderwijs- en bedrijfsuren.",
                    "Hourly values outside this band are unusual for school and company hours.");
        }
        if (c.kind() == Rule.CERTAINTY) {
            return c.items().isEmpty()
                    ? l.t(
                            "Opbrengsten, volumes en bijdragen van bedrijven hebben een onzekerheid.",
                            "Revenue, volumes and company contributions carry uncertainty.")
                    : l.t(
                                    "Deze invoer kan niet zeker zijn maar staat als vast getal: ",
                                    "These inputs cannot be certain but are fixed" + " numbers: ")
                            + String.join(
                                    ", ",
                                    c.items().stream().map(x -> label(x, s, l)).toList())
                            + l.t(
                                    ". Geef een bandbreedte, bv. {range90: [laag, hoog]}.",
                                    ". Give a range, e.g. {range90: [low, high]}.");
        }
        if (c.kind() == Rule.SOURCES) {
            if (c.fact(Fact.TOP) == 0) {
                return l.t("Geen onzekere invoer om te rangschikken.", "No uncertain input to rank.");
            }
            if (c.items().isEmpty()) {
                return l.t(
                        "De invoer die het meest uitmaakt (tornado: eindreserve bij p10 en p90) heeft een bron.",
                        "The inputs that matter most (tornado: final reserve at p10 and p90) have a source.");
            }
            List<String> named = new ArrayList<>();
            for (String path : c.items()) {
                named.add(label(path, s, l)
                        + (c.has(Fact.CATALOG_DEFAULT, path)
                                ? l.t(" (catalogusstandaard)", " (catalog default)")
                                : ""));
            }
            return l.t(
                            "Deze invoer maakt het meest uit (tornado) maar heeft geen bron: ",
                            "These inputs matter most (tornado) but have" + " no source: ")
                    + String.join(", ", named)
                    + l.t(
                            ". Voeg toe, bv. {pert: [...], source: \"offerte 2026\"}."
                                    + " Verlengingskansen zijn afspraken en tellen hier niet.",
                            ". Add one, e.g. {pert: [...], source: \"quote 2026\"}."
                                    + " Renewal probabilities are agreements and do not count here.");
        }
        return "";
    }

    /** An item of a check as the reader knows it: an input's label for a YAML path, else the item itself. */
    private static String label(String item, Scenario s, Lang l) {
        return InputLabels.isPath(item) ? new InputLabels(s, l).of(item) : item;
    }
}
