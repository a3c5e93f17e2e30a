package nl.ppsim.model;

import nl.ppsim.dist.Distribution;

/**
 * A driver of a business model: its key in the scenario, unit, Dutch and English description, an
 * illustrative default (null for an optional parameter that is off unless given), whether it gets
 * a new draw every year by default, what kind of value it is (for validation), and where the
 * default comes from ({@code source}; null when it is an assumption).
 */
public record Parameter(
        String key,
        int index,
        Kind kind,
        String unit,
        String dutch,
        String english,
        Distribution defaultValue,
        boolean perYear,
        String source) {

    /** The index a scenario's {@code indices} apply to wage amounts (staff costs, hourly costs, wages). */
    public static final String WAGES = "wages";
    /** The index a scenario's {@code indices} apply to all other amounts (fees, rates, materials, investments). */
    public static final String PRICES = "prices";

    /** Amount parameters that are staff costs: they follow the {@link #WAGES} index, the others {@link #PRICES}. */
    private static final java.util.Set<String> WAGE_KEYS = java.util.Set.of(
            "account_and_scout_costs",
            "account_manager_costs",
            "business_developer_costs",
            "coaching_hour_cost",
            "coordination_costs",
            "cost_per_fte",
            "cost_per_researcher_fte",
            "guidance_hour_cost",
            "in_kind_hour_value",
            "practor_cost_per_fte",
            "student_wage_per_month",
            "supervision_cost_per_project",
            "supervision_costs",
            "teacher_cost_per_fte",
            "trainer_cost_per_course",
            "lectorate_in_kind",
            "school_helpdesk_in_kind",
            "ambassador_in_kind");

    /**
     * The index this parameter follows by default when the scenario declares it: {@link #WAGES} for
     * staff costs, {@link #PRICES} for the other euro amounts, null for volumes, fractions and years.
     */
    public String defaultIndex() {
        if (kind != Kind.AMOUNT) {
            return null;
        }
        return WAGE_KEYS.contains(key) ? WAGES : PRICES;
    }

    /** What values a parameter accepts. */
    public enum Kind {
        /** Euro amount, 0 or more. */
        AMOUNT,
        /** A number of things (courses, projects, hours), 0 or more. */
        COUNT,
        /** A share between 0 and 1. */
        FRACTION,
        /** A number of years, 0 or more. */
        YEARS
    }

    /** True when the parameter has no default: it is off unless the scenario gives it. */
    public boolean optional() {
        return defaultValue == null;
    }
}
