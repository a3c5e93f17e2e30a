package nl.ppsim.scenario;

import java.util.List;

/**
 * The rules of a subsidy scheme, read from data (a shipped scheme file in
 * {@code resources/schemes/}, or the scenario's own {@code custom} rules), for one variant where the
 * scheme has variants (the RIF's entree track, a small or a large grant). Every limit is optional
 * (NaN when absent) and carries the source it comes from; a limit no source text confirms is
 * marked unverified and can only warn. {@code ineligible} lists what the scheme does not count as
 * project costs or co-financing (a cost type, bpv, curriculum development), each with its source.
 * {@code assessment} says, with its source, how the scheme's committee judges applications (empty
 * when unknown): a round's ranking by ppsim is no such judgement.
 */
public record SubsidyScheme(
        String id,
        String title,
        String regulation,
        String status,
        String variant,
        List<String> variants,
        Limit totalSubsidy,
        Limit subsidyShare,
        Limit[] groupShares,
        Limit[] minPartners,
        Limit hourRate,
        Limit durationYears,
        double extensionYears,
        Payments payments,
        Limit yearsAfterSubsidy,
        boolean proRataSettlement,
        boolean settlementDiscretionary,
        String settlementSource,
        Limit roundBudget,
        List<Ineligible> ineligible,
        List<Wording> notes,
        Wording assessment) {

    /** Copies the lists. */
    public SubsidyScheme {
        variants = List.copyOf(variants);
        ineligible = List.copyOf(ineligible);
        notes = List.copyOf(notes);
    }

    /**
     * Something a scheme does not count: cash costs of that kind leave the eligible budget; in-kind
     * contributions of that kind leave the budget and the giving group's co-financing.
     * {@code item} is an {@link EligibilityItem}; {@code unverified} as for a {@link Limit}.
     */
    public record Ineligible(EligibilityItem item, String source, boolean unverified) {}

    /** The same scheme without its exclusions: what the budget would be if everything counted. */
    public SubsidyScheme withoutExclusions() {
        return new SubsidyScheme(
                id,
                title,
                regulation,
                status,
                variant,
                variants,
                totalSubsidy,
                subsidyShare,
                groupShares,
                minPartners,
                hourRate,
                durationYears,
                extensionYears,
                payments,
                yearsAfterSubsidy,
                proRataSettlement,
                settlementDiscretionary,
                settlementSource,
                roundBudget,
                List.of(),
                notes,
                assessment);
    }

    /**
     * A bound or value with its source; NaN fields are absent. {@code unverified}: the rule could
     * not be confirmed in a source text, so breaking it only warns.
     */
    public record Limit(double min, double max, double value, String source, boolean unverified) {
        /** No limit. */
        public static final Limit NONE = new Limit(Double.NaN, Double.NaN, Double.NaN, "", false);

        /** True when the limit says anything. */
        public boolean present() {
            return !Double.isNaN(min) || !Double.isNaN(max) || !Double.isNaN(value);
        }
    }

    /** Advance payments: the first instalment, each later one, instalments per year (null: paid as drawn per year). */
    public record Payments(double first, double then, int perYear, String source, boolean unverified) {

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

    /** The limit on group {@code g}'s share. */
    public Limit group(Group g) {
        return groupShares[g.ordinal()];
    }

    /** The least number of partners of group g the scheme asks for (e.g. RAAK-mkb: SMEs). */
    public Limit minPartners(Group g) {
        return minPartners[g.ordinal()];
    }

    /** Every rule of the scheme with its name, for listing ({@code ppsim schemes}) and the docs. */
    public List<Rule> rules() {
        List<Rule> out = new java.util.ArrayList<>();
        add(out, "total_subsidy", totalSubsidy);
        add(out, "subsidy_share", subsidyShare);
        for (Group g : Group.values()) {
            add(out, "group_shares." + g.key(), groupShares[g.ordinal()]);
        }
        for (Group g : Group.values()) {
            add(out, "min_partners." + g.key(), minPartners[g.ordinal()]);
        }
        add(out, "hour_rate", hourRate);
        add(out, "duration_years", durationYears);
        add(out, "years_after_subsidy", yearsAfterSubsidy);
        if (payments != null) {
            out.add(new Rule(
                    "payments",
                    new Limit(Double.NaN, Double.NaN, payments.first(), payments.source(), payments.unverified())));
        }
        if (proRataSettlement) {
            out.add(new Rule("settlement", new Limit(Double.NaN, Double.NaN, Double.NaN, settlementSource, false)));
        }
        add(out, "round_budget", roundBudget);
        for (Ineligible x : ineligible) {
            out.add(new Rule(
                    "ineligible." + x.item().id(),
                    new Limit(Double.NaN, Double.NaN, Double.NaN, x.source(), x.unverified())));
        }
        return out;
    }

    private static void add(List<Rule> out, String name, Limit l) {
        if (l.present()) {
            out.add(new Rule(name, l));
        }
    }

    /** A named rule of a scheme. */
    public record Rule(String name, Limit limit) {}
}
