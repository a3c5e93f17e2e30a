package nl.ppsim.scenario;

import java.util.Arrays;
import java.util.List;

/**
 * What "verduurzaamd" means for a scenario: the criterion the headline probability counts, the
 * number of final years the structural test averages over, and whether every partner group must
 * still invest at the end. Chosen in the scenario with {@code sustainability:}; the defaults are
 * the handbook's meaning as documented in docs/verduurzaming.md.
 *
 * <p>Every criterion is a conjunction of the {@link Test tests} below, judged per iteration on
 * the years after the subsidy, t = S+1..H. The same tests, year by year, define the year of
 * self-sufficiency: the first year after the subsidy from which every test of the criterion holds
 * in every remaining year (only for iterations that meet the criterion; the others count as
 * "never"). The engine's chunked accounting and its one-iteration reference
 * ({@code engine.IterationAccount}) both evaluate exactly these definitions.
 */
public record Sustainability(Criterion criterion, int structuralYears, boolean requireAllGroups) {

    /** Default number of final years the structural test averages over. */
    public static final int DEFAULT_STRUCTURAL_YEARS = 3;

    /** The tests a criterion is made of. */
    public enum Test {
        /**
         * <b>continues</b>: the reserve is at least 0 at the end of every year after the subsidy.
         * The PPS pays its way without the subsidy; a lumpy year can be carried by a reserve it
         * built. Year by year: the reserve is at least 0 in that year.
         */
        CONTINUES,
        /**
         * <b>structural</b>: over the last {@code structural_years} years, partner cash plus earned
         * revenue minus cash costs is at least 0 on average. The PPS is not living off a reserve that
         * runs out just past the horizon. Year by year: the same average over the years up to that
         * year (at most {@code structural_years}, none before the subsidy ended).
         */
        STRUCTURAL,
        /**
         * <b>balanced every year</b>: in every year after the subsidy, partner cash plus earned
         * revenue cover the cash costs and the reserve is at least 0 (the strict rule, kept for
         * comparison). Year by year: both hold in that year.
         */
        BALANCED_EVERY_YEAR,
        /**
         * <b>all groups invest</b>: in the last year every partner group the scenario has
         * (onderwijs, werkveld, overheid) still contributes something, in cash or in kind: the
         * handbook's "alle partners blijven investeren". Year by year: they do in that year.
         */
        ALL_GROUPS_INVEST
    }

    /** The criteria a scenario can choose for its headline; each is a conjunction of {@link Test tests}. */
    public enum Criterion {
        /** continues and structural (the default). */
        CONTINUES_AND_STRUCTURAL("continues_and_structural", Test.CONTINUES, Test.STRUCTURAL),
        /** continues only. */
        CONTINUES("continues", Test.CONTINUES),
        /** structural only. */
        STRUCTURAL("structural", Test.STRUCTURAL),
        /** balanced every year (the strict rule of ppsim before December 2026). */
        BALANCED_EVERY_YEAR("balanced_every_year", Test.BALANCED_EVERY_YEAR);

        private final String id;
        private final List<Test> tests;

        Criterion(String id, Test... tests) {
            this.id = id;
            this.tests = List.of(tests);
        }

        /** The name in scenarios and CSV files. */
        public String id() {
            return id;
        }

        /** The tests this criterion combines. */
        public List<Test> tests() {
            return tests;
        }

        /** Every criterion's id, as written in a scenario. */
        public static List<String> ids() {
            return Arrays.stream(values()).map(Criterion::id).toList();
        }

        /** The criterion with this id; IllegalArgumentException for an unknown id. */
        public static Criterion of(String id) {
            for (Criterion c : values()) {
                if (c.id.equals(id)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown criterion " + id);
        }
    }

    /** Checks the number of structural years is at least 1. */
    public Sustainability {
        if (structuralYears < 1) {
            throw new IllegalArgumentException("structural years must be at least 1, got " + structuralYears);
        }
    }

    /** The default for a scenario with {@code yearsAfterSubsidy} years after the subsidy. */
    public static Sustainability standard(int yearsAfterSubsidy) {
        return new Sustainability(
                Criterion.CONTINUES_AND_STRUCTURAL,
                Math.max(1, Math.min(DEFAULT_STRUCTURAL_YEARS, yearsAfterSubsidy)),
                false);
    }

    /** Whether the headline requires {@code test}. */
    public boolean requires(Test test) {
        return test == Test.ALL_GROUPS_INVEST
                ? requireAllGroups
                : criterion.tests().contains(test);
    }

    /**
     * The headline's verdict from the verdicts of the tests: the definition of the headline in one
     * line, used by the engine's one-iteration reference and mirrored by its chunked accounting.
     */
    public boolean headline(boolean continues, boolean structural, boolean balanced, boolean allGroups) {
        return (!requires(Test.CONTINUES) || continues)
                && (!requires(Test.STRUCTURAL) || structural)
                && (!requires(Test.BALANCED_EVERY_YEAR) || balanced)
                && (!requires(Test.ALL_GROUPS_INVEST) || allGroups);
    }
}
