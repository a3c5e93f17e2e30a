package nl.ppsim.cli;

import java.nio.file.Path;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.scenario.ScenarioReader;

/** Loads scenarios for the commands. */
final class Scenarios {
    private Scenarios() {
    }

    static Scenario load(Path file) {
        return new ScenarioReader().read(file);
    }
}
