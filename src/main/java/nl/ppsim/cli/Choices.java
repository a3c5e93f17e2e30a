package nl.ppsim.cli;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import nl.ppsim.engine.RunSettings;
import nl.ppsim.report.CsvFormat;
import nl.ppsim.report.Lang;
import picocli.CommandLine;

/**
 * The enumerated options ({@code --lang}, {@code --csv}, {@code --sampling}): each is an enum,
 * written on the command line by its key, listed in the help by its keys, and a value outside the
 * list is a parse error naming the valid ones (exit 2).
 */
final class Choices {
    private Choices() {
    }

    private static <E extends Enum<E>> E convert(String value, E[] values, Function<E, String> key) {
        for (E e : values) {
            if (key.apply(e).equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw new CommandLine.TypeConversionException("'" + value + "'; " + String.join(", ", keys(values, key)));
    }

    private static <E extends Enum<E>> List<String> keys(E[] values, Function<E, String> key) {
        return Arrays.stream(values).map(key).toList();
    }

    /** The sampling method's key on the command line: mc or lhs. */
    static String key(RunSettings.Sampling s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }

    static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            return Choices.convert(value, Lang.values(), Lang::key);
        }
    }

    static final class LangValues implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return keys(Lang.values(), Lang::key).iterator();
        }
    }

    static final class CsvConverter implements CommandLine.ITypeConverter<CsvFormat> {
        @Override
        public CsvFormat convert(String value) {
            return Choices.convert(value, CsvFormat.values(), CsvFormat::key);
        }
    }

    static final class CsvValues implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return keys(CsvFormat.values(), CsvFormat::key).iterator();
        }
    }

    static final class SamplingConverter implements CommandLine.ITypeConverter<RunSettings.Sampling> {
        @Override
        public RunSettings.Sampling convert(String value) {
            return Choices.convert(value, RunSettings.Sampling.values(), Choices::key);
        }
    }

    static final class SamplingValues implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return keys(RunSettings.Sampling.values(), Choices::key).iterator();
        }
    }
}
