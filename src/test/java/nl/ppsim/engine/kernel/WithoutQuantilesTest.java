package nl.ppsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.result.YearResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** A run without quantile sketches counts and sums exactly as the same run with them. */
class WithoutQuantilesTest {
    @Test
    void theSameCountsAndMeansAndNoQuantiles() throws IOException {
        for (String name : new String[] {"voorbeeld", "techniek-mbo"}) {
            Scenario s =
                    new ScenarioReader().read(Files.readString(Path.of("scenarios/" + name + ".yaml")), name + ".yaml");
            RunSettings settings = new RunSettings(5000, s.seed(), 2).withTrace(RunSettings.Trace.OUTCOMES);
            SimulationResult full = Simulation.run(s, settings);
            SimulationResult lean = Simulation.run(s, settings.withoutQuantiles());
            assertEquals(full.verduurzaamd().estimate(), lean.verduurzaamd().estimate(), 0.0, name);
            assertEquals(full.survives().estimate(), lean.survives().estimate(), 0.0, name);
            for (int t = 0; t < full.years().size(); t++) {
                YearResult a = full.years().get(t);
                YearResult b = lean.years().get(t);
                assertEquals(a.selfSufficient().estimate(), b.selfSufficient().estimate(), 0.0);
                assertEquals(a.insolvent().estimate(), b.insolvent().estimate(), 0.0);
                for (Metric m : Metric.values()) {
                    assertEquals(a.metric(m).mean(), b.metric(m).mean(), 0.0, name + " " + m + " " + t);
                    assertTrue(
                            Double.isNaN(b.metric(m).p50())
                                    && !Double.isNaN(a.metric(m).p50()),
                            name + " " + m);
                }
            }
            assertEquals(
                    java.util.Arrays.toString(full.trace().verduurzaamd()),
                    java.util.Arrays.toString(lean.trace().verduurzaamd()));
            // the runway of a structural loss is a median too: kept with the reserve's, not without. Both plans have
            // structural losses in 19.7% (voorbeeld) and 28.9% (techniek-mbo) of 5,000 draws, 35 and 45 standard
            // errors from none
            assertTrue(full.outcomes().structuralLoss().successes() > 0, name + " has structural losses");
            assertTrue(Double.isFinite(full.outcomes().medianRunwayYears()), name);
            assertTrue(Double.isNaN(lean.outcomes().medianRunwayYears()), name);
            assertEquals(
                    full.outcomes().meanStructuralDeficit(), lean.outcomes().meanStructuralDeficit(), 0.0, name);
            // with only the reserve's: the reserve's quantiles exactly, every other metric's NaN
            SimulationResult reserve = Simulation.run(s, settings.withReserveQuantilesOnly());
            assertEquals(full.verduurzaamd().estimate(), reserve.verduurzaamd().estimate(), 0.0, name);
            for (int t = 0; t < full.years().size(); t++) {
                assertEquals(
                        full.years().get(t).metric(Metric.RESERVE),
                        reserve.years().get(t).metric(Metric.RESERVE),
                        name);
                assertTrue(
                        Double.isNaN(reserve.years().get(t).metric(Metric.COSTS).p50()));
                assertEquals(
                        full.years().get(t).metric(Metric.COSTS).mean(),
                        reserve.years().get(t).metric(Metric.COSTS).mean(),
                        0.0);
            }
            assertEquals(
                    java.util.Arrays.toString(full.finalReservePercentiles()),
                    java.util.Arrays.toString(reserve.finalReservePercentiles()));
            assertEquals(full.outcomes().medianRunwayYears(), reserve.outcomes().medianRunwayYears(), 0.0, name);
        }
    }
}
