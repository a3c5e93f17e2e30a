package nl.ppsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.stats.PairedDifference;

/**
 * The HTML page of {@code ppsim compare} ({@code compare.html}): each scenario's headline with its
 * interval and median final reserve, each pair's difference with its paired standard error, and
 * the comparison chart, in the run's language; one self-contained file, as report.html.
 */
public final class CompareReport {
    private CompareReport() {}

    /** Writes compare.html into {@code dir}; {@code png} is the comparison chart, or null without charts. */
    public static void write(List<SimulationResult> results, List<PairedDifference> pairs, byte[] png, Lang l, Path dir)
            throws IOException {
        Files.writeString(dir.resolve("compare.html"), html(results, pairs, png, l), StandardCharsets.UTF_8);
    }

    static String html(List<SimulationResult> results, List<PairedDifference> pairs, byte[] png, Lang l) {
        SimulationResult first = results.get(0);
        Html h = HtmlReport.page(l, l.t("Vergelijking - ppsim", "Comparison - ppsim"));
        h.raw("<main>\n<p class=\"kicker\">")
                .text(l.t("ppsim - vergelijking van scenario's", "ppsim - comparison of scenarios"))
                .raw("</p>\n<h1>")
                .text(l.t("Welk plan verduurzaamt het vaakst?", "Which plan becomes sustainable most often?"))
                .raw("</h1>\n<p>")
                .text(l.t(
                        "Elk scenario is doorgerekend met dezelfde " + l.integer(first.iterations())
                                + " gesimuleerde toekomsten (seed " + first.seed() + "): een verschil komt door de"
                                + " plannen, niet door toeval.",
                        "Every scenario was computed with the same " + l.integer(first.iterations())
                                + " simulated futures (seed " + first.seed() + "): a difference comes from the"
                                + " plans, not from chance."))
                .raw("</p>\n<div class=\"scroll\"><table>\n")
                .head(
                        l.t("Scenario", "Scenario"),
                        l.t("Kans op verduurzaming", "Probability of sustainability"),
                        l.t("95%-interval", "95% interval"),
                        l.t("Eindreserve, mediaan", "Final reserve, median"))
                .raw("<tbody>\n");
        for (SimulationResult r : results) {
            double[] ci = r.verduurzaamd().wilson95();
            h.raw("<tr>")
                    .cell(r.scenario().title() + " (" + r.scenario().id() + ")")
                    .cell(l.percent(r.verduurzaamd().estimate()))
                    .cell(l.percent(ci[0]) + " - " + l.percent(ci[1]))
                    .cell(l.euro(r.finalReserve().p50()))
                    .raw("</tr>\n");
        }
        h.raw("</tbody></table></div>\n");
        if (!pairs.isEmpty()) {
            h.raw("<h2>")
                    .text(l.t("Verschillen per paar", "Differences per pair"))
                    .raw("</h2>\n<div class=\"scroll\"><table>\n")
                    .head(
                            l.t("Paar", "Pair"),
                            l.t("Verschil", "Difference"),
                            l.t("Onzekerheidsmarge (95%)", "Uncertainty margin (95%)"),
                            l.t("Oordeel", "Verdict"))
                    .raw("<tbody>\n");
            int k = 0;
            for (int a = 0; a < results.size(); a++) {
                for (int b = a + 1; b < results.size(); b++) {
                    PairedDifference d = pairs.get(k++);
                    boolean clear = d.ciLow() > 0 || d.ciHigh() < 0;
                    h.raw("<tr>")
                            .cell(results.get(a).scenario().id()
                                    + l.t(" tegen ", " against ")
                                    + results.get(b).scenario().id())
                            .cell(l.points(d.difference()))
                            .cell(l.points(d.ciLow()) + " - " + l.points(d.ciHigh()))
                            .cell(
                                    clear
                                            ? l.t("een echt verschil", "a real difference")
                                            : l.t(
                                                    "niet te onderscheiden met deze doorrekeningen",
                                                    "not distinguishable with these draws"))
                            .raw("</tr>\n");
                }
            }
            h.raw("</tbody></table></div>\n<p class=\"note\">")
                    .text(l.t(
                            "Het verschil is de kans van het eerste plan min die van het tweede, in procentpunt; de marge komt uit de"
                                    + " gepaarde standaardfout (dezelfde toekomsten voor beide plannen). compare.csv"
                                    + " heeft alle cijfers.",
                            "The difference is the first plan's probability minus the second's, in percentage points; the margin comes from"
                                    + " the paired standard error (the same futures for both plans). compare.csv has"
                                    + " every figure."))
                    .raw("</p>\n");
        }
        if (png != null) {
            String caption = l.t("Kans op verduurzaming per scenario", "Probability of sustainability per scenario");
            h.raw("<figure><img alt=\"")
                    .text(caption)
                    .raw("\" src=\"data:image/png;base64,")
                    .raw(Base64.getEncoder().encodeToString(png))
                    .raw("\">\n<figcaption>")
                    .text(caption + l.t(" (ook als ", " (also as ") + l.t("vergelijking", "comparison")
                            + ".png / .svg)")
                    .raw("</figcaption></figure>\n");
        }
        h.raw("</main>\n</body>\n</html>\n");
        return h.toString();
    }
}
