package nl.ppsim.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Measures the engine: iterations per second at 1, 2 and all threads (engine only, no report),
 * peak heap at two iteration counts (memory must not grow with iterations), and the end-to-end
 * time of {@code ppsim run} with charts as a separate process (JVM start included).
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    LangOption language;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..1",
            defaultValue = "scenarios/bench.yaml",
            descriptionKey = "bench.file")
    Path file;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "1000000", descriptionKey = "bench.iterations")
    int iterations;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", descriptionKey = "repeat")
    int repeat;

    @Option(names = "--memory", paramLabel = "N,M", defaultValue = "100000,1000000", descriptionKey = "memory")
    String memory;

    @Option(names = "--limit", descriptionKey = "limit")
    boolean limit;

    @Option(
            names = "--explore",
            paramLabel = "FILE",
            arity = "0..1",
            fallbackValue = "scenarios/voorbeeld-routes.yaml",
            descriptionKey = "bench.explore")
    String explore;

    @Option(names = "--e2e", paramLabel = "FILE", defaultValue = "scenarios/voorbeeld.yaml", descriptionKey = "e2e")
    String e2e;

    @Override
    public Integer call() throws Exception {
        if (repeat < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--repeat moet minstens 1 zijn, kreeg " + repeat);
        }
        List<Integer> memoryRuns = memoryCounts();
        PrintWriter o = spec.commandLine().getOut();
        nl.ppsim.report.Lang l = language.lang;
        Locale loc = l.locale();
        Scenario s = Scenarios.load(file);
        int cores = Runtime.getRuntime().availableProcessors();
        o.printf(
                loc,
                l.t("machine: %d kernen, %s %s, max heap %d MB%n", "machine: %d cores, %s %s, max heap %d MB%n"),
                cores,
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        o.printf(
                loc,
                l.t(
                        "scenario: %s (%d partners, %d bedrijfsmodellen, %d jaar)%n",
                        "scenario: %s (%d partners, %d business models, %d years)%n"),
                s.id(),
                s.partners().size(),
                s.businessModels().size(),
                s.horizonYears());
        // compiled once: every timing below is of runs, as a report's rounds and analyses make them
        nl.ppsim.engine.CompiledScenario compiled =
                nl.ppsim.engine.CompiledScenario.of(s, new RunSettings(iterations, s.seed(), cores));
        run(compiled, Math.min(iterations, 50_000), cores);
        double oneThread = 0;
        for (int threads : new TreeSet<>(List.of(1, Math.min(2, cores), cores))) {
            double[] seconds = new double[repeat];
            for (int r = 0; r < repeat; r++) {
                long t0 = System.nanoTime();
                run(compiled, iterations, threads);
                seconds[r] = (System.nanoTime() - t0) / 1e9;
            }
            java.util.Arrays.sort(seconds);
            double rate = iterations / seconds[0];
            if (threads == 1) {
                oneThread = rate;
            }
            o.printf(
                    loc,
                    l.t(
                            "engine: %,d trekkingen, %d thread(s): %.2f s (beste van %d; mediaan %.2f s), %,.0f trekkingen/s%s%n",
                            "engine: %,d iterations, %d thread(s): %.2f s (best of %d; median %.2f s), %,.0f iterations/s%s%n"),
                    iterations,
                    threads,
                    seconds[0],
                    repeat,
                    seconds[repeat / 2],
                    rate,
                    threads > 1 && oneThread > 0
                            ? String.format(loc, l.t(" (%.2fx één thread)", " (%.2fx one thread)"), rate / oneThread)
                            : "");
        }
        if (limit) {
            limit(o, compiled, Math.min(2, cores), l);
        }
        if (explore != null) {
            explore(o, Math.min(2, cores), l);
        }
        List<long[]> peaks = new ArrayList<>();
        for (int n : memoryRuns) {
            long[] peak = peakHeap(() -> run(compiled, n, cores));
            peaks.add(peak);
            o.printf(
                    loc,
                    l.t(
                            "geheugen: %,d trekkingen: piek heap in gebruik %.1f MB, piek levende heap (direct na volledige opruimingen) %.1f MB%n",
                            "memory: %,d iterations: peak heap in use %.1f MB, peak live heap (right after forced full collections) %.1f MB%n"),
                    n,
                    peak[0] / 1048576.0,
                    peak[1] / 1048576.0);
        }
        if (peaks.size() == 2) {
            o.printf(
                    loc,
                    l.t(
                            "geheugen: verhouding %.2f in gebruik (met nog niet opgeruimd afval), %.2f levend (doel <= 1,5)%n",
                            "memory: ratio %.2f in use (includes garbage not yet collected), %.2f live (target <= 1.5)%n"),
                    (double) peaks.get(1)[0] / peaks.get(0)[0],
                    (double) peaks.get(1)[1] / peaks.get(0)[1]);
        }
        if (!"none".equals(e2e)) {
            endToEnd(o, e2e, l);
        }
        return ExitCodes.OK;
    }

    /**
     * Explore's throughput (issue 36): the exploration in {@link #explore} at 10.000 draws a
     * candidate, on shared draws as {@code ppsim explore} evaluates it and as separate runs,
     * alternating; best against best.
     */
    private void explore(PrintWriter o, int threads, nl.ppsim.report.Lang l) {
        String text = nl.ppsim.io.ScenarioReader.readText(java.nio.file.Path.of(explore));
        Scenario s = new nl.ppsim.io.ScenarioReader().read(text, explore);
        nl.ppsim.scenario.Exploration e = nl.ppsim.io.ExplorationReader.read(text, explore, s);
        if (e == null) {
            throw new UserException(explore + " heeft geen explore:-sectie", explore + " has no explore: section");
        }
        int draws = 10_000;
        int k = nl.ppsim.analysis.Explore.candidates(e).size();
        nl.ppsim.analysis.ExploreThroughput.together(s, e, draws, threads);
        nl.ppsim.analysis.ExploreThroughput.separately(s, e, draws, threads);
        double[] together = new double[repeat];
        double[] separately = new double[repeat];
        for (int r = 0; r < repeat; r++) {
            together[r] = nl.ppsim.analysis.ExploreThroughput.together(s, e, draws, threads);
            separately[r] = nl.ppsim.analysis.ExploreThroughput.separately(s, e, draws, threads);
        }
        java.util.Arrays.sort(together);
        java.util.Arrays.sort(separately);
        o.printf(
                l.locale(),
                l.t(
                        "verkennen: %d kandidaten, %,d trekkingen, %d thread(s): %.1f kandidaten/s op gedeelde trekkingen, %.1f als losse runs: %.2fx (doel >= 3)%n",
                        "explore: %d candidates, %,d draws, %d thread(s): %.1f candidates/s on shared draws, %.1f as separate runs: %.2fx (target >= 3)%n"),
                k,
                draws,
                threads,
                k / together[0],
                k / separately[0],
                separately[0] / together[0]);
    }

    private static nl.ppsim.engine.result.SimulationResult run(
            nl.ppsim.engine.CompiledScenario compiled, int iterations, int threads) {
        return compiled.run(
                compiled.settings().withIterations(iterations).withThreads(threads),
                nl.ppsim.engine.settings.ProgressListener.NONE);
    }

    /**
     * The engine against the yardstick of {@link nl.ppsim.bench.Limit}, alternating (engine, limit,
     * engine, ...) so that a drift of the machine's speed moves both; best against best.
     */
    private void limit(PrintWriter o, nl.ppsim.engine.CompiledScenario compiled, int threads, nl.ppsim.report.Lang l) {
        Scenario s = compiled.scenario();
        Locale loc = l.locale();
        nl.ppsim.bench.Limit.run(s, Math.min(iterations, 50_000), threads);
        double[] engine = new double[repeat];
        double[] bound = new double[repeat];
        nl.ppsim.bench.Limit.Result last = null;
        for (int r = 0; r < repeat; r++) {
            long t0 = System.nanoTime();
            run(compiled, iterations, threads);
            engine[r] = (System.nanoTime() - t0) / 1e9;
            last = nl.ppsim.bench.Limit.run(s, iterations, threads);
            bound[r] = last.seconds();
        }
        java.util.Arrays.sort(engine);
        java.util.Arrays.sort(bound);
        int draws = nl.ppsim.bench.Limit.drawsPerIteration(s);
        o.printf(
                loc,
                l.t(
                        "ondergrens: %,d trekkingen, %d thread(s): %.2f s (beste van %d; mediaan %.2f s), %d trekkingen van invoer per iteratie,"
                                + " %.2f ns per trekking per kern%n",
                        "limit: %,d iterations, %d thread(s): %.2f s (best of %d; median %.2f s), %d input draws an iteration, %.2f ns a draw per core%n"),
                iterations,
                threads,
                bound[0],
                repeat,
                bound[repeat / 2],
                draws,
                bound[0] * threads * 1e9 / ((double) iterations * draws));
        o.printf(
                loc,
                l.t(
                        "engine/ondergrens: %.2f (engine %.2f s, %.2f ns per trekking per kern; doel <= 1,5)%n",
                        "engine/limit: %.2f (engine %.2f s, %.2f ns a draw per core; target <= 1.5)%n"),
                engine[0] / bound[0],
                engine[0],
                engine[0] * threads * 1e9 / ((double) iterations * draws));
    }

    private List<Integer> memoryCounts() {
        if ("none".equals(memory)) {
            return List.of();
        }
        List<Integer> counts = new ArrayList<>();
        for (String part : memory.split(",", -1)) {
            try {
                int n = Integer.parseInt(part.strip());
                if (n < 1) {
                    throw new NumberFormatException();
                }
                counts.add(n);
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(),
                        "--memory: '" + part
                                + "' is geen positief aantal trekkingen; geldig is bijvoorbeeld 100000,10000000 of none");
            }
        }
        return counts;
    }

    /**
     * Peak heap while the task runs: in use (live data plus garbage not yet collected, which depends
     * on the collector's sizing), sampled every millisecond, and live, the heap used right after a
     * full collection that a watcher forces every {@value #LIVE_SAMPLE_MS} ms: the memory a run
     * actually keeps. (The pools' usage after their own last collection depended on whether and
     * when the collector happened to run: a run that made little garbage was measured at its
     * starting heap.)
     */
    private static long[] peakHeap(Runnable task) throws InterruptedException {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(100);
        AtomicLong peak = new AtomicLong(mem.getHeapMemoryUsage().getUsed());
        AtomicLong live = new AtomicLong(0);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            long nextCollection = System.nanoTime();
            while (running.get()) {
                peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                if (System.nanoTime() >= nextCollection) {
                    System.gc();
                    live.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                    nextCollection = System.nanoTime() + LIVE_SAMPLE_MS * 1_000_000L;
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        task.run();
        running.set(false);
        watcher.join();
        return new long[] {peak.get(), live.get()};
    }

    private static final int LIVE_SAMPLE_MS = 10;

    /** Removes the temporary folder this command made for its timed runs (and only that). */
    private static void deleteOwnFolder(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void endToEnd(PrintWriter o, String scenario, nl.ppsim.report.Lang l)
            throws IOException, InterruptedException {
        File jar;
        try {
            jar = new File(BenchCommand.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        if (!jar.getName().endsWith(".jar")) {
            o.println(l.t(
                    "eind-tot-eind: overgeslagen (niet vanuit de jar)",
                    "end-to-end: skipped (not running from the jar)"));
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = Files.createTempDirectory("ppsim-bench");
        // the JVM flags the ./ppsim wrapper gives a short run: C1 only, and its class archive when there is one (see
        // the wrapper
        // and docs/performance.md)
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1"));
        File archive = new File(jar.getParentFile(), "ppsim.jsa");
        if (archive.isFile()) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive.getPath(), "-Xlog:cds=off,cds+dynamic=off"));
        }
        command.addAll(List.of(
                "-jar",
                jar.getPath(),
                "run",
                scenario,
                "--out",
                out.resolve("r").toString()));
        List<Double> times = new ArrayList<>();
        try {
            for (int k = 0; k < 3; k++) {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                int code = p.waitFor();
                times.add((System.nanoTime() - t0) / 1e9);
                if (code != 0) {
                    o.println(l.t(
                                    "eind-tot-eind: ppsim run mislukte met exitcode ",
                                    "end-to-end: ppsim run failed with exit code ")
                            + code);
                    return;
                }
            }
        } finally {
            deleteOwnFolder(out);
        }
        times.sort(null);
        o.printf(
                l.locale(),
                l.t(
                        "eind-tot-eind: ppsim run %s met grafieken en HTML: mediaan %.2f s (runs: %s)%n",
                        "end-to-end: ppsim run %s with charts and HTML: median %.2f s (runs: %s)%n"),
                scenario,
                times.get(1),
                times.stream().map(t -> String.format(l.locale(), "%.2f", t)).toList());
    }
}
