package nl.ppsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ppsim.TestScenarios;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.io.SchemeReader;
import nl.ppsim.scenario.Group;
import nl.ppsim.scenario.SubsidyScheme;
import org.junit.jupiter.api.Test;

/**
 * Every shipped scheme (and variant): each rule on the budget as planned passes on a plan at its
 * limit and does not pass on a plan just beyond it, the same for every seed; a rule no source
 * confirms then warns, a confirmed one fails. The plans' costs are triangular with the planned
 * value as mode and a mean 1.5 times higher, so a verdict on simulated means would differ.
 */
class SchemeRulesTest {
    /** Beyond a limit by this relative step: well outside the review's tolerance (1e-9), well inside any real margin. */
    static final double STEP = 1e-4;

    /** A plan of {@code years} subsidy years and {@code after} years more, subsidy S a year, planned costs C a year, partners by group. */
    record Plan(
            String scheme,
            String variant,
            int years,
            int after,
            double subsidy,
            double costs,
            double[] groupCash,
            int[] partners) {
        String yaml(long seed) {
            StringBuilder sb = new StringBuilder(String.format(
                    Locale.ROOT,
                    """
                    scenario: grens
                    start_year: 2026
                    subsidy_years: %d
                    horizon_years: %d
                    iterations: 20
                    seed: %d
                    subsidy: {scheme: %s,%s per_year: %s}
                    lines:
                      - {name: team, kind: cost, amount: {triangular: [%s, %s, %s]}}
                    partners:
                    """,
                    years,
                    years + after,
                    seed,
                    scheme,
                    variant == null ? "" : " variant: " + variant + ",",
                    plain(subsidy),
                    plain(costs * 0.5),
                    plain(costs),
                    plain(costs * 3)));
            for (Group g : Group.values()) {
                int n = Math.max(1, partners[g.ordinal()]);
                for (int k = 0; k < n; k++) {
                    sb.append(String.format(
                            Locale.ROOT,
                            "  - {name: %s%d, group: %s, cash_per_year: %s, committed_years: %d}%n",
                            g.key(),
                            k,
                            g.key(),
                            plain(groupCash[g.ordinal()] / n),
                            years + after));
                }
            }
            return sb.toString();
        }
    }

