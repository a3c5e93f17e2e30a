package nl.ppsim.report;

import java.util.ArrayList;
import java.util.List;
import nl.ppsim.engine.result.LumpResult;
import nl.ppsim.engine.result.LumpSource;
import nl.ppsim.engine.result.Outcomes;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.scenario.Sustainability;
import nl.ppsim.stats.Proportion;

/**
 * The words for the headline and what explains it, in one place for the console, the HTML report,
 * the charts and the checks: what the chosen criterion means for this scenario's years, the
 * probability of each test, the structural loss a positive reserve can hide, the subsidy not spent
 * on costs, and the one-off items in the horizon.
 */
public final class HeadlineText {
    /** Unspent subsidy above this share of the subsidy gets a warning. */
    public static final double UNSPENT_WARNING = 0.10;

    private HeadlineText() {}

    /** "1 + 2 years" of the scenario as calendar years: "2030-2035", or "2035" for one year. */
    private static String years(Scenario s, int from, int to) {
        return from == to ? Integer.toString(s.calendarYear(from)) : s.calendarYear(from) + "-" + s.calendarYear(to);
    }

    /** The years the structural test averages over. */
    static String structuralYears(Scenario s) {
        int h = s.horizonYears();
        return years(s, h - s.sustainability().structuralYears() + 1, h);
    }

    /** What the headline counts as verduurzaamd, for this scenario, as a clause ("de reserve blijft ..."). */
    public static String criterion(Scenario s, Lang l) {
        Sustainability rule = s.sustainability();
        String after = years(s, s.subsidyYears() + 1, s.horizonYears());
        String continues = l.t(
                "de reserve blijft na de subsidie elk jaar ten minste 0 (" + after + ")",
                "the reserve stays at least 0 in every year after the subsidy (" + after + ")");
        String structural = l.t(
                "partnergeld en opbrengsten dekken de kosten gemiddeld over " + structuralYears(s),
                "partner cash and revenue cover the costs on average over " + structuralYears(s));
        String balanced = l.t(
                "partnergeld en opbrengsten dekken de kosten en de reserve is niet negatief, in elk jaar " + after,
                "partner cash and revenue cover the costs and the reserve is not negative, in every year " + after);
        String text = switch (rule.criterion()) {
            case CONTINUES_AND_STRUCTURAL -> continues + l.t(" en ", " and ") + structural;
            case CONTINUES -> continues;
            case STRUCTURAL -> structural;
            case BALANCED_EVERY_YEAR -> balanced;
        };
        if (rule.requireAllGroups()) {
            text += l.t(
                    ", en alle partijen dragen in " + s.calendarYear(s.horizonYears()) + " nog bij",
                    ", and every party still contributes in " + s.calendarYear(s.horizonYears()));
        }
        return text;
    }

    /** Short names of the tests with their probabilities: "reserve blijft >= 0: 99,9% · ...". */
    public static String tests(SimulationResult r, Lang l) {
        Outcomes o = r.outcomes();
        Scenario s = r.scenario();
        List<String> parts = new ArrayList<>();
        parts.add(l.t("reserve blijft >= 0: ", "reserve stays >= 0: ")
                + l.percent(o.continues().estimate()));
        parts.add(l.t(
                        "structureel sluitend (" + structuralYears(s) + "): ",
                        "structurally balanced (" + structuralYears(s) + "): ")
                + l.percent(o.structural().estimate()));
        parts.add(l.t("elk jaar sluitend: ", "balanced every year: ")
                + l.percent(o.balancedEveryYear().estimate()));
        if (!s.partners().isEmpty()) {
            parts.add(l.t("alle partijen dragen nog bij: ", "every party still contributes: ")
                    + l.percent(o.allGroupsInvest().estimate()));
        }
        return String.join(" · ", parts);
    }

