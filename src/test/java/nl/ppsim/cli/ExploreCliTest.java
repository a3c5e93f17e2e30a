package nl.ppsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ppsim explore} from the command line: explore.csv as the issue names it, and bad decisions refused with a message. */
class ExploreCliTest {
    private static Path plan(Path dir, String name, String section) throws IOException {
        String text =
                Files.readString(Path.of("scenarios/voorbeeld.yaml")).replace("iterations: 10000", "iterations: 2000");
        return Files.writeString(dir.resolve(name), text + section);
    }

    @Test
    void exploreWritesOneRowPerCandidateWithExactlyOneChosen(@TempDir Path dir) throws IOException {
        // the form the issue gives, with a path in brackets inside { } (quoted for YAML by ppsim)
        Path p = plan(dir, "p.yaml", """
                explore:
                  include_models: {from: [Masterclasses slim onderhoud, Innovatieteams], min: 1, max: 2}
                  vary:
                    - {path: business_models[0].params.fee_per_participant, values: [900, 1300]}
                  objective: p_verduurzaamd
                """);
        Path out = dir.resolve("out");
        CliTest.Outcome o = CliTest.exec("explore", p.toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("Gekozen route: "), o.out());
        List<String> lines = Files.readAllLines(out.resolve("explore.csv"));
        assertEquals(
                "models,business_models[0].params.fee_per_participant,estimate,se,draws,in_best_set,chosen,"
                        + "company_contribution,subsidy,pareto,feasible,p_verduurzaamd,outside",
                lines.get(0),
                "the issue's columns first, then what a route asks");
        assertEquals(
                6, lines.size(), "five candidates: Innovatieteams alone once, the course fee changes nothing there");
        assertEquals(
                1,
                lines.stream()
                        .skip(1)
                        .filter(l -> l.split(",")[6].equals("true"))
                        .count(),
                "exactly one chosen");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Masterclasses slim onderhoud+Innovatieteams,1300,")));
        assertTrue(Files.readString(out.resolve("explore.html")).contains("Welke routes werken"));
        // the chosen route as its own scenario, with its full report beside: its headline is the chosen estimate
        String chosen = lines.stream()
                .skip(1)
                .filter(l -> l.split(",")[6].equals("true"))
                .findFirst()
                .orElseThrow();
        List<String> summary = Files.readAllLines(dir.resolve("out-route").resolve("summary.csv"));
        assertTrue(summary.contains("p_verduurzaamd," + chosen.split(",")[2]), chosen + " / " + summary);
        String page = Files.readString(out.resolve("explore.html"));
        String route = page.substring(page.indexOf("<pre>") + 5, page.indexOf("</pre>"));
        assertTrue(route.contains("fee_per_participant: " + chosen.split(",")[1]), route);
        assertTrue(!route.contains("explore:"), "the route's scenario has no explore: section");
        assertTrue(page.contains("../out-route/report.html"));
        // the same explore.csv for any number of threads, and an English page in English
        Path one = dir.resolve("one");
        CliTest.Outcome en =
                CliTest.exec("explore", p.toString(), "--out", one.toString(), "--threads", "1", "--lang", "en");
        assertEquals(0, en.code(), en.err());
        assertEquals(Files.readString(out.resolve("explore.csv")), Files.readString(one.resolve("explore.csv")));
        String html = Files.readString(one.resolve("explore.html"));
        assertTrue(html.contains("Chosen route") && html.contains("fee per participant = 1300"), html);
        // a route without the masterclasses is named without their fee, which would read as if they were in
        assertTrue(html.contains(">Innovatieteams</td>"), html);
        assertTrue(!html.contains(">Innovatieteams; "), html);
        for (String dutch : new String[] {"kans", "gekozen", "doorrekeningen", "procentpunt"}) {
            assertTrue(!html.toLowerCase(java.util.Locale.ROOT).contains(dutch), dutch + " in the English page");
        }
    }

