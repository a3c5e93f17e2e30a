package nl.ppsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ppsim.TestScenarios;
import nl.ppsim.dist.Distributions;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.ProgressListener;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.report.CsvFormat;
import nl.ppsim.report.CsvReport;
import nl.ppsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What keeps every draw finite and every worker's memory bounded, whatever the scenario. */
class EngineLimitsTest {

    @Test
    void theUniformIsStrictlyInsideZeroAndOne() {
        assertEquals(
                RandomStreams.U_MAX, RandomStreams.uniform(-1L), "the top bits' midpoint would round to exactly 1.0");
        assertTrue(RandomStreams.U_MAX < 1);
        assertEquals(0x1.0p-54, RandomStreams.uniform(0L));
        assertTrue(RandomStreams.U_MIN > 0 && RandomStreams.U_MIN <= 0x1.0p-54);
        // every other value is the midpoint of its interval, as before
        assertEquals(((0x7FFL << 53 >>> 11) + 0.5) * 0x1.0p-53, RandomStreams.uniform(0x7FFL << 53));
        assertTrue(Double.isFinite(Distributions.normal(0, 1).quantile(RandomStreams.U_MAX)));
        assertTrue(Double.isFinite(Distributions.normal(0, 1).quantile(RandomStreams.U_MIN)));
    }

    /** 200 partners over 100 years: some 40,000 draws an iteration. */
    static String wide(int iterations) {
        StringBuilder sb = new StringBuilder(TestScenarios.header(4, 100, iterations, 0))
                .append("subsidy: {per_year: 100000}\npartners:\n");
        String[] groups = {"onderwijs", "werkveld", "overheid"};
        for (int p = 0; p < 200; p++) {
            sb.append("  - {name: P")
                    .append(p)
                    .append(", group: ")
                    .append(groups[p % 3])
                    .append(", cash_per_year: {uniform: [1000, 3000]}, in_kind_per_year: {triangular: [0, 1000, 2000]},"
                            + " committed_years: 4, renewal_probability: 0.7}\n");
        }
        return sb.append("lines:\n  - {name: team, kind: cost, amount: {normal: [300000, 10000]}}\n")
                .toString();
    }

    @Test
    void aVeryWideScenarioGetsSmallerChunksAndTheSameNumbers(@TempDir Path dir) throws IOException {
        Scenario s = TestScenarios.parse(wide(1500));
        Plan plan = new Plan(s, new RunSettings(1500, 1, 1));
        assertTrue(plan.lanes < Workspace.CHUNK, "chunk of " + plan.lanes);
        assertTrue(plan.lanes * plan.rowsPerLane * 8 <= Plan.WORKING_SET_BYTES, "rows of a chunk fit the budget");
        Plan small = new Plan(
                TestScenarios.parse(TestScenarios.header(4, 10, 100, 0) + "subsidy: {per_year: 1}\n"),
                new RunSettings(1, 1, 1));
        assertEquals(Workspace.CHUNK, small.lanes, "ordinary scenarios keep the measured chunk size");
        byte[] adaptive = csv(Simulation.run(s, new RunSettings(1500, 1, 2)), dir.resolve("a"));
        byte[] full = csv(
                Engine.run(s, new RunSettings(1500, 1, 2), ProgressListener.NONE, Workspace.CHUNK), dir.resolve("b"));
        assertArrayEquals(full, adaptive);
    }

    private static byte[] csv(SimulationResult r, Path folder) throws IOException {
        Files.createDirectories(folder);
        CsvReport.write(r, folder, CsvFormat.RFC4180);
        return (Files.readString(folder.resolve("yearly.csv")) + Files.readString(folder.resolve("summary.csv")))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
