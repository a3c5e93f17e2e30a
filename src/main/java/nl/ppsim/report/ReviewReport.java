package nl.ppsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ppsim.check.Check;
import nl.ppsim.check.Verdict;
import nl.ppsim.engine.Input;
import nl.ppsim.engine.Tornado;
import nl.ppsim.scenario.Scenario;

/** The review's outputs: {@code checks.csv}, {@code assumptions.csv} (the assumption register) and the "Toetsing" section. */
public final class ReviewReport {
    private ReviewReport() {
    }

    public static void writeCsv(List<Check> checks, Scenario s, List<Input> inputs, Tornado.Result tornado, Path folder, CsvFormat f)
            throws IOException {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"rule", "verdict", "value", "threshold", "explanation"});
        for (Check c : checks) {
            rows.add(new String[] {c.rule(), c.verdict().code(), c.value(), c.threshold(), c.explanation()});
        }
        f.write(folder.resolve("checks.csv"), rows);
        f.write(folder.resolve("assumptions.csv"), register(inputs, tornado, f));
    }

    static List<String[]> register(List<Input> inputs, Tornado.Result tornado, CsvFormat f) {
        Map<String, Integer> rank = new HashMap<>();
        Map<String, Tornado.Bar> bars = new HashMap<>();
        if (tornado != null) {
            for (int k = 0; k < tornado.bars().size(); k++) {
                rank.put(tornado.bars().get(k).input().path(), k + 1);
                bars.put(tornado.bars().get(k).input().path(), tornado.bars().get(k));
            }
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"path", "distribution", "mean", "p10", "p90", "source", "importance_rank", "final_reserve_swing"});
        for (Input in : inputs) {
            Tornado.Bar b = bars.get(in.path());
            rows.add(new String[] {in.path(), in.distribution().describe(), f.number(in.mean()),
                f.number(in.distribution().quantile(0.1)), f.number(in.distribution().quantile(0.9)),
                in.source() == null ? "" : in.source(), rank.containsKey(in.path()) ? rank.get(in.path()).toString() : "",
                b == null ? "" : f.number(b.reserveSwing())});
        }
        return rows;
    }

    /** One-line summary of the verdicts. */
    public static String conclusion(List<Check> checks) {
        long fail = checks.stream().filter(c -> c.verdict() == Verdict.FAIL).count();
        long warn = checks.stream().filter(c -> c.verdict() == Verdict.WARN).count();
        long pass = checks.stream().filter(c -> c.verdict() == Verdict.PASS).count();
        String head = fail > 0 ? "Conclusie: het plan voldoet NIET" : warn > 0 ? "Conclusie: het plan voldoet, met aandachtspunten"
                : "Conclusie: het plan voldoet";
        return head + " (" + pass + " voldoet, " + warn + " waarschuwing" + (warn == 1 ? "" : "en") + ", " + fail + " voldoet niet).";
    }

    public static HtmlReport.Section section(List<Check> checks, Scenario s, List<Input> inputs, Tornado.Result tornado) {
        Html h = new Html();
        h.raw("<p class=\"verdict\">").text(conclusion(checks)).raw("</p>\n");
        if (s.scheme() != null) {
            h.raw("<p>").text("Regeling: " + s.scheme().title() + " - " + s.scheme().regulation() + ".").raw("</p>\n");
            for (String note : s.scheme().notes()) {
                h.raw("<p class=\"note\">").text(note).raw("</p>\n");
            }
        }
        h.raw("<div class=\"scroll\"><table>\n").head("Regel", "Oordeel", "Waarde", "Norm", "Toelichting").raw("<tbody>\n");
        for (Check c : checks) {
            String cls = switch (c.verdict()) {
                case PASS -> "pass";
                case WARN -> "warn";
                case FAIL -> "fail";
                case INFO -> "info";
            };
            h.raw("<tr>").cell(c.rule()).raw("<td class=\"" + cls + "\">").text(c.verdict().dutch()).raw("</td>")
                    .cell(c.value()).cell(c.threshold()).cell(c.explanation()).raw("</tr>\n");
        }
        h.raw("</tbody></table></div>\n");
        h.raw("<h3>").text("Aannameregister").raw("</h3>\n<div class=\"scroll\"><table>\n")
                .head("Belang", "Invoer (YAML-pad)", "Verdeling", "Bron").raw("<tbody>\n");
        Map<String, Integer> rank = new HashMap<>();
        if (tornado != null) {
            for (int k = 0; k < tornado.bars().size(); k++) {
                rank.put(tornado.bars().get(k).input().path(), k + 1);
            }
        }
        List<Input> ordered = new ArrayList<>(inputs);
        ordered.sort(java.util.Comparator.comparingInt(in -> rank.getOrDefault(in.path(), Integer.MAX_VALUE)));
        for (Input in : ordered) {
            h.raw("<tr>").cell(rank.containsKey(in.path()) ? rank.get(in.path()).toString() : "").cell(in.path())
                    .cell(in.distribution().describe()).cell(in.source() == null ? "(geen bron)" : in.source()).raw("</tr>\n");
        }
        h.raw("</tbody></table></div>\n<p class=\"note\">").text("Belang = rang in de tornado (zwaai van de gemiddelde eindreserve). Alle"
                + " regels, waarden en normen staan ook in checks.csv; het register in assumptions.csv.").raw("</p>\n");
        return new HtmlReport.Section("toetsing", "Toetsing", h.toString());
    }
}
