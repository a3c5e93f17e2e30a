package nl.ppsim.engine.result;

/**
 * A source of one-off items that can decide a year on their own: a business model's investments
 * and replacements, the wind-down costs when a stop rule ends a model, the repayment of subsidy at
 * settlement, and a cost line that falls in one year only. {@code source} is the model's or line's
 * name (empty for the repayment).
 */
public record LumpSource(Kind kind, String source) {

    /** What kind of one-off item. */
    public enum Kind {
        /** Investment in the first year and replacements after each period (laboratorium). */
        INVESTMENT("investment"),
        /** Wind-down costs the year after a stop rule ends a model. */
        WIND_DOWN("wind_down"),
        /** Subsidy repaid at settlement, the year after the subsidy. */
        REPAYMENT("repayment"),
        /** A cost line in one year only. */
        ONE_OFF_COST("one_off_cost"),
        /** The cost of a risk event in a year it happens. */
        EVENT("event"),
        /** A loan's repayment (see {@code scenario.Loan}). */
        LOAN_REPAYMENT("loan_repayment");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The name in CSV files. */
        public String id() {
            return id;
        }
    }
}
