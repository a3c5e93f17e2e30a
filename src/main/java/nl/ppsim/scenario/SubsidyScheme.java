package nl.ppsim.scenario;

import java.util.List;

/**
 * The rules of a subsidy scheme, read from data (a shipped scheme file such as
 * {@code schemes/rif.yaml}, or the scenario's own {@code custom} rules). Every limit is optional
 * (NaN when absent) and carries the source it comes from.
 */
public record SubsidyScheme(String id, String title, String regulation,
                            Limit totalSubsidy, Limit subsidyShare, Limit[] groupShares,
                            Limit hourRate, Limit durationYears, double extensionYears,
                            Payments payments, Limit yearsAfterSubsidy, boolean proRataSettlement,
                            String settlementSource, List<String> notes) {

    /**
     * A bound or value with its source; NaN fields are absent. {@code unverified}: the rule could
     * not be confirmed in a source text, so breaking it only warns.
     */
    public record Limit(double min, double max, double value, String source, boolean unverified) {
        public static final Limit NONE = new Limit(Double.NaN, Double.NaN, Double.NaN, "", false);

        public boolean present() {
            return !Double.isNaN(min) || !Double.isNaN(max) || !Double.isNaN(value);
        }
    }

    /** Advance payments: the first instalment, each later one, instalments per year (null: paid as drawn per year). */
    public record Payments(double first, double then, int perYear, String source) {

        /** Share of the total subsidy paid in each of {@code years} years, given the scheme's duration. */
        public double[] fractions(int years, int duration) {
            int quarters = Math.max(1, Math.min(years, duration) * perYear);
            double[] perQuarter = new double[quarters];
            double sum = 0;
            for (int q = 0; q < quarters; q++) {
                perQuarter[q] = q == 0 ? first : then;
                sum += perQuarter[q];
            }
            double[] out = new double[years];
            for (int q = 0; q < quarters; q++) {
                out[q / perYear] += perQuarter[q] / sum;
            }
            return out;
        }
    }

    public Limit group(Group g) {
        return groupShares[g.ordinal()];
    }
}
