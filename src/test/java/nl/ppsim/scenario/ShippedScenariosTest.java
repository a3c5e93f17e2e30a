package nl.ppsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.io.ScenarioReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario in scenarios/ validates, runs, gives a non-trivial answer (except the benchmark),
 * and spends its subsidy on costs: at most 10% of it is left in the reserve at the end of the
 * subsidy (measured 3.4-8.7% with each file's seed; the standard error of that share is about 0.2
 * points at 10,000 iterations, so the verdict is more than 6 standard errors from the limit).
 */
class ShippedScenariosTest {

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            List<Path> list =
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(list.isEmpty());
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void validatesAndRunsWithANonTrivialHeadline(Path file) {
        Scenario s = new ScenarioReader().read(file);
        assertEquals(file.getFileName().toString(), s.id() + ".yaml", "file name matches the scenario id");
        SimulationResult r = Simulation.run(s, new RunSettings(s.iterations(), s.seed(), 2));
        double p = r.verduurzaamd().estimate();
        if (!s.id().equals("bench")) {
            // the examples rest on money the seeds say exists (issue 29): an honest plan may score low, but not so low
            // or
            // high that the analyses have nothing to compare; 2% of 10,000 iterations is 200 successes
            assertTrue(
                    p > 0.02 && p < 0.98, s.id() + ": p_verduurzaamd " + p + " should lie strictly between 2% and 98%");
            assertEquals(
                    0,
                    r.money().unboundCompanyCashShare(),
                    s.id() + ": company money flows through projects or states its reason");
        }
        double unspent = r.outcomes().unspentShare();
        assertTrue(
                unspent < nl.ppsim.report.HeadlineText.UNSPENT_WARNING,
                s.id() + " leaves " + unspent + " of its subsidy unspent");
    }
}
