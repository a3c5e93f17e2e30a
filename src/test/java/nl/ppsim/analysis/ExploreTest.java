package nl.ppsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ppsim.io.ExplorationReader;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.scenario.Exploration;
import nl.ppsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * {@code ppsim explore} (issue 35): every candidate on common random numbers, the chosen route
 * checked against an exhaustive evaluation with many draws, and the selection's statement checked
 * over many seeds at its stated error rate.
 */
class ExploreTest {
    static final String SECTION = """
            explore:
              include_models: {from: [Masterclasses slim onderhoud, Innovatieteams], min: 1, max: 2}
              vary:
                - {path: business_models[0].params.fee_per_participant, values: [900, 1250, 1300]}
              max_iterations: 16000
            """;

    private static String text(long seed, int iterations) throws IOException {
        return Files.readString(Path.of("scenarios/voorbeeld.yaml"))
                        .replace("seed: 20261123", "seed: " + seed)
                        .replace("iterations: 10000", "iterations: " + iterations)
                + SECTION;
    }

    private static Scenario scenario(String text) {
        return new ScenarioReader().read(text, "voorbeeld-explore.yaml");
    }

    @Test
    void everyCandidateIsTheScenarioWithItsModelsAndValuesOnTheSameDraws() throws IOException {
        String t = text(7, 4000);
        Scenario s = scenario(t);
        Exploration e = ExplorationReader.read(t, "voorbeeld-explore.yaml", s);
        List<Explore.Candidate> cands = Explore.candidates(e);
        assertEquals(
                7,
                cands.size(),
                "the 2 subsets with the masterclasses times 3 fees, and Innovatieteams alone once: the course fee"
                        + " changes nothing without the courses");
        boolean[][] outcomes = Explore.evaluate(s, e, cands, 4000, 2).outcomes();
        // a candidate's run is the run of its own scenario with the value written in: common random numbers
        for (int i : new int[] {0, 1, 6}) {
            Explore.Candidate c = cands.get(i);
            String written = t.replace(
                    "fee_per_participant: 950",
                    "fee_per_participant: "
                            + Math.round(c.values().get("business_models[0].params.fee_per_participant")));
            Scenario own = Explore.variant(scenario(written), e, c);
            boolean[] direct = nl.ppsim.engine.Simulation.run(
                            own,
                            new nl.ppsim.engine.settings.RunSettings(4000, own.seed(), 2)
                                    .withTrace(nl.ppsim.engine.settings.RunSettings.Trace.OUTCOMES))
                    .trace()
                    .verduurzaamd();
            assertTrue(java.util.Arrays.equals(direct, outcomes[i]), "candidate " + i + " draw for draw");
        }
        assertEquals(
                List.of(900.0),
                cands.stream()
                        .filter(c -> c.models().equals(List.of("Innovatieteams")))
                        .map(c -> c.values().get("business_models[0].params.fee_per_participant"))
                        .toList(),
                "the route without the courses once, at the first fee");
    }

    /**
     * A varied input of a model that moves up when an earlier model is left out (Innovatieteams is
     * business_models[1] in the file, the first model of the route without the masterclasses): the
     * value still reaches it, draw for draw as in its own scenario.
     */
    @Test
    void aValueReachesItsModelWhenAnEarlierModelIsLeftOut() throws IOException {
        String t =
                Files.readString(Path.of("scenarios/voorbeeld.yaml")).replace("iterations: 10000", "iterations: 3000")
                        + """
                explore:
                  include_models: {from: [Masterclasses slim onderhoud, Innovatieteams], min: 1, max: 2}
                  vary:
                    - {path: business_models[1].params.companies, values: [2, 30]}
                """;
        Scenario s = scenario(t);
        Exploration e = ExplorationReader.read(t, "x.yaml", s);
        List<Explore.Candidate> cands = Explore.candidates(e);
        int alone = cands.indexOf(new Explore.Candidate(
                List.of("Innovatieteams"), java.util.Map.of("business_models[1].params.companies", 30.0)));
        boolean[][] outcomes = Explore.evaluate(s, e, cands, 3000, 2).outcomes();
        Scenario own = Explore.variant(
                scenario(t.replace("companies: {triangular: [6, 10, 14]}", "companies: 30")), e, cands.get(alone));
        boolean[] direct = nl.ppsim.engine.Simulation.run(
                        own,
                        new nl.ppsim.engine.settings.RunSettings(3000, own.seed(), 2)
                                .withTrace(nl.ppsim.engine.settings.RunSettings.Trace.OUTCOMES))
                .trace()
                .verduurzaamd();
        assertTrue(java.util.Arrays.equals(direct, outcomes[alone]), "the value reaches Innovatieteams");
    }

