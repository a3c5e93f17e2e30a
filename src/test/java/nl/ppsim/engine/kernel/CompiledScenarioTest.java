package nl.ppsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ppsim.TestScenarios;
import nl.ppsim.engine.CompiledScenario;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.ProgressListener;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A scenario compiled once runs as often as needed, with any iterations and trace, and every run
 * is bit for bit the run that {@code Simulation.run} makes with the same settings.
 */
class CompiledScenarioTest {
    @Test
    void everyRunOfACompiledScenarioIsThePlainRun() throws IOException {
        Scenario s = TestScenarios.parse(Files.readString(Path.of("scenarios/techniek-mbo.yaml")));
        RunSettings settings = new RunSettings(1000, 42, 2);
        CompiledScenario compiled = CompiledScenario.of(s, settings);
        for (int n : new int[] {1000, 2560, 700}) {
            for (RunSettings.Trace trace : new RunSettings.Trace[] {RunSettings.Trace.NONE, RunSettings.Trace.FULL}) {
                SimulationResult once = compiled.run(n, trace, ProgressListener.NONE);
                SimulationResult plain =
                        Simulation.run(s, settings.withIterations(n).withTrace(trace), ProgressListener.NONE);
                assertEquals(Fingerprint.of(plain), Fingerprint.of(once), n + " iterations, trace " + trace);
            }
        }
        assertEquals(Fingerprint.of(Simulation.run(s, settings)), Fingerprint.of(compiled.run(ProgressListener.NONE)));
        assertTrue(compiled.threads() >= 1 && compiled.threads() <= 2);
        assertEquals(2 * compiled.fullTraceBytes(2500), compiled.fullTraceBytes(5000));
        assertEquals(
                Fingerprint.of(compiled.run(ProgressListener.NONE)),
                Fingerprint.of(compiled.run(settings.withThreads(1), ProgressListener.NONE)),
                "a run with other threads on the same compilation");
        assertThrows(
                IllegalArgumentException.class,
                () -> compiled.run(settings.withSeed(43), ProgressListener.NONE),
                "another seed needs another compilation");
    }
}
