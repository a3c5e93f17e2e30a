package nl.ppsim.engine.result;

import nl.ppsim.scenario.Sustainability;
import nl.ppsim.stats.Proportion;

/**
 * The headline and each test it can be made of ({@link Sustainability}), as proportions of all
 * iterations; and what a reader needs to reconcile the headline with the money:
 * {@code structuralLoss} is the probability that the reserve stays at least 0 but the PPS runs a
 * structural loss (continues, not structural), with the mean yearly loss over the structural years
 * and the median number of years the final reserve would last at that loss; the subsidy paid in
 * the subsidy years, the part repaid at settlement, and the part not spent on costs by the end of
 * the subsidy (the reserve built in years 1..S, net of the repayment, up to the subsidy kept: the
 * subsidy counted as the money that closes the gap, spent last). Amounts are means over all
 * iterations unless said otherwise.
 */
public record Outcomes(
        Sustainability sustainability,
        Proportion headline,
        Proportion continues,
        Proportion structural,
        Proportion balancedEveryYear,
        Proportion allGroupsInvest,
        Proportion structuralLoss,
        double meanStructuralDeficit,
        double medianRunwayYears,
        double meanSubsidyPaid,
        double meanRepaid,
        double meanUnspentSubsidy) {

    /** The unspent subsidy as a share of the subsidy kept (0 without a subsidy). */
    public double unspentShare() {
        double kept = meanSubsidyPaid - meanRepaid;
        return kept > 0 ? meanUnspentSubsidy / kept : 0;
    }
}