    static String plain(double x) {
        return new java.math.BigDecimal(x)
                .round(new java.math.MathContext(17))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** A plan well inside every rule of the scheme: shares at the middle of their bands, enough partners and years. */
    static Plan inside(SubsidyScheme s, String id, String variant) {
        SubsidyScheme.Limit duration = s.durationYears();
        int years = !duration.present()
                ? 4
                : Double.isNaN(duration.value()) ? (int) duration.max() : (int) duration.value();
        int after =
                s.yearsAfterSubsidy().present() ? (int) s.yearsAfterSubsidy().min() + 1 : 4;
        double total = mid(s.totalSubsidy(), 400_000);
        double subsidy = total / years;
        double share = mid(s.subsidyShare(), 0.3);
        double costs = subsidy / share;
        double[] cash = new double[3];
        int[] partners = new int[3];
        for (Group g : Group.values()) {
            cash[g.ordinal()] = mid(s.group(g), 0.2) * costs;
            partners[g.ordinal()] =
                    s.minPartners(g).present() ? (int) s.minPartners(g).min() + 1 : 1;
        }
        return new Plan(id, variant, years, after, subsidy, costs, cash, partners);
    }

    static double mid(SubsidyScheme.Limit l, double otherwise) {
        boolean lo = !Double.isNaN(l.min());
        boolean hi = !Double.isNaN(l.max());
        return lo && hi ? (l.min() + l.max()) / 2 : lo ? l.min() * 1.2 : hi ? l.max() * 0.8 : otherwise;
    }

    static Check judge(Plan p, String rule, long seed) {
        SimulationResult r = Simulation.run(TestScenarios.parse(p.yaml(seed)), new RunSettings(20, seed, 1));
        return PlanReview.review(r, null, PlanReview.Options.DEFAULT).stream()
                .filter(c -> c.rule().equals(rule))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + rule));
    }

    /** The plans at and beyond each limit of the scheme, as (rule, plan at the limit, plan beyond, unverified). */
    static List<Object[]> limits(SubsidyScheme s, Plan base) {
        List<Object[]> out = new ArrayList<>();
        SubsidyScheme.Limit total = s.totalSubsidy();
        for (double bound : new double[] {total.min(), total.max()}) {
            if (!Double.isNaN(bound)) {
                double beyond = bound == total.min() ? bound * (1 - STEP) : bound * (1 + STEP);
                out.add(new Object[] {
                    "regeling.subsidiebedrag",
                    withSubsidy(base, bound / base.years()),
                    withSubsidy(base, beyond / base.years()),
                    total.unverified()
                });
            }
        }
        SubsidyScheme.Limit share = s.subsidyShare();
        for (double bound : new double[] {share.min(), share.max()}) {
            if (!Double.isNaN(bound)) {
                double beyond = bound == share.min() ? bound * (1 - STEP) : bound * (1 + STEP);
                out.add(new Object[] {
                    "regeling.subsidieaandeel",
                    withCosts(base, base.subsidy() / bound),
                    withCosts(base, base.subsidy() / beyond),
                    share.unverified()
                });
            }
        }
        for (Group g : Group.values()) {
            SubsidyScheme.Limit gl = s.group(g);
            for (double bound : new double[] {gl.min(), gl.max()}) {
                if (!Double.isNaN(bound)) {
                    double beyond = bound == gl.min() ? bound * (1 - STEP) : bound * (1 + STEP);
                    out.add(new Object[] {
                        "regeling.cofinanciering." + g.key(),
                        withCash(base, g, bound * base.costs()),
                        withCash(base, g, beyond * base.costs()),
                        gl.unverified()
                    });
                }
            }
            SubsidyScheme.Limit pl = s.minPartners(g);
            if (pl.present()) {
                int k = (int) pl.min();
                out.add(new Object[] {
                    "regeling.partners." + g.key(),
                    withPartners(base, g, k),
                    withPartners(base, g, k - 1),
                    pl.unverified()
                });
            }
        }
        if (s.durationYears().present()) {
            // an exact duration of d years breaks with one year less; a maximum of d years with one year more;
            // the same total over the other number of years
            boolean maximum = Double.isNaN(s.durationYears().value());
            int d = (int) (maximum ? s.durationYears().max() : s.durationYears().value());
            int other = maximum ? d + 1 : d - 1;
            double f = (double) d / other;
            Plan at = new Plan(
                    base.scheme(),
                    base.variant(),
                    d,
                    base.after(),
                    base.subsidy(),
                    base.costs(),
                    base.groupCash(),
                    base.partners());
            Plan beyond = new Plan(
                    base.scheme(),
                    base.variant(),
                    other,
                    base.after(),
                    base.subsidy() * f,
                    base.costs() * f,
                    scale(base.groupCash(), f),
                    base.partners());
            out.add(new Object[] {
                "regeling.looptijd", at, beyond, s.durationYears().unverified()
            });
        }
        if (s.yearsAfterSubsidy().present()) {
            int a = (int) s.yearsAfterSubsidy().min();
            out.add(new Object[] {
                "regeling.jaren_na_subsidie",
                withAfter(base, a),
                withAfter(base, a - 1),
                s.yearsAfterSubsidy().unverified()
            });
        }
        return out;
    }

    static double[] scale(double[] x, double f) {
        double[] y = x.clone();
        for (int k = 0; k < y.length; k++) {
            y[k] *= f;
        }
        return y;
    }

    static Plan withSubsidy(Plan p, double s) {
        // keep the subsidy's share of the costs where it was
        double f = s / p.subsidy();
        return new Plan(
                p.scheme(), p.variant(), p.years(), p.after(), s, p.costs() * f, scale(p.groupCash(), f), p.partners());
    }

    static Plan withCosts(Plan p, double c) {
        double f = c / p.costs();
        return new Plan(
                p.scheme(), p.variant(), p.years(), p.after(), p.subsidy(), c, scale(p.groupCash(), f), p.partners());
    }

    static Plan withCash(Plan p, Group g, double cash) {
        double[] c = p.groupCash().clone();
        c[g.ordinal()] = cash;
        return new Plan(p.scheme(), p.variant(), p.years(), p.after(), p.subsidy(), p.costs(), c, p.partners());
    }

    static Plan withPartners(Plan p, Group g, int n) {
        int[] k = p.partners().clone();
        k[g.ordinal()] = n;
        return new Plan(p.scheme(), p.variant(), p.years(), p.after(), p.subsidy(), p.costs(), p.groupCash(), k);
    }

    static Plan withAfter(Plan p, int after) {
        return new Plan(p.scheme(), p.variant(), p.years(), after, p.subsidy(), p.costs(), p.groupCash(), p.partners());
    }

    @Test
    void everyShippedRuleHoldsAtItsLimitAndBreaksJustBeyondItForEverySeed() {
        int judged = 0;
        for (String id : SchemeReader.SHIPPED) {
            List<String> variants = new ArrayList<>();
            variants.add(null);
            variants.addAll(SchemeReader.variants(id));
            for (String variant : variants) {
                SubsidyScheme s = SchemeReader.shipped(id, variant);
                Plan base = inside(s, id, variant);
                for (Object[] limit : limits(s, base)) {
                    String rule = (String) limit[0];
                    Verdict beyond = (Boolean) limit[3] ? Verdict.WARN : Verdict.FAIL;
                    for (long seed : new long[] {1, 2, 3}) {
                        String where = id + (variant == null ? "" : "/" + variant) + " " + rule + " seed " + seed;
                        Check at = judge((Plan) limit[1], rule, seed);
                        assertEquals(Verdict.PASS, at.verdict(), where + " at the limit: " + at);
                        Check out = judge((Plan) limit[2], rule, seed);
                        assertEquals(beyond, out.verdict(), where + " beyond the limit: " + out);
                        assertEquals(limit[3], out.unverified(), where);
                        assertFalse(out.source().isBlank(), where + " cites a source");
                    }
                    judged++;
                }
            }
        }
        assertTrue(judged >= 25, "limits judged: " + judged);
    }

    @Test
    void everyShippedRuleCitesItsSourceAndRifIsTheCurrentVersion() {
        for (String id : SchemeReader.SHIPPED) {
            SubsidyScheme s = SchemeReader.shipped(id);
            assertEquals(id, s.id());
            for (SubsidyScheme.Rule r : s.rules()) {
                assertFalse(r.limit().source().isBlank(), id + "." + r.name() + " has a source");
            }
        }
        assertEquals("rif-2024", SchemeReader.resolve("rif"));
        assertEquals("current", SchemeReader.shipped("rif").status());
    }

    /**
     * A scheme's own words (notes, variants' descriptions, how it is assessed) are in both
     * languages (#33 part 3), so an English reader never gets ppsim's own text "(in Dutch)"; only
     * the cited sources stay Dutch.
     */
    @Test
    void everyShippedSchemesOwnWordsHaveAnEnglishText() {
        int texts = 0;
        for (String id : SchemeReader.SHIPPED) {
            List<String> variants = new java.util.ArrayList<>(SchemeReader.variants(id));
            variants.add(null);
            for (String variant : variants) {
                SubsidyScheme s = SchemeReader.shipped(id, variant);
                List<nl.ppsim.scenario.Wording> own = new java.util.ArrayList<>(s.notes());
                if (!s.assessment().isEmpty()) {
                    own.add(s.assessment());
                }
                for (nl.ppsim.scenario.Wording w : own) {
                    assertTrue(w.en() != null && !w.en().equals(w.nl()), id + " " + variant + ": " + w.nl());
                    texts++;
                }
                String english = nl.ppsim.report.SchemeText.show(s, nl.ppsim.report.Lang.EN);
                for (String line : english.split("\n")) {
                    assertFalse(line.startsWith("- (in Dutch)") || line.startsWith("Assessment: (in Dutch)"), line);
                }
            }
        }
        assertTrue(texts >= 25, "texts checked: " + texts);
    }
}
