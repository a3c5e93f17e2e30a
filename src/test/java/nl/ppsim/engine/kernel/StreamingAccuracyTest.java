package nl.ppsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.report.CsvFormat;
import nl.ppsim.report.CsvReport;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.stats.Quantiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The performance work keeps the results right: streaming quantiles agree with exact ones on the
 * shipped scenarios, and results stay byte-identical across thread counts (also where model
 * quantiles come from a subsample and block sums are folded as blocks complete).
 */
class StreamingAccuracyTest {

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void finalReserveQuantilesAreWithinHalfAPercentOfExact(Path file) {
        Scenario s = new ScenarioReader().read(file);
        SimulationResult r =
                Simulation.run(s, new RunSettings(8000, s.seed(), 2).withTrace(RunSettings.Trace.OUTCOMES));
        double[] exact = r.trace().finalReserve().clone();
        Arrays.sort(exact);
        double spread = exact[exact.length - 1] - exact[0];
        double[] ps = {0.05, 0.25, 0.5, 0.75, 0.95};
        double[] streamed = {
            r.finalReserve().p05(),
            r.finalReserve().p25(),
            r.finalReserve().p50(),
            r.finalReserve().p75(),
            r.finalReserve().p95()
        };
        for (int k = 0; k < ps.length; k++) {
            double q = Quantiles.ofSorted(exact, ps[k]);
            // 0.5% of the value, plus the gap between neighbouring order statistics (rank convention) near zero
            double gap = exact[Math.min(exact.length - 1, (int) (ps[k] * (exact.length - 1)) + 1)]
                    - exact[(int) (ps[k] * (exact.length - 1))];
            assertEquals(q, streamed[k], 0.005 * Math.abs(q) + gap + 1e-6 * spread, s.id() + " p" + ps[k]);
        }
    }

    @Test
    void benchScenarioIsByteIdenticalForOneTwoAndEightThreads(@TempDir Path dir) throws IOException {
        Scenario s = new ScenarioReader().read(Path.of("scenarios/bench.yaml"));
        String[] out = new String[3];
        int k = 0;
        for (int threads : new int[] {1, 2, 8}) {
            Path folder = Files.createDirectories(dir.resolve("t" + threads));
            CsvReport.write(Simulation.run(s, new RunSettings(3000, 11, threads)), folder, CsvFormat.RFC4180);
            out[k++] = Files.readString(folder.resolve("yearly.csv"))
                    + Files.readString(folder.resolve("summary.csv"))
                    + Files.readString(folder.resolve("models.csv"));
        }
        assertEquals(out[0], out[1]);
        assertEquals(out[0], out[2]);
    }

    @Test
    void subsampledModelQuantilesAreIdenticalAcrossThreads(@TempDir Path dir) throws IOException {
        // more than MODEL_QUANTILE_SAMPLE iterations: model quantiles come from every k-th iteration
        Scenario s = new ScenarioReader().read(Path.of("scenarios/creatief.yaml"));
        int n = Engine.MODEL_QUANTILE_SAMPLE * 2 + 500;
        byte[][] models = new byte[2][];
        int k = 0;
        for (int threads : new int[] {1, 8}) {
            Path folder = Files.createDirectories(dir.resolve("m" + threads));
            CsvReport.write(Simulation.run(s, new RunSettings(n, 3, threads)), folder, CsvFormat.RFC4180);
            models[k++] = Files.readAllBytes(folder.resolve("models.csv"));
        }
        assertArrayEquals(models[0], models[1]);
    }

    /**
     * More than {@link Engine#METRIC_QUANTILE_SAMPLE} iterations: the yearly quantiles come from
     * every k-th iteration (k = 2 here). The same for one and two threads and two chunk sizes, and
     * each final-reserve quantile is where it belongs among all iterations' exact outcomes: the
     * share of outcomes at or below it is p within 5 standard errors of a quantile of the
     * subsample, sqrt(p (1 - p) / m) with m its size, widened by the sketch's 0.1% (a false failure
     * once in 1.7 million per quantile for any valid stream derivation; 3 quantiles checked).
     */
    @Test
    void subsampledMetricQuantilesAreIdenticalAcrossThreadsAndWhereTheyBelong(@TempDir Path dir) throws IOException {
        Scenario s = new ScenarioReader().read(Path.of("bench/small.yaml"));
        int n = Engine.METRIC_QUANTILE_SAMPLE + 50_000;
        RunSettings settings = new RunSettings(n, 5, 2).withTrace(RunSettings.Trace.OUTCOMES);
        SimulationResult two = Simulation.run(s, settings);
        SimulationResult one =
                Engine.run(s, settings.withThreads(1), nl.ppsim.engine.settings.ProgressListener.NONE, 64);
        Path a = Files.createDirectories(dir.resolve("two"));
        Path b = Files.createDirectories(dir.resolve("one"));
        CsvReport.write(two, a, CsvFormat.RFC4180);
        CsvReport.write(one, b, CsvFormat.RFC4180);
        assertEquals(Files.readString(a.resolve("yearly.csv")), Files.readString(b.resolve("yearly.csv")));
        assertArrayEquals(two.finalReservePercentiles(), one.finalReservePercentiles());
        double[] exact = two.trace().finalReserve().clone();
        Arrays.sort(exact);
        int m = (n + 1) / 2;
        for (int p = 5; p <= 95; p += 45) {
            double q = two.finalReservePercentiles()[p];
            double below = share(exact, q + slack(q));
            double above = share(exact, q - slack(q));
            double se = Math.sqrt(p / 100.0 * (1 - p / 100.0) / m);
            assertTrue(
                    below >= p / 100.0 - 5 * se && above <= p / 100.0 + 5 * se,
                    "p" + p + ": " + q + " has " + above + ".." + below + " of the outcomes at or below it");
        }
    }

    /** The share of {@code sorted} at or below {@code x}. */
    private static double share(double[] sorted, double x) {
        int i = Arrays.binarySearch(sorted, x);
        int at = i >= 0 ? i + 1 : -i - 1;
        while (i >= 0 && at < sorted.length && sorted[at] == x) {
            at++;
        }
        return (double) at / sorted.length;
    }

    /** The sketch's resolution around a value: its 0.1% relative accuracy, and a cent near zero. */
    private static double slack(double q) {
        return nl.ppsim.stats.QuantileSketch.RELATIVE_ACCURACY * Math.abs(q) + 0.01;
    }
}
