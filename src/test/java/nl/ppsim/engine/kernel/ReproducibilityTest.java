package nl.ppsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ppsim.TestScenarios;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.ProgressListener;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.report.CsvFormat;
import nl.ppsim.report.CsvReport;
import nl.ppsim.scenario.Scenario;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same scenario and seed give byte-identical CSV for any thread count; streams are independent per input. */
class ReproducibilityTest {
    static final String SCENARIO = TestScenarios.header(4, 10, 5000, 0) + """
            subsidy: {per_year: {uniform: [200000, 250000]}}
            partners:
              - {name: ROC, group: onderwijs, cash_per_year: {normal: [50000, 5000]}, in_kind_per_year: {triangular: [60000, 80000, 90000]}, committed_years: 4, renewal_probability: 0.6}
              - {name: Bedrijven, group: werkveld, cash_per_year: {range90: [30000, 70000]}, committed_years: 4, renewal_probability: {beta: [6, 4]}}
            lines:
              - {name: kernteam, kind: cost, amount: {normal: [150000, 10000]}, growth: 0.02}
              - {name: cursussen, kind: revenue, amount: {pert: [20000, 60000, 150000]}, from_year: 2, growth: {uniform: [0, 0.1]}}
              - {name: leden, kind: revenue, amount: {poisson: 20}, vary: per_iteration}
            """;

