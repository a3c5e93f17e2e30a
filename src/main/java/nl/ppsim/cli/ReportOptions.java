package nl.ppsim.cli;

import java.nio.file.Path;
import nl.ppsim.scenario.Scenario;
import picocli.CommandLine.Option;

/** Where a command writes its report and whether it draws charts: shared by run, check and sensitivity. */
final class ReportOptions {
    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "out")
    Path out;

    @Option(names = "--no-charts", descriptionKey = "no-charts")
    boolean noCharts;

    @Option(names = "--real", descriptionKey = "real")
    boolean real;

    /** The result as the report shows it: in euros of the first year with {@code --real}, else nominal. */
    nl.ppsim.engine.result.SimulationResult shown(nl.ppsim.engine.result.SimulationResult r) {
        return real ? nl.ppsim.analysis.RealEuros.deflate(r) : r;
    }

    Path folder(Scenario s) {
        return out != null ? out : Path.of("reports", s.id());
    }

    /**
     * Where this command's report goes, checked before any work is done (a refused folder stops
     * the command with exit 2 and nothing touched).
     */
    nl.ppsim.report.ReportFolder.Destination destination(
            String command, Scenario s, Path file, nl.ppsim.engine.settings.RunSettings run) {
        var d = new nl.ppsim.report.ReportFolder.Destination(
                folder(s),
                java.util.List.of(file),
                new nl.ppsim.report.ReportFolder.Manifest(
                        command, s.id(), file.toString(), run.seed(), run.iterations(), VersionProvider.version()));
        d.check();
        return d;
    }

    /**
     * Starts the JDK's font set-up for the charts in the background (see
     * {@link nl.ppsim.report.Charts#prepareFontsEarly}), when this report has charts; called
     * first, so it is done while the scenario is read and simulated.
     */
    void prepareCharts() {
        if (!noCharts) {
            nl.ppsim.report.Charts.prepareFontsEarly();
        }
    }

    String where(Scenario s) {
        return folder(s) + (noCharts ? "" : "/report.html");
    }
}
