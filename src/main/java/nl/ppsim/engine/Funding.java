package nl.ppsim.engine;

/**
 * Mean total funding over the whole horizon by source (cash and in-kind), the basis of the
 * funding shares and the 1/3-1/3-1/3 comparison. Group arrays are indexed by {@code Group.ordinal()};
 * {@code revenueByPayer} splits the earned revenue of business models by the group that pays it.
 */
public record Funding(double subsidy, double[] cashByGroup, double[] inKindByGroup, double revenue,
                      double[] revenueByPayer) {

    public double group(int g) {
        return cashByGroup[g] + inKindByGroup[g];
    }

    public double total() {
        double sum = subsidy + revenue;
        for (int g = 0; g < cashByGroup.length; g++) {
            sum += group(g);
        }
        return sum;
    }

    public double inKindTotal() {
        double sum = 0;
        for (double v : inKindByGroup) {
            sum += v;
        }
        return sum;
    }

    /** Share of total funding, or 0 when there is no funding at all. */
    public double share(double amount) {
        double total = total();
        return total > 0 ? amount / total : 0;
    }
}