    /**
     * How the headline and the reserve fit together: how often the reserve stays positive while the
     * PPS runs a structural loss, how large that loss is and how long the reserve would last.
     */
    public static List<String> reserveAndHeadline(SimulationResult r, Lang l) {
        Outcomes o = r.outcomes();
        Scenario s = r.scenario();
        List<String> out = new ArrayList<>();
        Proportion loss = o.structuralLoss();
        String last = Integer.toString(s.calendarYear(s.horizonYears()));
        out.add(l.t(
                "De reserve blijft na de subsidie in " + l.percent(o.continues().estimate())
                        + " van de doorrekeningen elk jaar ten minste 0.",
                "After the subsidy the reserve stays at least 0 in every year in "
                        + l.percent(o.continues().estimate()) + " of draws."));
        if (loss.successes() > 0) {
            out.add(l.t(
                    "In " + l.percent(loss.estimate())
                            + " van de doorrekeningen blijft de reserve positief terwijl de pps structureel verlies"
                            + " draait (gemiddeld " + l.euro(o.meanStructuralDeficit()) + " per jaar over "
                            + structuralYears(s) + "): de reserve"
                            + " dekt het verlies nog, maar is bij dat tempo mediaan " + years(o.medianRunwayYears(), l)
                            + " na " + last + " op.",
                    "In " + l.percent(loss.estimate())
                            + " of draws the reserve stays positive while the PPS runs a structural loss"
                            + " (on average " + l.euro(o.meanStructuralDeficit()) + " a year over " + structuralYears(s)
                            + "): the reserve still covers"
                            + " it, but at that rate it runs out a median " + years(o.medianRunwayYears(), l)
                            + " after " + last + "."));
        }
        if (s.sustainability().criterion() != Sustainability.Criterion.BALANCED_EVERY_YEAR) {
            out.add(l.t(
                    "Het strenge criterium (elk jaar na de subsidie sluitend en de reserve niet negatief) haalt "
                            + l.percent(o.balancedEveryYear().estimate())
                            + " van de doorrekeningen; een jaar met een eenmalige uitgave kan een pps met"
                            + " een reserve dragen, daarom telt dat niet in de kopkans.",
                    "The strict criterion (balanced and a non-negative reserve in every year after the subsidy) is met in "
                            + l.percent(o.balancedEveryYear().estimate())
                            + " of draws; a reserve can carry a year with a one-off expense, so"
                            + " the headline does not require it."));
        }
        return out;
    }

    private static String years(double y, Lang l) {
        if (!Double.isFinite(y)) {
            return l.t("onbekend aantal jaren", "an unknown number of years");
        }
        if (y >= 100) {
            return l.t("meer dan 100 jaar", "more than 100 years");
        }
        return new java.text.DecimalFormat("0.#", java.text.DecimalFormatSymbols.getInstance(l.locale())).format(y)
                + l.t(" jaar", " years");
    }

    /** Whether the subsidy not spent on costs deserves a warning: more than 10% of the subsidy, without a scheme that settles it. */
    /**
     * A loud warning for a scenario without any costs (no cost line and no business model): its
     * headline then says little, since nothing has to be paid. Null when it has costs.
     */
    public static String noCosts(Scenario s, Lang l) {
        boolean costs = !s.businessModels().isEmpty() || s.lines().stream().anyMatch(x -> !x.revenue());
        return costs
                ? null
                : l.t(
                        "Let op: het scenario heeft geen kosten (geen kostenregels en geen bedrijfsmodellen); de kans op"
                                + " verduurzaming zegt dan weinig. Voeg de kosten van de pps toe onder lines: (kind: cost).",
                        "Note: the scenario has no"
                                + " costs (no cost lines and no business models); the probability of sustainability then says little. Add the PPS's"
                                + " costs under lines: (kind: cost).");
    }

    /** True when the unspent subsidy is large enough to stand in the headline as a warning (10% or more). */
    public static boolean unspentWarning(SimulationResult r) {
        return r.scenario().scheme() == null && r.outcomes().unspentShare() > UNSPENT_WARNING;
    }

