package nl.ppsim.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.result.Funding;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.ModelResult;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.result.YearResult;
import nl.ppsim.scenario.BusinessModelUse;
import nl.ppsim.scenario.Line;
import nl.ppsim.scenario.Partner;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.stats.Proportion;

/**
 * {@code report.html}: one self-contained page (charts embedded as data URIs, no external
 * resources) with the headline answer, what it means, the charts, the assumptions and the yearly
 * table; prints to A4 from any browser.
 */
public final class HtmlReport {

    /** A chart image with its caption, as embedded in the page. */
    public record Figure(String caption, String file, byte[] png) {}

    /**
     * An extra section (e.g. the review checks): placed after the conclusions, or, when
     * {@code technical}, as a part of the technical appendix (for figures a board need not read).
     */
    public record Section(String id, String title, String html, boolean technical) {
        /** A section of the report's body. */
        public Section(String id, String title, String html) {
            this(id, title, html, false);
        }
    }

    private HtmlReport() {}

    /** The whole page: headline, meaning, extra sections, charts, tables, assumptions and the technical appendix. */
    public static String render(SimulationResult r, Lang l, List<Figure> figures, List<Section> extra) {
        Scenario s = r.scenario();
        Html h = page(l, s.title() + " - ppsim");
        h.raw("<header><p class=\"kicker\">")
                .text(l.t("ppsim - verduurzamingsrapport", "ppsim - sustainability report"))
                .raw("</p>\n<h1>")
                .text(s.title())
                .raw("</h1>\n<p class=\"meta\">")
                .text(l.t("Scenario ", "Scenario ") + s.id() + " · " + l.integer(r.iterations())
                        + l.t(" doorrekeningen", " draws")
                        + " · seed " + r.seed() + " · " + s.calendarYear(1) + "-" + s.calendarYear(s.horizonYears())
                        + l.t(", subsidie t/m ", ", subsidy until ")
                        + (s.subsidyYears() > 0 ? Integer.toString(s.calendarYear(s.subsidyYears())) : "-")
                        + (r.euroYear() != 0
                                ? l.t(
                                        " · bedragen in euro's van " + r.euroYear(),
                                        " · amounts in euros of " + r.euroYear())
                                : s.indices().isEmpty() ? "" : l.t(" · bedragen nominaal", " · nominal amounts")))
                .raw("</p></header>\n");

        Proportion p = r.verduurzaamd();
        double[] ci = p.wilson95();
        h.raw("<section class=\"headline\"><p>");
        h.text(l.t("De kans op verduurzaming is ", "The probability of sustainability is "))
                .raw("<strong class=\"p\" data-v=\"")
                .raw(CsvFormat.RFC4180.number(p.estimate()))
                .raw("\">")
                .text(l.percent(p.estimate()))
                .raw("</strong> ")
                .text(l.t("(onzekerheidsmarge van de berekening: ", "(uncertainty margin of the calculation: ")
                        + l.percent(ci[0]) + " - " + l.percent(ci[1]) + ").")
                .raw("</p>\n<p class=\"criterion\">")
                .text(l.t("Verduurzaamd betekent hier: ", "Sustainable means here: ") + HeadlineText.criterion(s, l)
                        + ".")
                .raw("</p>\n<p class=\"tests\">")
                .text(HeadlineText.tests(r, l))
                .raw("</p>\n<p class=\"verdict\">")
                .text(verdict(p.estimate(), l))
                .raw("</p>");
        String unspent = HeadlineText.unspent(r, l);
        if (unspent != null && HeadlineText.unspentWarning(r)) {
            h.raw("\n<p class=\"warning\">").text(unspent).raw("</p>");
        }
        if (HeadlineText.noCosts(s, l) != null) {
            h.raw("\n<p class=\"warning\">").text(HeadlineText.noCosts(s, l)).raw("</p>");
        }
        String without = HeadlineText.withoutUnbound(r, l);
        if (without != null) {
            h.raw("\n<p class=\"warning without\">").text(without).raw("</p>");
        }
        h.raw("</section>\n");

        h.raw("<section><h2>").text(l.t("Wat dit betekent", "What this means")).raw("</h2>\n<ul>\n");
        List<String> points = new ArrayList<>(HeadlineText.reserveAndHeadline(r, l));
        if (unspent != null && !HeadlineText.unspentWarning(r)) {
            points.add(unspent);
        }
        points.addAll(HeadlineText.lumps(r, l));
        points.addAll(HeadlineText.money(r, l));
        points.addAll(NoticeText.all(s, l, false));
        points.addAll(HeadlineText.events(r, l));
        points.addAll(meaning(r, l));
        for (String point : points) {
            h.raw("<li>").text(point).raw("</li>\n");
        }
        h.raw("</ul>\n<p class=\"note\">")
                .text(l.t(
                        "Wat dit niet meet: het handboek telt het ook als succes als de resultaten van de pps in het"
                                + " reguliere onderwijs opgaan (de pps als versneller); ppsim ziet dat alleen waar het scenario het zegt (absorbed op een"
                                + " bedrijfsmodel). Zie docs/verduurzaming.md voor de criteria.",
                        "What this does not measure: the handbook also counts it as success when the PPS's results are absorbed into regular"
                                + " education (the PPS as an accelerator); ppsim sees that only where the scenario says so (absorbed on a business"
                                + " model). See docs/verduurzaming.md for the criteria."))
                .raw("</p></section>\n");

        for (Section sec : extra) {
            if (sec.technical()) {
                continue;
            }
            h.raw("<section id=\"")
                    .raw(sec.id())
                    .raw("\"><h2>")
                    .text(sec.title())
                    .raw("</h2>\n")
                    .raw(sec.html())
                    .raw("</section>\n");
        }

        List<Figure> main = figures.stream()
                .filter(f -> !APPENDIX_FIGURES.contains(f.file()))
                .toList();
        List<Figure> technical = figures.stream()
                .filter(f -> APPENDIX_FIGURES.contains(f.file()))
                .toList();
        if (!main.isEmpty()) {
            h.raw("<section><h2>").text(l.t("Grafieken", "Charts")).raw("</h2>\n");
            for (Figure f : main) {
                h.raw("<figure><img alt=\"")
                        .text(f.caption())
                        .raw("\" src=\"data:image/png;base64,")
                        .raw(Base64.getEncoder().encodeToString(f.png()))
                        .raw("\">\n<figcaption>")
                        .text(f.caption())
                        .text(l.t(" (ook als ", " (also as ") + f.file() + ".png / .svg)")
                        .raw("</figcaption></figure>\n");
            }
            h.raw("</section>\n");
        }

        if (r.euroYear() == 0 && nl.ppsim.analysis.RealEuros.applies(s)) {
            // nominal by default; a checkbox (CSS only, no script) shows the same table in euros of the first year
            h.raw("<p class=\"toggle\"><input type=\"checkbox\" id=\"real-euros\"> <label for=\"real-euros\">")
                    .text(l.t(
                            "Tabel per jaar in euro's van " + s.calendarYear(1)
                                    + " (gedeeld door het verwachte prijspeil)",
                            "Yearly table in euros of " + s.calendarYear(1) + " (divided by the expected price level)"))
                    .raw("</label></p>\n<div class=\"nominal\">");
            yearlyTable(h, r, l);
            h.raw("</div>\n<div class=\"real\">");
            yearlyTable(h, nl.ppsim.analysis.RealEuros.deflate(r), l);
            h.raw("</div>\n");
        } else {
            yearlyTable(h, r, l);
        }
        if (!r.models().isEmpty()) {
            modelTable(h, r, l);
        }
        if (r.lumps().stream().anyMatch(lump -> !lump.years().isEmpty())) {
            lumpTable(h, r, l);
        }
        assumptions(h, s, l);
        appendix(h, r, l, technical, extra.stream().filter(Section::technical).toList());
        h.raw("<footer><p>")
                .text(l.t(
                        "Gemaakt met ppsim. Kansen zijn Monte Carlo-schattingen met hun onzekerheid; "
                                + "standaardwaarden van bedrijfsmodellen zijn illustratieve aannames. De CSV-bestanden in deze map "
                                + "bevatten alle cijfers.",
                        "Made with ppsim. Probabilities are Monte Carlo estimates with their uncertainty; business-model defaults are "
                                + "illustrative assumptions. The CSV files in this folder hold all figures."))
                .raw("</p></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Charts for the technical appendix rather than the main story (the board reads the rest). */
    static final java.util.Set<String> APPENDIX_FIGURES = java.util.Set.of("convergentie", "convergence");

    /**
     * The technical appendix: the convergence chart and every uncertain input with its label, its
     * YAML path (the name it has in sensitivity.csv, in correlations and in --vary) and its
     * distribution. The only place in the page where YAML paths appear.
     */
    private static void appendix(Html h, SimulationResult r, Lang l, List<Figure> figures, List<Section> sections) {
        Scenario s = r.scenario();
        List<Input> inputs = r.inputs();
        h.raw("<section id=\"bijlage\"><h2>")
                .text(l.t("Technische bijlage", "Technical appendix"))
                .raw("</h2>\n");
        Proportion p = r.verduurzaamd();
        double[] ci = p.wilson95();
        h.raw("<p class=\"precision\">")
                .text(l.t("Precisie van de kopkans: ", "Precision of the headline: ")
                        + l.percent(p.estimate())
                        + l.t(", 95%-interval (Wilson) ", ", 95% interval (Wilson) ")
                        + l.percent(ci[0]) + " - " + l.percent(ci[1])
                        + (p.designBased()
                                ? l.t(
                                        "; standaardfout uit de blokken van het Latin hypercube ",
                                        "; standard error from the Latin hypercube's blocks ")
                                : l.t("; Monte Carlo-standaardfout ", "; Monte Carlo standard error "))
                        + l.sePercent(p.standardError())
                        + l.t(" na ", " after ")
                        + l.integer(r.iterations())
                        + l.t(" doorrekeningen (seed ", " draws (seed ")
                        + r.seed()
                        + ").")
                .raw("</p>\n");
        for (Section sec : sections) {
            h.raw("<h3 id=\"")
                    .raw(sec.id())
                    .raw("\">")
                    .text(sec.title())
                    .raw("</h3>\n")
                    .raw(sec.html());
        }
        for (Figure f : figures) {
            h.raw("<figure><img alt=\"")
                    .text(f.caption())
                    .raw("\" src=\"data:image/png;base64,")
                    .raw(Base64.getEncoder().encodeToString(f.png()))
                    .raw("\">\n<figcaption>")
                    .text(f.caption())
                    .text(l.t(" (ook als ", " (also as ") + f.file() + ".png / .svg)")
                    .raw("</figcaption></figure>\n");
        }

        if (!inputs.isEmpty()) {
            InputLabels labels = new InputLabels(s, l);
            h.raw("<h3>")
                    .text(l.t("Onzekere invoer en hun YAML-paden", "Uncertain inputs and their YAML paths"))
                    .raw("</h3>\n<div class=\"scroll\"><table>\n")
                    .head(l.t("Invoer", "Input"), l.t("YAML-pad", "YAML path"), l.t("Verdeling", "Distribution"))
                    .raw("<tbody>\n");
            for (Input in : inputs) {
                h.raw("<tr>")
                        .cell(labels.of(in.path()))
                        .raw("<td><code>")
                        .text(in.path())
                        .raw("</code></td>")
                        .cell(ReviewReport.distribution(in, s, l))
                        .raw("</tr>\n");
            }
            h.raw("</tbody></table></div>\n<p class=\"note\">")
                    .text(l.t(
                            "Het YAML-pad is de naam van de invoer in sensitivity.csv (en in assumptions.csv van"
                                    + " ppsim check), in correlations: en in ppsim solve --vary.",
                            "The YAML path names the input in sensitivity.csv (and in ppsim check's"
                                    + " assumptions.csv), in correlations: and in ppsim solve --vary."))
                    .raw("</p>\n");
        }
        glossary(h, l);
        h.raw("</section>\n");
    }

    /** The technical terms of the appendix in a board's words. */
    static void glossary(Html h, Lang l) {
        h.raw("<h3>").text(l.t("Verklarende woordenlijst", "Glossary")).raw("</h3>\n<dl class=\"glossary\">\n");
        for (String[] term : GLOSSARY) {
            h.raw("<dt>")
                    .text(l.t(term[0], term[2]))
                    .raw("</dt><dd>")
                    .text(l.t(term[1], term[3]))
                    .raw("</dd>\n");
        }
        h.raw("</dl>\n");
    }

    /** Dutch term, its explanation, English term, its explanation. */
    private static final String[][] GLOSSARY = {
        {
            "Doorrekening (trekking, iteratie)",
            "Eén mogelijke toekomst van de pps: elke onzekere invoer krijgt een waarde uit zijn verdeling en"
                    + " ppsim rekent alle jaren door.",
            "Draw (iteration)",
            "One possible future of the PPS: every uncertain input gets a value from its distribution and"
                    + " ppsim computes all years."
        },
        {
            "Monte Carlo-simulatie",
            "Duizenden doorrekeningen; het deel waarin de pps verduurzaamt is de kans op verduurzaming.",
            "Monte Carlo simulation",
            "Thousands of draws; the share in which the PPS becomes sustainable is the probability of"
                    + " sustainability."
        },
        {
            "Onzekerheidsmarge, 95%-interval",
            "Het bereik waarin de kans met 95% zekerheid ligt, gegeven het aantal doorrekeningen (Wilson-interval);"
                    + " meer doorrekeningen geven een smallere marge. Het zegt niets over de onzekerheid in de"
                    + " aannames zelf: die zit al in de verdelingen.",
            "Uncertainty margin, 95% interval",
            "The range in which the probability lies with 95% certainty, given the number of draws (Wilson"
                    + " interval); more draws give a narrower margin. It says nothing about the uncertainty in the"
                    + " assumptions themselves: that is already in the distributions."
        },
        {
            "Standaardfout (se)",
            "De spreiding van een geschatte kans door het toeval van de doorrekeningen; de marge is ongeveer"
                    + " twee standaardfouten naar elke kant.",
            "Standard error (se)",
            "The spread of an estimated probability due to the chance in the draws; the margin is about two"
                    + " standard errors either way."
        },
        {
            "p05, p10, mediaan (p50), p90, p95",
            "Percentielen: het bedrag waaronder 5%, 10%, de helft, 90% of 95% van de doorrekeningen blijft.",
            "p05, p10, median (p50), p90, p95",
            "Percentiles: the amount below which 5%, 10%, half, 90% or 95% of the draws stay."
        },
        {
            "Tornado",
            "Elke onzekere invoer om de beurt laag (p10) en hoog (p90) gezet, de rest even onzeker; de langste"
                    + " balken bewegen de uitkomst het sterkst.",
            "Tornado",
            "Each uncertain input set low (p10) and high (p90) in turn, the rest as uncertain as before; the"
                    + " longest bars move the outcome most."
        },
        {
            "Rangcorrelatie (Spearman)",
            "Hoe sterk een invoer en de eindreserve samen op en neer gaan, van -1 tot 1, gemeten op hun"
                    + " volgorde in plaats van hun waarde.",
            "Rank correlation (Spearman)",
            "How strongly an input and the final reserve move up and down together, from -1 to 1, measured"
                    + " on their order rather than their value."
        },
        {
            "Gepaarde standaardfout, common random numbers",
            "Twee varianten doorgerekend met dezelfde toevalsgetallen, zodat hun verschil alleen door de"
                    + " wijziging komt; de standaardfout van dat verschil.",
            "Paired standard error, common random numbers",
            "Two variants computed with the same random numbers, so that their difference comes from the change"
                    + " alone; the standard error of that difference."
        },
        {
            "Seed",
            "Het startgetal van de toevalsgetallen: hetzelfde scenario met dezelfde seed geeft precies"
                    + " dezelfde uitkomst.",
            "Seed",
            "The starting number of the random numbers: the same scenario with the same seed gives exactly the"
                    + " same outcome."
        },
    };

    static String verdict(double p, Lang l) {
        if (p >= 0.8) {
            return l.t(
                    "Een goede kans: het plan houdt in de meeste doorrekeningen stand.",
                    "A good chance: the plan holds in most draws.");
        }
        if (p >= 0.5) {
            return l.t(
                    "Een redelijke kans, maar in een flink deel van de doorrekeningen lukt het niet: kijk naar de zwakke jaren en modellen.",
                    "A fair chance, but a sizeable share of draws fails: look at the weak years and models.");
        }
        if (p >= 0.2) {
            return l.t(
                    "Onzeker: verduurzaming lukt in minder dan de helft van de doorrekeningen.",
                    "Uncertain: sustainability is reached in fewer than half of the draws.");
        }
        return l.t(
                "Een kleine kans: zonder aanpassingen staat de pps na de subsidie waarschijnlijk niet op eigen benen.",
                "A small chance: without changes, the PPS will probably not stand on its own after the subsidy.");
    }

    /** Plain-language observations generated from the numbers. */
    static List<String> meaning(SimulationResult r, Lang l) {
        Scenario s = r.scenario();
        List<String> out = new ArrayList<>();
        int S = s.subsidyYears();
        YearResult worst = null;
        for (YearResult y : r.years()) {
            if (y.year() > S
                    && (worst == null
                            || y.selfSufficient().estimate()
                                    < worst.selfSufficient().estimate())) {
                worst = y;
            }
        }
        if (worst != null) {
            out.add(l.t("Het risico is het grootst in ", "Risk peaks in ")
                    + worst.calendarYear()
                    + l.t(": dan is de pps in ", ": the PPS is self-sufficient in ")
                    + l.percent(worst.selfSufficient().estimate())
                    + l.t(" van de doorrekeningen zelfstandig.", " of draws in that year."));
        }
        if (S > 0) {
            YearResult last = r.years().get(S - 1);
            YearResult after = r.years().get(S);
            double before = last.metric(Metric.PARTNER_CASH).mean();
            double now = after.metric(Metric.PARTNER_CASH).mean();
            if (before > 0 && now < before) {
                out.add(l.t(
                                "Na de subsidie daalt het partnergeld gemiddeld van ",
                                "After the subsidy, partner cash falls on average from ")
                        + l.euro(before)
                        + l.t(" naar ", " to ")
                        + l.euro(now)
                        + l.t(" per jaar (", " per year (")
                        + l.percent(1 - now / before)
                        + l.t(" minder), doordat niet alle partners verlengen.", " less), as not all partners renew."));
            }
            double gap = after.metric(Metric.COSTS).mean()
                    - after.metric(Metric.PARTNER_CASH).mean()
                    - after.metric(Metric.REVENUE).mean();
            if (gap > 0) {
                out.add(l.t("In ", "In ")
                        + after.calendarYear()
                        + l.t(" zijn de kosten gemiddeld ", " costs exceed partner cash and revenue by ")
                        + l.euro(gap)
                        + l.t(" hoger dan partnergeld en opbrengsten samen.", " on average."));
            }
        }
        Integer median = r.medianYearSelfSufficient();
        out.add(
                median == null
                        ? l.t(
                                        "In meer dan de helft van de doorrekeningen wordt de pps binnen de horizon nooit blijvend zelfstandig (",
                                        "In more than half of the draws the PPS never becomes lastingly self-sufficient within the horizon (")
                                + l.percent((double) r.never() / r.iterations()) + ")."
                        : l.t(
                                        "De helft van de doorrekeningen is uiterlijk in ",
                                        "Half of the draws are lastingly self-sufficient by ")
                                + median
                                + l.t(" blijvend zelfstandig.", "."));
        out.add(l.t("De reserve wordt in ", "The reserve goes negative at some point in ")
                + l.percent(1 - r.survives().estimate())
                + l.t(" van de doorrekeningen ooit negatief.", " of draws."));
        Funding f = r.funding();
        out.add(l.t("Van alle financiering over de hele periode is ", "Of all funding over the whole period, ")
                + l.percent(f.share(f.inKindTotal()))
                + l.t(
                        " in natura (uren, ruimte, apparatuur): dat geld komt niet op de rekening.",
                        " is in kind (hours, space, equipment): that money never reaches the bank account.")
                + l.t(" De subsidie is ", " The subsidy is ") + l.percent(f.share(f.subsidy()))
                + l.t(", opbrengsten ", ", earned revenue ")
                + l.percent(f.share(f.revenue())) + ".");
        double[] shares = f.partyShares();
        out.add(l.t(
                        "Verdeling over de partijen (zonder subsidie): onderwijs ",
                        "Split between the parties (excluding subsidy): education ")
                + l.percent(shares[0])
                + l.t(", werkveld ", ", work field ")
                + l.percent(shares[1])
                + l.t(", overheid ", ", government ")
                + l.percent(shares[2])
                + l.t("; het handboek streeft naar 1/3 elk.", "; the handbook aims at 1/3 each."));
        if (!r.models().isEmpty()) {
            ModelResult best = null;
            ModelResult worstModel = null;
            double bestMargin = Double.NEGATIVE_INFINITY;
            double worstMargin = Double.POSITIVE_INFINITY;
            for (ModelResult m : r.models()) {
                double margin = 0;
                for (ModelResult.Year y : m.years()) {
                    if (y.year() > S) {
                        margin += y.margin().mean();
                    }
                }
                margin /= Math.max(1, s.horizonYears() - S);
                if (margin > bestMargin) {
                    bestMargin = margin;
                    best = m;
                }
                if (margin < worstMargin) {
                    worstMargin = margin;
                    worstModel = m;
                }
            }
            out.add(l.t("Na de subsidie draagt ", "After the subsidy, ") + best.name()
                    + l.t(" het meest bij (gemiddelde marge ", " contributes most (mean margin ") + l.euro(bestMargin)
                    + l.t(" per jaar); ", " per year); ") + worstModel.name() + l.t(" het minst (", " least (")
                    + l.euro(worstMargin) + ").");
            for (ModelResult m : r.models()) {
                ModelResult.Year last = m.years().get(m.years().size() - 1);
                BusinessModelUse use = s.businessModels().stream()
                        .filter(u -> u.name().equals(m.name()))
                        .findFirst()
                        .orElseThrow();
                if (use.stopRule() != null
                        && use.toYear() == s.horizonYears()
                        && last.running().estimate() < 1) {
                    out.add(m.name()
                            + l.t(" is aan het eind in ", " has been stopped by its stop rule by the end in ")
                            + l.percent(1 - last.running().estimate())
                            + l.t(" van de doorrekeningen gestopt door zijn stopregel.", " of draws."));
                }
            }
        }
        return out;
    }

    private static void yearlyTable(Html h, SimulationResult r, Lang l) {
        h.raw("<section><h2>")
                .text(l.t("Per jaar", "Per year"))
                .raw("</h2>\n<div class=\"scroll\"><table class=\"wide\">\n")
                .head(
                        l.t("Jaar", "Year"),
                        l.t("Fase", "Phase"),
                        l.t("Kans zelfstandig", "Probability self-sufficient"),
                        l.t("Marge (95%)", "Margin (95%)"),
                        l.t("Kans reserve < 0", "Probability reserve < 0"),
                        l.t("Kopkans t/m dit jaar", "Headline through this year"),
                        l.t("Subsidie", "Subsidy"),
                        l.t("Partnergeld", "Partner cash"),
                        l.t("Opbrengsten", "Revenue"),
                        l.t("Kosten", "Costs"),
                        l.t("Netto", "Net"),
                        l.t("Reserve p05", "Reserve p05"),
                        l.t("Reserve mediaan", "Reserve median"),
                        l.t("Reserve p95", "Reserve p95"),
                        l.t("Natura", "In kind"))
                .raw("<tbody>\n");
        for (YearResult y : r.years()) {
            h.raw("<tr>")
                    .num(Integer.toString(y.calendarYear()), y.calendarYear())
                    .cell(y.subsidyPhase() ? l.t("subsidie", "subsidy") : l.t("na subsidie", "after subsidy"))
                    .num(
                            l.percent(y.selfSufficient().estimate()),
                            y.selfSufficient().estimate())
                    .num(
                            "± " + l.sePercent(y.selfSufficient().margin95()),
                            y.selfSufficient().margin95())
                    .num(l.percent(y.insolvent().estimate()), y.insolvent().estimate());
            if (y.headlineThrough() == null) {
                h.cell("-");
            } else {
                h.num(
                        l.percent(y.headlineThrough().estimate()),
                        y.headlineThrough().estimate());
            }
            for (Metric m :
                    new Metric[] {Metric.SUBSIDY, Metric.PARTNER_CASH, Metric.REVENUE, Metric.COSTS, Metric.NET}) {
                h.num(l.integer(y.metric(m).mean()), y.metric(m).mean());
            }
            h.num(
                            l.integer(y.metric(Metric.RESERVE).p05()),
                            y.metric(Metric.RESERVE).p05())
                    .num(
                            l.integer(y.metric(Metric.RESERVE).p50()),
                            y.metric(Metric.RESERVE).p50())
                    .num(
                            l.integer(y.metric(Metric.RESERVE).p95()),
                            y.metric(Metric.RESERVE).p95())
                    .num(
                            l.integer(y.metric(Metric.IN_KIND).mean()),
                            y.metric(Metric.IN_KIND).mean())
                    .raw("</tr>\n");
        }
        String euros = r.euroYear() != 0
                ? l.t("Bedragen in euro's van " + r.euroYear(), "Amounts in euros of " + r.euroYear())
                : r.scenario().indices().isEmpty()
                        ? l.t("Bedragen in euro", "Amounts in euro")
                        : l.t("Bedragen in nominale euro's", "Amounts in nominal euros");
        h.raw("</tbody></table></div>\n<p class=\"note\">")
                .text(euros
                        + l.t(
                                "; gemiddelden over de doorrekeningen, tenzij anders vermeld.",
                                "; means over the draws unless stated otherwise."))
                .raw("</p></section>\n");
    }

    private static void lumpTable(Html h, SimulationResult r, Lang l) {
        h.raw("<section><h2>")
                .text(l.t("Eenmalige posten", "One-off items"))
                .raw("</h2>\n<table>\n")
                .head(
                        l.t("Jaar", "Year"),
                        l.t("Post", "Item"),
                        l.t("Kans dat het in dat jaar valt", "Probability it falls in that year"),
                        l.t("Gemiddeld bedrag als het valt", "Mean amount when it does"))
                .raw("<tbody>\n");
        for (nl.ppsim.engine.result.LumpResult lump : r.lumps()) {
            for (nl.ppsim.engine.result.LumpResult.Year y : lump.years()) {
                h.raw("<tr>")
                        .num(Integer.toString(y.calendarYear()), y.calendarYear())
                        .cell(HeadlineText.lumpName(lump.source(), l))
                        .num(l.percent(y.happens().estimate()), y.happens().estimate())
                        .num(l.euro(y.meanWhenItHappens()), y.meanWhenItHappens())
                        .raw("</tr>\n");
            }
        }
        h.raw("</tbody></table>\n<p class=\"note\">")
                .text(l.t(
                        "Deze posten zitten in de kosten (of, bij een terugbetaling, in de"
                                + " subsidie) van hun jaar; ook in one_off.csv.",
                        "These items are part of their year's costs (or, for a repayment, its"
                                + " subsidy); also in one_off.csv."))
                .raw("</p></section>\n");
    }

    private static void modelTable(Html h, SimulationResult r, Lang l) {
        Scenario s = r.scenario();
        int last = s.horizonYears();
        boolean overhead = s.lines().stream().anyMatch(x -> x.allocation() != null);
        java.util.List<String> columns = new java.util.ArrayList<>(java.util.List.of(
                l.t("Model", "Model"),
                l.t("Naam", "Name"),
                l.t("Opbrengst ", "Revenue ") + s.calendarYear(last),
                l.t("Kosten ", "Costs ") + s.calendarYear(last),
                l.t("Marge ", "Margin ") + s.calendarYear(last),
                l.t("Marge p05-p95", "Margin p05-p95"),
                l.t("Natura ", "In kind ") + s.calendarYear(last),
                l.t("Draait nog", "Still running")));
        if (overhead) {
            columns.add(l.t("Overhead ", "Overhead ") + s.calendarYear(last));
            columns.add(l.t("Marge na overhead", "Margin after overhead"));
        }
        h.raw("<section><h2>")
                .text(l.t("Bedrijfsmodellen", "Business models"))
                .raw("</h2>\n<table>\n")
                .head(columns.toArray(String[]::new));
        h.raw("<tbody>\n");
        for (ModelResult m : r.models()) {
            ModelResult.Year y = m.years().get(last - 1);
            h.raw("<tr>")
                    .cell(m.model())
                    .cell(m.name())
                    .num(l.euro(y.revenue().mean()), y.revenue().mean())
                    .num(l.euro(y.costs().mean()), y.costs().mean())
                    .num(l.euro(y.margin().mean()), y.margin().mean())
                    .cell(l.euro(y.margin().p05()) + " - " + l.euro(y.margin().p95()))
                    .num(l.euro(y.inKind().mean()), y.inKind().mean())
                    .num(l.percent(y.running().estimate()), y.running().estimate());
            if (overhead) {
                h.num(l.euro(y.overhead().mean()), y.overhead().mean())
                        .num(
                                l.euro(y.marginAfterOverhead().mean()),
                                y.marginAfterOverhead().mean());
            }
            h.raw("</tr>\n");
        }
        h.raw("</tbody></table></section>\n");
    }

    private static void assumptions(Html h, Scenario s, Lang l) {
        h.raw("<section><h2>")
                .text(l.t("Aannames van het scenario", "Scenario assumptions"))
                .raw("</h2>\n<table class=\"kv\"><tbody>\n");
        kv(h, l.t("Startjaar", "Start year"), Integer.toString(s.startYear()));
        kv(h, l.t("Subsidiejaren", "Subsidy years"), Integer.toString(s.subsidyYears()));
        kv(h, l.t("Horizon (jaren)", "Horizon (years)"), Integer.toString(s.horizonYears()));
        kv(h, l.t("Beginreserve", "Initial reserve"), l.euro(s.initialReserve()));
        kv(
                h,
                l.t("Subsidie per jaar", "Subsidy per year"),
                s.subsidyPerYear() == null ? "-" : l.describe(s.subsidyPerYear().distribution()));
        h.raw("</tbody></table>\n");
        if (!s.partners().isEmpty()) {
            h.raw("<h3>")
                    .text(l.t("Partners", "Partners"))
                    .raw("</h3>\n<table>\n")
                    .head(
                            l.t("Partner", "Partner"),
                            l.t("Groep", "Group"),
                            l.t("Geld per jaar", "Cash per year"),
                            l.t("Natura per jaar", "In kind per year"),
                            l.t("Zeker t/m jaar", "Committed to year"),
                            l.t("Kans op verlenging", "Renewal probability"))
                    .raw("<tbody>\n");
            for (Partner p : s.partners()) {
                h.raw("<tr>")
                        .cell(p.name())
                        .cell(Charts.groupName(p.group(), l))
                        .cell(l.describe(p.cashPerYear().distribution()))
                        .cell(l.describe(p.inKindPerYear().distribution()))
                        .cell(p.committedYears() == 0 ? "-" : Integer.toString(s.calendarYear(p.committedYears())))
                        .cell(
                                p.committedYears() >= s.horizonYears()
                                        ? "-"
                                        : l.describe(p.renewalProbability().distribution()))
                        .raw("</tr>\n");
            }
            h.raw("</tbody></table>\n");
        }
        if (!s.lines().isEmpty()) {
            h.raw("<h3>")
                    .text(l.t("Kosten- en opbrengstregels", "Cost and revenue lines"))
                    .raw("</h3>\n<table>\n")
                    .head(
                            l.t("Regel", "Line"),
                            l.t("Soort", "Kind"),
                            l.t("Bedrag per jaar", "Amount per year"),
                            l.t("Jaren", "Years"),
                            l.t("Groei", "Growth"),
                            l.t("Verdeeld over de modellen", "Allocated to the models"))
                    .raw("<tbody>\n");
            for (Line line : s.lines()) {
                Line.Allocation a = line.allocation();
                String allocated = a == null
                        ? "-"
                        : a.proportional()
                                ? l.t("naar hun kosten in geld", "by their cash costs")
                                : a.shares().entrySet().stream()
                                        .sorted(Map.Entry.comparingByKey())
                                        .map(e -> e.getKey() + " " + l.percent(e.getValue()))
                                        .collect(java.util.stream.Collectors.joining(", "));
                h.raw("<tr>")
                        .cell(line.name())
                        .cell(line.revenue() ? l.t("opbrengst", "revenue") : l.t("kosten", "cost"))
                        .cell(l.describe(line.amount().distribution()))
                        .cell(s.calendarYear(line.fromYear()) + "-" + s.calendarYear(line.toYear()))
                        .cell(l.describe(line.growth().distribution()))
                        .cell(allocated)
                        .raw("</tr>\n");
            }
            h.raw("</tbody></table>\n");
        }
        if (!s.businessModels().isEmpty()) {
            h.raw("<h3>")
                    .text(l.t("Bedrijfsmodellen en hun parameters", "Business models and their parameters"))
                    .raw("</h3>\n<table>\n")
                    .head(
                            l.t("Model", "Model"),
                            l.t("Naam", "Name"),
                            l.t("Jaren", "Years"),
                            l.t(
                                    "Parameters (* = catalogusstandaard, door niemand gekozen)",
                                    "Parameters (* = catalog default, chosen by nobody)"),
                            l.t("Stopregel", "Stop rule"))
                    .raw("<tbody>\n");
            InputLabels labels = new InputLabels(s, l);
            for (BusinessModelUse u : s.businessModels()) {
                StringBuilder params = new StringBuilder();
                for (Map.Entry<String, Input> e : u.params().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .toList()) {
                    if (params.length() > 0) {
                        params.append("; ");
                    }
                    params.append(labels.of(u.path() + ".params." + e.getKey())
                                    .substring(u.name().length() + 2))
                            .append(" = ")
                            .append(l.describe(e.getValue().distribution()))
                            .append(e.getValue().catalogDefault() ? " *" : "");
                }
                u.payers().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .forEach(e -> params.append("; ")
                                .append(l.t("betalers van ", "payers of "))
                                .append(e.getKey())
                                .append(": ")
                                .append(ModelText.payers(e.getValue(), l)));
                u.carriedBy().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .forEach(e -> params.append("; ")
                                .append(e.getKey())
                                .append(l.t(" gedragen door ", " carried by "))
                                .append(e.getValue().key()));
                h.raw("<tr>")
                        .cell(u.model())
                        .cell(u.name())
                        .cell(s.calendarYear(u.fromYear()) + "-" + s.calendarYear(u.toYear()))
                        .raw("<td class=\"params\">")
                        .text(params.toString())
                        .raw("</td>")
                        .cell(
                                u.stopRule() == null
                                        ? "-"
                                        : l.t("marge < ", "margin < ")
                                                + l.euro(u.stopRule().marginBelow())
                                                + l.t(" gedurende ", " for ")
                                                + u.stopRule().years()
                                                + l.t(" jaar", " years"))
                        .raw("</tr>\n");
            }
            h.raw("</tbody></table>\n");
            java.util.List<String> defaults = HeadlineText.defaults(s, l);
            if (!defaults.isEmpty()) {
                h.raw("<p>").text(HeadlineText.defaultsHeading(l)).raw("</p>\n<ul>\n");
                for (String d : defaults) {
                    h.raw("<li>").text(d).raw("</li>\n");
                }
                h.raw("</ul>\n");
            }
        }
        if (!s.events().isEmpty()) {
            h.raw("<h3>")
                    .text(l.t("Risico's (gebeurtenissen)", "Risks (events)"))
                    .raw("</h3>\n<table>\n")
                    .head(
                            l.t("Gebeurtenis", "Event"),
                            l.t("Kans", "Probability"),
                            l.t("Jaren", "Years"),
                            l.t("Gevolg", "Impact"))
                    .raw("<tbody>\n");
            for (nl.ppsim.scenario.Event e : s.events()) {
                String impact;
                if (e.impact() instanceof nl.ppsim.scenario.Event.Cost c) {
                    impact = l.t("kosten ", "cost ") + l.describe(c.amount().distribution());
                } else if (e.impact() instanceof nl.ppsim.scenario.Event.PartnerExit x) {
                    impact = x.partner() + l.t(" stopt", " stops");
                } else {
                    nl.ppsim.scenario.Event.RevenueLoss x = (nl.ppsim.scenario.Event.RevenueLoss) e.impact();
                    impact = x.model()
                            + l.t(" verliest ", " loses ")
                            + l.percent(x.share())
                            + l.t(" van zijn opbrengst gedurende ", " of its revenue for ")
                            + x.years()
                            + l.t(" jaar", " years");
                }
                h.raw("<tr>")
                        .cell(e.name())
                        .cell(l.percent(e.probability())
                                + (e.once()
                                        ? l.t(", hoogstens één keer", ", at most once")
                                        : l.t(" per jaar", " a year")))
                        .cell(s.calendarYear(e.fromYear()) + "-" + s.calendarYear(e.toYear()))
                        .cell(impact)
                        .raw("</tr>\n");
            }
            h.raw("</tbody></table>\n");
        }
        h.raw("</section>\n");
    }

    private static void kv(Html h, String k, String v) {
        h.raw("<tr><th>").text(k).raw("</th>").cell(v).raw("</tr>\n");
    }

    /**
     * A self-contained page in {@code l}'s language up to its opened body: the head with the
     * title and the report's style, shared by report.html, round.html and compare.html.
     */
    static Html page(Lang l, String title) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"")
                .raw(l.key())
                .raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>")
                .text(title)
                .raw("</title>\n<style>\n")
                .raw(CSS)
                .raw("</style>\n</head>\n<body>\n");
        return h;
    }

