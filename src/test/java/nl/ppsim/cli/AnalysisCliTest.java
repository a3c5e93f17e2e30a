package nl.ppsim.cli;

import static nl.ppsim.cli.CliTest.exec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ppsim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sensitivity, compare, solve, --precision and --sampling from the command line. */
class AnalysisCliTest {

    @Test
    void sensitivityWritesItsCsvChartAndSection(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("s");
        CliTest.Outcome o = exec(
                "sensitivity",
                "scenarios/voorbeeld.yaml",
                "--out",
                out.toString(),
                "--iterations",
                "3000",
                "--tornado-iterations",
                "500");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("Tornado") && o.out().contains("Zonder Innovatieteams"), o.out());
        String csv = Files.readString(out.resolve("sensitivity.csv"));
        for (String part : new String[] {
            "\r\ntornado,",
            "\r\nspearman_final_reserve,",
            "\r\nconditional_input,",
            "\r\nwithout_model,",
            "\r\nstress,",
            "conditional_model_margin,"
        }) {
            assertTrue(csv.contains(part), part);
        }
        assertTrue(Files.size(out.resolve("tornado.png")) > 10_000);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("id=\"waarom\"") && html.contains("In de mislukte doorrekeningen lag"), "why section");
        assertEquals(1, count(html, "id=\"waarom\""), "one why section");
    }

    @Test
    void realisedRankCorrelationIsReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, Files.readString(Path.of("scenarios/voorbeeld.yaml")) + """
                correlations:
                  - between:
                      - partners[2].in_kind_per_year
                      - business_models[1].params.companies
                    rank: 0.7
                """);
        Path out = dir.resolve("r");
        assertEquals(
                0,
                exec("run", file.toString(), "--out", out.toString(), "--iterations", "8000")
                        .code());
        String csv = Files.readString(out.resolve("sensitivity.csv"));
        Matcher m = Pattern.compile("correlation,partners\\[2\\]\\.in_kind_per_year ~ "
                        + "business_models\\[1\\]\\.params\\.companies,realised_rank,([0-9.]+)")
                .matcher(csv);
        assertTrue(m.find(), csv);
        assertEquals(0.7, Double.parseDouble(m.group(1)), 0.05);
        assertTrue(Files.readString(out.resolve("report.html")).contains("Gevraagde rangcorrelatie"));
        Files.writeString(
                file,
                Files.readString(file)
                        .replace("partners[2].in_kind_per_year", "business_models[0].params.courses_per_year"));
        CliTest.Outcome v = exec("validate", file.toString());
        assertEquals(2, v.code(), "validate resolves correlations too");
        assertTrue(v.err().contains("op dezelfde manier getrokken"), v.err());
    }

    @Test
    void runReportExplainsWhyForModerateRuns(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("r");
        assertEquals(
                0,
                exec("run", "scenarios/voorbeeld.yaml", "--out", out.toString(), "--iterations", "2000")
                        .code());
        assertTrue(Files.readString(out.resolve("report.html")).contains("id=\"waarom\""));
        assertTrue(Files.readString(out.resolve("sensitivity.csv")).contains("spearman_final_reserve"));
        assertTrue(Files.exists(out.resolve("convergentie.png")));
    }

    @Test
    void compareReportsPairedDifferences(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        String base = Files.readString(Path.of("scenarios/voorbeeld.yaml"));
        Files.writeString(a, base);
        Files.writeString(
                b,
                base.replace("scenario: voorbeeld", "scenario: hogere-prijs")
                        .replace("fee_per_participant: 950", "fee_per_participant: 1100"));
        Path out = dir.resolve("v");
        CliTest.Outcome o =
                exec("compare", a.toString(), b.toString(), "--out", out.toString(), "--iterations", "4000");
        assertEquals(0, o.code(), o.err());
        String csv = Files.readString(out.resolve("compare.csv"));
        Matcher m = Pattern.compile("\r\npair,voorbeeld,hogere-prijs,[^,]*,[^,]*,(-[0-9.]+),([0-9.]+),([0-9.]+),")
                .matcher(csv);
        assertTrue(m.find(), csv);
        double diff = Double.parseDouble(m.group(1));
        double paired = Double.parseDouble(m.group(2));
        double independent = Double.parseDouble(m.group(3));
        // the higher fee raises the headline by about 15 points (27 paired SE from 0); common random numbers
        // make the paired SE about half the independent one (ratio 0.51 measured), asserted with margin
        assertTrue(diff < 0 && paired < 0.75 * independent, csv);
        assertTrue(Files.exists(out.resolve("vergelijking.png")));
        String html = Files.readString(out.resolve("compare.html"));
        assertTrue(
                html.contains("<html lang=\"nl\"")
                        && html.contains("voorbeeld tegen hogere-prijs")
                        && html.contains("een echt verschil")
                        && html.contains("data:image/png;base64,"),
                "compare.html: the headlines, each pair's difference and whether it is real, the chart");
        assertTrue(o.out().contains("compare.html"), o.out());
        assertEquals(2, exec("compare", a.toString()).code(), "needs two scenarios");
    }

    @Test
    void compareSaysWhichSeedItUsesAndWhatDiffers(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        String base = Files.readString(Path.of("scenarios/voorbeeld.yaml"));
        Files.writeString(a, base);
        Files.writeString(
                b,
                base.replace("scenario: voorbeeld", "scenario: langer")
                        .replace("horizon_years: 10", "horizon_years: 12"));
        CliTest.Outcome o = exec(
                "compare",
                a.toString(),
                b.toString(),
                "--out",
                dir.resolve("v").toString(),
                "--iterations",
                "1000",
                "--no-charts");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("de seed van " + a) && o.out().contains("horizon van 12 jaar"), o.out());
        assertTrue(
                o.out().contains("procentpunt") && !o.out().matches("(?s).*voorbeeld - langer: [-+0-9,]+%.*"), o.out());
    }

    @Test
    void solveSearchesAProbabilityBetweenZeroAndOneAndWritesItAsOne() {
        CliTest.Outcome o = exec(
                "solve",
                "scenarios/voorbeeld.yaml",
                "--vary",
                "partners[1].renewal_probability",
                "--target",
                "p_verduurzaamd=0.05",
                "--iterations",
                "1000");
        assertEquals(0, o.code(), o.err());
        assertTrue(
                o.out().matches("(?s)Gemeente Voorbeeld: kans dat de partner verlengt = [0-9]+,[0-9]% haalt.*")
                        && o.out().contains("tussen 0,0% en 100,0%"),
                o.out());
        assertEquals(
                2,
                exec(
                                "solve",
                                "scenarios/voorbeeld.yaml",
                                "--vary",
                                "partners[1].renewal_probability",
                                "--target",
                                "p_verduurzaamd=0.05",
                                "--max",
                                "2")
                        .code(),
                "a probability above 1 is no search bound");
    }

    @Test
    void solveFindsTheFeeThatReachesTheTarget() {
        CliTest.Outcome o = exec(
                "solve",
                "scenarios/voorbeeld.yaml",
                "--vary",
                "business_models[0].params.fee_per_participant",
                "--target",
                "p_verduurzaamd=0.5",
                "--iterations",
                "2000",
                "--max",
                "5000");
        assertEquals(0, o.code(), o.err());
        assertTrue(
                o.out().matches("(?s)Masterclasses slim onderhoud: prijs per deelnemer = EUR [0-9.]+ haalt.*")
                        && o.out().contains("Meer is beter"),
                o.out());
        assertEquals(
                2,
                exec(
                                "solve",
                                "scenarios/voorbeeld.yaml",
                                "--vary",
                                "partners[9].cash_per_year",
                                "--target",
                                "p_verduurzaamd=0.5")
                        .code());
        assertEquals(
                2,
                exec(
                                "solve",
                                "scenarios/voorbeeld.yaml",
                                "--vary",
                                "business_models[0].params.fee_per_participant",
                                "--target",
                                "p_verduurzaamd=0.99",
                                "--iterations",
                                "1000",
                                "--max",
                                "960")
                        .code(),
                "unreachable");
        assertEquals(
                2,
                exec("solve", "scenarios/voorbeeld.yaml", "--vary", "lines[0].amount", "--target", "kans=0.5")
                        .code());
    }

    @Test
    void precisionAddsBlocksUntilTheStandardErrorIsReached(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, TestScenarios.header(0, 1, 1000, 0) + """
                lines:
                  - {name: omzet, kind: revenue, amount: {uniform: [0, 1]}}
                  - {name: kosten, kind: cost, amount: {uniform: [0, 1]}}
                """);
        Path out = dir.resolve("r");
        CliTest.Outcome o =
                exec("run", file.toString(), "--out", out.toString(), "--no-charts", "--precision", "0.005");
        assertEquals(0, o.code(), o.err());
        String summary = Files.readString(out.resolve("summary.csv"));
        int n = Integer.parseInt(value(summary, "iterations"));
        double se = Double.parseDouble(value(summary, "p_verduurzaamd_se"));
        assertTrue(se <= 0.005, "reached: " + se);
        // p = 0.5 needs 0.25 / 0.005^2 = 10000 iterations: stopped within one block of that, not far beyond
        assertTrue(n >= 10000 && n <= 10000 + 2 * 1024, "iterations " + n);
        assertTrue(o.out().contains("Precisie: standaardfout"), o.out());
        assertEquals(2, exec("run", file.toString(), "--precision", "0").code());
    }

    @Test
    void samplingOptionIsValidated(@TempDir Path dir) {
        assertEquals(
                0,
                exec(
                                "run",
                                "scenarios/voorbeeld.yaml",
                                "--out",
                                dir.resolve("l").toString(),
                                "--no-charts",
                                "--sampling",
                                "lhs",
                                "--iterations",
                                "2048")
                        .code());
        assertEquals(
                2,
                exec("run", "scenarios/voorbeeld.yaml", "--sampling", "sobol").code());
    }

    /**
     * Paths with an index inside a flow list, unquoted, are read as the paths they are (YAML itself
     * refuses the brackets there; docs/explore.md): the scenario's own problem is reported, not YAML's.
     */
    @Test
    void bracketsInsideAFlowListAreReadAsThePathsTheyAre(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.yaml");
        String plan = Files.readString(Path.of("scenarios/voorbeeld.yaml"));
        Files.writeString(
                file,
                plan + "correlations:\n  - {between: [partners[0].in_kind_per_year, lines[0].amount], rank: 0.5}\n");
        CliTest.Outcome ok = exec("validate", file.toString());
        assertEquals(0, ok.code(), ok.err());
        Files.writeString(
                file, plan + "correlations:\n  - {between: [partners[2].cash_per_year, lines[0].amount], rank: 0.5}\n");
        CliTest.Outcome fixed = exec("validate", file.toString());
        assertEquals(2, fixed.code());
        assertTrue(fixed.err().contains("partners[2].cash_per_year' is een vast getal"), fixed.err());
    }

    private static String value(String summary, String metric) {
        Matcher m = Pattern.compile("\r\n" + metric + ",([^\r]+)\r\n").matcher(summary);
        assertTrue(m.find(), metric);
        return m.group(1);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void benchMeasuresTheEngineAndRejectsBadOptionsBeforeMeasuring() {
        CliTest.Outcome o = exec("bench", "--iterations", "2048", "--repeat", "2", "--memory", "none", "--e2e", "none");
        assertEquals(0, o.code(), o.err());
        assertTrue(
                o.out().contains("engine: 2.048 trekkingen, 1 thread(s)")
                        && o.out().contains("(beste van 2; mediaan"),
                o.out());
        CliTest.Outcome en = exec(
                "bench",
                "--iterations",
                "2048",
                "--repeat",
                "1",
                "--memory",
                "none",
                "--e2e",
                "none",
                "--lang",
                "en",
                "--explore");
        assertTrue(
                en.out().contains("engine: 2,048 iterations, 1 thread(s)")
                        && en.out().contains("(best of 1; median"),
                en.out());
        assertTrue(
                en.out()
                        .matches(
                                "(?s).*explore: 18 candidates, 10,000 draws, [12] thread\\(s\\): [0-9.]+ candidates/s on"
                                        + " shared draws, [0-9.]+ as separate runs: [0-9.]+x \\(target >= 3\\).*"),
                en.out());
        CliTest.Outcome bad = exec("bench", "--memory", "100000,abc");
        assertEquals(2, bad.code());
        assertTrue(
                bad.err().contains("'abc' is geen positief aantal trekkingen")
                        && !bad.out().contains("engine:"),
                bad.err());
        assertEquals(2, exec("bench", "--repeat", "0").code());
    }

    @Test
    void realShowsAmountsInEurosOfTheFirstYear(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("i.yaml");
        Files.writeString(
                file,
                nl.ppsim.TestScenarios.header(0, 3, 200, 10_000)
                        + "indices: {prices: 0.1}\nlines:\n  - {name: huur, kind: cost, amount: 1000, indexed: prices, type: housing}\n"
                        + "amounts_include_vat: {costs: true}\n");
        CliTest.Outcome o =
                exec("run", file.toString(), "--out", dir.resolve("r").toString(), "--no-charts", "--real");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("euro's van 2026"), o.out());
        String yearly = Files.readString(dir.resolve("r").resolve("yearly.csv"));
        // costs_mean (column 21): 1000 in every year, up to rounding (1000 x 1.1^2 / 1.1^2)
        assertTrue(
                yearly.lines()
                        .skip(1)
                        .allMatch(line -> Math.abs(Double.parseDouble(line.split(",")[20]) - 1000) < 1e-6),
                yearly);
        assertTrue(Files.readString(dir.resolve("r").resolve("summary.csv")).contains("euro_year,2026"));
        CliTest.Outcome nominal =
                exec("run", file.toString(), "--out", dir.resolve("n").toString(), "--no-charts");
        assertTrue(nominal.out().contains("nominaal"), nominal.out());
        String third = Files.readString(dir.resolve("n").resolve("yearly.csv"))
                .lines()
                .skip(3)
                .findFirst()
                .orElseThrow();
        assertEquals(1210, Double.parseDouble(third.split(",")[20]), 1e-6, "1000 x 1.1^2 in nominal euros");
    }
}
