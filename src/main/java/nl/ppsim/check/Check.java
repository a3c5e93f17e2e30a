package nl.ppsim.check;

import java.util.List;
import java.util.Map;

/**
 * One rule applied to a plan, as numbers: its id, verdict, the measured value with its unit and
 * (for a probability) standard error, the norm it was held against, whether the rule is confirmed
 * in a source text, the source, the items it names (groups, partners, input paths) and the
 * figures behind its explanation. Words come later: {@code report.CheckText} renders a check in
 * either language.
 */
public record Check(
        String rule,
        Verdict verdict,
        double value,
        Unit unit,
        double se,
        Norm norm,
        boolean unverified,
        String source,
        List<String> items,
        Map<String, Double> facts) {

    /** Copies the items and facts. */
    public Check {
        items = List.copyOf(items);
        facts = Map.copyOf(facts);
        source = source == null ? "" : source;
    }

    /** What a check's value measures. */
    public enum Unit {
        /** Euro amount. */
        EURO,
        /** A share or probability, 0..1. */
        SHARE,
        /** A number of years. */
        YEARS,
        /** A count (of items, partners, inputs). */
        COUNT,
        /** No single value (information, or a check whose figures are in its facts). */
        NONE;

        /** The unit's code in checks.csv. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The norm: a value in [passLow, passHigh] passes, one in [warnLow, warnHigh] warns, others
     * fail; NaN bounds are open. Strict comparisons are stated in the rule's docs; the verdict is
     * decided by the rule itself, the norm is what it is shown and exported against.
     */
    public record Norm(double passLow, double passHigh, double warnLow, double warnHigh) {
        /** No norm. */
        public static final Norm NONE = new Norm(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

        /** Passes between low and high. */
        public static Norm between(double low, double high) {
            return new Norm(low, high, Double.NaN, Double.NaN);
        }

        /** Passes up to {@code high}, warns up to {@code warnHigh}. */
        public static Norm atMost(double high, double warnHigh) {
            return new Norm(Double.NaN, high, Double.NaN, warnHigh);
        }

        /** Passes from {@code low}. */
        public static Norm atLeast(double low) {
            return new Norm(low, Double.NaN, Double.NaN, Double.NaN);
        }

        /** True when the norm says anything. */
        public boolean present() {
            return !Double.isNaN(passLow) || !Double.isNaN(passHigh);
        }
    }

    /** A figure behind the explanation, NaN when absent. */
    public double fact(String name) {
        return facts.getOrDefault(name, Double.NaN);
    }
}
