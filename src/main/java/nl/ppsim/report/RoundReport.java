package nl.ppsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ppsim.check.Check;
import nl.ppsim.check.Round;
import nl.ppsim.check.Verdict;
import nl.ppsim.scenario.Scenario;

/**
 * The overview of a round of applications: {@code round.csv} (one row per plan, numeric columns)
 * and {@code round.html} (the ranked table, then each plan's checks), plus each plan's
 * {@code checks-<id>.csv}.
 */
public final class RoundReport {
    private RoundReport() {}

    static final String[] HEADER = {
        "rank",
        "file",
        "scenario",
        "title",
        "scheme",
        "variant",
        "subsidy_asked",
        "pass",
        "warn",
        "fail",
        "p_verduurzaamd",
        "p_verduurzaamd_ci_low",
        "p_verduurzaamd_ci_high",
        "worst_rule",
        "main_risk",
        "cumulative_subsidy",
        "within_budget",
        "error"
    };

    static String num(double x, CsvFormat f) {
        return Double.isNaN(x) ? "" : f.number(x);
    }

    static List<String[]> csv(List<Round.Ranking> rankings, CsvFormat f) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Round.Ranked r : all(rankings)) {
            Round.Entry e = r.entry();
            double[] ci = e.headline() == null
                    ? new double[] {Double.NaN, Double.NaN}
                    : e.headline().wilson95();
            rows.add(new String[] {
                Integer.toString(r.rank()),
                e.file(),
                nz(e.id()),
                nz(e.title()),
                nz(e.scheme()),
                nz(e.variant()),
                num(e.subsidy(), f),
                e.judged() ? Long.toString(e.count(Verdict.PASS)) : "",
                e.judged() ? Long.toString(e.count(Verdict.WARN)) : "",
                e.judged() ? Long.toString(e.count(Verdict.FAIL)) : "",
                e.headline() == null ? "" : f.number(e.headline().estimate()),
                num(ci[0], f),
                num(ci[1], f),
                nz(e.worstRule()),
                nz(e.mainRisk()),
                num(r.cumulative(), f),
                Boolean.toString(r.withinBudget()),
                nz(e.error())
            });
        }
        return rows;
    }

    /** Every ranked plan of every scheme's ranking, in order. */
    private static List<Round.Ranked> all(List<Round.Ranking> rankings) {
        return rankings.stream().flatMap(r -> r.ranked().stream()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * Writes the round's files into {@code dir}: one ranking per scheme; {@code otherScheme} lists
     * the plans left out because they fall under another scheme than the round's; {@code scenarios}
     * gives each judged plan's scenario by file (for the explanations).
     */
    public static void write(
            List<Round.Ranking> rankings,
            List<String> otherScheme,
            java.util.Map<String, Scenario> scenarios,
            Path dir,
            CsvFormat f,
            Lang l)
            throws IOException {
        f.write(dir.resolve("round.csv"), csv(rankings, f));
        for (Round.Ranked r : all(rankings)) {
            if (r.entry().judged()) {
                f.write(
                        dir.resolve("checks-" + r.entry().id() + ".csv"),
                        ReviewReport.checksCsv(
                                r.entry().checks(), scenarios.get(r.entry().file()), f, l));
            }
        }
        Files.writeString(dir.resolve("round.html"), html(rankings, otherScheme, scenarios, l), StandardCharsets.UTF_8);
    }

    private static void table(Html h, List<Round.Ranked> ranked, java.util.Map<String, Scenario> scenarios, Lang l) {
        h.raw("<div class=\"scroll\"><table>\n")
                .head(
                        "#",
                        l.t("Plan", "Plan"),
                        l.t("Regeling", "Scheme"),
                        l.t("Subsidie", "Subsidy"),
                        l.t("Oordelen", "Verdicts"),
                        l.t("Kans op verduurzaming", "Probability of sustainability"),
                        l.t("Zwaarste punt", "Worst point"),
                        l.t("Grootste risico", "Main risk"),
                        l.t("Cumulatief", "Cumulative"),
                        l.t("Binnen budget", "Within budget"))
                .raw("<tbody>\n");
        for (Round.Ranked r : ranked) {
            Round.Entry e = r.entry();
            h.raw("<tr>")
                    .cell(Integer.toString(r.rank()))
                    .cell(e.title() == null ? e.file() : e.title() + " (" + e.file() + ")");
            if (!e.judged()) {
                h.raw("<td colspan=\"8\" class=\"fail\">")
                        .text(l.t("niet te beoordelen: ", "cannot be judged: ") + e.error())
                        .raw("</td></tr>\n");
                continue;
            }
            double[] ci = e.headline().wilson95();
            h.cell(e.scheme() == null ? "-" : e.scheme() + (e.variant() == null ? "" : " / " + e.variant()))
                    .num(l.euro(e.subsidy()), e.subsidy())
                    .cell(e.count(Verdict.PASS)
                            + l.t(" voldoet, ", " pass, ")
                            + e.count(Verdict.WARN)
                            + l.t(" waarschuwing, ", " warn, ")
                            + e.count(Verdict.FAIL)
                            + l.t(" voldoet niet", " fail"))
                    .cell(l.percent(e.headline().estimate()) + " (" + l.percent(ci[0]) + " - " + l.percent(ci[1]) + ")")
                    .cell(e.worstRule() == null ? "-" : e.worstRule())
                    .cell(e.mainRisk() == null ? "-" : new InputLabels(scenarios.get(e.file()), l).of(e.mainRisk()))
                    .cell(Double.isNaN(r.cumulative()) ? "-" : l.euro(r.cumulative()))
                    .raw("<td class=\"")
                    .raw(r.withinBudget() ? "pass" : "fail")
                    .raw("\">")
                    .text(r.withinBudget() ? l.t("ja", "yes") : l.t("nee", "no"))
                    .raw("</td></tr>\n");
        }
        h.raw("</tbody></table></div>\n");
    }

    static String html(
            List<Round.Ranking> rankings, List<String> otherScheme, java.util.Map<String, Scenario> scenarios, Lang l) {
        List<Round.Ranked> ranked = all(rankings);
        Html h = HtmlReport.page(l, l.t("Ronde - ppsim", "Round - ppsim")).raw("<main>\n");
        h.raw("<p class=\"kicker\">")
                .text(l.t("ppsim - toetsing van een ronde", "ppsim - review of a round"))
                .raw("</p>\n<h1>")
                .text(l.t("Ronde van " + ranked.size() + " aanvragen", "Round of " + ranked.size() + " applications"))
                .raw("</h1>\n");
        long broken = ranked.stream().filter(r -> !r.entry().judged()).count();
        long within = ranked.stream().filter(Round.Ranked::withinBudget).count();
        long schemes = rankings.stream()
                .filter(r -> r.scheme() != null && !r.scheme().isEmpty())
                .count();
        h.raw("<p>")
                .text(l.t(within + " aanvragen binnen budget", within + " applications within budget")
                        + (broken > 0
                                ? l.t(
                                        "; " + broken + " konden niet beoordeeld worden (zie de foutmelding).",
                                        "; " + broken + " could not be judged (see the error).")
                                : ".")
                        + (schemes > 1
                                ? l.t(
                                        " De plannen vallen onder " + schemes
                                                + " regelingen: elke regeling heeft haar eigen"
                                                + " rangorde en budget.",
                                        " The plans fall under " + schemes
                                                + " schemes: each scheme has its own ranking and budget.")
                                : ""))
                .raw("</p>\n");
        if (!otherScheme.isEmpty()) {
            h.raw("<p class=\"note\">")
                    .text(l.t("Niet in deze ronde (een andere regeling): ", "Not in this round (another scheme): ")
                            + String.join(", ", otherScheme) + ".")
                    .raw("</p>\n");
        }
        h.raw("<p class=\"note\">")
                .text(l.t(
                        "Rangorde: eerst de beoordeelde plannen, dan die zonder afgekeurde regel, dan de hoogste"
                                + " ondergrens van het 95%-interval van de kans op verduurzaming, dan de kleinste subsidie, dan de bestandsnaam. Binnen budget:"
                                + " zolang de aangevraagde subsidie tot en met dit plan (van plannen zonder afgekeurde regel) in het budget past.",
                        "Ranking: judged plans first, then those without a failed rule, then the highest lower bound of the 95% interval of the"
                                + " probability of sustainability, then the smallest subsidy, then the file name. Within budget: while the subsidy asked"
                                + " up to and including this plan (of plans without a failed rule) fits the budget."))
                .raw("</p>\n");
        h.raw("<p class=\"note\">")
                .text(l.t(
                        "Deze rangorde is een regel van ppsim, geen oordeel van een beoordelingscommissie: die"
                                + " beoordeelt de inhoud op de criteria van de regeling, die ppsim niet ziet. Gebruik de rangorde als een toets van geld en"
                                + " verduurzaming naast dat oordeel.",
                        "This ranking is a rule of ppsim, not the judgement of an assessment committee: that"
                                + " judges the content on the scheme's criteria, which ppsim does not see. Use the ranking as a check of money and"
                                + " sustainability beside that judgement."))
                .raw("</p>\n");
        for (Round.Ranking ranking : rankings) {
            h.raw("<h2>")
                    .text(
                            ranking.scheme() == null
                                    ? l.t("Niet te beoordelen", "Could not be judged")
                                    : ranking.scheme().isEmpty()
                                            ? l.t(
                                                    "Zonder regeling (geen subsidie gevraagd)",
                                                    "Without a scheme (no subsidy asked)")
                                            : l.t("Regeling ", "Scheme ") + ranking.scheme())
                    .raw("</h2>\n<p>")
                    .text(
                            Double.isNaN(ranking.budget())
                                    ? l.t(
                                            "Geen budget (--budget, of het subsidieplafond van de regeling): elk plan zonder afgekeurde regel telt als binnen"
                                                    + " budget.",
                                            "No budget (--budget, or the scheme's ceiling): every plan without a failed rule counts as within budget.")
                                    : l.t("Budget: ", "Budget: ") + l.euro(ranking.budget()) + ".")
                    .raw("</p>\n");
            if (!ranking.assessment().isEmpty()) {
                h.raw("<p class=\"note\">")
                        .text(l.t(
                                        "Wat de commissie van deze regeling beoordeelt: ",
                                        "What this scheme's committee judges: ")
                                + SchemeText.own(ranking.assessment(), l) + ".")
                        .raw("</p>\n");
            }
            table(h, ranking.ranked(), scenarios, l);
        }
        for (Round.Ranked r : ranked) {
            Round.Entry e = r.entry();
            if (!e.judged()) {
                continue;
            }
            Scenario s = scenarios.get(e.file());
            h.raw("<section><h2>")
                    .text(r.rank() + ". " + e.title())
                    .raw("</h2>\n<p class=\"verdict\">")
                    .text(ReviewReport.conclusion(e.checks(), l))
                    .raw("</p>\n<div class=\"scroll\"><table>\n")
                    .head(
                            l.t("Regel", "Rule"),
                            l.t("Oordeel", "Verdict"),
                            l.t("Waarde", "Value"),
                            l.t("Norm", "Norm"),
                            l.t("Toelichting", "Explanation"))
                    .raw("<tbody>\n");
            for (Check c : e.checks()) {
                h.raw("<tr title=\"" + c.rule() + "\">")
                        .cell(CheckText.title(c, l))
                        .raw("<td class=\"")
                        .raw(c.verdict().code())
                        .raw("\">")
                        .text(CheckText.verdict(c.verdict(), l))
                        .raw("</td>")
                        .cell(CheckText.value(c, s, l))
                        .cell(CheckText.norm(c, l))
                        .cell(CheckText.explanation(c, s, l))
                        .raw("</tr>\n");
            }
            h.raw("</tbody></table></div></section>\n");
        }
        h.raw("</main>\n</body>\n</html>\n");
        return h.toString();
    }
}
