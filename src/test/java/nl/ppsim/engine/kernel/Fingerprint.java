package nl.ppsim.engine.kernel;

import java.util.Arrays;
import nl.ppsim.engine.result.Funding;
import nl.ppsim.engine.result.Money;
import nl.ppsim.engine.result.SettlementResult;
import nl.ppsim.engine.result.SimulationResult;

/**
 * Everything a run reports, as one string with every number in full: two runs meant to be the
 * same (shared draws against separate runs, an override against the value written in) must give
 * the same fingerprint, bit for bit.
 */
final class Fingerprint {
    private Fingerprint() {}

    static String of(SimulationResult r) {
        return r.verduurzaamd() + " " + r.survives() + " " + r.finalReserve() + " "
                + Arrays.toString(r.finalReservePercentiles())
                + " " + Arrays.toString(r.selfSufficiencyYear()) + " " + Arrays.toString(r.blockSuccesses()) + " "
                + r.outcomes()
                + " "
                + r.years().stream()
                        .map(y -> y.metrics() + " " + Arrays.toString(y.cashByGroup())
                                + Arrays.toString(y.inKindByGroup()) + y.selfSufficient() + y.insolvent()
                                + y.continuesThrough() + y.headlineThrough())
                        .toList()
                + " " + r.models() + " " + settlement(r.settlement()) + " " + r.lumps() + " " + r.events() + " "
                + funding(r.funding())
                + " " + money(r.money());
    }

    private static String funding(Funding f) {
        return f.subsidy()
                + Arrays.toString(f.cashByGroup())
                + Arrays.toString(f.inKindByGroup())
                + f.revenue()
                + Arrays.toString(f.revenueByPayer());
    }

    /** Who pays and what the money does: funding by payer, the second track, financing, costs by type, VAT, reach, partners. */
    private static String money(Money m) {
        return m.withoutUnboundCompanyCash() + " " + m.unboundCompanyCashShare() + " " + Arrays.toString(m.provision())
                + Arrays.toString(m.loanRepayment()) + Arrays.toString(m.interest()) + Arrays.toString(m.loanIn())
                + Arrays.toString(m.debtEnd())
                + " " + m.afterHorizon() + " " + m.absorbed() + " " + Arrays.deepToString(m.reached())
                + Arrays.deepToString(m.costsByType())
                + Arrays.deepToString(m.vat()) + Arrays.deepToString(m.partnerGives());
    }

    private static String settlement(SettlementResult s) {
        return s == null
                ? "-"
                : Arrays.toString(s.belowMin()) + Arrays.toString(s.aboveMax()) + s.subsidyAboveMax() + s.reduced()
                        + s.meanRepaid() + " " + s.meanGranted() + " " + s.meanBudget()
                        + Arrays.toString(s.meanGroupContribution());
    }
}