    /** The sentence on the subsidy not spent on costs (a warning when {@link #unspentWarning}), or null without a subsidy. */
    public static String unspent(SimulationResult r, Lang l) {
        Outcomes o = r.outcomes();
        Scenario s = r.scenario();
        if (o.meanSubsidyPaid() <= 0) {
            return null;
        }
        String end = Integer.toString(s.calendarYear(s.subsidyYears()));
        String share = l.percent(o.unspentShare());
        if (unspentWarning(r)) {
            return l.t(
                    "Let op: gemiddeld " + l.euro(o.meanUnspentSubsidy()) + " (" + share + ") van de subsidie is eind "
                            + end
                            + " niet aan kosten besteed maar zit in de reserve. Een subsidie financiert kosten: onder een regeling wordt wat niet"
                            + " besteed is teruggevorderd (kies 'scheme:'), en een reserve van onbestede subsidie maakt de pps niet zelfstandig.",
                    "Warning: on average " + l.euro(o.meanUnspentSubsidy()) + " (" + share
                            + ") of the subsidy is not spent on costs by the"
                            + " end of " + end
                            + " but sits in the reserve. A subsidy finances costs: under a scheme what is not spent is reclaimed"
                            + " (choose 'scheme:'), and a reserve of unspent subsidy does not make the PPS self-sufficient.");
        }
        String repaid = o.meanRepaid() > 0
                ? l.t(
                        "; bij de vaststelling wordt gemiddeld " + l.euro(o.meanRepaid()) + " terugbetaald",
                        "; at settlement " + l.euro(o.meanRepaid()) + " is repaid on average")
                : "";
        return l.t(
                "Van de subsidie is eind " + end + " gemiddeld " + l.euro(o.meanUnspentSubsidy()) + " (" + share
                        + ") niet aan kosten besteed" + repaid + ".",
                "By the end of " + end + ", " + l.euro(o.meanUnspentSubsidy()) + " (" + share
                        + ") of the subsidy is not spent" + " on costs on average" + repaid + ".");
    }

    /** One sentence per risk event: how likely it happens within its years, and what it costs. */
    public static List<String> events(SimulationResult r, Lang l) {
        List<String> out = new ArrayList<>();
        Scenario s = r.scenario();
        for (nl.ppsim.engine.result.EventResult e : r.events()) {
            nl.ppsim.scenario.Event ev = s.events().stream()
                    .filter(x -> x.name().equals(e.name()))
                    .findFirst()
                    .orElseThrow();
            String years = years(s, ev.fromYear(), ev.toYear());
            String what = switch (e.impact()) {
                case "cost" ->
                    l.t(
                            "kost dan gemiddeld " + l.euro(e.meanCostWhenItHappens()) + " (over alle doorrekeningen "
                                    + l.euro(e.meanCost()) + ")",
                            "then costs " + l.euro(e.meanCostWhenItHappens()) + " on average (over all draws "
                                    + l.euro(e.meanCost()) + ")");
                case "partner_exit" -> l.t("de partner stopt dan", "the partner then stops");
                default ->
                    l.t(
                            "het model verliest dan een deel van zijn opbrengst",
                            "the model then loses part of its revenue");
            };
            out.add(l.t(
                    "Risico '" + e.name() + "': gebeurt in " + years + " met kans "
                            + l.percent(e.happens().estimate()) + " minstens" + " één keer; " + what + ".",
                    "Risk '" + e.name() + "': happens at least once in " + years + " with probability "
                            + l.percent(e.happens().estimate()) + "; " + what + "."));
        }
        return out;
    }

    /** The name of a one-off item's kind, with its source. */
    public static String lumpName(LumpSource source, Lang l) {
        String who = source.source().isEmpty() ? "" : " (" + source.source() + ")";
        return switch (source.kind()) {
            case INVESTMENT -> l.t("investering of vervanging", "investment or replacement") + who;
            case WIND_DOWN -> l.t("afbouwkosten na de stopregel", "wind-down costs after the stop rule") + who;
            case REPAYMENT -> l.t("terugbetaling van subsidie bij de vaststelling", "subsidy repaid at settlement");
            case ONE_OFF_COST -> l.t("eenmalige kosten", "one-off cost") + who;
            case EVENT -> l.t("kosten van een gebeurtenis", "cost of an event") + who;
            case LOAN_REPAYMENT -> l.t("aflossing van een lening", "loan repayment") + who;
        };
    }

