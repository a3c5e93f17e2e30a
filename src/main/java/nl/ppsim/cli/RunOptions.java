package nl.ppsim.cli;

import nl.ppsim.engine.RunSettings;
import nl.ppsim.report.CsvFormat;
import nl.ppsim.report.Lang;
import nl.ppsim.scenario.Scenario;
import picocli.CommandLine.Option;

/** Options shared by every command that simulates. */
final class RunOptions {
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    @Option(names = "--iterations", paramLabel = "N", description = "Aantal trekkingen (standaard: iterations uit het scenario).")
    Integer iterations;

    @Option(names = "--seed", paramLabel = "S", description = "Startwaarde van de toevalsgenerator (standaard: seed uit het scenario).")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Aantal threads (standaard: alle kernen). Verandert de uitkomst niet.")
    Integer threads;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl", description = "Taal van rapport en console: nl (standaard) of en.")
    String lang;

    @Option(names = "--csv", paramLabel = "FORMAT", defaultValue = "rfc4180",
            description = "CSV-formaat: rfc4180 (standaard: komma, decimale punt) of excel-nl (puntkomma, decimale komma).")
    String csv;

    @Option(names = "--sampling", paramLabel = "mc|lhs", defaultValue = "mc",
            description = "Steekproefmethode: mc (Monte Carlo, standaard) of lhs (Latin hypercube per blok van 1024 trekkingen).")
    String sampling;

    RunSettings settings(Scenario s) {
        int n = iterations == null ? s.iterations() : iterations;
        if (n < 1 || n > nl.ppsim.scenario.ScenarioReader.MAX_ITERATIONS) {
            throw new UserException("--iterations moet tussen 1 en " + nl.ppsim.scenario.ScenarioReader.MAX_ITERATIONS + " liggen, kreeg " + n);
        }
        int t = threads == null ? RunSettings.defaultThreads() : threads;
        if (t < 1 || t > 1024) {
            throw new UserException("--threads moet tussen 1 en 1024 liggen, kreeg " + t);
        }
        RunSettings.Sampling method = switch (sampling) {
            case "mc" -> RunSettings.Sampling.MC;
            case "lhs" -> RunSettings.Sampling.LHS;
            default -> throw new UserException("--sampling kent '" + sampling + "' niet; geldig: mc, lhs");
        };
        RunSettings settings = new RunSettings(n, seed == null ? s.seed() : seed, t).withSampling(method);
        int fit = nl.ppsim.engine.Simulation.threads(s, settings);
        if (fit < t && mixee != null) {
            mixee.commandLine().getErr().println("Let op: dit scenario is zo groot dat " + fit + " van de " + t
                    + " threads in het geheugen passen; de uitkomst is dezelfde, de run duurt langer (meer geheugen: PPSIM_JAVA_OPTS=-Xmx4g)");
        }
        return settings;
    }

    Lang language() {
        try {
            return Lang.of(lang);
        } catch (IllegalArgumentException e) {
            throw new UserException("--lang kent '" + lang + "' niet; geldig: nl, en");
        }
    }

    CsvFormat csvFormat() {
        try {
            return CsvFormat.of(csv);
        } catch (IllegalArgumentException e) {
            throw new UserException("--csv kent '" + csv + "' niet; geldig: rfc4180, excel-nl");
        }
    }
}
