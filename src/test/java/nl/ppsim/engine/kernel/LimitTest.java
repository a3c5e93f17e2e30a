package nl.ppsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ppsim.bench.Limit;
import nl.ppsim.engine.Inputs;
import nl.ppsim.engine.result.SampledInput;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The yardstick of bench --limit draws what the engine draws, and its work does not depend on the threads. */
class LimitTest {
    @Test
    void theSameDrawsAsTheEngineAndTheSameCountOnAnyThreads() throws IOException {
        Scenario s = new ScenarioReader().read(Files.readString(Path.of("scenarios/voorbeeld.yaml")), "voorbeeld.yaml");
        int expected = Inputs.sampled(s).stream()
                .filter(x -> !x.input().isConstant())
                .mapToInt(SampledInput::years)
                .sum();
        assertEquals(expected, Limit.drawsPerIteration(s));
        Limit.Result one = Limit.run(s, 3000, 1);
        Limit.Result two = Limit.run(s, 3000, 2);
        assertEquals(3000L * expected, one.draws());
        assertEquals(one.yearsAboveZero(), two.yearsAboveZero(), "counter-based streams: the same sums on any threads");
        assertTrue(one.yearsAboveZero() > 0 && one.yearsAboveZero() <= 3000L * s.horizonYears());
    }
}
