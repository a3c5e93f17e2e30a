package nl.ppsim.cli;

import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.report.CsvFormat;
import nl.ppsim.report.Lang;
import nl.ppsim.scenario.Scenario;
import picocli.CommandLine.Option;

/** Options shared by every command that simulates. */
final class RunOptions {
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    @Option(names = "--iterations", paramLabel = "N", descriptionKey = "iterations")
    Integer iterations;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "seed")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "threads")
    Integer threads;

    @picocli.CommandLine.Mixin
    LangOption language;

    @Option(
            names = "--csv",
            paramLabel = "rfc4180|excel-nl",
            defaultValue = "rfc4180",
            descriptionKey = "csv",
            converter = Choices.CsvConverter.class,
            completionCandidates = Choices.CsvValues.class)
    CsvFormat csv;

    @Option(
            names = "--sampling",
            paramLabel = "mc|lhs",
            defaultValue = "mc",
            descriptionKey = "sampling",
            converter = Choices.SamplingConverter.class,
            completionCandidates = Choices.SamplingValues.class)
    RunSettings.Sampling sampling;

    /** The run's settings from the options and the scenario, after a check of the memory they need (see {@link #compile}). */
    RunSettings settings(Scenario s) {
        return compile(s).settings();
    }

    /**
     * The scenario compiled once for the options' settings, to run from: a command that runs it
     * straight away compiles nothing else. Says on the console when fewer threads fit in memory than
     * were asked for (the outcome is the same).
     */
    nl.ppsim.engine.CompiledScenario compile(Scenario s) {
        int n = iterations == null ? s.iterations() : iterations;
        if (n < 1 || n > nl.ppsim.io.ScenarioReader.MAX_ITERATIONS) {
            throw new UserException(
                    "--iterations moet tussen 1 en " + nl.ppsim.io.ScenarioReader.MAX_ITERATIONS + " liggen, kreeg "
                            + n,
                    "--iterations must lie between 1 and " + nl.ppsim.io.ScenarioReader.MAX_ITERATIONS + ", got " + n);
        }
        int t = threads == null ? RunSettings.defaultThreads() : threads;
        if (t < 1 || t > 1024) {
            throw new UserException(
                    "--threads moet tussen 1 en 1024 liggen, kreeg " + t,
                    "--threads must lie between 1 and 1024, got " + t);
        }
        RunSettings settings = new RunSettings(n, seed == null ? s.seed() : seed, t).withSampling(sampling);
        nl.ppsim.engine.CompiledScenario compiled = nl.ppsim.engine.CompiledScenario.of(s, settings);
        int fit = compiled.threads();
        if (fit < t && mixee != null) {
            mixee.commandLine()
                    .getErr()
                    .println(language.lang.t(
                            "Let op: dit scenario is zo groot dat " + fit + " van de " + t
                                    + " threads in het geheugen passen; de uitkomst is dezelfde, de run duurt langer (meer geheugen: PPSIM_JAVA_OPTS=-Xmx4g)",
                            "Note: this scenario is so large that " + fit + " of the " + t
                                    + " threads fit in memory; the outcome is the same, the"
                                    + " run takes longer (more memory: PPSIM_JAVA_OPTS=-Xmx4g)"));
        }
        return compiled;
    }

    Lang language() {
        return language.lang;
    }

    CsvFormat csvFormat() {
        return csv;
    }
}
