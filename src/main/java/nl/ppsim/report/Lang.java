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
    NL("nl", Locale.forLanguageTag("nl-NL")),
    EN("en", Locale.UK);

    private final String key;
    private final Locale locale;

    Lang(String key, Locale locale) {
        this.key = key;
        this.locale = locale;
    }

    public String key() {
        return key;
    }

    public Locale locale() {
        return locale;
    }

    public static Lang of(String key) {
        for (Lang l : values()) {
            if (l.key.equals(key)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language " + key + "; valid: nl, en");
    }

    public String t(String dutch, String english) {
        return this == NL ? dutch : english;
    }

    private DecimalFormat pattern(String p) {
        return new DecimalFormat(p, DecimalFormatSymbols.getInstance(locale));
    }

    /** A percentage with one decimal: 62,3% (nl) or 62.3% (en). */
    public String percent(double p) {
        return pattern("0.0").format(100 * p) + "%";
    }

    /**
     * A difference of two probabilities in percentage points, with its sign: "+1,2 procentpunt" (nl)
     * or "+1.2 percentage points" (en); a difference is not a percentage of anything.
     */
    public String points(double d) {
        String v = pattern("0.0").format(100 * Math.abs(d));
        String sign = d > 0 && !v.matches("0[.,]0") ? "+" : d < 0 && !v.matches("0[.,]0") ? "-" : "";
        return sign + v + t(" procentpunt", " percentage points");
    }

    /** Whole number with thousands separators: 10.000 (nl) or 10,000 (en). */
    public String integer(double x) {
        return pattern("#,##0").format(x);
    }

    /**
     * A euro amount as people say it: EUR 1,2 mln, EUR 250k is written EUR 250.000; "mld" for billions.
     */
    public String euro(double x) {
        double a = Math.abs(x);
        String sign = x < 0 ? "-" : "";
        if (a >= 1e9) {
            return "EUR " + sign + pattern("0.0").format(a / 1e9) + t(" mld", " bn");
        }
        if (a >= 1e6) {
            return "EUR " + sign + pattern("0.0").format(a / 1e6) + t(" mln", " m");
        }
        return "EUR " + sign + pattern("#,##0").format(Math.round(a));
    }

    /** Axis-friendly compact amount: 1,2 mln / 250k (without the currency). */
    public String compact(double x) {
        double a = Math.abs(x);
        String sign = x < 0 ? "-" : "";
        if (a >= 1e6) {
            return sign + pattern("0.##").format(a / 1e6) + t(" mln", " m");
        }
        if (a >= 1e3) {
            return sign + pattern("0.#").format(a / 1e3) + "k";
        }
        return sign + pattern("0").format(a);
    }
}