    /**
     * The objective least_subsidy: over 8 seeds, whenever the answer states it, the chosen route
     * really reaches the target and every route asking less subsidy really falls short (truth: each
     * route with 200,000 draws; its difference to the target is at least 1 point here, about 10
     * standard errors of the truth). At alpha = 0.05 the expected number of wrong statements is 0.4
     * (standard deviation 0.62); the test allows 3, more than 4 standard deviations above it (false
     * failure below 0.1%). The statement is reached in all 8 runs today (measured); the test asks for 6.
     */
    @Test
    void theLeastSubsidyRouteReachesTheTargetAndCheaperOnesDoNot() throws IOException {
        String section = """
                explore:
                  include_models: {from: [Masterclasses slim onderhoud, Innovatieteams], min: 2, max: 2}
                  vary:
                    - {path: subsidy.per_year, values: [150000, 200000, 250000, 300000]}
                    - {path: business_models[1].params.companies, values: [10, 20]}
                  objective: least_subsidy
                  target: 0.3
                  max_iterations: 64000
                """;
        String base =
                Files.readString(Path.of("scenarios/voorbeeld.yaml")).replace("iterations: 10000", "iterations: 4000");
        String t = base.replace("seed: 20261123", "seed: 777") + section;
        Scenario truthScenario = scenario(t);
        Exploration e = ExplorationReader.read(t, "x.yaml", truthScenario);
        List<Explore.Candidate> cands = Explore.candidates(e);
        Explore.Runs truthRuns = Explore.evaluate(truthScenario, e, cands, 200_000, 2);
        double[] truth = new double[cands.size()];
        for (int i = 0; i < truth.length; i++) {
            int hits = 0;
            for (boolean b : truthRuns.outcomes()[i]) {
                hits += b ? 1 : 0;
            }
            truth[i] = hits / 200_000.0;
        }
        int wrong = 0;
        int stated = 0;
        for (long seed = 1; seed <= 8; seed++) {
            String st = base.replace("seed: 20261123", "seed: " + seed) + section;
            Scenario s = scenario(st);
            Explore.Result r = Explore.explore(s, ExplorationReader.read(st, "x.yaml", s), 2);
            if (!r.guaranteed()) {
                continue;
            }
            stated++;
            int c = cands.indexOf(r.best().candidate());
            boolean right = truth[c] >= e.target();
            for (int i = 0; i < cands.size(); i++) {
                if (truthRuns.subsidy()[i] < truthRuns.subsidy()[c] && truth[i] >= e.target()) {
                    right = false;
                }
            }
            wrong += right ? 0 : 1;
        }
        assertTrue(wrong <= 3, wrong + " wrong statements of " + stated);
        assertTrue(stated >= 6, "stated in most runs: " + stated);
    }

    /**
     * The chosen route against the truth (each candidate with 200,000 draws, se about 0.001), and
     * the statement "within delta of the best examined, with probability at least 1 - alpha" over
     * 20 seeds: at alpha = 0.05 at most 1 false statement is expected (a binomial(20, 0.05), standard
     * deviation 0.97); the test allows 5, more than 4 standard deviations above it, so a correct
     * procedure fails it with probability below 0.1%; a procedure that ignores its error rate is
     * caught by the cases where it claims too much. The statement is reached in all 20 runs today
     * (measured); the test asks for 10.
     */
    @Test
    void theChosenRouteIsWithinDeltaOfTheBestAsOftenAsItSays() throws IOException {
        String t = text(99_999, 2000);
        Scenario truthScenario = scenario(t);
        Exploration e = ExplorationReader.read(t, "voorbeeld-explore.yaml", truthScenario);
        List<Explore.Candidate> cands = Explore.candidates(e);
        boolean[][] truthOutcomes =
                Explore.evaluate(truthScenario, e, cands, 200_000, 2).outcomes();
        double[] truth = new double[cands.size()];
        int best = 0;
        for (int i = 0; i < truth.length; i++) {
            int hits = 0;
            for (boolean b : truthOutcomes[i]) {
                hits += b ? 1 : 0;
            }
            truth[i] = hits / 200_000.0;
            if (truth[i] > truth[best]) {
                best = i;
            }
        }
        int claims = 0;
        int falseClaims = 0;
        for (long seed = 1; seed <= 20; seed++) {
            String st = text(seed, 2000);
            Scenario s = scenario(st);
            Explore.Result r = Explore.explore(s, ExplorationReader.read(st, "x.yaml", s), 2);
            assertEquals(
                    1, r.candidates().stream().filter(Explore.Evaluated::chosen).count(), "exactly one chosen");
            assertTrue(r.best().inBestSet(), "the chosen route is in its own best set");
            if (r.guaranteed()) {
                claims++;
                if (truth[best] - truth[cands.indexOf(r.best().candidate())] > e.delta()) {
                    falseClaims++;
                }
            }
        }
        assertTrue(falseClaims <= 5, falseClaims + " false statements out of " + claims);
        assertTrue(claims >= 10, "the statement is reached in most runs: " + claims + " of 20");
    }