    static final String CSS = """
            :root { --ink: #222; --muted: #555; --line: #ddd; --accent: #0072B2; }
            * { box-sizing: border-box; }
            body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); max-width: 1100px;
                   margin: 0 auto; padding: 24px; line-height: 1.45; }
            header h1 { margin: 0.1em 0 0.2em; font-size: 1.9em; }
            .kicker { color: var(--accent); text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8em; margin: 0; }
            .meta, .note, figcaption, footer { color: var(--muted); font-size: 0.9em; }
            dl.glossary dt { font-weight: 600; margin-top: 0.5em; } dl.glossary dd { margin-left: 1.5em; }
            .headline { border-left: 6px solid var(--accent); background: #f3f8fc; padding: 12px 18px; margin: 18px 0; }
            .headline p { margin: 0.3em 0; font-size: 1.15em; }
            .headline strong.p { font-size: 1.35em; color: var(--accent); }
            .verdict { font-weight: bold; }
            .headline p.criterion, .headline p.tests { font-size: 0.95em; color: var(--muted); }
            .warning { border-left: 4px solid #b34100; background: #fff4ec; padding: 6px 10px; font-size: 1em !important; }
            h2 { border-bottom: 2px solid var(--line); padding-bottom: 4px; margin-top: 1.6em; }
            figure { margin: 18px 0; page-break-inside: avoid; break-inside: avoid; }
            figure img { width: 100%; height: auto; border: 1px solid var(--line); }
            table { border-collapse: collapse; width: 100%; font-size: 0.85em; margin: 8px 0 16px; }
            th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
            td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            thead th { background: #f5f5f5; }
            table.kv { width: auto; }
            td.params { font-size: 0.9em; }
            .scroll { overflow-x: auto; }
            table.wide { font-size: 0.8em; }
            .pass { color: #00704f; font-weight: bold; } .warn { color: #9a6a00; font-weight: bold; } .fail { color: #b34100; font-weight: bold; } .uncertain { color: #5a4fcf; font-weight: bold; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              section, table { page-break-inside: auto; }
              .scroll { overflow: visible; }
              table { font-size: 7.5pt; }
              th, td { padding: 2px 3px; }
              tr, figure { page-break-inside: avoid; break-inside: avoid; }
              h2, h3 { page-break-after: avoid; break-after: avoid; }
              h3 + .scroll, h3 + table { page-break-before: avoid; break-before: avoid; }
              @page { size: A4; margin: 15mm; }
            }
            .real { display: none; }
            p.toggle:has(#real-euros:checked) + .nominal { display: none; }
            p.toggle:has(#real-euros:checked) + .nominal + .real { display: block; }
            """;
}