    /**
     * The headline without unbound company cash, beside the headline: the sentence a board must see
     * when the answer rests on company money that no project binds; null when there is none.
     */
    public static String withoutUnbound(SimulationResult r, Lang l) {
        nl.ppsim.engine.result.Money m = r.money();
        if (!m.hasUnboundCompanyCash()) {
            return null;
        }
        Proportion p = m.withoutUnboundCompanyCash();
        double[] ci = p.wilson95();
        return l.t(
                "Zonder bedrijfsgeld dat aan geen project vastzit (" + l.percent(m.unboundCompanyCashShare())
                        + " van partnergeld en"
                        + " opbrengsten na de subsidie): kans op verduurzaming " + l.percent(p.estimate())
                        + " (95%-interval " + l.percent(ci[0])
                        + " - " + l.percent(ci[1]) + "). " + NoticeText.STAPPENPLAN
                        + ": bedrijven financieren in de praktijk alleen concrete"
                        + " projecten.",
                "Without company money tied to no project (" + l.percent(m.unboundCompanyCashShare())
                        + " of partner cash and revenue after"
                        + " the subsidy): probability of sustainability " + l.percent(p.estimate()) + " (95% interval "
                        + l.percent(ci[0])
                        + " - " + l.percent(ci[1]) + "). " + NoticeText.STAPPENPLAN
                        + ": in practice companies fund concrete projects only.");
    }

    /** The cash costs after the subsidy by type, as shares, largest first; null without costs. */
    public static String costTypes(SimulationResult r, Lang l) {
        Scenario s = r.scenario();
        double[][] c = r.money().costsByType();
        double[] sum = new double[c.length];
        double total = 0;
        for (int t = s.subsidyYears() + 1; t <= s.horizonYears(); t++) {
            for (int k = 0; k < c.length; k++) {
                sum[k] += c[k][t];
                total += c[k][t];
            }
        }
        if (!(total > 0)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        Integer[] order = java.util.stream.IntStream.range(0, c.length).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, (a, b) -> Double.compare(sum[b], sum[a]));
        for (int k : order) {
            if (sum[k] / total >= 0.005) {
                parts.add(costTypeName(nl.ppsim.model.CostType.values()[k], l) + " " + l.percent(sum[k] / total));
            }
        }
        return l.t("Kosten in geld na de subsidie naar soort: ", "Cash costs after the subsidy by type: ")
                + String.join(", ", parts)
                + l.t(" (costs_by_type.csv per jaar).", " (costs_by_type.csv per year).");
    }

    /** The name of a cost type in the report's language. */
    static String costTypeName(nl.ppsim.model.CostType type, Lang l) {
        return switch (type) {
            case PERSONNEL -> l.t("personeel", "personnel");
            case MATERIAL -> l.t("materiaal en diensten", "material and services");
            case INVESTMENT -> l.t("investeringen", "investments");
            case BUILDING -> l.t("nieuwbouw en verbouw", "new build and renovation");
            case HOUSING -> l.t("huisvesting", "housing");
            case COMMERCIAL -> l.t("commerciële activiteit", "commercial activity");
            case OTHER -> l.t("overig", "other");
            case FINANCING -> l.t("aflossing en rente", "repayments and interest");
        };
    }

    /** The name of an item a scheme may not count, in the report's language. */
    public static String eligibilityItemName(nl.ppsim.scenario.EligibilityItem item, Lang l) {
        return switch (item) {
            case BPV ->
                l.t("werkplekken en begeleiding in de bpv", "workplaces and coaching in work-based learning (bpv)");
            case CURRICULUM -> l.t("ontwikkeling van onderwijs (curriculum)", "development of education (curriculum)");
            default -> costTypeName(nl.ppsim.model.CostType.of(item.id()), l);
        };
    }

    /** The average PPS of Platform Katapult's handbook ("Feiten en cijfers over PPS", up to the end of 2017). */
    static final int AVERAGE_STUDENTS = 375;

    static final int AVERAGE_TEACHERS = 30;
    static final int AVERAGE_COMPANIES = 35;

