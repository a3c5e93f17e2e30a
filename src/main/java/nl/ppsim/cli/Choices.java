package nl.ppsim.cli;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.report.CsvFormat;
import nl.ppsim.report.Lang;
import picocli.CommandLine;

/**
 * The enumerated options ({@code --lang}, {@code --csv}, {@code --sampling}): each is an enum,
 * written on the command line by its key, listed in the help by its keys, and a value outside the
 * list is a parse error naming the valid ones (exit 2).
 */
final class Choices {
    private Choices() {}

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

    /** Converts an option's value by the enum's key; a value outside the list names the valid keys. */
    private abstract static class Keyed<E extends Enum<E>> implements CommandLine.ITypeConverter<E>, Iterable<String> {
        private final E[] values;
        private final Function<E, String> key;

        Keyed(E[] values, Function<E, String> key) {
            this.values = values;
            this.key = key;
        }

        @Override
        public E convert(String value) {
            return Choices.convert(value, values, key);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return keys(values, key).iterator();
        }
    }

    /** {@code --lang}: nl or en. */
    static final class LangConverter extends Keyed<Lang> {
        LangConverter() {
            super(Lang.values(), Lang::key);
        }
    }

    /** The values of {@code --lang} for the help. */
    static final class LangValues extends Keyed<Lang> {
        LangValues() {
            super(Lang.values(), Lang::key);
        }
    }

    /** {@code --csv}: rfc4180 or excel-nl. */
    static final class CsvConverter extends Keyed<CsvFormat> {
        CsvConverter() {
            super(CsvFormat.values(), CsvFormat::key);
        }
    }

    /** The values of {@code --csv} for the help. */
    static final class CsvValues extends Keyed<CsvFormat> {
        CsvValues() {
            super(CsvFormat.values(), CsvFormat::key);
        }
    }

    /** {@code --sampling}: mc or lhs. */
    static final class SamplingConverter extends Keyed<RunSettings.Sampling> {
        SamplingConverter() {
            super(RunSettings.Sampling.values(), Choices::key);
        }
    }

    /** The values of {@code --sampling} for the help. */
    static final class SamplingValues extends Keyed<RunSettings.Sampling> {
        SamplingValues() {
            super(RunSettings.Sampling.values(), Choices::key);
        }
    }
}
