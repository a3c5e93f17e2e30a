package nl.ppsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.ppsim.analysis.Explore;
import nl.ppsim.scenario.Exploration;
import nl.ppsim.scenario.Scenario;

/**
 * The answer of {@code ppsim explore} as a penvoerder reads it: on the console the chosen route,
 * how sure the choice is and what cannot be told apart from it; in {@code explore.html} also the
 * routes ranked with their intervals and how often each business model appears among the routes as
 * good as the chosen one. One self-contained file, as report.html.
 */
public final class ExploreReport {
    /** The most routes the ranked table shows (explore.csv holds every candidate). */
    static final int SHOWN = 50;

    private ExploreReport() {}

    /** The answer as a penvoerder reads it: the chosen route, how sure, and what is as good. */
    public static String summary(Explore.Result r, Exploration e, Scenario s, Lang l) {
        InputLabels labels = new InputLabels(s, l);
        StringBuilder sb = new StringBuilder();
        Explore.Evaluated best = r.best();
        sb.append(l.t("Gekozen route: ", "Chosen route: "))
                .append(route(best.candidate(), e, labels, l))
                .append(": ");
        if (byQuantile(r)) {
            sb.append(objectiveName(r, l).toLowerCase(java.util.Locale.ROOT))
                    .append(' ')
                    .append(value(r, best, l))
                    .append(" (95%: ")
                    .append(interval(r, best, l))
                    .append(l.t("), kans op verduurzaming ", "), probability of sustainability "))
                    .append(l.percent(best.estimate().estimate()))
                    .append('\n');
        } else {
            sb.append(l.t("kans op verduurzaming ", "probability of sustainability "))
                    .append(l.percent(best.estimate().estimate()))
                    .append(" (95%: ")
                    .append(interval(r, best, l))
                    .append(")\n");
        }
        sb.append(l.t(
                r.candidates().size() + " kandidaten, elk met dezelfde " + l.integer(r.draws()) + " doorrekeningen",
                r.candidates().size() + " candidates, each with the same " + l.integer(r.draws()) + " draws"));
        if (r.possible() > Explore.MAX_ENUMERATED) {
            sb.append(l.t(
                    ", gevonden door te zoeken in " + l.integer(r.possible()) + " mogelijke routes",
                    ", found by searching " + l.integer(r.possible()) + " possible routes"));
        } else if (r.searched() > 0) {
            sb.append(l.t(
                    " (" + r.searched() + " daarvan voorgesteld door de zoektocht in de bereiken)",
                    " (" + r.searched() + " of them proposed by the search of the ranges)"));
        }
        java.util.Map<String, Long> outside = new java.util.TreeMap<>();
        r.candidates().stream().filter(x -> !x.feasible()).forEach(x -> outside.merge(x.limit(), 1L, Long::sum));
        if (!outside.isEmpty()) {
            long n = outside.values().stream().mapToLong(Long::longValue).sum();
            List<String> why = new ArrayList<>();
            outside.forEach((limit, count) -> why.add(limit + ": " + count));
            sb.append(l.t(
                    "; " + n + " doen niet mee, omdat zij een grens of regel overschrijden (" + String.join(", ", why)
                            + ")",
                    "; " + n + " take no part, because they exceed a limit or break a rule (" + String.join(", ", why)
                            + ")"));
        }
        sb.append('\n');
        if (r.objective() == Exploration.Objective.LEAST_SUBSIDY) {
            return leastSubsidy(sb, r, e, labels, l);
        }
        if (r.guaranteed()) {
            sb.append(l.t(
                    "De gekozen route ligt binnen " + zone(r, l)
                            + " van de beste onderzochte kandidaat, met een" + " kans van ten minste "
                            + l.percent(1 - r.alpha()) + ".",
                    "The chosen route is within " + zone(r, l) + " of the best candidate examined, with"
                            + " probability at least " + l.percent(1 - r.alpha()) + "."));
        } else {
            sb.append(l.t(
                    "Met " + l.integer(r.draws()) + " doorrekeningen (het maximum) is niet zeker dat de gekozen route"
                            + " binnen " + zone(r, l) + " van de beste ligt; de routes hieronder zijn niet"
                            + " van haar te onderscheiden.",
                    "With " + l.integer(r.draws()) + " draws (the maximum) it is not certain that the chosen route is"
                            + " within " + zone(r, l) + " of the best; the routes below cannot be told apart"
                            + " from it."));
        }
        sb.append('\n');
        long others = r.candidates().stream()
                .filter(x -> x.inBestSet() && !x.chosen())
                .count();
        sb.append(
                others == 0
                        ? byQuantile(r)
                                ? l.t(
                                        "Elke andere route heeft aantoonbaar een lagere eindreserve in dit kwantiel.",
                                        "Every other route has a measurably lower final reserve at this quantile.")
                                : l.t(
                                        "Elke andere route is aantoonbaar minder kansrijk.",
                                        "Every other route is measurably less likely to succeed.")
                        : l.t(
                                "Niet te onderscheiden van de gekozen route:",
                                "Cannot be told apart from the chosen route:"));
        for (Explore.Evaluated x : r.candidates()) {
            if (x.inBestSet() && !x.chosen()) {
                sb.append("\n  ")
                        .append(route(x.candidate(), e, labels, l))
                        .append(": ")
                        .append(value(r, x, l));
            }
        }
        return sb.toString();
    }

