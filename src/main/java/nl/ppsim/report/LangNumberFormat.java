package nl.ppsim.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Axis labels in the report language: euro amounts compact (1,2 mln), years without separators, shares as percent. */
final class LangNumberFormat extends NumberFormat {
    enum Kind {
        EURO,
        YEAR,
        PERCENT
    }

    private final Lang lang;
    private final Kind kind;
    private final java.util.function.DoubleSupplier scale;

    LangNumberFormat(Lang lang, Kind kind) {
        this(lang, kind, null);
    }

    /** Euro labels in one unit for the whole axis: {@code scale} gives the largest absolute value it shows. */
    LangNumberFormat(Lang lang, Kind kind, java.util.function.DoubleSupplier scale) {
        this.lang = lang;
        this.kind = kind;
        this.scale = scale;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(
                switch (kind) {
                    case EURO -> scale == null ? lang.compact(number) : lang.compact(number, scale.getAsDouble());
                    case YEAR -> Long.toString(Math.round(number));
                    case PERCENT -> lang.number(Math.round(number * 100), 0) + "%";
                });
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("axis labels are never parsed");
    }
}
