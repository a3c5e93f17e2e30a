package nl.ppsim.scenario;

import nl.ppsim.engine.Input;

/**
 * A partner and its commitment: cash and in-kind per year, certain for the committed years and
 * continued afterwards with the renewal probability (one draw per iteration for all later years).
 * In-kind hours are valued at the subsidy scheme's hour rate and added to the in-kind amount.
 */
public record Partner(String name, Group group, Input cashPerYear, Input inKindPerYear,
                      int committedYears, Input renewalProbability, Vary vary, String path,
                      Input inKindHoursPerYear, double hourRate) {
}