    /**
     * What the PPS reaches after the subsidy, per year on average, beside the handbook's average PPS,
     * and the cost per student reached; null when the scenario's models reach no one.
     */
    public static String reach(SimulationResult r, Lang l) {
        Scenario s = r.scenario();
        double[][] x = r.money().reached();
        double students = 0;
        double teachers = 0;
        double companies = 0;
        double costs = 0;
        int years = 0;
        for (int t = s.subsidyYears() + 1; t <= s.horizonYears(); t++) {
            students += x[nl.ppsim.engine.result.Money.STUDENTS][t];
            teachers += x[nl.ppsim.engine.result.Money.TEACHERS][t];
            companies += x[nl.ppsim.engine.result.Money.COMPANIES][t];
            costs += r.years()
                            .get(t - 1)
                            .metric(nl.ppsim.engine.result.Metric.COSTS)
                            .mean()
                    + r.years()
                            .get(t - 1)
                            .metric(nl.ppsim.engine.result.Metric.IN_KIND)
                            .mean();
            years++;
        }
        if (years == 0 || students + teachers + companies == 0) {
            return null;
        }
        students /= years;
        teachers /= years;
        companies /= years;
        String perStudent = students > 0
                ? l.t(
                        "; kosten (geld en natura) per bereikte student " + l.euro(costs / years / students),
                        "; costs (cash and in kind) per student reached " + l.euro(costs / years / students))
                : "";
        return l.t(
                "Bereik na de subsidie, gemiddeld per jaar: " + l.number(students) + " studenten, " + l.number(teachers)
                        + " docenten, "
                        + l.number(companies)
                        + " bedrijven (een gemiddelde pps volgens het Katapult-handboek, eind 2017: " + AVERAGE_STUDENTS
                        + " studenten, " + AVERAGE_TEACHERS + " docenten, " + AVERAGE_COMPANIES + " bedrijven)"
                        + perStudent + ".",
                "Reach after the subsidy, per year on average: " + l.number(students) + " students, "
                        + l.number(teachers) + " teachers, "
                        + l.number(companies)
                        + " companies (an average PPS according to the Katapult handbook, end of 2017: "
                        + AVERAGE_STUDENTS
                        + " students, " + AVERAGE_TEACHERS + " teachers, " + AVERAGE_COMPANIES + " companies)"
                        + perStudent + ".");
    }