    /** The front of the trade-off: a route is on it unless another is as likely for no more from companies, and better in one. */
    @Test
    void theFrontHoldsTheRoutesNoOtherBeatsOnBoth() {
        boolean[][] outcomes = new boolean[3][1000];
        for (int d = 0; d < 1000; d++) {
            outcomes[0][d] = d < 300;
            outcomes[1][d] = d < 200;
            outcomes[2][d] = d < 200;
        }
        List<Explore.Candidate> cands = List.of(
                new Explore.Candidate(List.of("A"), java.util.Map.of()),
                new Explore.Candidate(List.of("B"), java.util.Map.of()),
                new Explore.Candidate(List.of("C"), java.util.Map.of()));
        Explore.Result r = Explore.select(
                cands,
                new Explore.Runs(outcomes, new double[] {100, 50, 120}, new double[] {0, 0, 0}),
                new boolean[] {true, true, true},
                0.01,
                0.05,
                0.05,
                1000,
                1);
        assertEquals(
                List.of(true, true, false),
                r.candidates().stream().map(Explore.Evaluated::pareto).toList());
        assertEquals(0, r.chosen());
    }

    /** The voorbeeld scenario at {@code seed} and {@code iterations} with {@code section} after it. */
    private static String withSection(long seed, int iterations, String section) throws IOException {
        return Files.readString(Path.of("scenarios/voorbeeld.yaml"))
                        .replace("seed: 20261123", "seed: " + seed)
                        .replace("iterations: 10000", "iterations: " + iterations)
                + section;
    }

    /** Each candidate's probability with many draws. */
    private static double[] truth(Explore.Runs runs) {
        double[] p = new double[runs.outcomes().length];
        for (int i = 0; i < p.length; i++) {
            int hits = 0;
            for (boolean b : runs.outcomes()[i]) {
                hits += b ? 1 : 0;
            }
            p[i] = (double) hits / runs.outcomes()[i].length;
        }
        return p;
    }

    static final String QUANTILE = """
            explore:
              include_models: {from: [Masterclasses slim onderhoud, Innovatieteams], min: 2, max: 2}
              vary:
                - {path: business_models[1].params.companies, values: [10, 11, 12]}
              objective: reserve_quantile
              quantile: 0.1
              delta: 10000
              max_iterations: 16000
            """;

