package nl.ppsim.engine.result;

/**
 * Mean total funding over the whole horizon by source (cash and in-kind), the basis of the
 * funding shares and the 1/3-1/3-1/3 comparison. Group arrays are indexed by {@code Group.ordinal()};
 * {@code revenueByPayer} splits the earned revenue of business models by the group that pays it.
 */
public record Funding(
        double subsidy, double[] cashByGroup, double[] inKindByGroup, double revenue, double[] revenueByPayer) {

    /** Total over the horizon contributed by group {@code g} (cash, in kind and revenue it paid). */
    public double group(int g) {
        return cashByGroup[g] + inKindByGroup[g];
    }

    /** All funding over the horizon, subsidy included. */
    public double total() {
        double sum = subsidy + revenue;
        for (int g = 0; g < cashByGroup.length; g++) {
            sum += group(g);
        }
        return sum;
    }

    /** All in-kind funding over the horizon. */
    public double inKindTotal() {
        double sum = 0;
        for (double v : inKindByGroup) {
            sum += v;
        }
        return sum;
    }

    /**
     * The parties' own shares (school, work field, government; by {@code Group.ordinal()}): their cash,
     * in-kind and the business-model revenue they pay, without the subsidy, to hold against the
     * handbook's preferred 1/3 each.
     */
    public double[] partyShares() {
        double[] amount = new double[cashByGroup.length];
        double total = 0;
        for (int g = 0; g < amount.length; g++) {
            amount[g] = group(g) + revenueByPayer[g];
            total += amount[g];
        }
        for (int g = 0; g < amount.length; g++) {
            amount[g] = total > 0 ? amount[g] / total : 0;
        }
        return amount;
    }

    /** Share of total funding, or 0 when there is no funding at all. */
    public double share(double amount) {
        double total = total();
        return total > 0 ? amount / total : 0;
    }
}
