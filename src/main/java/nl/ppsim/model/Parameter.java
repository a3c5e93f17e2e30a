package nl.ppsim.model;

import nl.ppsim.dist.Distribution;

/**
 * A driver of a business model: its key in the scenario, unit, Dutch and English description, an
 * illustrative default (null for an optional parameter that is off unless given), whether it gets
 * a new draw every year by default, what kind of value it is (for validation), and where the
 * default comes from ({@code source}; null when it is an assumption).
 */
public record Parameter(String key, int index, Kind kind, String unit, String dutch, String english,
                        Distribution defaultValue, boolean perYear, String source) {

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