    private static boolean byQuantile(Explore.Result r) {
        return r.objective() == Exploration.Objective.RESERVE_QUANTILE;
    }

    /** What the routes are ranked by, as a person names it: "Kans op verduurzaming", "Eindreserve, 10%-kwantiel". */
    public static String objectiveName(Explore.Result r, Lang l) {
        if (!byQuantile(r)) {
            return l.t("Kans op verduurzaming", "Probability of sustainability");
        }
        int digits = Math.max(
                0,
                java.math.BigDecimal.valueOf(100 * r.quantile())
                        .stripTrailingZeros()
                        .scale());
        String q = l.number(100 * r.quantile(), digits) + "%";
        return l.t("Eindreserve, " + q + "-kwantiel", "Final reserve, " + q + " quantile");
    }

    /** A route's value of what the routes are ranked by. */
    public static String value(Explore.Result r, Explore.Evaluated x, Lang l) {
        return byQuantile(r) ? l.euro(x.value()) : l.percent(x.estimate().estimate());
    }

    /**
     * A route's 95% interval: Wilson's for a probability; for a quantile its sectioning standard
     * error times Student's t with {@code SECTIONS - 1} degrees of freedom.
     */
    public static String interval(Explore.Result r, Explore.Evaluated x, Lang l) {
        if (byQuantile(r)) {
            double t = new org.apache.commons.math3.distribution.TDistribution(Explore.SECTIONS - 1)
                    .inverseCumulativeProbability(0.975);
            return l.euro(x.value() - t * x.valueSe()) + " - " + l.euro(x.value() + t * x.valueSe());
        }
        double[] ci = x.estimate().wilson95();
        return l.percent(ci[0]) + " - " + l.percent(ci[1]);
    }

