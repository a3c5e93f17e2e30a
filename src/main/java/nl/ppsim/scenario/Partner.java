package nl.ppsim.scenario;

import java.util.List;
import nl.ppsim.dist.Input;

/**
 * A partner and its commitment: cash and in-kind per year, certain for the committed years and
 * continued afterwards with the renewal probability, decided once at the end of the commitment
 * (one draw for all later years) or again at each of {@code renewalYears} (simulation years; the
 * partner stops for good at the first refusal). In-kind hours are valued at the subsidy scheme's
 * hour rate and added to the in-kind amount.
 *
 * <p>A {@code pool} is a group of similar members instead of one partner: amounts are per member,
 * members leave one by one after the committed years and new ones join (see {@link Pool}).
 * {@code afterSubsidyFactor} scales what the partner gives after the subsidy (one draw per
 * iteration; 1 by default). {@code paysFor} names a business model whose customers the partner's
 * members are: that model's demand moves with the partner (the pool's members, or whether the
 * partner still takes part) and its revenue counts as paid by the partner's group; null when none.
 *
 * <p>{@code unconditionalCash} is the reason a werkveld partner gives cash that no project or
 * membership pays for (a covenant, say), or null: company money without a reason is "unbound" and
 * the run also reports its headline without it. {@code dropOutProbability} is the yearly chance
 * that the partner (a pool: each member) stops during its committed years, from the second year on
 * (0, a signed commitment, by default). {@code cashIndex} and {@code inKindIndex} name the
 * scenario's index the amounts follow (null: none). {@code inKindTypes} says what the in-kind
 * contribution is, as shares per {@link EligibilityItem} (empty: all "other"), for a scheme that
 * does not count some of it (workplaces and coaching in bpv, say).
 */
public record Partner(
        String name,
        Group group,
        Input cashPerYear,
        Input inKindPerYear,
        int committedYears,
        Input renewalProbability,
        Vary vary,
        String path,
        Input inKindHoursPerYear,
        double hourRate,
        Pool pool,
        Input afterSubsidyFactor,
        String paysFor,
        List<Integer> renewalYears,
        String unconditionalCash,
        Input dropOutProbability,
        String cashIndex,
        String inKindIndex,
        java.util.Map<EligibilityItem, Double> inKindTypes) {

    /** Copies the renewal years and in-kind types. */
    public Partner {
        renewalYears = List.copyOf(renewalYears);
        inKindTypes = inKindTypes.isEmpty()
                ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(inKindTypes));
    }

    /** The share of the in-kind contribution that is of one of {@code items} (0 when none). */
    public double inKindShare(java.util.Set<EligibilityItem> items) {
        double share = 0;
        for (EligibilityItem item : items) {
            share += inKindTypes.isEmpty()
                    ? (item == EligibilityItem.OTHER ? 1 : 0)
                    : inKindTypes.getOrDefault(item, 0.0);
        }
        return share;
    }

    /**
     * Whether this partner gives company cash that is bound to nothing: a werkveld partner with a
     * cash amount and no stated reason for unconditional cash (the Stappenplan: companies pay for
     * concrete projects only). Its {@code pays_for} does not bind it: that model's revenue is what
     * the companies pay for the projects, the cash comes on top.
     */
    public boolean unboundCompanyCash() {
        return group == Group.WERKVELD
                && unconditionalCash == null
                && !(cashPerYear.isConstant() && cashPerYear.mean() == 0);
    }

    /**
     * A pool of members: {@code members} at the start; after the committed years each member leaves
     * with {@code leaveProbability} a year, on its own; {@code joinPerYear} new members join every
     * year from the second on (and leave like the others).
     */
    public record Pool(int members, Input leaveProbability, Input joinPerYear) {}
}
