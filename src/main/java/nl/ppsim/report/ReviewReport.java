package nl.ppsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ppsim.analysis.Tornado;
import nl.ppsim.check.Check;
import nl.ppsim.check.Verdict;
import nl.ppsim.dist.Input;
import nl.ppsim.scenario.Scenario;

/** The review's outputs: {@code checks.csv}, {@code assumptions.csv} (the assumption register) and the "Toetsing" section. */
public final class ReviewReport {
    private ReviewReport() {}

    /** Writes {@code checks.csv} and {@code assumptions.csv}. */
    public static void writeCsv(
            List<Check> checks,
            Scenario s,
            List<Input> inputs,
            Tornado.Result tornado,
            Path folder,
            CsvFormat f,
            Lang l)
            throws IOException {
        f.write(folder.resolve("checks.csv"), checksCsv(checks, s, f, l));
        f.write(folder.resolve("assumptions.csv"), register(inputs, tornado, f, new InputLabels(s, l)));
    }

    /**
     * {@code checks.csv}: one row per check with numeric columns (value, standard error, the norm's
     * bounds; empty when absent) in the CSV format's number style, the unit, whether the rule is
     * unverified, its source, the items it names, and the explanation in the report's language.
     */
    static List<String[]> checksCsv(List<Check> checks, Scenario s, CsvFormat f, Lang l) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "rule",
            "verdict",
            "value",
            "unit",
            "se",
            "pass_low",
            "pass_high",
            "warn_low",
            "warn_high",
            "unverified",
            "source",
            "items",
            "explanation"
        });
        for (Check c : checks) {
            Check.Norm n = c.norm();
            rows.add(new String[] {
                c.rule(),
                c.verdict().code(),
                num(c.value(), f),
                c.unit().code(),
                num(c.se(), f),
                num(n.passLow(), f),
                num(n.passHigh(), f),
                num(n.warnLow(), f),
                num(n.warnHigh(), f),
                Boolean.toString(c.unverified()),
                SchemeText.cited(c.source(), l),
                String.join("; ", c.items()),
                CheckText.explanation(c, s, l)
            });
        }
        return rows;
    }

    private static String num(double x, CsvFormat f) {
        return Double.isNaN(x) ? "" : f.number(x);
    }

    static List<String[]> register(List<Input> inputs, Tornado.Result tornado, CsvFormat f, InputLabels labels) {
        Map<String, Integer> rank = new HashMap<>();
        Map<String, Tornado.Bar> bars = new HashMap<>();
        if (tornado != null) {
            for (int k = 0; k < tornado.bars().size(); k++) {
                rank.put(tornado.bars().get(k).input().path(), k + 1);
                bars.put(tornado.bars().get(k).input().path(), tornado.bars().get(k));
            }
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "path", "label", "distribution", "mean", "p10", "p90", "source", "importance_rank", "final_reserve_swing"
        });
        for (Input in : inputs) {
            Tornado.Bar b = bars.get(in.path());
            rows.add(new String[] {
                in.path(),
                labels.of(in.path()),
                in.distribution().describe(),
                f.number(in.mean()),
                f.number(in.distribution().quantile(0.1)),
                f.number(in.distribution().quantile(0.9)),
                labels.sourceOf(in),
                rank.containsKey(in.path()) ? rank.get(in.path()).toString() : "",
                b == null ? "" : f.number(b.reserveSwing())
            });
        }
        return rows;
    }

    /** An input's distribution as the reader knows it; a renewal decision as "ja/nee, kans 0,85". */
    static String distribution(Input in, Scenario s, Lang l) {
        if (InputLabels.isRenewal(in.path())) {
            String partner =
                    in.path().substring(0, in.path().length() - nl.ppsim.scenario.InputPath.RENEWAL_EVENT.length());
            return s.partners().stream()
                    .filter(p -> p.path().equals(partner))
                    .findFirst()
                    .map(p -> l.t("ja/nee, kans ", "yes/no, probability ")
                            + l.describe(p.renewalProbability().distribution()))
                    .orElse(l.t("ja/nee", "yes/no"));
        }
        return l.describe(in.distribution());
    }

    /** One-line summary of the verdicts. */
    public static String conclusion(List<Check> checks, Lang l) {
        long fail = checks.stream().filter(c -> c.verdict() == Verdict.FAIL).count();
        long warn = checks.stream().filter(c -> c.verdict() == Verdict.WARN).count();
        long pass = checks.stream().filter(c -> c.verdict() == Verdict.PASS).count();
        long uncertain =
                checks.stream().filter(c -> c.verdict() == Verdict.UNCERTAIN).count();
        String head = fail > 0
                ? l.t("Conclusie: het plan voldoet NIET", "Conclusion: the plan does NOT comply")
                : uncertain > 0
                        ? l.t(
                                "Conclusie: nog niet te beslissen; reken met meer doorrekeningen (--iterations)",
                                "Conclusion: not yet decided; compute with more draws (--iterations)")
                        : warn > 0
                                ? l.t(
                                        "Conclusie: het plan voldoet, met aandachtspunten",
                                        "Conclusion: the plan complies, with points of attention")
                                : l.t("Conclusie: het plan voldoet", "Conclusion: the plan complies");
        return head + " (" + pass + l.t(" voldoet, ", " pass, ") + warn
                + l.t(" waarschuwing" + (warn == 1 ? "" : "en"), " warning" + (warn == 1 ? "" : "s")) + ", "
                + (uncertain > 0 ? uncertain + l.t(" onzeker, ", " uncertain, ") : "") + fail
                + l.t(" voldoet niet).", " fail).");
    }

    /** The report's "Toetsing" section: the verdicts, the checks and the assumption register. */
    public static HtmlReport.Section section(
            List<Check> checks, Scenario s, List<Input> inputs, Tornado.Result tornado, Lang l) {
        Html h = new Html();
        h.raw("<p class=\"verdict\">").text(conclusion(checks, l)).raw("</p>\n");
        if (s.scheme() != null) {
            h.raw("<p>")
                    .text(l.t("Regeling: ", "Scheme: ") + s.scheme().title() + " - "
                            + s.scheme().regulation() + ".")
                    .raw("</p>\n");
            for (nl.ppsim.scenario.Wording note : s.scheme().notes()) {
                h.raw("<p class=\"note\">").text(SchemeText.own(note, l)).raw("</p>\n");
            }
        }
        h.raw("<div class=\"scroll\"><table>\n")
                .head(
                        l.t("Regel", "Rule"),
                        l.t("Oordeel", "Verdict"),
                        l.t("Waarde", "Value"),
                        l.t("Norm", "Norm"),
                        l.t("Toelichting", "Explanation"))
                .raw("<tbody>\n");
        for (Check c : checks) {
            String cls = switch (c.verdict()) {
                case PASS -> "pass";
                case WARN -> "warn";
                case FAIL -> "fail";
                case INFO -> "info";
                case UNCERTAIN -> "uncertain";
            };
            h.raw("<tr title=\"" + c.rule() + "\">")
                    .cell(CheckText.title(c, l))
                    .raw("<td class=\"" + cls + "\">")
                    .text(CheckText.verdict(c.verdict(), l))
                    .raw("</td>")
                    .cell(CheckText.value(c, s, l))
                    .cell(CheckText.norm(c, l))
                    .cell(CheckText.explanation(c, s, l))
                    .raw("</tr>\n");
        }
        h.raw("</tbody></table></div>\n");
        h.raw("<h3>")
                .text(l.t("Aannameregister", "Assumption register"))
                .raw("</h3>\n<div class=\"scroll\"><table>\n")
                .head(
                        l.t("Belang", "Rank"),
                        l.t("Invoer", "Input"),
                        l.t("Verdeling", "Distribution"),
                        l.t("Bron", "Source"))
                .raw("<tbody>\n");
        Map<String, Integer> rank = new HashMap<>();
        if (tornado != null) {
            for (int k = 0; k < tornado.bars().size(); k++) {
                rank.put(tornado.bars().get(k).input().path(), k + 1);
            }
        }
        List<Input> ordered = new ArrayList<>(inputs);
        ordered.sort(java.util.Comparator.comparingInt(in -> rank.getOrDefault(in.path(), Integer.MAX_VALUE)));
        InputLabels labels = new InputLabels(s, l);
        for (Input in : ordered) {
            h.raw("<tr>")
                    .cell(rank.containsKey(in.path()) ? rank.get(in.path()).toString() : "")
                    .cell(labels.of(in.path()))
                    .cell(distribution(in, s, l))
                    .cell(in.source() == null ? l.t("(geen bron)", "(no source)") : InputLabels.source(in, l))
                    .raw("</tr>\n");
        }
        h.raw("</tbody></table></div>\n<p class=\"note\">")
                .text(l.t(
                                "Belang = rang in de tornado (zwaai van de gemiddelde eindreserve). Alle"
                                        + " regels, waarden en normen staan ook in checks.csv; het register in assumptions.csv.",
                                "Rank = place in the tornado"
                                        + " (swing of the mean final reserve). Every rule, value and norm is also in checks.csv; the register in"
                                        + " assumptions.csv.")
                        + l.t(
                                " De YAML-paden van de invoer staan in de technische bijlage.",
                                " The inputs' YAML paths are in the technical appendix."))
                .raw("</p>\n");
        return new HtmlReport.Section("toetsing", l.t("Toetsing", "Review"), h.toString());
    }
}
