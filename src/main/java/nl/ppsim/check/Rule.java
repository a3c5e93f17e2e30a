package nl.ppsim.check;

import nl.ppsim.scenario.Group;

/**
 * Every check a review makes, by kind: a scheme's rules on the budget as planned and under
 * uncertainty, the credibility of the verduurzaming, the plausibility flags and the register.
 * Its id is the stable name in checks.csv and the JSON answer ({@code regeling.subsidieaandeel});
 * a rule per partner group carries the group in it ({@code regeling.cofinanciering.werkveld}).
 */
public enum Rule {
    /** No scheme named: nothing to check against. */
    SCHEME("regeling"),
    /** The total subsidy within the scheme's bounds. */
    SUBSIDY_AMOUNT("regeling.subsidiebedrag"),
    /** The subsidy's share of the eligible project costs. */
    SUBSIDY_SHARE("regeling.subsidieaandeel"),
    /** A group's share of the eligible project costs. */
    GROUP_SHARE("regeling.cofinanciering.", ""),
    /** What the scheme does not count (information). */
    NOT_COUNTED("regeling.niet_meegeteld"),
    /** The number of partners of a group. */
    PARTNERS("regeling.partners.", ""),
    /** The duration of the subsidy. */
    DURATION("regeling.looptijd"),
    /** The years budgeted after the subsidy. */
    YEARS_AFTER("regeling.jaren_na_subsidie"),
    /** The results at the milestones (information). */
    MILESTONES("regeling.mijlpalen"),
    /** The probability that a group's realised share ends below its minimum. */
    GROUP_SHARE_TOO_LOW("onzekerheid.cofinanciering.", ".te_laag"),
    /** The probability that a group's realised share ends above its maximum. */
    GROUP_SHARE_TOO_HIGH("onzekerheid.cofinanciering.", ".te_hoog"),
    /** The probability of a lower subsidy at settlement (information). */
    SETTLEMENT_REDUCTION("onzekerheid.subsidieverlaging"),
    /** The probability of verduurzaming against the threshold. */
    SUSTAINABILITY("verduurzaming.kans"),
    /** The share of later funding that needs partners to renew. */
    RENEWAL_DEPENDENCE("verduurzaming.afhankelijk_van_verlenging"),
    /** The largest single partner's share of later income. */
    LARGEST_PARTNER("verduurzaming.grootste_partner"),
    /** Whether some business model earns its keep. */
    EARNING_MODEL("verduurzaming.verdienmodel"),
    /** The balance of the three groups. */
    BALANCE("verduurzaming.balans"),
    /** Revenue growth that is hard to believe. */
    GROWTH("plausibiliteit.groei"),
    /** Margins that are hard to believe. */
    MARGIN("plausibiliteit.marge"),
    /** Fees below full cost. */
    COST_COVERING("plausibiliteit.kostendekkend"),
    /** Hour rates outside the usual band. */
    HOUR_RATE("plausibiliteit.uurtarief"),
    /** Fixed values for uncertain quantities. */
    CERTAINTY("plausibiliteit.zekerheid"),
    /** Sources for the most important inputs. */
    SOURCES("register.bronnen");

    private final String prefix;
    private final String suffix;
    private final boolean perGroup;

    Rule(String id) {
        this.prefix = id;
        this.suffix = "";
        this.perGroup = false;
    }

    Rule(String prefix, String suffix) {
        this.prefix = prefix;
        this.suffix = suffix;
        this.perGroup = true;
    }

    /** Whether the rule is made once per partner group (its id then names the group). */
    public boolean perGroup() {
        return perGroup;
    }

    /** Whether the rule is a probability of breaking a scheme rule under uncertainty. */
    public boolean uncertainty() {
        return this == GROUP_SHARE_TOO_LOW || this == GROUP_SHARE_TOO_HIGH || this == SETTLEMENT_REDUCTION;
    }

    /** The id of the rule for {@code group} (null for a rule that is not per group). */
    public String id(Group group) {
        if (perGroup != (group != null)) {
            throw new IllegalArgumentException(name() + (perGroup ? " needs a group" : " has no group"));
        }
        return perGroup ? prefix + group.key() + suffix : prefix;
    }
}
