package nl.ppsim.io;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises numbers written the way people write them in Dutch (or in prose) rather than the
 * way a scenario must: a thousands dot ({@code 250.000}), a decimal comma that could also separate
 * thousands ({@code 1,250}), a currency sign ({@code € 250}), a percent sign ({@code 5%}), a word
 * for thousands or millions ({@code 250k}, {@code 1,5 mln}), spaces between digit groups. Such text
 * is never read as a number: the reader reports it with the value that was probably meant, so that
 * {@code 250.000} can never silently become 250. A decimal comma that can only be one
 * ({@code 0,85}, {@code 12,5}: {@link #decimalComma}) is read, since that is how ppsim itself
 * writes a decimal for a Dutch reader.
 */
public final class NumberForms {
    private static final Pattern THOUSANDS_DOT =
            Pattern.compile("([-+]?)([1-9][0-9]{0,2}(?:\\.[0-9]{3})+)(?:,([0-9]+))?");
    private static final Pattern THOUSANDS_COMMA =
            Pattern.compile("([-+]?)([1-9][0-9]{0,2}(?:,[0-9]{3}){2,})(?:\\.([0-9]+))?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("([-+]?)([0-9]+),([0-9]+)");
    private static final Pattern SPACED = Pattern.compile("([-+]?)([1-9][0-9]{0,2}(?:[ \u00a0\u202f][0-9]{3})+)");
    private static final Pattern PLAIN = Pattern.compile("[-+]?[0-9]+(?:\\.[0-9]+)?");
    private static final Pattern CURRENCY = Pattern.compile("(?i)(?:€|eur|euro)\\s*(.+)|(.+?)\\s*(?:€|eur|euro|,-)");
    private static final Pattern PERCENT = Pattern.compile("(.+?)\\s*%");
    private static final Pattern SCALE = Pattern.compile("(?i)(.+?)\\s*(k|duizend|mln\\.?|miljoen|mio|mld|miljard)");

    /** A number recognised in a written form, and how to say what to write instead. */
    private record Reading(BigDecimal value, String advice) {}

    private NumberForms() {}

    /**
     * Whether YAML would read {@code text} as a decimal number that a Dutch writer means as a whole
     * number with a thousands separator ({@code 250.000}, {@code 1.150}): ppsim never reads those as
     * numbers.
     */
    public static boolean dutchThousands(String text) {
        Matcher m = THOUSANDS_DOT.matcher(text.trim());
        return m.matches() && m.group(3) == null;
    }

    /**
     * What to tell a user who wrote {@code text} where a number belongs, or null when the text is
     * not a recognisable number form. The advice names the number to write, e.g.
     * "250.000 -> 250000".
     */
    static String advice(String text) {
        return advice(text, false);
    }

    /** {@link #advice} in English. */
    static String adviceInEnglish(String text) {
        return advice(text, true);
    }

    private static String advice(String text, boolean en) {
        String t = text.trim();
        Matcher m = PERCENT.matcher(t);
        if (m.matches()) {
            BigDecimal v = value(m.group(1));
            return v == null
                    ? null
                    : (en ? "write a percentage as a fraction: " : "een percentage schrijft u als fractie: ") + t
                            + " -> " + plain(v.movePointLeft(2));
        }
        m = CURRENCY.matcher(t);
        if (m.matches()) {
            BigDecimal v = value(m.group(1) != null ? m.group(1) : m.group(2));
            return v == null
                    ? null
                    : (en ? "write amounts without a currency: " : "schrijf bedragen zonder valuta: ") + t + " -> "
                            + plain(v);
        }
        m = SCALE.matcher(t);
        if (m.matches()) {
            BigDecimal v = value(m.group(1));
            if (v == null) {
                return null;
            }
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            int power = unit.equals("k") || unit.equals("duizend")
                    ? 3
                    : unit.startsWith("mld") || unit.equals("miljard") ? 9 : 6;
            return (en ? "write the number in full: " : "schrijf het getal voluit: ") + t + " -> "
                    + plain(v.movePointRight(power));
        }
        Reading r = reading(t, en);
        return r == null ? null : r.advice;
    }

    /**
     * The value of a number written with a decimal comma that cannot be anything else: {@code 0,85},
     * {@code 12,5}, {@code 0,125}, {@code 1234,5}; null for any other text, and for the form that
     * could also be a thousands separator (one to three digits, a comma, exactly three digits:
     * {@code 1,250}), which is never read. This is how ppsim writes a decimal for a Dutch reader, so
     * what it prints reads back.
     */
    static Double decimalComma(String text) {
        String t = text.trim();
        Matcher m = DECIMAL_COMMA.matcher(t);
        if (!m.matches() || nl.ppsim.dist.Notation.ambiguous(t)) {
            return null;
        }
        return Double.parseDouble(t.replace(',', '.').replace("+", ""));
    }

    /** True when text that would parse as a decimal is a thousands form ({@code 250.000}) and so must not be read. */
    static boolean isThousandsForm(String text) {
        return THOUSANDS_DOT.matcher(text.trim()).matches();
    }

    /** The value of a plain or written number inside a larger form ("€ 250.000", "1,5 mln"), or null. */
    private static BigDecimal value(String s) {
        String t = s.trim();
        if (PLAIN.matcher(t).matches() && !isThousandsForm(t)) {
            return new BigDecimal(t.replace("+", ""));
        }
        Reading r = reading(t, false);
        return r == null ? null : r.value;
    }

    private static Reading reading(String t, boolean en) {
        Matcher m = THOUSANDS_DOT.matcher(t);
        if (m.matches()) {
            String value =
                    sign(m.group(1)) + m.group(2).replace(".", "") + (m.group(3) == null ? "" : "." + m.group(3));
            boolean oneGroup =
                    m.group(3) == null && m.group(2).indexOf('.') == m.group(2).lastIndexOf('.');
            String decimal = oneGroup ? plain(new BigDecimal(sign(m.group(1)) + m.group(2))) : null;
            String asDecimal = decimal == null ? "" : decimal.contains(".") ? decimal + "0" : decimal;
            return new Reading(
                    new BigDecimal(value),
                    (en
                                    ? "ppsim does not read a point as a thousands separator: "
                                    : "een punt als duizendtalscheiding leest ppsim niet: ")
                            + t + " -> " + value
                            + (oneGroup
                                    ? (en
                                            ? " (if you mean the decimal number " + decimal + ", write " + asDecimal
                                                    + ")"
                                            : " (bedoelt u het decimale getal " + decimal + ", schrijf dan " + asDecimal
                                                    + ")")
                                    : ""));
        }
        m = THOUSANDS_COMMA.matcher(t);
        if (m.matches()) {
            String value =
                    sign(m.group(1)) + m.group(2).replace(",", "") + (m.group(3) == null ? "" : "." + m.group(3));
            return new Reading(
                    new BigDecimal(value),
                    (en
                                    ? "write numbers without thousands separators: "
                                    : "schrijf getallen zonder duizendtalscheiding: ")
                            + t + " -> " + value);
        }
        m = DECIMAL_COMMA.matcher(t);
        if (m.matches()) {
            BigDecimal decimal = new BigDecimal(sign(m.group(1)) + m.group(2) + "." + m.group(3));
            boolean thousands = m.group(3).length() == 3 && !m.group(2).equals("0");
            String asDecimal = plain(decimal);
            String whole = sign(m.group(1)) + m.group(2) + m.group(3);
            return new Reading(
                    decimal,
                    thousands
                            ? (en
                                    ? t + " could be thousands or decimals: write " + whole + " (thousands) or "
                                            + asDecimal + " (a decimal)"
                                    : t + " kan duizendtallen of decimalen zijn: schrijf " + whole
                                            + " (duizendtallen) of " + asDecimal.replace('.', ',') + " (een decimaal)")
                            : (en ? "write decimals with a point: " : "een decimaal schrijft u met een punt: ") + t
                                    + " -> " + asDecimal);
        }
        m = SPACED.matcher(t);
        if (m.matches()) {
            String value = sign(m.group(1)) + m.group(2).replaceAll("[ \u00a0\u202f]", "");
            return new Reading(
                    new BigDecimal(value),
                    (en ? "write numbers without spaces: " : "schrijf getallen zonder spaties: ") + t + " -> " + value);
        }
        return null;
    }

    private static String sign(String s) {
        return s.equals("-") ? "-" : "";
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
