package nl.ppsim.cli;

import nl.ppsim.report.Lang;
import picocli.CommandLine.Option;

/** {@code --lang}, the run's one language, for every command (the simulating ones through {@link RunOptions}). */
final class LangOption {
    @Option(
            names = "--lang",
            paramLabel = "nl|en",
            defaultValue = "nl",
            descriptionKey = "lang",
            converter = Choices.LangConverter.class,
            completionCandidates = Choices.LangValues.class)
    Lang lang;
}
