package nl.ppsim.check;

import java.util.List;
import nl.ppsim.scenario.Group;

/**
 * Every check a review makes, by kind: a scheme's rules on the budget as planned and under
 * uncertainty, the credibility of the verduurzaming, the plausibility flags and the register.
 * Its id is the stable name in checks.csv and the JSON answer ({@code regeling.subsidieaandeel});
 * a rule per partner group carries the group in it ({@code regeling.cofinanciering.werkveld}).
 */
public enum Rule {
    /** No scheme named: nothing to check against. */
    SCHEME("regeling", List.of(), List.of(), List.of()),
    /** The total subsidy within the scheme's bounds. */
    SUBSIDY_AMOUNT("regeling.subsidiebedrag", List.of(Fact.YEARS), List.of(), List.of()),
    /** The subsidy's share of the eligible project costs. */
    SUBSIDY_SHARE("regeling.subsidieaandeel", List.of(Fact.SUBSIDY, Fact.BUDGET), List.of(), List.of()),
    /** A group's share of the eligible project costs. */
    GROUP_SHARE("regeling.cofinanciering.", "", List.of(Fact.CONTRIBUTION, Fact.BUDGET), List.of(), List.of()),
    /** What the scheme does not count (information). */
    NOT_COUNTED("regeling.niet_meegeteld", List.of(Fact.BUDGET_ALL, Fact.BUDGET), List.of(), List.of(Fact.EXCLUDED)),
    /** The number of partners of a group. */
    PARTNERS("regeling.partners.", "", List.of(), List.of(), List.of()),
    /** The duration of the subsidy. */
    DURATION("regeling.looptijd", List.of(Fact.EXTENSION), List.of(), List.of()),
    /** The years budgeted after the subsidy. */
    YEARS_AFTER("regeling.jaren_na_subsidie", List.of(), List.of(), List.of()),
    /** The results at the milestones (information). */
    MILESTONES(
            "regeling.mijlpalen",
            List.of(),
            List.of(Fact.CALENDAR_YEAR, Fact.SELF_SUFFICIENT, Fact.REVENUE, Fact.RESERVE_P50),
            List.of()),
    /** The probability that a group's realised share ends below its minimum. */
    GROUP_SHARE_TOO_LOW("onzekerheid.cofinanciering.", ".te_laag", List.of(Fact.LIMIT), List.of(), List.of()),
    /** The probability that a group's realised share ends above its maximum. */
    GROUP_SHARE_TOO_HIGH("onzekerheid.cofinanciering.", ".te_hoog", List.of(Fact.LIMIT), List.of(), List.of()),
    /** The probability of a lower subsidy at settlement (information). */
    SETTLEMENT_REDUCTION(
            "onzekerheid.subsidieverlaging",
            List.of(Fact.REPAID, Fact.LIMIT, Fact.PRO_RATA, Fact.DISCRETIONARY),
            List.of(),
            List.of()),
    /** The probability of verduurzaming against the threshold. */
    SUSTAINABILITY("verduurzaming.kans", List.of(Fact.CI_LOW, Fact.CI_HIGH), List.of(), List.of()),
    /** The share of later funding that needs partners to renew. */
    RENEWAL_DEPENDENCE("verduurzaming.afhankelijk_van_verlenging", List.of(Fact.PER_YEAR), List.of(), List.of()),
    /** The largest single partner's share of later income. */
    LARGEST_PARTNER("verduurzaming.grootste_partner", List.of(), List.of(), List.of()),
    /** Whether some business model earns its keep. */
    EARNING_MODEL("verduurzaming.verdienmodel", List.of(Fact.EARNING_MODELS), List.of(), List.of()),
    /** The balance of the three groups. */
    BALANCE("verduurzaming.balans", List.of(), List.of(), List.of(Fact.SHARE)),
    /** Revenue growth that is hard to believe. */
    GROWTH("plausibiliteit.groei", List.of(), List.of(Fact.FOUND), List.of()),
    /** Margins that are hard to believe. */
    MARGIN("plausibiliteit.marge", List.of(), List.of(Fact.FOUND), List.of()),
    /** Fees below full cost. */
    COST_COVERING("plausibiliteit.kostendekkend", List.of(), List.of(Fact.FOUND), List.of()),
    /** Hour rates outside the usual band. */
    HOUR_RATE("plausibiliteit.uurtarief", List.of(), List.of(Fact.FOUND), List.of()),
    /** Fixed values for uncertain quantities. */
    CERTAINTY("plausibiliteit.zekerheid", List.of(), List.of(Fact.FOUND), List.of()),
    /** Sources for the most important inputs. */
    SOURCES("register.bronnen", List.of(Fact.TOP), List.of(), List.of());

    private final String prefix;
    private final String suffix;
    private final boolean perGroup;
    private final List<Fact> required;
    private final List<Fact> perItem;
    private final List<Fact> perPartnerGroup;

    Rule(String id, List<Fact> required, List<Fact> perItem, List<Fact> perPartnerGroup) {
        this(id, null, required, perItem, perPartnerGroup);
    }

    Rule(String prefix, String suffix, List<Fact> required, List<Fact> perItem, List<Fact> perPartnerGroup) {
        this.prefix = prefix;
        this.suffix = suffix == null ? "" : suffix;
        this.perGroup = suffix != null;
        this.required = required;
        this.perItem = perItem;
        this.perPartnerGroup = perPartnerGroup;
    }

    /** The figures every check of this rule has (an uncertain verdict also has {@link Fact#NEEDED}). */
    public List<Fact> required() {
        return required;
    }

    /** The figures it has for each of its items (milestone years, flagged inputs). */
    public List<Fact> perItem() {
        return perItem;
    }

    /** The figures it has for each partner group. */
    public List<Fact> perPartnerGroup() {
        return perPartnerGroup;
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