    /**
     * Loans, interest and provisions in a sentence each (only those the scenario has), then every
     * one-off item within three years after the horizon.
     */
    public static List<String> money(SimulationResult r, Lang l) {
        List<String> out = new ArrayList<>();
        nl.ppsim.engine.result.Money m = r.money();
        Scenario s = r.scenario();
        int h = s.horizonYears();
        double repaid = 0;
        double interest = 0;
        double lent = 0;
        double provision = 0;
        for (int t = 1; t <= h; t++) {
            repaid += m.loanRepayment()[t];
            interest += m.interest()[t];
            lent += m.loanIn()[t];
            provision += m.provision()[t];
        }
        if (lent > 0) {
            out.add(l.t(
                    "Leningen: " + l.euro(lent) + " geleend, " + l.euro(repaid) + " afgelost binnen de horizon; eind "
                            + s.calendarYear(h) + " nog " + l.euro(m.debtAtHorizon()) + " schuld.",
                    "Loans: " + l.euro(lent) + " borrowed, "
                            + l.euro(repaid) + " repaid within the horizon; " + l.euro(m.debtAtHorizon())
                            + " still owed at the end of "
                            + s.calendarYear(h) + "."));
        }
        if (interest > 0) {
            out.add(l.t(
                    "Rente (op leningen en op een negatieve reserve, " + l.percent(s.overdraftInterest())
                            + " per jaar): gemiddeld " + l.euro(interest) + " over de horizon.",
                    "Interest (on loans and on a negative reserve, " + l.percent(s.overdraftInterest()) + " a year): "
                            + l.euro(interest) + " over the horizon on average."));
        }
        if (provision > 0) {
            out.add(l.t(
                    "Investeringen slijten: de structurele toets rekent gemiddeld " + l.euro(provision / h)
                            + " per jaar af"
                            + " (investering / levensduur) in plaats van het jaar van aankoop; de reserve volgt het geld.",
                    "Investments wear out: the structural test charges " + l.euro(provision / h)
                            + " a year on average (investment /"
                            + " lifetime) instead of the year of purchase; the reserve follows the cash."));
        }
        double charged = 0;
        double deducted = 0;
        double vatCost = 0;
        for (int t = 1; t <= h; t++) {
            charged += m.vat()[nl.ppsim.engine.result.Money.VAT_CHARGED][t];
            deducted += m.vat()[nl.ppsim.engine.result.Money.VAT_DEDUCTED][t];
            vatCost += m.vat()[nl.ppsim.engine.result.Money.VAT_COST][t];
        }
        if (s.vat().stated() && charged + deducted + vatCost > 0) {
            Scenario.VatSettings v = s.vat();
            String how = l.t(
                    "bedragen " + (v.costsIncludeVat() ? "kosten incl." : "kosten excl.") + " btw, opbrengsten "
                            + (v.revenueIncludesVat() ? "incl." : "excl.") + " btw"
                            + (v.crkboRegistered() ? ", CRKBO-geregistreerd" : ""),
                    "amounts: costs " + (v.costsIncludeVat() ? "incl." : "excl.") + " VAT, revenue "
                            + (v.revenueIncludesVat() ? "incl." : "excl.") + " VAT"
                            + (v.crkboRegistered() ? ", CRKBO-registered" : ""));
            out.add(l.t(
                    "Btw over de horizon (" + how + "): " + l.euro(charged)
                            + " in rekening gebracht op belaste opbrengsten, " + l.euro(deducted)
                            + " voorbelasting afgetrokken, " + l.euro(vatCost) + " niet aftrekbaar (een kostenpost).",
                    "VAT over the horizon (" + how
                            + "): " + l.euro(charged) + " charged on taxed revenue, " + l.euro(deducted)
                            + " input VAT deducted, " + l.euro(vatCost)
                            + " not deductible (a cost)."));
        }
        String types = costTypes(r, l);
        if (types != null) {
            out.add(types);
        }
        String reach = reach(r, l);
        if (reach != null) {
            out.add(reach);
        }
        for (nl.ppsim.engine.result.Money.Absorbed a : m.absorbed()) {
            nl.ppsim.scenario.Group g = nl.ppsim.scenario.Group.values()[a.groupOrdinal()];
            out.add(l.t(
                    "Opgegaan in het reguliere budget: " + a.model() + " (" + String.join(", ", a.items())
                            + ") wordt vanaf "
                            + s.calendarYear(a.fromYear()) + " gedragen door " + g.key() + ", na de subsidie gemiddeld "
                            + l.euro(a.perYear())
                            + " per jaar (" + l.percent(a.share())
                            + " van de kosten van het model). Het handboek telt dat als succes.",
                    "Absorbed into the regular budget: " + a.model() + " (" + String.join(", ", a.items())
                            + ") is carried by "
                            + g.english() + " from " + s.calendarYear(a.fromYear()) + ", on average "
                            + l.euro(a.perYear()) + " a year after the"
                            + " subsidy (" + l.percent(a.share())
                            + " of the model's costs). The handbook counts that as success."));
        }
        for (nl.ppsim.engine.result.Money.AfterHorizon a : m.afterHorizon()) {
            if (a.probability() < LUMP_LISTED) {
                continue;
            }
            String chance = a.probability() < 1
                    ? l.t(
                            " (kans " + l.percent(a.probability()) + ")",
                            " (probability " + l.percent(a.probability()) + ")")
                    : "";
            out.add(l.t(
                    "Na de horizon, in " + a.calendarYear() + ": " + lumpName(new LumpSource(a.kind(), a.source()), l)
                            + chance + ", ongeveer " + l.euro(a.amount()) + ". Het oordeel aan het eind van "
                            + s.calendarYear(h) + " ziet dit niet.",
                    "After the horizon, in " + a.calendarYear() + ": "
                            + lumpName(new LumpSource(a.kind(), a.source()), l) + chance + ", about "
                            + l.euro(a.amount()) + ". The verdict at the end of " + s.calendarYear(h)
                            + " does not see it."));
        }
        return out;
    }

