package nl.ppsim.cli;

import java.nio.file.Path;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.scenario.Scenario;

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
            return nl.ppsim.io.WorkbookReader.read(file);
        }
        return new ScenarioReader().read(file);
    }
}