    /**
     * The objective reserve_quantile: the chosen route against the truth (each candidate's 10%
     * quantile of the final reserve on 200,000 draws) and the statement "within delta of the best
     * examined, with probability at least 1 - alpha" over 12 seeds. At alpha = 0.05 at most 0.6
     * false statements are expected (binomial(12, 0.05), standard deviation 0.75); the test allows
     * 4, 4.5 standard deviations above it (a correct procedure fails it with probability below
     * 0.03%). The statement is reached in 12 of 12 runs today (measured); the test asks for 6.
     */
    @Test
    void theHighestQuantileIsWithinDeltaOfTheBestAsOftenAsItSays() throws IOException {
        String t = withSection(4242, 2000, QUANTILE);
        Scenario truthScenario = scenario(t);
        Exploration e = ExplorationReader.read(t, "x.yaml", truthScenario);
        List<Explore.Candidate> cands = Explore.candidates(e);
        Explore.Runs truthRuns = Explore.evaluate(truthScenario, e, cands, 200_000, 2960L, 2, Explore.Rules.NONE);
        double[] truth = truthRuns.quantile();
        int best = 0;
        for (int i = 0; i < truth.length; i++) {
            best = truth[i] > truth[best] ? i : best;
        }
        int claims = 0;
        int falseClaims = 0;
        for (long seed = 1; seed <= 12; seed++) {
            String st = withSection(seed, 2000, QUANTILE);
            Scenario s = scenario(st);
            Explore.Result r = Explore.explore(s, ExplorationReader.read(st, "x.yaml", s), 2);
            if (r.guaranteed()) {
                claims++;
                if (truth[best] - truth[cands.indexOf(r.best().candidate())] > e.delta()) {
                    falseClaims++;
                }
            }
        }
        assertTrue(falseClaims <= 4, falseClaims + " false statements out of " + claims);
        assertTrue(claims >= 6, "the statement is reached in most runs: " + claims + " of 12");
    }

    /**
     * A continuous range is searched: the least subsidy per year that reaches the target, with the
     * subsidy free between 100,000 and 400,000 a year. The truth on a fine grid (every 10,000, with
     * 200,000 draws each) is increasing in the subsidy. The chosen route reaches the target in truth
     * (within 4 standard errors of its estimate) and asks no more than the first value whose truth is
     * 3 points above the target: the start value 250,000 (truth 8,2%) lies 7 standard errors above the
     * target at 4,000 draws, over 4 beyond the selection's Bonferroni bound (z about 3), so a route
     * that cheap reaches it for any stream.
     */
    @Test
    void aSearchFindsTheLeastSubsidyThatReachesTheTarget() throws IOException {
        String section = """
                explore:
                  vary:
                    - {path: subsidy.per_year, low: 100000, high: 400000}
                  objective: least_subsidy
                  target: 0.05
                  max_iterations: 32000
                """;
        String t = withSection(31, 4000, section);
        Scenario s = scenario(t);
        Exploration e = ExplorationReader.read(t, "x.yaml", s);
        assertTrue(e.searches());
        Explore.Result r = Explore.explore(s, e, 2);
        assertTrue(r.searched() > 0, "the search proposed routes of its own");
        double chosen = r.best().candidate().values().get("subsidy.per_year");
        List<Explore.Candidate> fine = new java.util.ArrayList<>();
        for (int v = 100_000; v <= 400_000; v += 10_000) {
            fine.add(new Explore.Candidate(List.of(), java.util.Map.of("subsidy.per_year", (double) v)));
        }
        fine.add(r.best().candidate());
        double[] truth = truth(Explore.evaluate(s, e, fine, 200_000, 2));
        // the chosen estimate reaches the target (the selection's rule); its truth lies within 4 standard errors
        // of the estimate (those of the estimate and of the truth together): false failure below 0.01%
        double estimate = r.best().estimate().estimate();
        assertTrue(estimate >= e.target(), "the chosen route's estimate reaches the target: " + estimate);
        double se = Math.sqrt(Math.pow(r.best().estimate().standardError(), 2)
                + truth[fine.size() - 1] * (1 - truth[fine.size() - 1]) / 200_000);
        assertTrue(
                truth[fine.size() - 1] >= e.target() - 4 * se,
                "the chosen subsidy reaches the target in truth, within 4 se: " + truth[fine.size() - 1]);
        double enough = Double.NaN;
        for (int i = 0; i < fine.size() - 1; i++) {
            if (truth[i] >= e.target() + 0.03) {
                enough = fine.get(i).values().get("subsidy.per_year");
                break;
            }
        }
        assertTrue(chosen <= enough, chosen + " is no more than " + enough);
    }

