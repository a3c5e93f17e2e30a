package nl.ppsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.ppsim.stats.Proportion;
import org.junit.jupiter.api.Test;

/** The ranking rule of a round and the budget line, on hand-made entries. */
class RoundTest {
    static Check check(Verdict v) {
        return new Check(
                Rule.SUSTAINABILITY,
                null,
                v,
                0,
                Check.Unit.NONE,
                Double.NaN,
                Check.Norm.NONE,
                false,
                "",
                List.of(),
                Map.of(Fact.CI_LOW.key(), 0.0, Fact.CI_HIGH.key(), 0.0, Fact.NEEDED.key(), 1000.0));
    }

    static Round.Entry entry(String file, double subsidy, long successes, Verdict worst) {
        return new Round.Entry(
                file,
                file,
                file,
                "rif-2024",
                null,
                subsidy,
                List.of(check(Verdict.PASS), check(worst)),
                new Proportion(successes, 1000),
                null,
                null);
    }

    @Test
    void plansAreRankedByVerdictThenEvidenceThenSubsidyAndFundedWhileTheBudgetLasts() {
        Round.Entry strong = entry("a", 800_000, 800, Verdict.WARN);
        Round.Entry sameButCheaper = entry("b", 500_000, 800, Verdict.PASS);
        Round.Entry weaker = entry("c", 300_000, 500, Verdict.PASS);
        Round.Entry failing = entry("d", 100_000, 990, Verdict.FAIL);
        Round.Entry broken = new Round.Entry("e", null, null, null, null, Double.NaN, null, null, null, "kapot");
        List<Round.Ranked> r = Round.rank(List.of(broken, failing, weaker, strong, sameButCheaper), 1_300_000);
        assertEquals(
                List.of("b", "a", "c", "d", "e"),
                r.stream().map(x -> x.entry().file()).toList());
        // 500k, then 1.3 mln (fits exactly), then 1.6 mln (does not); failing and broken plans are never funded
        assertEquals(
                List.of(true, true, false, false, false),
                r.stream().map(Round.Ranked::withinBudget).toList());
        assertEquals(1_300_000, r.get(1).cumulative(), 1e-9);
        assertEquals(1_600_000, r.get(2).cumulative(), 1e-9);
        assertEquals(List.of(1, 2, 3, 4, 5), r.stream().map(Round.Ranked::rank).toList());
    }
}