    @Test
    void badDecisionsGetOneMessageWithFileLineAndPath(@TempDir Path dir) throws IOException {
        String[][] cases = {
            {
                "  include_models: {from: [Bestaat niet], min: 1, max: 1}\n",
                "regel 81, explore.include_models.from[0]",
                "geen bedrijfsmodel van dit scenario"
            },
            {
                "  include_models: {from: [Innovatieteams], min: 1, max: 0}\n",
                "explore.include_models.max",
                "kleiner dan min"
            },
            {
                "  vary:\n    - {path: business_models[0].params.bestaat_niet, values: [1, 2]}\n",
                "explore.vary[0].path",
                "geen invoer"
            },
            {"  vary:\n    - {path: seed, low: 5, high: 1}\n", "explore.vary[0].high", "groter zijn dan low"},
            {"  vary:\n    - {path: x, values: [1], low: 0, high: 2}\n", "explore.vary[0]", "niet allebei"},
            {"  include_models: {from: [Innovatieteams]}\n  delta: 0,7\n", "explore.delta", "tussen 0 en 0,5"},
            {"  include_models: {from: [Innovatieteams]}\n  objective: winst\n", "explore.objective", "p_verduurzaamd"},
            {"  {}\n", "explore", ""},
            {"  include_models: {from: [Innovatieteams]}\n  objective: least_subsidy\n", "explore", "target"},
            {"  include_models: {from: [Innovatieteams]}\n  target: 0.5\n", "explore.target", "least_subsidy"},
            {
                "  include_models: {from: [Innovatieteams]}\n  objective: least_subsidy\n  target: 1.5\n",
                "explore.target",
                "tussen 0 en 1"
            },
            {"  include_models: {from: [Innovatieteams]}\n  objective: reserve_quantile\n", "explore", "delta: 10000"},
            {"  include_models: {from: [Innovatieteams]}\n  quantile: 0.1\n", "explore.quantile", "reserve_quantile"},
            {
                "  include_models: {from: [Innovatieteams]}\n  objective: reserve_quantile\n  quantile: 1.5\n"
                        + "  delta: 10000\n",
                "explore.quantile",
                "tussen 0 en 1"
            },
            {
                "  include_models: {from: [Innovatieteams]}\n  constraints: {scheme_rules: true}\n",
                "explore.constraints.scheme_rules",
                "subsidy.scheme"
            },
            {
                "  include_models: {from: [Innovatieteams]}\n  constraints: {balance: ja}\n",
                "explore.constraints.balance",
                "true"
            },
            {"  include_models: {from: [Innovatieteams]}\n  search_evaluations: 5\n", "explore.search_evaluations", "10"
            },
        };
        int i = 0;
        for (String[] c : cases) {
            Path p = plan(dir, "bad" + i++ + ".yaml", "explore:\n" + c[0]);
            CliTest.Outcome o = CliTest.exec(
                    "explore", p.toString(), "--out", dir.resolve("o" + i).toString());
            assertEquals(2, o.code(), c[0] + o.err());
            assertTrue(o.err().contains(c[1]) && o.err().contains(c[2]), c[0] + " -> " + o.err());
            assertTrue(o.err().strip().lines().count() == 1 && !o.err().contains("Exception"), o.err());
            assertTrue(!Files.exists(dir.resolve("o" + i)), "nothing written");
        }
        CliTest.Outcome none = CliTest.exec(
                "explore", "scenarios/voorbeeld.yaml", "--out", dir.resolve("n").toString());
        assertTrue(none.code() == 2 && none.err().contains("explore:"), none.err());
    }

