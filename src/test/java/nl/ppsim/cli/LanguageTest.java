package nl.ppsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.ppsim.report.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One language per run: with {@code --lang en} no Dutch verdict, heading or message word appears in
 * any output of any command (console, errors, help, HTML, CSV text); Dutch is the default; argument
 * errors are one line plus a hint, exit 2.
 */
class LanguageTest {
    /** Words of ppsim's own Dutch texts (verdicts, headings, messages) that no English output may contain. */
    static final List<String> DUTCH = List.of(
            "trekkingen",
            "voldoet",
            "waarschuwing",
            "Conclusie",
            "Kans op verduurzaming",
            "Waarom:",
            "Grafieken",
            "Aannames van",
            "Toetsing",
            "Aannameregister",
            "Rapport:",
            "Fout:",
            "Gebruik:",
            "Opties:",
            "procentpunt",
            "Technische bijlage",
            "mediaan",
            "geldig scenario",
            "Jaar van zelfstandigheid",
            "Eenmalig",
            "standaardfout",
            "verwacht een",
            "onbekende",
            "bedoelt u",
            "Toon deze",
            "ontbreekt",
            "kreeg",
            "Zie '",
            "verlengt",
            "bijdrage in",
            "Verdeling",
            "Invoer",
            "subsidiejaren",
            "Bovengrens",
            "bedrag per jaar",
            "Exitcodes",
            "gelukt",
            "jaar)",
            "beste van");

    private static List<String> dutchIn(String text) {
        return DUTCH.stream().filter(text::contains).toList();
    }

