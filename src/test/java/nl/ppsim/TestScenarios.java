package nl.ppsim;

import nl.ppsim.engine.RunSettings;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.SimulationResult;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.scenario.ScenarioReader;

/** Helpers to build scenarios from YAML text in tests. */
public final class TestScenarios {
    private TestScenarios() {
    }

    public static Scenario parse(String yaml) {
        return new ScenarioReader().read(yaml, "test.yaml");
    }

    /** A minimal scenario header; append partners/lines. */
    public static String header(int subsidyYears, int horizon, int iterations, double initialReserve) {
        return "scenario: test\nstart_year: 2026\nsubsidy_years: " + subsidyYears + "\nhorizon_years: " + horizon
                + "\niterations: " + iterations + "\nseed: 42\ninitial_reserve: " + initialReserve + "\n";
    }

    public static SimulationResult run(String yaml, int threads) {
        Scenario s = parse(yaml);
        return Simulation.run(s, new RunSettings(s.iterations(), s.seed(), threads));
    }
}