    /** Years in which a one-off item falls with less than this probability are summarised, not listed. */
    static final double LUMP_LISTED = 0.01;

    /**
     * Per business model of the scenario that leaves parameters at their illustrative catalog
     * default: its name, catalog key and those parameters by their labels in the reader's language,
     * in catalog order; empty when the scenario chose every value itself. A default nobody chose
     * should be visible.
     */
    public static List<String> defaults(Scenario s, Lang l) {
        List<String> out = new ArrayList<>();
        for (nl.ppsim.scenario.BusinessModelUse use : s.businessModels()) {
            List<String> keys = new ArrayList<>();
            for (nl.ppsim.model.Parameter p :
                    nl.ppsim.model.Catalog.find(use.model()).orElseThrow().parameters()) {
                nl.ppsim.dist.Input in = use.params().get(p.key());
                if (in != null && in.catalogDefault()) {
                    keys.add(InputLabels.shortLabel(l.t(p.dutch(), p.english())));
                }
            }
            if (!keys.isEmpty()) {
                out.add(use.name() + " (" + use.model() + "): " + String.join("; ", keys));
            }
        }
        return out;
    }

    /** The heading above {@link #defaults}. */
    public static String defaultsHeading(Lang l) {
        return l.t(
                "Op de illustratieve standaard van de catalogus (niemand koos deze waarden; zie ppsim models NAAM):",
                "At the catalog's illustrative default (nobody chose these values; see ppsim models NAME):");
    }

    /**
     * One sentence per one-off source that falls inside the horizon: when, how likely, how large.
     * An item that falls at most once per iteration (wind-down, repayment) is summarised by its
     * probability within the horizon; others list their years (those of at least 1% probability).
     */
    public static List<String> lumps(SimulationResult r, Lang l) {
        List<String> out = new ArrayList<>();
        for (LumpResult lump : r.lumps()) {
            if (lump.years().isEmpty()) {
                continue;
            }
            LumpSource.Kind kind = lump.source().kind();
            if (kind == LumpSource.Kind.EVENT) {
                continue; // said per event by events()
            }
            if (kind == LumpSource.Kind.WIND_DOWN || kind == LumpSource.Kind.REPAYMENT) {
                double p = 0;
                double amount = 0;
                for (LumpResult.Year y : lump.years()) {
                    p += y.happens().estimate();
                    amount += y.happens().estimate() * y.meanWhenItHappens();
                }
                LumpResult.Year first = lump.years().get(0);
                String when = lump.years().size() == 1
                        ? Integer.toString(first.calendarYear())
                        : first.calendarYear() + "-"
                                + lump.years().get(lump.years().size() - 1).calendarYear();
                out.add(l.t(
                        "Eenmalig binnen de horizon: " + lumpName(lump.source(), l) + ", kans " + l.percent(p) + " (in "
                                + when + "), gemiddeld " + l.euro(amount / p) + " als het gebeurt.",
                        "One-off within the horizon: " + lumpName(lump.source(), l) + ", probability " + l.percent(p)
                                + " (in " + when + "), on average " + l.euro(amount / p) + " when it happens."));
                continue;
            }
            List<String> when = new ArrayList<>();
            for (LumpResult.Year y : lump.years()) {
                if (y.happens().estimate() < LUMP_LISTED) {
                    continue;
                }
                when.add(y.calendarYear() + " (" + l.percent(y.happens().estimate())
                        + l.t(", gemiddeld ", ", on average ") + l.euro(y.meanWhenItHappens()) + ")");
            }
            if (when.isEmpty()) {
                continue;
            }
            String name = lumpName(lump.source(), l);
            out.add(l.t(
                    "Eenmalig binnen de horizon: " + name + " in " + String.join(", ", when)
                            + " (kans dat het in dat jaar valt, gemiddeld bedrag als het valt).",
                    "One-off within the horizon: " + name + " in " + String.join(", ", when)
                            + " (probability that it falls in that year, mean amount when it does)."));
        }
        return out;
    }
}