    private static String files(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(
                            f -> f.toString().endsWith(".html") || f.toString().endsWith(".csv"))
                    .toList()) {
                sb.append(Files.readString(p)).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void everyOutputOfEveryCommandIsEnglishWithLangEn(@TempDir Path dir) throws IOException {
        List<String[]> commands = List.of(
                new String[] {
                    "run",
                    "scenarios/voorbeeld.yaml",
                    "--iterations",
                    "1000",
                    "--out",
                    dir.resolve("run").toString()
                },
                new String[] {
                    "check",
                    "scenarios/techniek-mbo.yaml",
                    "--iterations",
                    "1000",
                    "--tornado-iterations",
                    "200",
                    "--out",
                    dir.resolve("check").toString()
                },
                new String[] {
                    "sensitivity",
                    "scenarios/voorbeeld.yaml",
                    "--iterations",
                    "1000",
                    "--tornado-iterations",
                    "200",
                    "--out",
                    dir.resolve("sens").toString()
                },
                new String[] {
                    "compare",
                    "scenarios/voorbeeld.yaml",
                    "scenarios/techniek-mbo.yaml",
                    "--iterations",
                    "500",
                    "--out",
                    dir.resolve("cmp").toString()
                },
                new String[] {"validate", "scenarios/voorbeeld.yaml"},
                new String[] {
                    "solve",
                    "scenarios/voorbeeld.yaml",
                    "--vary",
                    "partners[1].renewal_probability",
                    "--target",
                    "p_verduurzaamd=0.4",
                    "--iterations",
                    "500"
                },
                new String[] {"models", "trainingsbureau"},
                new String[] {"bench", "--iterations", "1024", "--repeat", "1", "--memory", "none", "--e2e", "none"},
                new String[] {"run", "--help"},
                new String[] {"check", "--help"},
                new String[] {"--help"},
                new String[] {"serve", "--help"},
                new String[] {"template", "--help"},
                new String[] {"template", "--xlsx", dir.resolve("plan.xlsx").toString()},
                new String[] {
                    "run",
                    dir.resolve("plan.xlsx").toString(),
                    "--iterations",
                    "500",
                    "--no-charts",
                    "--out",
                    dir.resolve("x").toString()
                },
                new String[] {"run"},
                new String[] {"run", "x.yaml", "--iteratons", "5"},
                new String[] {"run", "x.yaml", "--sampling", "sobol"},
                new String[] {"run", "does-not-exist.yaml"},
                new String[] {"solve", "scenarios/voorbeeld.yaml", "--target", "x"});
        List<String> problems = new ArrayList<>();
        for (String[] c : commands) {
            String[] args =
                    Stream.concat(Stream.of(c), Stream.of("--lang", "en")).toArray(String[]::new);
            CliTest.Outcome o = CliTest.exec(args);
            List<String> found = dutchIn(o.out() + o.err());
            if (!found.isEmpty()) {
                problems.add(String.join(" ", c) + ": " + found + "\n" + o.out() + o.err());
            }
        }
        List<String> inFiles = dutchIn(files(dir));
        assertEquals(List.of(), problems, "console, help and errors in English");
        assertEquals(List.of(), inFiles, "HTML and CSV text in English");
    }

    @Test
    void scenarioErrorsAndRefusalsAreEnglishWithLangEn(@TempDir Path dir) throws IOException {
        String base = Files.readString(Path.of("scenarios/voorbeeld.yaml"));
        List<String> broken = List.of(
                base.replace("    group: overheid\n", "   group: overheid\n"),
                base.replace("group: werkveld", "group: bedrijf"),
                base.replace("per_year: 250000", "per_year: 250.000"),
                base.replace("triangular: [60000, 80000, 90000]", "triangular: [90000, 80000, 60000]"),
                base.replace("triangular: [60000", "triangle: [60000"),
                base.replace("renewal_probability: 0.85", "renewal_probability: 1.5"),
                base.replace("name: Gemeente Voorbeeld", "name: ROC Voorbeeld"),
                "scenario: leeg\nstart_year: 2026\nsubsidy_years: 0\nhorizon_years: 5\n");
        List<String> problems = new ArrayList<>();
        for (int k = 0; k < broken.size(); k++) {
            Path file = dir.resolve("bad" + k + ".yaml");
            Files.writeString(file, broken.get(k));
            CliTest.Outcome o = CliTest.exec(
                    "run",
                    file.toString(),
                    "--lang",
                    "en",
                    "--out",
                    dir.resolve("r" + k).toString());
            if (o.code() != 2
                    || !o.err().startsWith("Error: ")
                    || !dutchIn(o.err()).isEmpty()) {
                problems.add(k + ": " + o.code() + " " + dutchIn(o.err()) + " " + o.err());
            }
        }
        Path foreign = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(foreign.resolve("notes.txt"), "my notes");
        CliTest.Outcome refused =
                CliTest.exec("run", "scenarios/voorbeeld.yaml", "--lang", "en", "--out", foreign.toString());
        if (refused.code() != 2
                || !dutchIn(refused.err()).isEmpty()
                || !refused.err().contains("is not a report of ppsim")) {
            problems.add("refusal: " + refused.err());
        }
        assertEquals(List.of(), problems);
        assertEquals("my notes", Files.readString(foreign.resolve("notes.txt")));
    }

    @Test
    void dutchIsTheDefaultAndTheEnvironmentCanChooseEnglish() {
        CliTest.Outcome help = CliTest.exec("run", "--help");
        assertTrue(
                help.out().contains("Gebruik:")
                        && help.out().contains("Toon deze hulp en stop.")
                        && help.out().contains("Exitcodes:"),
                help.out());
        assertTrue(
                help.out().contains("nl, en")
                        && help.out().contains("rfc4180, excel-nl")
                        && help.out().contains("mc, lhs"),
                "enumerated options list their values: " + help.out());
        assertEquals(Lang.EN, Main.language(new String[] {"run", "x.yaml"}, "en"));
        assertEquals(Lang.EN, Main.language(new String[] {"run", "--lang=en"}, null));
        assertEquals(
                Lang.NL,
                Main.language(new String[] {"run", "--lang", "nl"}, "en"),
                "the option wins over the environment");
        assertEquals(
                Lang.NL,
                Main.language(new String[] {"run", "--lang", "de"}, null),
                "an unknown value leaves Dutch (and is an error)");
    }

    @Test
    void anArgumentErrorIsOneLineWithAHintAndExitTwo() {
        for (String[] args : List.of(
                new String[] {"run"},
                new String[] {"run", "x.yaml", "--lang", "de"},
                new String[] {"run", "x.yaml", "--iterations", "veel"},
                new String[] {"rnu", "x.yaml"})) {
            CliTest.Outcome o = CliTest.exec(args);
            assertEquals(2, o.code(), String.join(" ", args));
            String[] lines = o.err().strip().split("\\R");
            assertEquals(2, lines.length, "one line and a hint, no usage dump: " + o.err());
            assertTrue(
                    lines[0].startsWith("Fout: ") && lines[1].startsWith("Zie 'ppsim") && lines[1].contains("--help"),
                    o.err());
        }
        assertTrue(CliTest.exec("run", "x.yaml", "--lang", "de").err().contains("geldig: nl, en"));
        assertTrue(CliTest.exec("rnu", "x.yaml").err().contains("bedoelt u run?"));
        assertTrue(CliTest.exec("run", "x.yaml", "--iterations", "veel")
                .err()
                .contains("optie '--iterations' vraagt een getal, kreeg 'veel'"));
    }
}