    /**
     * A space too large to evaluate whole is searched: 13 models to choose from (8.191 routes), six
     * teams that each add about EUR 900.000 to the median final reserve and seven courses at a loss
     * (each about EUR -500.000), so the best route is known by construction: every team, no course.
     * The margins are a hundred times the standard error, so only a search that fails to climb misses it.
     */
    @Test
    void aLargeSpaceIsSearchedAndFindsTheRouteKnownByConstruction() throws IOException {
        StringBuilder extra = new StringBuilder();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            extra.append("  - model: innovatieteams\n    name: Team ")
                    .append(i)
                    .append("\n    params:\n")
                    .append("      companies: 14\n      projects_per_company: 3\n      in_kind_share: 0\n");
            names.add("Team " + i);
        }
        for (int i = 1; i <= 7; i++) {
            extra.append("  - model: trainingsbureau\n    name: Cursus ")
                    .append(i)
                    .append("\n    params:\n")
                    .append("      courses_per_year: 4\n      participants_per_course: 5\n")
                    .append("      fee_per_participant: 100\n");
            names.add("Cursus " + i);
        }
        String t = Files.readString(Path.of("scenarios/voorbeeld.yaml"))
                        .replace("iterations: 10000", "iterations: 1000")
                        .replace("# werkkapitaal", extra + "# werkkapitaal")
                + "explore:\n  include_models: {from: [" + String.join(", ", names) + "], min: 1}\n"
                + "  objective: reserve_quantile\n  quantile: 0.5\n  delta: 10000\n  max_iterations: 4000\n";
        Scenario s = scenario(t);
        Exploration e = ExplorationReader.read(t, "x.yaml", s);
        assertEquals(8191, Explore.count(e));
        Explore.Result r = Explore.explore(s, e, 2);
        assertEquals(8191, r.possible());
        assertTrue(
                r.candidates().size() <= e.searchEvaluations(),
                "searched, not enumerated: " + r.candidates().size());
        assertEquals(names.subList(0, 6), r.best().candidate().models());
    }

    /**
     * Two continuous ranges are searched together by CMA-ES: the search proposes routes of its own,
     * within the bounds and on the ranges' rounding steps, the same for the same seed (a seeded
     * optimiser on common random numbers), and the chosen route is at least as likely as every start
     * value on the last round's draws (the starts are candidates too).
     */
    @Test
    void twoRangesAreSearchedTogetherReproducibly() throws IOException {
        String section = """
                explore:
                  vary:
                    - {path: business_models[0].params.fee_per_participant, low: 600, high: 1600}
                    - {path: subsidy.per_year, low: 150000, high: 350000}
                  search_evaluations: 40
                  max_iterations: 4000
                """;
        String t = withSection(5, 2000, section);
        Scenario s = scenario(t);
        Exploration e = ExplorationReader.read(t, "x.yaml", s);
        Explore.Result a = Explore.explore(s, e, 2);
        Explore.Result b = Explore.explore(s, e, 1);
        assertTrue(a.searched() > 0 && a.searched() <= 40, "proposed by the search: " + a.searched());
        assertEquals(25, a.candidates().size() - a.searched(), "5 x 5 start values");
        assertEquals(a, b, "the same search and answer for any thread count");
        for (Explore.Evaluated x : a.candidates()) {
            double fee = x.candidate().values().get("business_models[0].params.fee_per_participant");
            double subsidy = x.candidate().values().get("subsidy.per_year");
            assertTrue(fee >= 600 && fee <= 1600 && fee == Math.rint(fee), "fee on its step of 1: " + fee);
            assertTrue(
                    subsidy >= 150_000 && subsidy <= 350_000 && subsidy % 1000 == 0,
                    "subsidy on its step of 1000: " + subsidy);
            assertTrue(a.best().value() >= x.value(), "the chosen route is the most likely on the last draws");
        }
    }

    /** The rounding steps of a searched range: 1/200 of it down to a power of ten, whole between whole bounds. */
    @Test
    void aSearchedValueIsRoundedAsAPersonWritesIt() {
        Exploration.Origin o = new Exploration.Origin("x.yaml", "explore.vary[0]", 1);
        Exploration.Vary fee = new Exploration.Vary("f", List.of(600.0, 1600.0), 600, 1600, null, o);
        Exploration.Vary companies = new Exploration.Vary("c", List.of(8.0, 14.0), 8, 14, null, o);
        Exploration.Vary share = new Exploration.Vary("s", List.of(0.0, 1.0), 0, 1, null, o);
        assertEquals(1, RouteSearch.step(fee));
        assertEquals(1, RouteSearch.step(companies), "a count stays whole");
        assertEquals(0.001, RouteSearch.step(share), 1e-15, "a share does not");
        assertEquals(12, RouteSearch.snap(companies, 12.37));
        assertEquals(0.3, RouteSearch.snap(share, 0.30004));
        assertEquals(1600, RouteSearch.snap(fee, 1700), "kept within the range");
    }
}
