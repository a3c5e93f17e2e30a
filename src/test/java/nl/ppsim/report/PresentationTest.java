package nl.ppsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ppsim.TestScenarios;
import nl.ppsim.analysis.Sensitivity;
import nl.ppsim.dist.Distributions;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.scenario.Scenario;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** Words at the edge: input labels, number formats, sentences without YAML paths, charts without empty or duplicate legend entries. */
class PresentationTest {
    private static final Pattern PATH = Pattern.compile("(?:partners|lines|business_models|events)\\[\\d+]");

    private static Scenario voorbeeld() {
        return new ScenarioReader().read(Path.of("scenarios/voorbeeld.yaml"));
    }

    @Test
    void inputsAreLabelledWithTheScenariosOwnNamesAndTheCatalogsWords() {
        Scenario s = voorbeeld();
        InputLabels dutch = new InputLabels(s, Lang.NL);
        InputLabels english = new InputLabels(s, Lang.EN);
        assertEquals("Gemeente Voorbeeld: verlengt na 2029 (ja/nee)", dutch.of("partners[1].renewal"));
        assertEquals("Gemeente Voorbeeld: renews after 2029 (yes/no)", english.of("partners[1].renewal"));
        assertEquals(
                "Gemeente Voorbeeld: verlengt opnieuw in 2034 (toevalsgetal; laag = ja)",
                dutch.of("partners[1].renewal_at"));
        assertEquals("ROC Voorbeeld: bijdrage in natura per jaar", dutch.of("partners[0].in_kind_per_year"));
        assertEquals("Techniekbedrijven: nieuwe leden per jaar", dutch.of("partners[2].pool.join_per_year"));
        String model = s.businessModels().get(0).name();
        assertEquals(model + ": deelnemers per cursus", dutch.of("business_models[0].params.participants_per_course"));
        assertEquals(s.lines().get(0).name() + ": bedrag per jaar", dutch.of("lines[0].amount"));
        assertEquals("Subsidie per jaar", dutch.of("subsidy.per_year"));
        assertEquals(
                "unknown thing",
                dutch.of("something.unknown_thing"),
                "an unknown path falls back to its words, never an error");
        for (nl.ppsim.dist.Input in : nl.ppsim.engine.Inputs.uncertain(s)) {
            assertFalse(PATH.matcher(dutch.of(in.path())).find(), in.path() + " has a label");
        }
    }

    @Test
    void theDefaultsListNamesExactlyTheOmittedParameters() {
        Scenario s = voorbeeld();
        for (nl.ppsim.scenario.BusinessModelUse use : s.businessModels()) {
            List<String> omitted = new ArrayList<>();
            for (nl.ppsim.model.Parameter p :
                    nl.ppsim.model.Catalog.find(use.model()).orElseThrow().parameters()) {
                if (!p.optional() && !written(use, p.key())) {
                    omitted.add(InputLabels.shortLabel(p.dutch()));
                }
            }
            String line = HeadlineText.defaults(s, Lang.NL).stream()
                    .filter(x -> x.startsWith(use.name() + " ("))
                    .findFirst()
                    .orElse("");
            assertEquals(
                    omitted.isEmpty() ? "" : use.name() + " (" + use.model() + "): " + String.join("; ", omitted),
                    line,
                    use.name());
        }
        SimulationResult r = Simulation.run(s, new RunSettings(500, s.seed(), 1));
        String console = ConsoleSummary.text(r, Lang.NL);
        String html = HtmlReport.render(r, Lang.NL, List.of(), List.of());
        for (String line : HeadlineText.defaults(s, Lang.NL)) {
            assertFalse(line.contains("_"), "labels, not parameter keys: " + line);
            assertTrue(console.contains(line), "console lists " + line);
            assertTrue(html.contains(Html.esc(line)), "report lists " + line);
        }
    }