    /** The rest of the answer for the objective least_subsidy: the subsidy, and what is sure. */
    private static String leastSubsidy(StringBuilder sb, Explore.Result r, Exploration e, InputLabels labels, Lang l) {
        Explore.Evaluated best = r.best();
        String goal = l.percent(r.target());
        sb.append(l.t(
                        "Doel: de minste subsidie met een kans op verduurzaming van ten minste ",
                        "Goal: the least subsidy with a probability of sustainability of at least "))
                .append(goal)
                .append(l.t("; deze route vraagt ", "; this route asks "))
                .append(l.euro(best.subsidy()))
                .append(l.t(" subsidie.", " of subsidy."))
                .append('\n');
        sb.append(
                r.guaranteed()
                        ? l.t(
                                "Met een kans van ten minste " + l.percent(1 - r.alpha()) + ": deze route haalt " + goal
                                        + ", en elke route die minder subsidie vraagt niet.",
                                "With probability at least " + l.percent(1 - r.alpha()) + ": this route reaches " + goal
                                        + ", and every route that asks less subsidy does not.")
                        : l.t(
                                "Met " + l.integer(r.draws())
                                        + " doorrekeningen (het maximum) is dat niet zeker; de routes"
                                        + " hieronder kunnen " + goal + " ook halen met niet meer subsidie.",
                                "With " + l.integer(r.draws())
                                        + " draws (the maximum) that is not certain; the routes below"
                                        + " may also reach " + goal + " with no more subsidy."));
        for (Explore.Evaluated x : r.candidates()) {
            if (x.inBestSet() && !x.chosen()) {
                sb.append("\n  ")
                        .append(route(x.candidate(), e, labels, l))
                        .append(": ")
                        .append(l.percent(x.estimate().estimate()))
                        .append(", ")
                        .append(l.euro(x.subsidy()));
            }
        }
        return sb.toString();
    }

    /** An indifference zone: in percentage points, without a sign ("1,0 procentpunt"), or in euro for a quantile. */
    static String zone(Explore.Result r, Lang l) {
        if (byQuantile(r)) {
            return l.euro(r.delta());
        }
        return l.number(100 * r.delta(), 1) + l.t(" procentpunt", " percentage point");
    }

    /**
     * A route as a person reads it: the models, and each value with the input's label from the
     * user's own names, written as ppsim reads it back ({@code 1300}, never the Dutch {@code 1.300}
     * that a scenario refuses); explore.csv names the inputs by their paths. A value of a model the
     * route leaves out is not named: it changes nothing, and beside the other models' names it would
     * read as if that model were in. Semicolons part the items, whose labels may hold commas.
     */
    public static String route(Explore.Candidate c, Exploration e, InputLabels labels, Lang l) {
        List<String> parts = new ArrayList<>();
        parts.add(
                c.models().isEmpty()
                        ? l.t("(geen gekozen modellen)", "(no chosen models)")
                        : String.join(" + ", c.models()));
        for (Exploration.Vary v : e.vary()) {
            Double value = c.values().get(v.path());
            if (value != null && v.mattersWith(c.models())) {
                parts.add(labels.of(v.path()) + " = "
                        + java.math.BigDecimal.valueOf(value)
                                .stripTrailingZeros()
                                .toPlainString());
            }
        }
        return String.join("; ", parts);
    }
    /** Writes explore.html into {@code dir}, with the trade-off chart (routes.png and .svg) unless {@code charts} is false. */
    public static void write(Explore.Result r, Exploration e, Scenario s, Lang l, Path dir, boolean charts)
            throws IOException {
        write(r, e, s, l, dir, charts, null, null);
    }

    /**
     * As {@link #write(Explore.Result, Exploration, Scenario, Lang, Path, boolean)}, with the chosen
     * route as a scenario ({@code routeYaml}, to copy) and the address of its own report.
     */
    public static void write(
            Explore.Result r,
            Exploration e,
            Scenario s,
            Lang l,
            Path dir,
            boolean charts,
            String routeYaml,
            String routeReport)
            throws IOException {
        byte[] png = null;
        String caption = null;
        if (charts) {
            Charts.prepareFonts();
            Charts.Chart c = Charts.routes(r, l);
            png = ChartWriter.write(c, dir);
            caption = c.caption();
        }
        Files.writeString(
                dir.resolve("explore.html"),
                html(r, e, s, l, png, caption, routeYaml, routeReport),
                StandardCharsets.UTF_8);
    }

