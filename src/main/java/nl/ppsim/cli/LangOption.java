package nl.ppsim.cli;

import nl.ppsim.report.Lang;
import picocli.CommandLine.Option;

/** {@code --lang} for the commands that do not simulate (validate, bench): the language of everything they print. */
final class LangOption {
    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl", descriptionKey = "lang",
            converter = Choices.LangConverter.class, completionCandidates = Choices.LangValues.class)
    Lang lang;
}
