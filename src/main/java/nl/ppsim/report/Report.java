package nl.ppsim.report;

import java.io.IOException;
import java.nio.file.Path;
import nl.ppsim.engine.SimulationResult;

/** Writes a complete report folder (CSV, and charts and HTML unless switched off) atomically. */
public final class Report {

    /** What to write and in which language and CSV dialect. */
    public record Options(Lang lang, CsvFormat csv, boolean charts) {
    }

    private Report() {
    }

    public static void write(SimulationResult result, Path folder, Options options) throws IOException {
        ReportFolder.write(folder, dir -> CsvReport.write(result, dir, options.csv()));
    }
}
