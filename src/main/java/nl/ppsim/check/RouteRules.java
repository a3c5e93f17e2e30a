package nl.ppsim.check;

import nl.ppsim.analysis.Explore;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.scenario.Exploration;

/**
 * The rules an exploration's routes must keep ({@code constraints: {scheme_rules, balance}}):
 * the scheme's rules on the budget as planned, judged exactly as {@code ppsim check} judges them
 * (a route that one of them fails takes no part; a rule no source text confirms only warns, and
 * so does not exclude), and the balance between the partner groups of the review.
 */
public final class RouteRules {
    private RouteRules() {}

    /** The rules {@code e} asks for; {@link Explore.Rules#NONE} when it asks for none. */
    public static Explore.Rules of(Exploration e) {
        if (!e.schemeRules() && !e.balance()) {
            return Explore.Rules.NONE;
        }
        return (r, values) -> broken(e, r, values);
    }

    private static String broken(Exploration e, SimulationResult r, java.util.Map<String, Double> values) {
        if (e.schemeRules()) {
            for (Check c : PlanReview.plannedSchemeRules(r, values)) {
                if (c.verdict() == Verdict.FAIL) {
                    return c.rule();
                }
            }
        }
        if (e.balance() && !PlanReview.balanced(r.funding().partyShares())) {
            return Rule.BALANCE.id(null);
        }
        return null;
    }
}