    static String html(
            Explore.Result r,
            Exploration e,
            Scenario s,
            Lang l,
            byte[] png,
            String caption,
            String routeYaml,
            String routeReport) {
        Html h = HtmlReport.page(l, l.t("Routes - ppsim", "Routes - ppsim"));
        h.raw("<main>\n<p class=\"kicker\">")
                .text(l.t("ppsim - routes naar verduurzaming", "ppsim - routes to sustainability"))
                .raw("</p>\n<h1>")
                .text(l.t("Welke routes werken voor ", "Which routes work for ") + s.title() + "?")
                .raw("</h1>\n");
        InputLabels labels = new InputLabels(s, l);
        for (String line : summary(r, e, s, l).split("\n")) {
            h.raw("<p>").text(line.strip()).raw("</p>\n");
        }
        h.raw("<h2>")
                .text(
                        byQuantile(r)
                                ? l.t(
                                        "De routes, de hoogste eindreserve eerst",
                                        "The routes, highest final reserve first")
                                : l.t("De routes, de kansrijkste eerst", "The routes, most likely first"))
                .raw("</h2>\n<div class=\"scroll\"><table>\n")
                .head(
                        "#",
                        l.t("Route", "Route"),
                        objectiveName(r, l),
                        l.t("95%-interval", "95% interval"),
                        l.t("Even goed als de gekozen?", "As good as the chosen?"))
                .raw("<tbody>\n");
        List<Explore.Evaluated> ranked = new ArrayList<>(r.candidates());
        ranked.sort(Comparator.comparingDouble((Explore.Evaluated x) -> -x.value()));
        int k = 0;
        for (Explore.Evaluated x : ranked.subList(0, Math.min(SHOWN, ranked.size()))) {
            h.raw("<tr>")
                    .cell(Integer.toString(++k))
                    .cell(route(x.candidate(), e, labels, l))
                    .cell(value(r, x, l))
                    .cell(interval(r, x, l))
                    .cell(
                            x.chosen()
                                    ? l.t("gekozen", "chosen")
                                    : x.inBestSet()
                                            ? l.t("niet te onderscheiden", "cannot be told apart")
                                            : l.t("nee", "no"))
                    .raw("</tr>\n");
        }
        h.raw("</tbody></table></div>\n<p class=\"note\">")
                .text(l.t(
                        "Twee intervallen mogen elkaar overlappen terwijl de ene route toch aantoonbaar kansrijker is:"
                                + " beide zijn met dezelfde toekomsten doorgerekend, en hun verschil is veel preciezer"
                                + " dan elk van beide kansen.",
                        "Two intervals may overlap while one route is still measurably more likely to succeed: both"
                                + " were computed with the same futures, and their difference is far more precise than"
                                + " either probability."))
                .raw("</p>\n");
        if (ranked.size() > SHOWN) {
            h.raw("<p class=\"note\">")
                    .text(l.t(
                            "De " + SHOWN + " kansrijkste van " + ranked.size()
                                    + " routes; explore.csv heeft ze allemaal.",
                            "The " + SHOWN + " most likely of " + ranked.size()
                                    + " routes; explore.csv holds them all."))
                    .raw("</p>\n");
        }
        if (png != null) {
            h.raw("<h2>")
                    .text(l.t("Wat een route van bedrijven vraagt", "What a route asks of companies"))
                    .raw("</h2>\n<figure><img alt=\"")
                    .text(caption)
                    .raw("\" src=\"data:image/png;base64,")
                    .raw(java.util.Base64.getEncoder().encodeToString(png))
                    .raw("\">\n<figcaption>")
                    .text(caption)
                    .raw("</figcaption></figure>\n");
        }
        if (!e.models().isEmpty()) {
            List<Explore.Evaluated> good =
                    r.candidates().stream().filter(Explore.Evaluated::inBestSet).toList();
            h.raw("<h2>")
                    .text(l.t(
                            "Welke bedrijfsmodellen in de goede routes zitten",
                            "Which business models the good routes hold"))
                    .raw("</h2>\n<p>")
                    .text(l.t(
                            "Van de " + good.size()
                                    + " routes die even goed zijn als de gekozen (de gekozen meegeteld):",
                            "Of the " + good.size() + " routes as good as the chosen one (the chosen one included):"))
                    .raw("</p>\n<div class=\"scroll\"><table>\n")
                    .head(l.t("Bedrijfsmodel", "Business model"), l.t("In hoeveel", "In how many"))
                    .raw("<tbody>\n");
            for (String m : e.models()) {
                long in = good.stream()
                        .filter(x -> x.candidate().models().contains(m))
                        .count();
                h.raw("<tr>").cell(m).cell(in + " / " + good.size()).raw("</tr>\n");
            }
            h.raw("</tbody></table></div>\n");
        }
        if (routeYaml != null) {
            h.raw("<h2>")
                    .text(l.t("De gekozen route als scenario", "The chosen route as a scenario"))
                    .raw("</h2>\n<p>")
                    .text(l.t(
                            "Uw scenario met de waarden van de gekozen route erin en zonder de modellen die zij weglaat;"
                                    + " het volledige rapport van deze route: ",
                            "Your scenario with the chosen route's values written in and without the models it leaves"
                                    + " out; the full report of this route: "))
                    .raw("<a href=\"")
                    .text(routeReport)
                    .raw("\">")
                    .text(routeReport)
                    .raw("</a></p>\n<pre>")
                    .text(routeYaml)
                    .raw("</pre>\n");
        }
        h.raw("<p class=\"note\">")
                .text(l.t(
                        "Elke route is doorgerekend met dezelfde gesimuleerde toekomsten (seed " + s.seed()
                                + "): een verschil tussen routes komt door de route, niet door toeval. Hoe er gekozen"
                                + " wordt: docs/explore.md.",
                        "Every route was computed with the same simulated futures (seed " + s.seed()
                                + "): a difference between routes comes from the route, not from chance. How the"
                                + " choice is made: docs/explore.md."))
                .raw("</p>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /**
     * {@code explore.csv}: one row per candidate, with the included models joined by {@code +}, one
     * column per varied input named by its path, the estimate, its standard error, the draws, whether
     * it is in the best set and whether it is the chosen route (true for exactly one row); then
     * what the route asks of companies and of the subsidy (mean totals over the horizon, euro) and
     * whether it is on the trade-off's front ({@code pareto}), whether it takes part, its
     * probability of sustainability and why it takes no part ({@code outside}).
     */
    public static List<String[]> csvRows(Explore.Result r, Exploration e, CsvFormat csv) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("models"));
        e.vary().forEach(v -> header.add(v.path()));
        header.addAll(List.of(
                "estimate",
                "se",
                "draws",
                "in_best_set",
                "chosen",
                "company_contribution",
                "subsidy",
                "pareto",
                "feasible",
                "p_verduurzaamd",
                "outside"));
        rows.add(header.toArray(String[]::new));
        for (Explore.Evaluated x : r.candidates()) {
            List<String> row = new ArrayList<>();
            row.add(String.join("+", x.candidate().models()));
            for (Exploration.Vary v : e.vary()) {
                row.add(csv.number(x.candidate().values().get(v.path())));
            }
            row.add(csv.number(x.value()));
            row.add(csv.number(x.valueSe()));
            row.add(Integer.toString(r.draws()));
            row.add(Boolean.toString(x.inBestSet()));
            row.add(Boolean.toString(x.chosen()));
            row.add(csv.number(x.companies()));
            row.add(csv.number(x.subsidy()));
            row.add(Boolean.toString(x.pareto()));
            row.add(Boolean.toString(x.feasible()));
            row.add(csv.number(x.estimate().estimate()));
            row.add(x.limit() == null ? "" : x.limit());
            rows.add(row.toArray(String[]::new));
        }
        return rows;
    }
}
