package nl.ppsim;

import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.scenario.Scenario;

/** Helpers to build scenarios from YAML text in tests. */
public final class TestScenarios {
    private TestScenarios() {}

    public static Scenario parse(String yaml) {
        return new ScenarioReader().read(yaml, "test.yaml");
    }

    /** A minimal scenario header; append partners/lines. */
    public static String header(int subsidyYears, int horizon, int iterations, double initialReserve) {
        return "scenario: test\nstart_year: 2026\nsubsidy_years: " + subsidyYears + "\nhorizon_years: " + horizon
                + "\niterations: " + iterations + "\nseed: 42\ninitial_reserve: " + initialReserve + "\n";
    }

    /** The shipped scenarios ({@code scenarios/*.yaml}) and the small benchmark scenario, sorted. */
    public static java.util.List<java.nio.file.Path> shippedFiles() {
        try (java.util.stream.Stream<java.nio.file.Path> s = java.util.stream.Stream.concat(
                java.nio.file.Files.list(java.nio.file.Path.of("scenarios")),
                java.util.stream.Stream.of(java.nio.file.Path.of("bench/small.yaml")))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static SimulationResult run(String yaml, int threads) {
        Scenario s = parse(yaml);
        return Simulation.run(s, new RunSettings(s.iterations(), s.seed(), threads));
    }
}
