package nl.ppsim.scenario;

/**
 * Money lent to the PPS (a loan, or an advance such as a penvoerder's pre-financing): received in
 * simulation year {@code year}, repaid in {@code repayYears} equal parts from {@code repayFrom}
 * (which may lie past the horizon: what is still owed then is reported), with yearly
 * {@code interest} on what is owed during the year. Repayments and interest are cash costs of the
 * PPS; the money received is not revenue. {@code lender} names the partner that lends it, or is
 * null for an outside lender (a bank).
 */
public record Loan(
        String name,
        String lender,
        double amount,
        int year,
        int repayFrom,
        int repayYears,
        double interest,
        String path) {

    /** What is owed during year t, before that year's repayment (0 before the money comes). */
    public double owedDuring(int t) {
        if (t < year) {
            return 0;
        }
        int paidYears = Math.max(0, Math.min(repayYears, t - repayFrom));
        return amount - amount * paidYears / repayYears;
    }

    /** The repayment in year t. */
    public double repayment(int t) {
        return t >= repayFrom && t < repayFrom + repayYears ? amount / repayYears : 0;
    }

    /** The interest paid in year t. */
    public double interestIn(int t) {
        return interest * owedDuring(t);
    }

    /** What is still owed at the end of year t. */
    public double owedAfter(int t) {
        return t < year ? 0 : owedDuring(t) - repayment(t);
    }
}
