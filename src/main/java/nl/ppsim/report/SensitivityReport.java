package nl.ppsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.ppsim.analysis.Sensitivity;
import nl.ppsim.analysis.Tornado;
import nl.ppsim.stats.PairedDifference;

/** {@code sensitivity.csv} (long format: analysis, item, metric, value), the tornado chart and the "Waarom" section. */
public final class SensitivityReport {
    private SensitivityReport() {}

    /** Writes {@code sensitivity.csv}: one row per analysis, item (an input's YAML path or a model) and metric. */
    public static void writeCsv(Sensitivity.Result s, Path folder, CsvFormat f) throws IOException {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"analysis", "item", "metric", "value"});
        Tornado.Result t = s.tornado();
        if (t != null) {
            rows.add(new String[] {"tornado", "", "base_p_verduurzaamd", f.number(t.baseP())});
            rows.add(new String[] {"tornado", "", "base_final_reserve_mean", f.number(t.baseReserve())});
            rows.add(new String[] {"tornado", "", "iterations_per_run", Integer.toString(t.iterations())});
        }
        for (Tornado.Bar b : t == null ? List.<Tornado.Bar>of() : t.bars()) {
            String p = b.input().path();
            rows.add(new String[] {"tornado", p, "input_p10", f.number(b.low())});
            rows.add(new String[] {"tornado", p, "input_p90", f.number(b.high())});
            rows.add(new String[] {"tornado", p, "p_verduurzaamd_at_p10", f.number(b.pLow())});
            rows.add(new String[] {"tornado", p, "p_verduurzaamd_at_p90", f.number(b.pHigh())});
            rows.add(new String[] {"tornado", p, "final_reserve_mean_at_p10", f.number(b.reserveLow())});
            rows.add(new String[] {"tornado", p, "final_reserve_mean_at_p90", f.number(b.reserveHigh())});
        }
        double[] shares = Sensitivity.contributions(s.ranks());
        for (int k = 0; k < s.ranks().size(); k++) {
            Sensitivity.Rank r = s.ranks().get(k);
            rows.add(new String[] {"spearman_final_reserve", r.input().path(), "rho", f.number(r.spearman())});
            rows.add(new String[] {"contribution_to_variance", r.input().path(), "share", f.number(shares[k])});
        }
        for (Sensitivity.Contrast c : s.contrasts()) {
            String kind = c.model() ? "conditional_model_margin" : "conditional_input";
            rows.add(new String[] {kind, c.name(), "mean_failed", f.number(c.meanFailed())});
            rows.add(new String[] {kind, c.name(), "mean_succeeded", f.number(c.meanSucceeded())});
            rows.add(new String[] {kind, c.name(), "median_failed", f.number(c.medianFailed())});
            rows.add(new String[] {kind, c.name(), "median_succeeded", f.number(c.medianSucceeded())});
            rows.add(new String[] {kind, c.name(), "standardized_difference", f.number(c.standardized())});
        }
        for (Sensitivity.Decision d : s.decisions()) {
            String p = d.input().path();
            rows.add(new String[] {"renewal_decision", p, "share_yes", f.number(d.shareYes())});
            rows.add(new String[] {"renewal_decision", p, "p_verduurzaamd_if_yes", f.number(d.pYes())});
            rows.add(new String[] {"renewal_decision", p, "p_verduurzaamd_if_no", f.number(d.pNo())});
            rows.add(new String[] {"renewal_decision", p, "difference", f.number(d.difference())});
            rows.add(new String[] {"renewal_decision", p, "se", f.number(d.se())});
        }
        for (Sensitivity.Counterfactual c : s.counterfactuals()) {
            pair(rows, f, "without_model", c.model(), c.difference());
        }
        if (s.stress() != null) {
            pair(
                    rows,
                    f,
                    "stress",
                    "factor " + f.number(s.stress().factor()),
                    s.stress().difference());
        }
        for (Sensitivity.RealisedCorrelation c : s.correlations()) {
            String item = c.requested().first() + " ~ " + c.requested().second();
            rows.add(new String[] {
                "correlation", item, "requested_rank", f.number(c.requested().rank())
            });
            rows.add(new String[] {"correlation", item, "realised_rank", f.number(c.realised())});
        }
        f.write(folder.resolve("sensitivity.csv"), rows);
    }

    private static void pair(List<String[]> rows, CsvFormat f, String analysis, String item, PairedDifference d) {
        rows.add(new String[] {analysis, item, "p_a", f.number(d.pA())});
        rows.add(new String[] {analysis, item, "p_b", f.number(d.pB())});
        rows.add(new String[] {analysis, item, "difference", f.number(d.difference())});
        rows.add(new String[] {analysis, item, "paired_se", f.number(d.pairedSe())});
    }

    /**
     * Plain-language sentences on what distinguishes failed from successful iterations: first the
     * partners' renewal decisions as yes/no events with their effect in procentpunt, then the
     * inputs and models that differ most, each named by its label.
     */
    static List<String> sentences(Sensitivity.Result s, Lang l, int top) {
        InputLabels labels = new InputLabels(s.base().scenario(), l);
        List<String> out = new ArrayList<>();
        int n = 0;
        for (Sensitivity.Decision d : s.decisions()) {
            if (n == top || Math.abs(d.difference()) < 2 * d.se()) {
                break;
            }
            String who = labels.of(d.input().path());
            who = who.replace(l.t(" (ja/nee)", " (yes/no)"), "");
            out.add(who + l.t(" (in ", " (in ") + l.percent(d.shareYes())
                    + l.t(
                            " van de doorrekeningen): dan is de kans op verduurzaming ",
                            " of the draws): then the probability of sustainability is ")
                    + l.percent(d.pYes())
                    + l.t(", anders ", ", otherwise ") + l.percent(d.pNo()) + " (" + l.points(d.difference())
                    + l.t(", marge ± ", ", margin ± ") + l.sePoints(nl.ppsim.stats.Proportion.Z975 * d.se()) + ").");
            n++;
        }
        for (Sensitivity.Contrast c : s.contrasts()) {
            if (n == top || Math.abs(c.standardized()) < 0.1) {
                break;
            }
            if (!c.model() && InputLabels.isRenewal(c.name())) {
                continue;
            }
            double rel = c.relative();
            String direction = c.meanFailed() < c.meanSucceeded() ? l.t("lager", "lower") : l.t("hoger", "higher");
            String what = c.model() ? l.t("de marge van ", "the margin of ") + c.name() : labels.of(c.name());
            String amount = Double.isNaN(rel) || Math.abs(rel) > 10 ? "" : " " + l.percent(Math.abs(rel));
            out.add(l.t("In de mislukte doorrekeningen lag ", "In the failed draws, ") + what
                    + l.t(" gemiddeld", " was on average")
                    + amount + " " + direction + " (" + format(c.meanFailed(), c.model(), l)
                    + l.t(" tegen ", " against ")
                    + format(c.meanSucceeded(), c.model(), l) + ").");
            n++;
        }
        return out;
    }

    private static String format(double x, boolean euro, Lang l) {
        if (euro || Math.abs(x) >= 1000) {
            return l.euro(x);
        }
        return l.number(x);
    }

    /**
     * The report's "Waarom" section in a board's words (what separates failure from success, the
     * tornado chart when one is given, what each business model contributes with its margin) and
     * its technical part for the appendix (rank correlations, requested against realised
     * correlations).
     */
    public static List<HtmlReport.Section> sections(Sensitivity.Result s, Lang l, byte[] tornadoPng) {
        return List.of(body(s, l, tornadoPng), technical(s, l));
    }

    private static HtmlReport.Section body(Sensitivity.Result s, Lang l, byte[] tornadoPng) {
        Html h = new Html();
        h.raw("<ul>\n");
        for (String sentence : sentences(s, l, 5)) {
            h.raw("<li>").text(sentence).raw("</li>\n");
        }
        if (s.stress() != null) {
            PairedDifference d = s.stress().difference();
            h.raw("<li>")
                    .text(l.t("Stresstest: met alle bandbreedtes ", "Stress test: with every range ")
                            + l.percent(s.stress().factor() - 1)
                            + l.t(
                                    " breder wordt de kans op verduurzaming ",
                                    " wider, the probability of sustainability becomes ")
                            + l.percent(d.pA())
                            + l.t(" (was ", " (was ") + l.percent(d.pB()) + ").")
                    .raw("</li>\n");
        }
        h.raw("</ul>\n");
        if (tornadoPng != null) {
            h.raw("<figure><img alt=\"tornado\" src=\"data:image/png;base64,")
                    .raw(Base64.getEncoder().encodeToString(tornadoPng))
                    .raw("\"><figcaption>")
                    .text(l.t(
                            "Hoe sterk elke invoer de uitkomst beweegt: de gemiddelde eindreserve als die invoer laag"
                                    + " (10e percentiel) of hoog (90e percentiel) uitvalt en de rest even onzeker blijft"
                                    + " (ook als tornado.png / .svg)",
                            "How strongly each input moves the outcome: the mean final reserve when that input comes out"
                                    + " low (10th percentile) or high (90th percentile) and the rest stays as uncertain"
                                    + " (also as tornado.png / .svg)"))
                    .raw("</figcaption></figure>\n");
        }
        if (!s.counterfactuals().isEmpty()) {
            h.raw("<h3>")
                    .text(l.t("Wat elk bedrijfsmodel bijdraagt", "What each business model contributes"))
                    .raw("</h3>\n<table>\n")
                    .head(
                            l.t("Model", "Model"),
                            l.t("Kans met", "Probability with"),
                            l.t("Kans zonder", "Probability without"),
                            l.t("Verschil", "Difference"),
                            l.t("Onzekerheidsmarge (95%)", "Uncertainty margin (95%)"))
                    .raw("<tbody>\n");
            for (Sensitivity.Counterfactual c : s.counterfactuals()) {
                PairedDifference d = c.difference();
                h.raw("<tr>")
                        .cell(c.model())
                        .num(l.percent(d.pA()), d.pA())
                        .num(l.percent(d.pB()), d.pB())
                        .num(l.points(d.difference()), d.difference())
                        .num("± " + l.sePoints(d.margin95()), d.margin95())
                        .raw("</tr>\n");
            }
            h.raw("</tbody></table>\n<p class=\"note\">")
                    .text(l.t(
                            "Met en zonder het model zijn dezelfde toekomsten doorgerekend, zodat het verschil alleen"
                                    + " door het model komt; de marge is die van dat verschil.",
                            "With and without the model the same futures were computed, so the difference comes from"
                                    + " the model alone; the margin is that of the difference."))
                    .raw("</p>\n");
        }
        return new HtmlReport.Section(
                "waarom", l.t("Waarom: wat het meest uitmaakt", "Why: what matters most"), h.toString());
    }

    private static HtmlReport.Section technical(Sensitivity.Result s, Lang l) {
        Html h = new Html();
        InputLabels labels = new InputLabels(s.base().scenario(), l);
        if (!s.correlations().isEmpty()) {
            h.raw("<ul>\n");
            for (Sensitivity.RealisedCorrelation c : s.correlations()) {
                h.raw("<li>")
                        .text(l.t("Gevraagde rangcorrelatie tussen ", "Requested rank correlation between ")
                                + labels.of(c.requested().first())
                                + l.t(" en ", " and ") + labels.of(c.requested().second()) + ": "
                                + l.number(c.requested().rank(), 2)
                                + l.t(", gerealiseerd ", ", realised ") + l.fixed(c.realised(), 3) + ".")
                        .raw("</li>\n");
            }
            h.raw("</ul>\n");
        }
        if (!s.counterfactuals().isEmpty()) {
            h.raw("<p>")
                    .text(l.t(
                                    "Gepaarde standaardfouten van de bijdrage per bedrijfsmodel (common random numbers): ",
                                    "Paired standard errors of each business model's contribution (common random numbers): ")
                            + String.join(
                                    "; ",
                                    s.counterfactuals().stream()
                                            .map(c -> c.model() + " "
                                                    + l.sePoints(c.difference().pairedSe()))
                                            .toList())
                            + ".")
                    .raw("</p>\n");
        }
        String title = l.t("Rangcorrelaties (Spearman)", "Rank correlations (Spearman)");
        if (s.ranks().isEmpty() || s.base().iterations() < Sensitivity.MIN_ITERATIONS) {
            if (s.base().iterations() < Sensitivity.MIN_ITERATIONS) {
                h.raw("<p class=\"note\">")
                        .text(l.t(
                                "Rangcorrelaties vragen minstens " + Sensitivity.MIN_ITERATIONS
                                        + " doorrekeningen; deze run had er "
                                        + s.base().iterations() + ".",
                                "Rank correlations need at least " + Sensitivity.MIN_ITERATIONS
                                        + " draws; this run had " + s.base().iterations() + "."))
                        .raw("</p>\n");
            }
            return new HtmlReport.Section("bijlage-waarom", title, h.toString(), true);
        }
        h.raw("<table>\n")
                .head(
                        l.t("Invoer", "Input"),
                        l.t("Verdeling", "Distribution"),
                        "Spearman",
                        l.t("Bijdrage aan de variantie", "Contribution to variance"))
                .raw("<tbody>\n");
        double[] shares = Sensitivity.contributions(s.ranks());
        for (int k = 0; k < Math.min(12, s.ranks().size()); k++) {
            Sensitivity.Rank r = s.ranks().get(k);
            String dist = InputLabels.isRenewal(r.input().path())
                    ? l.t("ja/nee", "yes/no")
                    : l.describe(r.input().distribution());
            h.raw("<tr>")
                    .cell(labels.of(r.input().path()))
                    .cell(dist)
                    .num(l.fixed(r.spearman(), 2), r.spearman())
                    .num(l.percent(shares[k]), shares[k])
                    .raw("</tr>\n");
        }
        h.raw("</tbody></table>\n<p class=\"note\">")
                .text(
                        l.t(
                                        "Alle cijfers staan in sensitivity.csv. Een invoer die elk jaar opnieuw"
                                                + " getrokken wordt telt als één drijver (zijn gemiddelde over de jaren).",
                                        "All figures are in sensitivity.csv. An input drawn"
                                                + " every year counts as one driver (its mean over the years).")
                                + l.t(
                                        " Een verlenging telt als ja/nee (positief: verlengen helpt).",
                                        " A renewal counts as yes/no (positive: renewing helps).")
                                + l.t(
                                        " Bijdrage aan de variantie: de gekwadrateerde rangcorrelatie als"
                                                + " deel van de som over alle invoer (zoals Crystal Ball; een benadering).",
                                        " Contribution to variance: the squared rank"
                                                + " correlation as a share of the sum over all inputs (as Crystal Ball shows it; an approximation)."))
                .raw("</p>\n");
        return new HtmlReport.Section("bijlage-waarom", title, h.toString(), true);
    }
}
