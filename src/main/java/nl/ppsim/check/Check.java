package nl.ppsim.check;

import java.util.List;
import java.util.Map;
import nl.ppsim.scenario.Group;

/**
 * One rule applied to a plan, as numbers: its kind (and partner group, for a rule per group), verdict, the measured value with its unit and
 * (for a probability) standard error, the norm it was held against, whether the rule is confirmed
 * in a source text, the source, the items it names (groups, partners, input paths) and the
 * figures behind its explanation ({@link Fact}s, keyed by {@link Fact#key} or {@link Fact#at}). Words come later: {@code report.CheckText} renders a check in
 * either language.
 */
public record Check(
        Rule kind,
        Group group,
        Verdict verdict,
        double value,
        Unit unit,
        double se,
        Norm norm,
        boolean unverified,
        String source,
        List<String> items,
        Map<String, Double> facts) {

    /**
     * Copies the items and facts; checks that a rule per group has its group and that the check has
     * every figure its rule declares ({@link Rule#required}, per item, per partner group, and
     * {@link Fact#NEEDED} for an uncertain verdict).
     */
    public Check {
        kind.id(group);
        items = List.copyOf(items);
        facts = Map.copyOf(facts);
        source = source == null ? "" : source;
        List<String> missing = new java.util.ArrayList<>();
        for (Fact f : kind.required()) {
            missing.add(facts.containsKey(f.key()) ? null : f.key());
        }
        for (Fact f : kind.perItem()) {
            for (String item : items) {
                missing.add(facts.containsKey(f.at(item)) ? null : f.at(item));
            }
        }
        for (Fact f : kind.perPartnerGroup()) {
            for (Group g : Group.values()) {
                missing.add(facts.containsKey(f.at(g.key())) ? null : f.at(g.key()));
            }
        }
        if (verdict == Verdict.UNCERTAIN && !facts.containsKey(Fact.NEEDED.key())) {
            missing.add(Fact.NEEDED.key());
        }
        missing.removeIf(java.util.Objects::isNull);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                    kind + " lacks the facts " + missing + " (it has " + facts.keySet() + ")");
        }
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

    /** The rule's id, as in checks.csv: {@code regeling.subsidieaandeel}, {@code regeling.cofinanciering.werkveld}. */
    public String rule() {
        return kind.id(group);
    }

    /** A figure behind the explanation; a check that lacks it is a programming error, not a NaN in a sentence. */
    public double fact(Fact f) {
        return figure(f.key());
    }

    /** A figure for one item (a group's key, a milestone year, an input path). */
    public double fact(Fact f, String item) {
        return figure(f.at(item));
    }

    /** Whether the check has a figure that only some checks of its rule have ({@link Fact#SHARE_ALL}). */
    public boolean has(Fact f) {
        return facts.containsKey(f.key());
    }

    /** Whether the check has the figure for {@code item} ({@link Fact#CATALOG_DEFAULT} of an input). */
    public boolean has(Fact f, String item) {
        return facts.containsKey(f.at(item));
    }

    private double figure(String key) {
        Double x = facts.get(key);
        if (x == null) {
            throw new IllegalStateException(rule() + " has no fact " + key + " (it has " + facts.keySet() + ")");
        }
        return x;
    }
}
