package nl.ppsim.engine;

import java.util.Arrays;

/**
 * Everything a run reports, as one string with every number in full: two runs meant to be the
 * same (shared draws against separate runs, an override against the value written in) must give
 * the same fingerprint, bit for bit.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    static String of(SimulationResult r) {
        return r.verduurzaamd() + " " + r.survives() + " " + r.finalReserve() + " " + Arrays.toString(r.finalReservePercentiles())
                + " " + Arrays.toString(r.selfSufficiencyYear()) + " " + Arrays.toString(r.blockSuccesses()) + " " + r.outcomes()
                + " " + r.years().stream().map(y -> y.metrics() + " " + Arrays.toString(y.cashByGroup()) + Arrays.toString(y.inKindByGroup())
                        + y.selfSufficient() + y.insolvent() + y.continuesThrough() + y.headlineThrough()).toList()
                + " " + r.models() + " " + settlement(r.settlement()) + " " + r.lumps() + " " + r.events();
    }

    private static String settlement(SettlementResult s) {
        return s == null ? "-" : Arrays.toString(s.belowMin()) + Arrays.toString(s.aboveMax()) + s.subsidyAboveMax() + s.reduced()
                + s.meanRepaid() + " " + s.meanGranted() + " " + s.meanBudget() + Arrays.toString(s.meanGroupContribution());
    }
}