    private static byte[][] csv(String yaml, int threads, Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("t" + threads + "-" + yaml.hashCode()));
        CsvReport.write(TestScenarios.run(yaml, threads), out, CsvFormat.RFC4180);
        return new byte[][] {
            Files.readAllBytes(out.resolve("yearly.csv")), Files.readAllBytes(out.resolve("summary.csv"))
        };
    }

    @Test
    void identicalBytesForOneTwoAndEightThreads(@TempDir Path dir) throws IOException {
        byte[][] one = csv(SCENARIO, 1, dir);
        assertArrayEquals(one[0], csv(SCENARIO, 2, dir)[0]);
        assertArrayEquals(one[1], csv(SCENARIO, 2, dir)[1]);
        assertArrayEquals(one[0], csv(SCENARIO, 8, dir)[0]);
        assertArrayEquals(one[1], csv(SCENARIO, 8, dir)[1]);
    }

    @Test
    void identicalBytesWithBusinessModelsForOneAndEightThreads(@TempDir Path dir) throws IOException {
        Scenario s = new nl.ppsim.io.ScenarioReader().read(Path.of("scenarios/techniek-mbo.yaml"));
        byte[][] out = new byte[2][];
        int k = 0;
        for (int threads : new int[] {1, 8}) {
            Path folder = Files.createDirectories(dir.resolve("m" + threads));
            CsvReport.write(Simulation.run(s, new RunSettings(6000, 5, threads)), folder, CsvFormat.RFC4180);
            out[k++] = (Files.readString(folder.resolve("models.csv"))
                            + Files.readString(folder.resolve("yearly.csv"))
                            + Files.readString(folder.resolve("summary.csv")))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        assertArrayEquals(out[0], out[1]);
    }

    private static byte[] allCsv(SimulationResult r, Path folder) throws IOException {
        Files.createDirectories(folder);
        CsvReport.write(r, folder, CsvFormat.RFC4180);
        return (Files.readString(folder.resolve("models.csv"))
                        + Files.readString(folder.resolve("yearly.csv"))
                        + Files.readString(folder.resolve("summary.csv")))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void poolsEventsAndPersistenceGiveTheSameBytesForAnyChunkAndThreadCount(@TempDir Path dir) throws IOException {
        // techniek-mbo has a pool that pays for a model, renewal at election years, an event and persistent volumes
        Scenario s = new nl.ppsim.io.ScenarioReader().read(Path.of("scenarios/techniek-mbo.yaml"));
        byte[] reference =
                allCsv(Engine.run(s, new RunSettings(3000, 9, 1), ProgressListener.NONE, 1), dir.resolve("p1"));
        for (int lanes : new int[] {13, 256}) {
            assertArrayEquals(
                    reference,
                    allCsv(
                            Engine.run(s, new RunSettings(3000, 9, 8), ProgressListener.NONE, lanes),
                            dir.resolve("p" + lanes)),
                    "chunk of " + lanes + ", 8 threads");
        }
    }

    @Test
    void addingAnEventOrAPoolShiftsNoOtherInputsDraws() {
        String base = TestScenarios.header(2, 6, 3000, 0) + """
                partners:
                  - {name: School, group: onderwijs, cash_per_year: {normal: [100, 10], persistence: 0.5}}
                lines:
                  - {name: omzet, kind: revenue, amount: {triangular: [0, 50, 100]}}
                """;
        String more = base.replace("lines:", """
                  - {name: Bedrijven, group: werkveld, pool: {members: 9, leave_probability: 0.2, join_per_year: {poisson: 1}}, cash_per_year: 5}
                events:
                  - {name: brand, probability: 0.1, impact: {cost: {uniform: [1, 2]}}}
                lines:""");
        SimulationResult a = TestScenarios.run(base, 2);
        SimulationResult b = TestScenarios.run(more, 2);
        for (int t = 0; t < 6; t++) {
            assertEquals(
                    a.years().get(t).cashByGroup()[0],
                    b.years().get(t).cashByGroup()[0],
                    "the school's cash, year " + (t + 1));
            assertEquals(
                    a.years().get(t).metric(Metric.REVENUE),
                    b.years().get(t).metric(Metric.REVENUE),
                    "revenue, year " + (t + 1));
        }
    }

    @Test
    void theChunkSizeDoesNotChangeAnyByte(@TempDir Path dir) throws IOException {
        // every catalog model, stop rules, scheme settlement: stops differ per iteration inside a chunk
        Scenario s = new nl.ppsim.io.ScenarioReader().read(Path.of("scenarios/bench.yaml"));
        RunSettings settings = new RunSettings(3000, 9, 2);
        byte[] reference = allCsv(Engine.run(s, settings, ProgressListener.NONE, 1), dir.resolve("c1"));
        for (int lanes : new int[] {7, 64, 1024}) {
            assertArrayEquals(
                    reference,
                    allCsv(Engine.run(s, settings, ProgressListener.NONE, lanes), dir.resolve("c" + lanes)),
                    "chunk of " + lanes);
        }
    }

    @Test
    void overheadPayersAndBearersChangeNoByteWithTheChunkOrThreadCount(@TempDir Path dir) throws IOException {
        String yaml = TestScenarios.header(2, 6, 3000, 200_000) + """
                subsidy: {per_year: 100000}
                lines:
                  - {name: kernteam, kind: cost, amount: {normal: [80000, 8000]}, allocate: proportional}
                  - {name: huisvesting, kind: cost, amount: 30000, allocate: {Cursussen: 0.5, Lab: 0.5}}
                business_models:
                  - {name: Cursussen, model: trainingsbureau, payers: {werkveld: 0.5, deelnemers: 0.3, overheid: 0.2},
                     stop_rule: {margin_below: 0, years: 2, after_overhead: true}}
                  - {name: Lab, model: laboratorium, carried_by: {supervision: onderwijs},
                     payers: {rent: {werkveld: 0.9, intern: 0.1}}}
                  - {model: onderzoekshuis, stop_rule: {margin_below: -10000, years: 2}}
                  - {model: marketingorganisatie}
                """;
        Scenario s = TestScenarios.parse(yaml);
        RunSettings two = new RunSettings(3000, 9, 2);
        byte[] reference = allCsv(Engine.run(s, two, ProgressListener.NONE, 1), dir.resolve("o1"));
        for (int lanes : new int[] {7, 256}) {
            assertArrayEquals(
                    reference,
                    allCsv(Engine.run(s, two, ProgressListener.NONE, lanes), dir.resolve("o" + lanes)),
                    "chunk of " + lanes);
        }
        assertArrayEquals(
                reference, allCsv(Simulation.run(s, new RunSettings(3000, 9, 3)), dir.resolve("t3")), "three threads");
    }

    @Test
    void latinHypercubeRunsAreIdenticalForAnyThreadCount(@TempDir Path dir) throws IOException {
        Scenario s = new nl.ppsim.io.ScenarioReader().read(Path.of("scenarios/voorbeeld.yaml"));
        RunSettings one = new RunSettings(5000, 3, 1).withSampling(RunSettings.Sampling.LHS);
        RunSettings eight = new RunSettings(5000, 3, 8).withSampling(RunSettings.Sampling.LHS);
        assertArrayEquals(
                allCsv(Simulation.run(s, one), dir.resolve("l1")), allCsv(Simulation.run(s, eight), dir.resolve("l8")));
    }

    @Test
    void differentSeedsGiveDifferentResults() {
        Scenario s = TestScenarios.parse(SCENARIO);
        SimulationResult a = Simulation.run(s, new RunSettings(5000, 1, 2));
        SimulationResult b = Simulation.run(s, new RunSettings(5000, 2, 2));
        assertNotEquals(a.finalReserve(), b.finalReserve());
        assertFalse(java.util.Arrays.equals(a.finalReservePercentiles(), b.finalReservePercentiles()));
    }

    @Test
    void insertingOrReorderingItemsShiftsNobodysDraws(@TempDir Path dir) throws IOException {
        // a new first line: the other lines and the partners keep their draws (streams are keyed by names, not
        // positions)
        String inserted = SCENARIO.replace(
                "lines:\n", "lines:\n  - {name: nieuw, kind: revenue, amount: {uniform: [1000, 5000]}}\n");
        SimulationResult a = TestScenarios.run(SCENARIO, 2);
        SimulationResult b = TestScenarios.run(inserted, 2);
        for (int t = 0; t < 10; t++) {
            assertEquals(
                    a.years().get(t).metric(Metric.COSTS),
                    b.years().get(t).metric(Metric.COSTS),
                    "costs, year " + (t + 1));
            assertEquals(
                    a.years().get(t).metric(Metric.PARTNER_CASH),
                    b.years().get(t).metric(Metric.PARTNER_CASH));
            assertEquals(
                    a.years().get(t).metric(Metric.SUBSIDY), b.years().get(t).metric(Metric.SUBSIDY));
        }
        // the two partners (of different groups) in the other order: every byte the same
        String[] lines = SCENARIO.split("\n");
        String roc = java.util.Arrays.stream(lines)
                .filter(l -> l.contains("name: ROC"))
                .findFirst()
                .orElseThrow();
        String companies = java.util.Arrays.stream(lines)
                .filter(l -> l.contains("name: Bedrijven"))
                .findFirst()
                .orElseThrow();
        String swapped = SCENARIO.replace(roc, "@@").replace(companies, roc).replace("@@", companies);
        assertArrayEquals(csv(SCENARIO, 2, dir)[0], csv(swapped, 2, dir)[0], "yearly.csv with the partners reordered");
    }

    @Test
    void addingAnInputDoesNotShiftTheDrawsOfOthers() {
        String extra = SCENARIO + "  - {name: extra, kind: cost, amount: {uniform: [1000, 5000]}}\n";
        SimulationResult a = TestScenarios.run(SCENARIO, 2);
        SimulationResult b = TestScenarios.run(extra, 2);
        for (int t = 0; t < 10; t++) {
            assertEquals(
                    a.years().get(t).metric(Metric.REVENUE), b.years().get(t).metric(Metric.REVENUE));
            assertEquals(
                    a.years().get(t).metric(Metric.SUBSIDY), b.years().get(t).metric(Metric.SUBSIDY));
            assertEquals(
                    a.years().get(t).metric(Metric.PARTNER_CASH),
                    b.years().get(t).metric(Metric.PARTNER_CASH));
            assertNotEquals(
                    a.years().get(t).metric(Metric.COSTS), b.years().get(t).metric(Metric.COSTS));
        }
    }

    @Test
    void streamsDifferByPathYearAndBlock() {
        RandomStreams s = new RandomStreams(7);
        long k1 = s.streamKey("lines[0].amount", 1);
        assertNotEquals(k1, s.streamKey("lines[0].amount", 2));
        assertNotEquals(k1, s.streamKey("lines[1].amount", 1));
        assertNotEquals(k1, new RandomStreams(8).streamKey("lines[0].amount", 1));
        assertNotEquals(
                RandomStreams.substream(k1, 0).nextLong(),
                RandomStreams.substream(k1, 1).nextLong());
        assertEquals(
                RandomStreams.substream(k1, 3).nextLong(),
                RandomStreams.substream(k1, 3).nextLong());
    }

    @Test
    void theEnginesInlinedGeneratorGivesExactlyCommonsRngsNumbers() {
        long key = new RandomStreams(42).streamKey("partners[0].cash_per_year", 3);
        UniformRandomProvider reference = RandomStreams.substream(key, 17);
        long s0 = RandomStreams.seed0(key, 17);
        long[] state = {0, 0, s0, RandomStreams.seed1(key, s0)};
        double[] row = new double[64];
        for (int chunk = 0; chunk < 40; chunk++) {
            RandomStreams.uniforms(state, 1, row, chunk % 2 == 0 ? 64 : 13);
            for (int i = 0; i < (chunk % 2 == 0 ? 64 : 13); i++) {
                assertEquals(RandomStreams.uniform(reference), row[i], 0.0);
            }
        }
        assertEquals(0, state[0]);
    }
}