    /** Whether the scenario file itself gives the parameter (in the params: block of that model). */
    private static boolean written(nl.ppsim.scenario.BusinessModelUse use, String key) {
        try {
            String text = java.nio.file.Files.readString(Path.of("scenarios/voorbeeld.yaml"));
            int at = text.indexOf("name: " + use.name());
            int from = at >= 0 ? at : text.indexOf("model: " + use.model());
            int next = text.indexOf("  - model:", from + 1);
            String block = text.substring(from, next < 0 ? text.length() : next);
            return block.contains(" " + key + ":");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void amountsAreRoundedTheSameWayEverywhere() {
        assertEquals("EUR 613.000", Lang.NL.euro(612_864));
        assertEquals("EUR -366.000", Lang.NL.euro(-366_336));
        assertEquals("EUR 61.300", Lang.NL.euro(61_284));
        assertEquals("EUR 6.130", Lang.NL.euro(6_128.4));
        assertEquals("EUR 612", Lang.NL.euro(612.4));
        assertEquals("EUR 1,6 mln", Lang.NL.euro(1_612_864));
        assertEquals("EUR 1,0 mln", Lang.NL.euro(999_600), "no EUR 1.000.000 beside EUR 1,0 mln");
        assertEquals("EUR 1.6 m", Lang.EN.euro(1_612_864));
        assertEquals("EUR 0", Lang.NL.euro(-0.2));
        assertEquals("EUR 1.250.001", Lang.NL.euroExact(1_250_001));
    }

    @Test
    void distributionsAndNumbersAreWrittenInTheReportsLanguage() {
        assertEquals(
                "triangular(60000; 80000; 90000)", Lang.NL.describe(Distributions.triangular(60000, 80000, 90000)));
        assertEquals(
                "triangular(60000; 80000; 90000)", Lang.EN.describe(Distributions.triangular(60000, 80000, 90000)));
        assertEquals("0,85", Lang.NL.describe(Distributions.constant(0.85)));
        assertEquals(
                "uniform(12,75; 13,1250)",
                Lang.NL.describe(Distributions.uniform(12.75, 13.125)),
                "as written, not rounded");
        assertEquals("0,565", Lang.NL.number(0.5651), "a computed figure to three significant digits");
        assertEquals("250000", Lang.NL.describe(Distributions.constant(250000)), "as ppsim reads it back");
        assertTrue(
                Lang.NL.describe(Distributions.range90(3000, 7000)).startsWith("range90(3000; 7000)"),
                "range90 keeps its name");
        assertEquals(
                "discrete([50000; 75000]; [1; 2])",
                Lang.NL.describe(Distributions.discrete(new double[] {50000, 75000}, new double[] {1, 2})));
        assertEquals(
                "event(0,25; triangular(1000; 2000; 4000)) x1,5",
                Lang.NL.describe(Distributions.stretched(
                        Distributions.event(0.25, Distributions.triangular(1000, 2000, 4000)), 1.5)),
                "a nested distribution's numbers too, the stretch factor included");
        assertEquals(
                "discrete([0, 1], [3, 1])",
                Distributions.discrete(new double[] {0, 1}, new double[] {3, 1}).describe());
        assertEquals("0,010%", Lang.NL.sePercent(0.0001), "--precision 0.0001 is not 0,0%");
        assertEquals("0,80%", Lang.NL.sePercent(0.008));
        assertEquals("1,3%", Lang.NL.sePercent(0.0126));
        assertEquals("1,3 procentpunt", Lang.NL.sePoints(-0.0126));
        assertEquals("0,20", Lang.NL.fixed(0.2, 2));
        assertEquals("0,00", Lang.NL.fixed(-0.001, 2));
        // a share rounds half up on its decimal form, as the web page and Excel round it: 0.0925 (just
        // below 0.0925 as a double) is 9,3% everywhere, not 9,2% here and 9,3% beside it on the page
        assertEquals("9,3%", Lang.NL.percent(0.0925));
        assertEquals("9.3%", Lang.EN.percent(0.0925));
        assertEquals("0,75 mln", Lang.NL.compact(750_000, 1_200_000), "one unit on one axis");
        assertEquals("1 mln", Lang.NL.compact(1_000_000, 1_200_000));
        assertEquals("750k", Lang.NL.compact(750_000, 800_000));
        assertEquals("0", Lang.NL.compact(0, 800_000));
    }

    /** The example, 2,000 draws with every draw of every input kept (for the "why"). */
    private static SimulationResult tracedVoorbeeld() {
        Scenario s = voorbeeld();
        return Simulation.run(s, new RunSettings(2000, s.seed(), 2).withTrace(RunSettings.Trace.FULL));
    }

    @Test
    void theReportsSentencesAndTablesUseLabelsAndYamlPathsOnlyInTheAppendix() {
        SimulationResult r = tracedVoorbeeld();
        Sensitivity.Result why = Sensitivity.fromTrace(r);
        for (Lang l : Lang.values()) {
            String html = HtmlReport.render(r, l, List.of(), SensitivityReport.sections(why, l, null));
            int appendix = html.indexOf("id=\"bijlage\"");
            assertTrue(appendix > 0, "a technical appendix");
            Matcher m = PATH.matcher(html.substring(0, appendix));
            List<String> found = new ArrayList<>();
            while (m.find()) {
                found.add(html.substring(Math.max(0, m.start() - 60), Math.min(html.length(), m.end() + 30)));
            }
            assertEquals(List.of(), found, l + ": no YAML path before the appendix");
            assertTrue(
                    html.substring(appendix).contains("<code>partners[1].renewal</code>"),
                    "the appendix maps labels to paths");
            assertTrue(
                    html.contains(l.t("Gemeente Voorbeeld: verlengt na 2029", "Gemeente Voorbeeld: renews after 2029")),
                    "renewal named by its label");
        }
        List<String> sentences = SensitivityReport.sentences(why, Lang.NL, 5);
        assertTrue(
                sentences.stream()
                        .anyMatch(
                                x -> x.startsWith("ROC Voorbeeld: verlengt na 2029 (in ") && x.contains("procentpunt")),
                "a renewal is explained as a yes/no event with its effect in procentpunt: " + sentences);
    }

    /**
     * A board reads the report's body: it speaks of draws and an uncertainty margin; standard
     * errors, Spearman, "trekkingen" and Monte Carlo stand in the technical appendix, which explains
     * them in a glossary (#33 part 6).
     */
    @Test
    void theBodySpeaksABoardsLanguageAndTheAppendixExplainsTheTechnicalTerms() {
        SimulationResult r = tracedVoorbeeld();
        Sensitivity.Result why = Sensitivity.fromTrace(r);
        for (Lang l : Lang.values()) {
            String html = HtmlReport.render(r, l, List.of(), SensitivityReport.sections(why, l, null));
            int appendix = html.indexOf("id=\"bijlage\"");
            String body = html.substring(0, appendix).toLowerCase(java.util.Locale.ROOT);
            String technical = html.substring(appendix);
            for (String jargon : List.of(
                    "spearman",
                    "standaardfout",
                    "standard error",
                    "trekking",
                    "iteration",
                    "monte carlo",
                    " se ",
                    "(se",
                    "rangcorrelatie",
                    "rank correlation")) {
                int at = body.indexOf(jargon);
                assertTrue(
                        at < 0,
                        () -> l + ": '" + jargon + "' in the report's body: "
                                + body.substring(Math.max(0, at - 100), Math.min(body.length(), at + 60)));
            }
            assertTrue(body.contains(l.t("doorrekeningen", "draws")), l + ": the body counts draws");
            assertTrue(body.contains(l.t("onzekerheidsmarge", "uncertainty margin")), l + ": the headline's margin");
            for (String term : List.of("Spearman", "Monte Carlo", l.t("Standaardfout", "Standard error"))) {
                assertTrue(technical.contains(term), l + ": the appendix names " + term);
            }
            assertTrue(technical.contains(l.t("Verklarende woordenlijst", "Glossary")), l + ": a glossary");
            assertTrue(
                    technical.contains(l.sePercent(r.verduurzaamd().standardError())),
                    l + ": the headline's standard error in the appendix");
        }
    }

    @Test
    void aRenewalIsAYesNoEventWithItsEffectOnTheHeadline() {
        // the only partner pays for everything: the PPS is sustainable exactly when it renews
        String yaml = TestScenarios.header(0, 6, 4000, 0) + """
                partners:
                  - {name: Gemeente, group: overheid, cash_per_year: 100000, committed_years: 2, renewal_probability: 0.3}
                lines:
                  - {name: kosten, kind: cost, amount: 90000}
                """;
        SimulationResult r = TestScenarios.run(yaml.replace("iterations: 4000", "iterations: 4000"), 2);
        Scenario s = r.scenario();
        SimulationResult traced =
                Simulation.run(s, new RunSettings(4000, s.seed(), 2).withTrace(RunSettings.Trace.FULL));
        Sensitivity.Result why = Sensitivity.fromTrace(traced);
        assertEquals(1, why.decisions().size());
        Sensitivity.Decision d = why.decisions().get(0);
        assertEquals(1.0, d.pYes(), 0.0);
        assertEquals(0.0, d.pNo(), 0.0);
        // share of yes ~ binomial(4000, 0.3): se 0.0072; 4 se
        assertEquals(0.3, d.shareYes(), 4 * Math.sqrt(0.3 * 0.7 / 4000));
        Sensitivity.Rank rank = why.ranks().stream()
                .filter(x -> x.input().path().equals("partners[0].renewal"))
                .findFirst()
                .orElseThrow();
        assertTrue(rank.spearman() > 0.9, "renewing helps, so its rank correlation is positive: " + rank.spearman());
    }

    @Test
    void chartsHaveNoEmptyOrDuplicateLegendEntries() {
        Scenario s = voorbeeld();
        SimulationResult r = Simulation.run(s, new RunSettings(1000, s.seed(), 2));
        JFreeChart mix = Charts.fundingMix(r, Lang.NL);
        CategoryDataset d = ((CategoryPlot) mix.getPlot()).getDataset();
        for (int row = 0; row < d.getRowCount(); row++) {
            double max = 0;
            for (int col = 0; col < d.getColumnCount(); col++) {
                max = Math.max(max, Math.abs(d.getValue(row, col).doubleValue()));
            }
            assertTrue(max > 0, d.getRowKey(row) + " has a bar");
        }
        assertFalse(d.getRowKeys().contains("overheid (natura)"), "no in kind from government in voorbeeld");
        JFreeChart fan = Charts.reserveFan(r, Lang.NL);
        var items = ((XYPlot) fan.getPlot()).getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < items.getItemCount(); k++) {
            labels.add(items.get(k).getLabel());
        }
        assertEquals(
                List.of("90% van de doorrekeningen (p05-p95)", "50% van de doorrekeningen (p25-p75)", "mediaan"),
                labels);
    }
}
