package nl.ppsim.cli;

import java.nio.file.Path;
import nl.ppsim.scenario.Scenario;
import picocli.CommandLine.Option;

/** Where a command writes its report and whether it draws charts: shared by run, check and sensitivity. */
final class ReportOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Map voor het rapport (standaard reports/<scenario>).")
    Path out;

    @Option(names = "--no-charts", description = "Geen grafieken en HTML (sneller, voor batchgebruik).")
    boolean noCharts;

    Path folder(Scenario s) {
        return out != null ? out : Path.of("reports", s.id());
    }

    String where(Scenario s) {
        return folder(s) + (noCharts ? "" : "/report.html");
    }
}
