package nl.ppsim.cli;

import java.nio.file.Path;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.scenario.ScenarioReader;

/** Loads scenarios for the commands. */
final class Scenarios {
    private Scenarios() {}

    /** A scenario file (YAML), or a plan workbook (.xlsx, see ppsim template). */
    static Scenario load(Path file) {
        if (file.getFileName() != null
                && file.getFileName()
                        .toString()
                        .toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".xlsx")) {
            return nl.ppsim.scenario.WorkbookReader.read(file);
        }
        return new ScenarioReader().read(file);
    }
}
