package nl.ppsim.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Report language: Dutch by default, English on request. Texts are chosen at the call site with
 * {@link #t(String, String)} so both versions stay side by side; numbers follow the language's
 * conventions (Dutch: decimal comma, thousands dot, "EUR 1,2 mln").
 */
public enum Lang {
    /** Dutch: decimal comma, thousands point (the default). */
    NL("nl", Locale.forLanguageTag("nl-NL")),
    /** English: decimal point, thousands comma. */
    EN("en", Locale.UK);

    private final String key;
    private final Locale locale;

    Lang(String key, Locale locale) {
        this.key = key;
        this.locale = locale;
    }

    /** The language's key on the command line: nl or en. */
    public String key() {
        return key;
    }

    /** The locale whose number symbols the language uses. */
    public Locale locale() {
        return locale;
    }

    /** The language with this key; IllegalArgumentException for an unknown key. */
    public static Lang of(String key) {
        for (Lang l : values()) {
            if (l.key.equals(key)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language " + key + "; valid: nl, en");
    }

    /** The Dutch or the English text, whichever this language is. */
    public String t(String dutch, String english) {
        return this == NL ? dutch : english;
    }

    /** Rounds half away from zero, as Excel and the web page's Intl.NumberFormat do. */
    private DecimalFormat pattern(String p) {
        DecimalFormat f = new DecimalFormat(p, DecimalFormatSymbols.getInstance(locale));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f;
    }

    /**
     * A share as a percentage, exact in decimal: the share's shortest decimal form times 100. So a
     * share of 0.0925 is 9.25%, rounded half up to 9,3%, as the web page (Intl.NumberFormat) and
     * Excel show it; the binary double just below 0.0925 would round down here and up there.
     */
    private String hundred(String p, double share) {
        return Double.isFinite(share)
                ? pattern(p).format(java.math.BigDecimal.valueOf(share).movePointRight(2))
                : pattern(p).format(100 * share);
    }

    /** A percentage with one decimal: 62,3% (nl) or 62.3% (en). */
    public String percent(double p) {
        return hundred("0.0", p) + "%";
    }

    /**
     * A difference of two probabilities in percentage points, with its sign: "+1,2 procentpunt" (nl)
     * or "+1.2 percentage points" (en); a difference is not a percentage of anything.
     */
    public String points(double d) {
        String v = hundred("0.0", Math.abs(d));
        String sign = d > 0 && !v.matches("0[.,]0") ? "+" : d < 0 && !v.matches("0[.,]0") ? "-" : "";
        return sign + v + t(" procentpunt", " percentage points");
    }

    /**
     * A standard error (or a target for one) as a percentage with two significant digits and at
     * least one decimal: 0,8%, 0,25%, 0,010%; a percentage with one decimal would print a target of
     * 0.0001 as 0,0%.
     */
    public String sePercent(double se) {
        return hundred(seDecimals(se), se) + "%";
    }

    /** A standard error of a difference of probabilities in percentage points, unsigned, as {@link #sePercent}. */
    public String sePoints(double se) {
        return hundred(seDecimals(se), Math.abs(se)) + t(" procentpunt", " percentage points");
    }

    private static String seDecimals(double se) {
        double a = Math.abs(100 * se);
        int decimals = a == 0 || a >= 1 ? 1 : Math.min(6, 1 - (int) Math.floor(Math.log10(a)));
        return "0." + "0".repeat(Math.max(1, decimals));
    }

    /** Whole number with thousands separators: 10.000 (nl) or 10,000 (en). */
    public String integer(double x) {
        return pattern("#,##0").format(x);
    }

    /**
     * A euro amount as people say it, to the precision a simulated figure has: three significant
     * digits below a million (EUR 613.000, EUR 61.300, EUR 6.130, EUR 612), one decimal in
     * millions and billions (EUR 1,6 mln, EUR 2,1 mld). Every euro figure in every text, table and
     * chart goes through here, so a sentence never puts EUR 612.864 beside EUR 1,6 mln; the exact
     * values are in the CSV files. For an amount a rule states exactly, see {@link #euroExact}.
     */
    public String euro(double x) {
        double a = Math.abs(x);
        if (a >= 1e9) {
            return "EUR " + sign(x, a / 1e9, "0.0") + pattern("0.0").format(a / 1e9) + t(" mld", " bn");
        }
        if (a >= 999_500) {
            return "EUR " + sign(x, a / 1e6, "0.0") + pattern("0.0").format(a / 1e6) + t(" mln", " m");
        }
        double rounded = a < 1000 ? Math.round(a) : roundSignificant(a, 3);
        return "EUR " + (x < 0 && rounded > 0 ? "-" : "") + pattern("#,##0").format(rounded);
    }

    /** A euro amount to the euro (a scheme's cap, a budget figure the plan states): EUR 1.250.000. */
    public String euroExact(double x) {
        return "EUR " + (x < 0 && Math.round(-x) > 0 ? "-" : "")
                + pattern("#,##0").format(Math.round(Math.abs(x)));
    }

    private String sign(double x, double scaled, String p) {
        return x < 0 && !pattern(p).format(scaled).matches("0[.,]0") ? "-" : "";
    }

    static double roundSignificant(double a, int digits) {
        if (a == 0) {
            return 0;
        }
        double scale = Math.pow(10, Math.floor(Math.log10(a)) + 1 - digits);
        return Math.round(a / scale) * scale;
    }

    /**
     * A plain number in the language's format with at most {@code decimals} decimals and
     * thousands separators: 250.000 and 0,85 (nl), 250,000 and 0.85 (en).
     */
    public String number(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "-";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        String p = decimals <= 0 ? "#,##0" : "#,##0." + "#".repeat(decimals);
        String out = pattern(p).format(x);
        return out.equals("-0") ? "0" : out;
    }

    /** A number with exactly {@code decimals} decimals (a correlation: 0,20 and -0,10), in the language's format. */
    public String fixed(double x, int decimals) {
        String out = pattern(decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals))
                .format(x);
        return out.matches("-0([.,]0*)?") ? out.substring(1) : out;
    }

    /**
     * A parameter value as written in a scenario, in the language's format, to three significant
     * digits (whole numbers in full, with thousands separators): 250.000; 12,5; 0,85; 0,0125.
     */
    public String number(double x) {
        double a = Math.abs(x);
        int decimals =
                a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a == 0 ? 0 : Math.min(8, 2 - (int) Math.floor(Math.log10(a)));
        return number(x, decimals);
    }

    /**
     * A distribution as written for a person, in a form ppsim reads back: {@code triangular(60000;
     * 80000; 90000)}, the arguments separated by a semicolon, the numbers without thousands
     * separators and with the language's decimal sign ({@code uniform(12,75; 13,1250)} in Dutch,
     * {@code uniform(12.75; 13.1250)} in English; see {@link nl.ppsim.dist.Notation#unambiguous}).
     * The numbers are those the scenario says (up to six decimals), not rounded. Pasted into a
     * scenario or a workbook cell, it is the same distribution.
     */
    public String describe(nl.ppsim.dist.Distribution d) {
        return d.describe(new nl.ppsim.dist.Notation() {
            @Override
            public String number(double x) {
                String out = pattern("0.######").format(x);
                return nl.ppsim.dist.Notation.unambiguous(out.equals("-0") ? "0" : out);
            }

            @Override
            public String separator() {
                return "; ";
            }
        });
    }

    /** Axis-friendly compact amount: 1,2 mln / 250k (without the currency). */
    public String compact(double x) {
        return compact(x, Math.abs(x));
    }

    /**
     * A compact amount in the unit that suits {@code scale} (the largest absolute value on an
     * axis), so that one axis never mixes "750k" and "1 mln": with a scale of a million or more
     * every label is in mln (0,75 mln; 1 mln), from a thousand in k, else in euros.
     */
    public String compact(double x, double scale) {
        double a = Math.abs(x);
        String sign = x < 0 && a >= 0.5 ? "-" : "";
        if (a < 0.5) {
            return "0";
        }
        if (scale >= 1e6) {
            return sign + pattern("0.##").format(a / 1e6) + t(" mln", " m");
        }
        if (scale >= 1e3) {
            return sign + pattern("0.#").format(a / 1e3) + "k";
        }
        return sign + pattern("0").format(a);
    }
}