    /** Limits on what a route asks: routes beyond them take no part; limits no route keeps are an error. */
    @Test
    void routesBeyondTheLimitsTakeNoPartAndImpossibleLimitsAreRefused(@TempDir Path dir) throws IOException {
        String section = """
                explore:
                  include_models: {from: [Masterclasses slim onderhoud, Innovatieteams], min: 1, max: 2}
                  constraints: {max_company_contribution: LIMIT}
                """;
        Path free = plan(dir, "free.yaml", section.replace("LIMIT", "100000000"));
        CliTest.Outcome all = CliTest.exec(
                "explore", free.toString(), "--out", dir.resolve("a").toString(), "--no-charts");
        assertEquals(0, all.code(), all.err());
        List<String> rows = Files.readAllLines(dir.resolve("a").resolve("explore.csv"));
        double[] companies = rows.stream()
                .skip(1)
                .mapToDouble(l -> Double.parseDouble(l.split(",")[6]))
                .toArray();
        double most = java.util.Arrays.stream(companies).max().orElseThrow();
        double least = java.util.Arrays.stream(companies).min().orElseThrow();
        // a limit between the least and the most any route asks
        Path limited =
                plan(dir, "limited.yaml", section.replace("LIMIT", Long.toString(Math.round((least + most) / 2))));
        CliTest.Outcome some = CliTest.exec(
                "explore", limited.toString(), "--out", dir.resolve("b").toString(), "--no-charts");
        assertEquals(0, some.code(), some.err());
        for (String l :
                Files.readAllLines(dir.resolve("b").resolve("explore.csv")).subList(1, rows.size())) {
            String[] c = l.split(",");
            boolean within = Double.parseDouble(c[6]) <= (least + most) / 2 + 1;
            assertEquals(Boolean.toString(within), c[9], l);
            if (!within) {
                assertEquals("false", c[5], "a route beyond the limits is never chosen: " + l);
            }
        }
        assertTrue(some.out().contains("doen niet mee"), some.out());
        Path impossible = plan(dir, "impossible.yaml", section.replace("LIMIT", "10"));
        CliTest.Outcome none = CliTest.exec(
                "explore", impossible.toString(), "--out", dir.resolve("c").toString());
        assertTrue(
                none.code() == 2
                        && none.err().contains("explore.constraints")
                        && none.err().contains("geen enkele route"),
                none.err());
    }

