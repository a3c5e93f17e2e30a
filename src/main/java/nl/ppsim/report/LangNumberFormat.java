package nl.ppsim.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Axis labels in the report language: euro amounts compact (1,2 mln), years without separators, shares as percent. */
final class LangNumberFormat extends NumberFormat {
    enum Kind { EURO, YEAR, PERCENT }

    private final Lang lang;
    private final Kind kind;

    LangNumberFormat(Lang lang, Kind kind) {
        this.lang = lang;
        this.kind = kind;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(switch (kind) {
            case EURO -> lang.compact(number);
            case YEAR -> Long.toString(Math.round(number));
            case PERCENT -> Math.round(number * 100) + "%";
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
