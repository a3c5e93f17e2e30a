package nl.ppsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.ppsim.engine.RunSettings;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.SimulationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario in scenarios/ validates, runs, and (except the benchmark and review examples) gives a non-trivial answer. */
class ShippedScenariosTest {

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
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
            assertTrue(p > 0.05 && p < 0.95, s.id() + ": p_verduurzaamd " + p + " should lie strictly between 5% and 95%");
        }
    }
}
