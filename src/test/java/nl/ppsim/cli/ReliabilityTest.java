package nl.ppsim.cli;

import static nl.ppsim.cli.CliTest.exec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.ppsim.cli.CliTest.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression tests for the defects of issue 13 (a reliability test of 2,767 malformed scenarios,
 * 93 bad command lines and kill trials): each must end in exit 0 or a clear message with exit 2,
 * never a stack trace, a hang, a silently misread number or a lost file.
 */
class ReliabilityTest {

    static final String ONE_INPUT = """
            scenario: een-invoer
            start_year: 2026
            subsidy_years: 1
            horizon_years: 3
            iterations: 1
            subsidy: {per_year: 100, scheme: custom, rules: {subsidy_share: {max: 0.5}}}
            lines:
              - name: kosten
                kind: cost
                amount: {uniform: [50, 150]}
            """;

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** Exit 2 with a message, nothing written, no stack trace or exception name. */
    private static void clean(Outcome o, String expected) {
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains(expected), "says '" + expected + "': " + o.err());
        noTrace(o);
    }

    static void noTrace(Outcome o) {
        String all = o.out() + o.err();
        assertFalse(
                all.contains("\tat ")
                        || all.matches("(?s).*\\b\\w+(Exception|Error)\\b.*")
                        || all.contains("Interne fout"),
                all);
    }

    // ------------------------------------------------------------------ data loss

    @Test
    void outPointingAtAFolderWithAUsersFileLeavesItUntouched(@TempDir Path dir) throws IOException {
        Path scenario = write(dir, "s.yaml", CliTest.VALID);
        Path folder = Files.createDirectories(dir.resolve("stukken"));
        write(folder, "begroting.xlsx", "mijn begroting");
        Outcome o = exec("run", scenario.toString(), "--out", folder.toString(), "--no-charts");
        clean(o, "stukken");
        assertEquals("mijn begroting", Files.readString(folder.resolve("begroting.xlsx")));
        try (Stream<Path> s = Files.list(folder)) {
            assertEquals(1, s.count());
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(
                    List.of("s.yaml", "stukken"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void outNeverReplacesAFileTheWorkingFolderOrTheScenariosFolder(@TempDir Path dir) throws IOException {
        Path scenario = write(dir, "s.yaml", CliTest.VALID);
        Path notes = write(dir, "notes.txt", "x");
        for (String out : new String[] {
            ".", "..", "", "/", notes.toString(), dir.toString(), "/dev/null", System.getProperty("user.home")
        }) {
            Outcome o = exec("run", scenario.toString(), "--out", out, "--no-charts");
            clean(o, "rapportmap");
        }
        assertEquals("x", Files.readString(notes));
        assertEquals(CliTest.VALID, Files.readString(scenario));
    }

    @Test
    void anIdTooLongForAFolderNameIsRefusedBeforeSimulating(@TempDir Path dir) throws IOException {
        Path s = write(dir, "s.yaml", CliTest.VALID.replace("scenario: cli-test", "scenario: " + "a".repeat(300)));
        clean(exec("run", s.toString(), "--no-charts"), "hoogstens 64 tekens");
    }

    // ------------------------------------------------------------------ crashes

    @Test
    void oneIterationWorksForEveryCommand(@TempDir Path dir) throws IOException {
        Path s = write(dir, "s.yaml", ONE_INPUT);
        for (String command : new String[] {"run", "sensitivity", "check"}) {
            Outcome o =
                    exec(command, s.toString(), "--out", dir.resolve(command).toString());
            // check exits 3 when a rule fails, which it may on one iteration
            assertTrue(
                    o.code() == 0 || command.equals("check") && o.code() == ExitCodes.CHECK_FAILED,
                    command + ": " + o.err());
            noTrace(o);
        }
        Outcome o = exec(
                "run",
                s.toString(),
                "--iterations",
                "1",
                "--out",
                dir.resolve("cli").toString());
        assertEquals(0, o.code(), o.err());
    }

    @Test
    void compareOfAFileWithItselfWorks(@TempDir Path dir) throws IOException {
        Path s = write(dir, "s.yaml", CliTest.VALID);
        Outcome o = exec(
                "compare",
                s.toString(),
                s.toString(),
                "--iterations",
                "500",
                "--out",
                dir.resolve("c").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.exists(dir.resolve("c/vergelijking.png")));
    }

    static Stream<Arguments> extremeInputs() {
        return Stream.of(
                Arguments.of(
                        "amount near 1e308", CliTest.VALID.replace("per_year: 100000", "per_year: 1e308"), "te groot"),
                Arguments.of(
                        "normal with sd 1e308",
                        CliTest.VALID.replace("[90000, 5000]", "[90000, 1e308]"),
                        "niet eindig"),
                Arguments.of(
                        "range90 over 600 decades",
                        CliTest.VALID.replace("{uniform: [10000, 30000]}", "{range90: [1e-300, 1e300]}"),
                        "niet eindig"),
                Arguments.of(
                        "amount above 1e12",
                        CliTest.VALID.replace("cash_per_year: 50000", "cash_per_year: 2e12"),
                        "te groot"),
                Arguments.of(
                        "growth below -100%",
                        CliTest.VALID.replace(
                                "amount: {normal: [90000, 5000]}",
                                "amount: {normal: [90000, 5000]}\n    growth: {normal: [0, 10]}"),
                        "tussen -1 en 1"),
                Arguments.of(
                        "initial reserve 1e300",
                        CliTest.VALID.replace("seed: 3", "seed: 3\ninitial_reserve: 1e300"),
                        "te groot"),
                Arguments.of("blank partner name", CliTest.VALID.replace("name: ROC", "name: \"  \""), "niet leeg"),
                Arguments.of(
                        "a name with an escape character",
                        CliTest.VALID.replace("name: ROC", "name: \"ROC\\e[31m\""),
                        "U+001B"),
                Arguments.of(
                        "a name reversed by a bidi override",
                        CliTest.VALID.replace("name: ROC", "name: \"ROC\\u202Egpj.exe\""),
                        "U+202E"),
                Arguments.of(
                        "an amount with a third of its mass below zero",
                        CliTest.VALID.replace("[90000, 5000]", "[90000, 200000]"),
                        "% van zijn kans onder nul"),
                Arguments.of(
                        "a correlation pair twice with different values",
                        CliTest.VALID + "correlations:\n"
                                + "  - {between: [\"partners[1].cash_per_year\", \"lines[0].amount\"], rank: 0.5}\n"
                                + "  - {between: [\"lines[0].amount\", \"partners[1].cash_per_year\"], rank: -0.3}\n",
                        "staat al in correlations[0]"),
                Arguments.of(
                        "a fractional replacement period",
                        CliTest.VALID + "business_models:\n  - model: laboratorium\n"
                                + "    params: {replacement_years: 7.5}\n",
                        "telt hele jaren"),
                Arguments.of(
                        "blank model name",
                        CliTest.VALID + "business_models:\n  - model: loket\n    name: \"\"\n",
                        "niet leeg"),
                Arguments.of(
                        "custom payments that sum to zero",
                        CliTest.VALID.replace(
                                "subsidy: {per_year: 100000}",
                                "subsidy:\n  per_year: 100000\n  scheme: custom\n  rules:\n    payments: {first: 0, then: 0, per_year: 4}"),
                        "eerste voorschot"),
                Arguments.of(
                        "negative hour rate",
                        CliTest.VALID.replace(
                                "subsidy: {per_year: 100000}",
                                "subsidy:\n  per_year: 100000\n  scheme: custom\n  rules:\n    hour_rate: {value: -73}"),
                        "uurtarief"),
                Arguments.of(
                        "minimums above 100%",
                        CliTest.VALID.replace(
                                "subsidy: {per_year: 100000}",
                                "subsidy:\n  per_year: 100000\n  scheme: custom\n  rules:\n    group_shares:\n      onderwijs: {min: 0.6}\n"
                                        + "      werkveld: {min: 0.6}"),
                        "meer dan 1"),
                Arguments.of(
                        "negative duration",
                        CliTest.VALID.replace(
                                "subsidy: {per_year: 100000}",
                                "subsidy:\n  per_year: 100000\n  scheme: custom\n  rules:\n    duration_years: {value: -4}"),
                        "tussen 1 en 50"),
                Arguments.of(
                        "fractional duration",
                        CliTest.VALID.replace(
                                "subsidy: {per_year: 100000}",
                                "subsidy:\n  per_year: 100000\n  scheme: custom\n  rules:\n    duration_years: {value: 3.5}"),
                        "geheel getal"),
                Arguments.of(
                        "in-kind types that add up to 0.9",
                        CliTest.VALID.replace(
                                "cash_per_year: 50000",
                                "cash_per_year: 50000\n    in_kind_per_year: 20000\n    in_kind_types: {bpv: 0.4, personnel: 0.5}"),
                        "tellen op tot 1"),
                Arguments.of(
                        "an unknown in-kind type",
                        CliTest.VALID.replace(
                                "cash_per_year: 50000",
                                "cash_per_year: 50000\n    in_kind_per_year: 20000\n    in_kind_types: stage"),
                        "geldig: personnel"),
                Arguments.of(
                        "in-kind types without in-kind",
                        CliTest.VALID.replace("cash_per_year: 50000", "cash_per_year: 50000\n    in_kind_types: bpv"),
                        "niets in natura"),
                Arguments.of(
                        "an unknown ineligible item",
                        CliTest.VALID.replace(
                                "subsidy: {per_year: 100000}",
                                "subsidy:\n  per_year: 100000\n  scheme: custom\n  rules:\n    ineligible: [{item: nieuwbouw}]"),
                        "building"),
                Arguments.of(
                        "a duration as a range",
                        CliTest.VALID.replace(
                                "subsidy: {per_year: 100000}",
                                "subsidy:\n  per_year: 100000\n  scheme: custom\n  rules:\n    duration_years: {min: 1, max: 2}"),
                        "{max: 2}"),
                Arguments.of(
                        "poisson mean 1e300",
                        CliTest.VALID.replace("{uniform: [10000, 30000]}", "{poisson: 1e300}"),
                        "Poisson"),
                Arguments.of(
                        "beta shape 1e308 (found by the fuzz test)",
                        CliTest.VALID.replace("renewal_probability: 0.5", "renewal_probability: {beta: [6, 1e308]}"),
                        "hoogstens"));
    }

    @Test
    void anAmountWithASmallTailBelowZeroIsAccepted(@TempDir Path dir) throws IOException {
        // normal(90000, 50000): 3.6% below zero, under the 5% limit; normal(90000, 52000) has 4.2%, normal(90000,
        // 56000) 5.4%
        assertEquals(
                0,
                exec(
                                "validate",
                                write(dir, "a.yaml", CliTest.VALID.replace("[90000, 5000]", "[90000, 50000]"))
                                        .toString())
                        .code());
        clean(
                exec(
                        "validate",
                        write(dir, "b.yaml", CliTest.VALID.replace("[90000, 5000]", "[90000, 56000]"))
                                .toString()),
                "5% van zijn kans");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extremeInputs")
    void extremeAndNonsensicalInputsAreRefused(String name, String yaml, String expected, @TempDir Path dir)
            throws IOException {
        Path s = write(dir, "s.yaml", yaml);
        clean(exec("run", s.toString(), "--no-charts", "--out", dir.resolve("r").toString()), expected);
        assertFalse(Files.exists(dir.resolve("r")), "no report on exit 2");
    }

    // ------------------------------------------------------------------ Dutch numbers

    static Stream<Arguments> dutchNumbers() {
        return Stream.of(
                Arguments.of("per_year: 100000", "per_year: 250.000", "250.000 -> 250000"),
                Arguments.of("per_year: 100000", "per_year: 1.250.000", "1.250.000 -> 1250000"),
                Arguments.of(
                        "subsidy: {per_year: 100000}",
                        "subsidy:\n  per_year: 1.250.000,50",
                        "1.250.000,50 -> 1250000.50"),
                Arguments.of(
                        "subsidy: {per_year: 100000}", "subsidy: {per_year: 1.250.000,50}", "komma tussen cijfers"),
                Arguments.of(
                        "renewal_probability: 0.5",
                        "renewal_probability: 1,250",
                        "1,250 kan duizendtallen of decimalen zijn: schrijf 1250 (duizendtallen) of 1,25 (een decimaal)"),
                Arguments.of("renewal_probability: 0.5", "renewal_probability: 50%", "50% -> 0.5"),
                Arguments.of("per_year: 100000", "per_year: € 100.000", "€ 100.000 -> 100000"),
                Arguments.of("per_year: 100000", "per_year: EUR 100000", "-> 100000"),
                Arguments.of("per_year: 100000", "per_year: 100k", "100k -> 100000"),
                Arguments.of("subsidy: {per_year: 100000}", "subsidy:\n  per_year: 1,5 mln", "1,5 mln -> 1500000"),
                Arguments.of("seed: 3", "seed: 20.261.123", "20.261.123 -> 20261123"),
                Arguments.of("iterations: 2000", "iterations: 10.000", "10.000 -> 10000"),
                Arguments.of("{uniform: [10000, 30000]}", "{uniform: [10.000, 30.000]}", "10.000 -> 10000"),
                Arguments.of("{uniform: [10000, 30000]}", "{uniform: [0,5, 30000]}", "komma tussen cijfers"),
                Arguments.of("[90000, 5000]", "[90000, 5.000]", "5.000 -> 5000"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("dutchNumbers")
    void aNumberWrittenTheDutchWayIsNeverMisread(String from, String to, String expected, @TempDir Path dir)
            throws IOException {
        Path s = write(dir, "s.yaml", CliTest.VALID.replace(from, to));
        clean(exec("validate", s.toString()), expected);
    }

    @Test
    void plainDecimalsStayValid(@TempDir Path dir) throws IOException {
        Path s = write(
                dir,
                "s.yaml",
                CliTest.VALID
                        .replace("renewal_probability: 0.5", "renewal_probability: 0.250")
                        .replace("[90000, 5000]", "[90000.5, 5000.25]"));
        Outcome o = exec("validate", s.toString());
        assertEquals(0, o.code(), o.err());
    }

    // ------------------------------------------------------------------ hangs

    @Test
    void anUnreachablePrecisionSaysSoAtOnce(@TempDir Path dir) throws IOException {
        Path s = write(
                dir,
                "s.yaml",
                Files.readString(Path.of("scenarios/voorbeeld.yaml")).replace("iterations: 10000", "iterations: 1024"));
        long start = System.nanoTime();
        Outcome o = exec(
                "run",
                s.toString(),
                "--precision",
                "1e-10",
                "--no-charts",
                "--out",
                dir.resolve("r").toString());
        clean(o, "--max-iterations");
        assertTrue(o.err().contains("standaardfout ongeveer"), o.err());
        assertTrue(System.nanoTime() - start < 60e9, "no long run");
        assertFalse(Files.exists(dir.resolve("r")));
    }

    @Test
    void hugeFilesPipesAndDevicesAreNotRead(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        try (var w = Files.newBufferedWriter(big)) {
            w.write("# ");
            w.write("x".repeat(3 << 20));
            w.write("\n");
            w.write(CliTest.VALID);
        }
        clean(exec("validate", big.toString()), "groter dan");
        clean(exec("validate", "/dev/zero"), "geen gewoon bestand");
        Path fifo = dir.resolve("fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mk.waitFor() == 0) {
            clean(exec("validate", fifo.toString()), "geen gewoon bestand");
        }
    }

    /** A "billion laughs" text of {@code levels} levels with {@code width} aliases each. */
    static String aliasBomb(int levels, int width) {
        StringBuilder b = new StringBuilder(
                "scenario: bom\nl0: &l0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int k = 1; k <= levels; k++) {
            b.append("l")
                    .append(k)
                    .append(": &l")
                    .append(k)
                    .append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(width, "*l" + (k - 1))))
                    .append("]\n");
        }
        return b.toString();
    }

    @Test
    void aliasBombsAndDeepNestingAreRefusedAtOnce(@TempDir Path dir) throws IOException {
        clean(exec("validate", write(dir, "veel.yaml", aliasBomb(9, 9)).toString()), "meer dan 50 aliassen");
        clean(exec("validate", write(dir, "breed.yaml", aliasBomb(7, 7)).toString()), "elementen groot");
        clean(
                exec(
                        "validate",
                        write(dir, "kring.yaml", "scenario: &a [x, *a]\n").toString()),
                "verwijst naar zichzelf");
        clean(
                exec(
                        "validate",
                        write(dir, "diep.yaml", "scenario: " + "[".repeat(200) + "]".repeat(200) + "\n")
                                .toString()),
                "dieper dan 50");
    }

    @Test
    void bareCommandPrintsHelpAndExitsTwo() {
        Outcome o = exec();
        assertEquals(2, o.code());
        // the help itself, with every command listed (a message that merely mentions "run" would not do)
        assertTrue(o.err().startsWith("Gebruik: ppsim"), o.err());
        for (String command :
                new String[] {"run", "check", "schemes", "compare", "sensitivity", "solve", "serve", "validate"}) {
            assertTrue(o.err().contains("\n  " + command + " "), command + " in " + o.err());
        }
    }
}