    /** A model may be named by its catalog key or handbook name when that fits one of the scenario's models. */
    @Test
    void aModelIsNamedByItsNameItsKeyOrItsHandbookName(@TempDir Path dir) throws IOException {
        Path p = plan(dir, "keys.yaml", """
                explore:
                  include_models: {from: [trainingsbureau, Innovatieteams]}
                  vary:
                    - {path: subsidy.per_year, values: [200000, 300000]}
                """);
        CliTest.Outcome o =
                CliTest.exec("explore", p.toString(), "--out", dir.resolve("k").toString(), "--no-charts");
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.readString(dir.resolve("k").resolve("explore.csv"))
                .contains("Masterclasses slim onderhoud+Innovatieteams"));
        assertTrue(o.out().contains("Subsidie per jaar = "), o.out());
    }

    /**
     * The scheme's rules as a constraint: a route whose budget as planned breaks a rule takes no
     * part, judged as {@code ppsim check} judges the route's own scenario (plan-rif asks 36% of
     * its costs at EUR 490,000 a year, above the RIF's third; at EUR 300,000 a year it keeps it).
     */
    @Test
    void routesThatBreakTheSchemesRulesTakeNoPartAsPpsimCheckJudgesThem(@TempDir Path dir) throws IOException {
        String text =
                Files.readString(Path.of("scenarios/plan-rif.yaml")).replace("iterations: 10000", "iterations: 2000");
        Path p = Files.writeString(dir.resolve("rif.yaml"), text + """
                explore:
                  include_models: {from: [trainingsbureau, laboratorium], min: 1}
                  vary:
                    - {path: subsidy.per_year, values: [300000, 490000]}
                  constraints: {scheme_rules: true}
                """);
        CliTest.Outcome o =
                CliTest.exec("explore", p.toString(), "--out", dir.resolve("x").toString(), "--no-charts");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("regeling.subsidieaandeel"), o.out());
        for (String l :
                Files.readAllLines(dir.resolve("x").resolve("explore.csv")).subList(1, 7)) {
            String[] c = l.split(",", -1);
            boolean asks = c[1].equals("490000");
            assertEquals(Boolean.toString(!asks), c[10], l);
            assertEquals(asks ? "regeling.subsidieaandeel" : "", c[12], l);
        }
        for (String perYear : new String[] {"300000", "490000"}) {
            Path own = Files.writeString(
                    dir.resolve("own" + perYear + ".yaml"), text.replace("per_year: 490000", "per_year: " + perYear));
            CliTest.exec(
                    "check",
                    own.toString(),
                    "--no-charts",
                    "--out",
                    dir.resolve("c" + perYear).toString());
            String share = Files.readAllLines(dir.resolve("c" + perYear).resolve("checks.csv")).stream()
                    .filter(l -> l.startsWith("regeling.subsidieaandeel,"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(
                    share.startsWith("regeling.subsidieaandeel," + (perYear.equals("300000") ? "pass" : "fail")),
                    share);
        }
    }

    /** The objective reserve_quantile: explore.csv's estimate is the quantile in euro, the page says so. */
    @Test
    void aQuantileOfTheFinalReserveIsAnObjective(@TempDir Path dir) throws IOException {
        Path p = plan(dir, "q.yaml", """
                explore:
                  include_models: {from: [Masterclasses slim onderhoud, Innovatieteams], min: 1}
                  objective: reserve_quantile
                  quantile: 0.25
                  delta: 25000
                """);
        CliTest.Outcome o =
                CliTest.exec("explore", p.toString(), "--out", dir.resolve("q").toString(), "--lang", "en");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("final reserve, 25% quantile EUR "), o.out());
        String html = Files.readString(dir.resolve("q").resolve("explore.html"));
        assertTrue(html.contains("highest final reserve first"), html);
        for (String l :
                Files.readAllLines(dir.resolve("q").resolve("explore.csv")).subList(1, 4)) {
            double estimate = Double.parseDouble(l.split(",")[1]);
            assertTrue(Math.abs(estimate) > 1000, "a quantile in euro, not a probability: " + l);
        }
    }

    /**
     * A folder of plans is a portfolio: each plan explored, portfolio.csv with a row per plan and
     * each plan's explore.csv the same as its own {@code ppsim explore FILE}; a bad plan stops
     * everything before any work, with its file and line.
     */
    @Test
    void aFolderOfPlansIsExploredPlanByPlan(@TempDir Path dir) throws IOException {
        Path plans = Files.createDirectory(dir.resolve("net"));
        String section = """
                explore:
                  include_models: {from: [Masterclasses slim onderhoud, Innovatieteams], min: 1}
                """;
        Path a = plan(plans, "roc a.yaml", section);
        plan(plans, "b.yml", section.replace("min: 1", "min: 2"));
        Files.writeString(plans.resolve("notes.txt"), "not a plan");
        CliTest.Outcome o = CliTest.exec(
                "explore", plans.toString(), "--out", dir.resolve("p").toString(), "--no-charts");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("2 plannen, 4 kandidaten"), o.out());
        List<String> rows = Files.readAllLines(dir.resolve("p").resolve("portfolio.csv"));
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(1).startsWith("b,") && rows.get(2).startsWith("roc_a,"), rows.toString());
        CliTest.Outcome alone =
                CliTest.exec("explore", a.toString(), "--out", dir.resolve("a").toString(), "--no-charts");
        assertEquals(0, alone.code(), alone.err());
        assertEquals(
                Files.readString(dir.resolve("a").resolve("explore.csv")),
                Files.readString(dir.resolve("p").resolve("roc_a-explore.csv")),
                "a plan's answer does not depend on the plans beside it");
        plan(plans, "c.yaml", "explore:\n  include_models: {from: [Bestaat niet]}\n");
        CliTest.Outcome bad = CliTest.exec(
                "explore", plans.toString(), "--out", dir.resolve("q").toString());
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("c.yaml") && bad.err().contains("explore.include_models.from[0]"), bad.err());
        assertTrue(!Files.exists(dir.resolve("q")), "nothing written");
        Files.delete(plans.resolve("c.yaml"));
        plan(plans, "roc_a.yaml", section);
        CliTest.Outcome twice = CliTest.exec(
                "explore", plans.toString(), "--out", dir.resolve("r").toString());
        assertTrue(twice.code() == 2 && twice.err().contains("dezelfde naam"), twice.err());
        CliTest.Outcome empty = CliTest.exec(
                "explore", Files.createDirectory(dir.resolve("leeg")).toString());
        assertTrue(empty.code() == 2 && empty.err().contains("geen scenario"), empty.err());
    }
}
