package nl.ppsim.engine.result;

import java.util.List;
import nl.ppsim.stats.Proportion;

/**
 * Where a run's money comes from and what it owes, beyond the yearly cash accounts:
 * the headline without unbound company cash (werkveld cash bound to no project, membership or
 * stated reason; equal to the headline when there is none), that cash as a share of partner cash
 * plus revenue after the subsidy, and per year (index 1..H, 0 unused) the mean provisions the
 * structural test charges for investments, loan repayments, interest (on loans and on a negative
 * reserve), loans received and what is still owed at the year's end. {@code afterHorizon} lists the
 * one-off items that fall within {@link #AFTER_HORIZON_YEARS} years after the horizon: a verdict at
 * the horizon does not see them. {@code absorbed}: activities carried by a group's regular budget.
 * {@code reached[r][t]}: the mean students (r = 0), teachers (1) and companies (2) reached in year t
 * (companies: the larger of those the models reach and the werkveld partners taking part).
 * {@code costsByType[k][t]}: the mean cash costs of {@code CostType} ordinal k in year t; they add up
 * to the year's costs (what no line or step types, such as in-kind a departed partner no longer
 * gives or a wind-down, is other; loan repayments and all interest are financing).
 * {@code vat[k][t]}: the mean VAT charged on taxed revenue ({@link #VAT_CHARGED}), deducted from
 * input VAT ({@link #VAT_DEDUCTED}) and input VAT that stays a cost ({@link #VAT_COST}) in year t.
 * {@code partnerGives[k][t]}: what partner k (scenario order) gives in year t on average, cash and
 * in kind, as simulated (renewals, pool members, drop-outs, exits).
 */
public record Money(
        Proportion withoutUnboundCompanyCash,
        boolean hasUnboundCompanyCash,
        double unboundCompanyCashShare,
        double[] provision,
        double[] loanRepayment,
        double[] interest,
        double[] loanIn,
        double[] debtEnd,
        List<AfterHorizon> afterHorizon,
        List<Absorbed> absorbed,
        double[][] reached,
        double[][] costsByType,
        double[][] vat,
        double[][] partnerGives) {

    /** How many years after the horizon the one-off items are listed. */
    public static final int AFTER_HORIZON_YEARS = 3;

    /** Copies the list. */
    public Money {
        afterHorizon = List.copyOf(afterHorizon);
        absorbed = List.copyOf(absorbed);
    }

    /**
     * A business model's activity absorbed into a group's regular budget (see
     * {@code BusinessModelUse.Absorption}): from simulation year {@code fromYear}, on average
     * {@code perYear} a year after the subsidy, which is {@code share} of the model's costs (cash and
     * in kind) in those years.
     */
    public record Absorbed(
            String model, List<String> items, int groupOrdinal, int fromYear, double perYear, double share) {
        /** Copies the items. */
        public Absorbed {
            items = List.copyOf(items);
        }
    }

    /** Students reached (r = 0), teachers (1), companies (2). */
    public static final int STUDENTS = 0;
    /** Index of teachers in {@link #reached}. */
    public static final int TEACHERS = 1;
    /** Index of companies in {@link #reached}. */
    public static final int COMPANIES = 2;

    /** Index of the VAT charged in {@link #vat}. */
    public static final int VAT_CHARGED = 0;
    /** Index of the VAT deducted in {@link #vat}. */
    public static final int VAT_DEDUCTED = 1;
    /** Index of the VAT that is a cost in {@link #vat}. */
    public static final int VAT_COST = 2;

    /** What is still owed at the horizon. */
    public double debtAtHorizon() {
        return debtEnd[debtEnd.length - 1];
    }

    /**
     * A one-off item in simulation year {@code year} (past the horizon): its kind and source (a
     * model, line or loan), the share of iterations it falls in (1 when certain; a wind-down: where
     * the model stopped in the last year) and its amount when it falls (a model's investment at its
     * parameter's mean).
     */
    public record AfterHorizon(
            LumpSource.Kind kind, String source, int year, int calendarYear, double probability, double amount) {}
}
