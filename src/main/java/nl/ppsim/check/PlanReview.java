package nl.ppsim.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ppsim.analysis.Tornado;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.ModelResult;
import nl.ppsim.engine.result.SettlementResult;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.result.YearResult;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Catalog;
import nl.ppsim.model.Parameter;
import nl.ppsim.scenario.BusinessModelUse;
import nl.ppsim.scenario.Group;
import nl.ppsim.scenario.Line;
import nl.ppsim.scenario.Partner;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.scenario.SubsidyScheme;
import nl.ppsim.stats.Proportion;

/**
 * A reviewer's checks of a plan, as numbers: the subsidy scheme's rules on the budget as planned
 * (judged exactly, the same for every seed) and under uncertainty (a probability with its standard
 * error), the credibility of its verduurzaming, plausibility flags, and the assumption register.
 * Thresholds of the judgement checks are constants here, documented in docs/toetsing.md; the words
 * come from {@code report.CheckText}.
 */
public final class PlanReview {
    /** Probability of breaking a scheme rule under uncertainty: up to 5% passes, up to 25% warns. */
    static final double RISK_PASS = 0.05;

    static final double RISK_WARN = 0.25;
    /** Share of post-subsidy funding that hinges on partners renewing: below 25% passes, below 50% warns. */
    static final double RENEWAL_PASS = 0.25;

    static final double RENEWAL_WARN = 0.5;
    /** Largest single partner's share of post-subsidy income: below 40% passes, below 60% warns. */
    static final double PARTNER_PASS = 0.4;

    static final double PARTNER_WARN = 0.6;
    /** Each party within 20%-50% of the non-subsidy funding counts as balanced against 1/3-1/3-1/3. */
    static final double BALANCE_LOW = 0.2;

    static final double BALANCE_HIGH = 0.5;
    static final double GROWTH_PLAUSIBLE = 0.10;
    static final double MARGIN_PLAUSIBLE = 0.6;
    static final double HOUR_RATE_LOW = 25;
    static final double HOUR_RATE_HIGH = 200;
    /** Revenue after the subsidy must cover at least this share of the costs to count as an earning model. */
    static final double EARNING_SHARE = 0.1;
    /** How many of the most important inputs the register requires a source for. */
    static final int REGISTER_TOP = 5;
    /**
     * Relative tolerance of a planned value at a limit: a plan at exactly a limit passes, whatever
     * the rounding of the sums behind it.
     */
    static final double AT_LIMIT = 1e-9;

    /** Settings of a review. */
    public record Options(double threshold) {
        /** The default options: a threshold of 0.5 for the headline. */
        public static final Options DEFAULT = new Options(0.5);
    }

    private final Scenario s;
    private final SimulationResult r;
    private final Tornado.Result tornado;
    private final Options options;
    private final List<Check> checks = new ArrayList<>();

    private PlanReview(SimulationResult r, Tornado.Result tornado, Options options) {
        this.s = r.scenario();
        this.r = r;
        this.tornado = tornado;
        this.options = options;
    }

    /** Every check of the plan: the scheme's rules, the credibility checks and the assumption register. */
    public static List<Check> review(SimulationResult result, Tornado.Result tornado, Options options) {
        PlanReview review = new PlanReview(result, tornado, options);
        review.scheme();
        review.sustainability();
        review.plausibility();
        review.register();
        return List.copyOf(review.checks);
    }

    /** True when any check fails. */
    public static boolean anyFail(List<Check> checks) {
        return checks.stream().anyMatch(c -> c.verdict() == Verdict.FAIL);
    }

    /** A check of a scheme rule: a rule that no source text confirms warns where it would fail. */
    private void rule(
            Rule rule,
            Group group,
            Verdict v,
            double value,
            Check.Unit unit,
            Check.Norm norm,
            SubsidyScheme.Limit limit,
            List<String> items,
            Map<String, Double> facts) {
        Verdict verdict = limit.unverified() && v == Verdict.FAIL ? Verdict.WARN : v;
        checks.add(new Check(
                rule, group, verdict, value, unit, Double.NaN, norm, limit.unverified(), limit.source(), items, facts));
    }

    private void add(
            Rule rule,
            Verdict v,
            double value,
            Check.Unit unit,
            double se,
            Check.Norm norm,
            List<String> items,
            Map<String, Double> facts) {
        checks.add(new Check(rule, null, v, value, unit, se, norm, false, "", items, facts));
    }

    /** Facts from pairs of a {@link Fact} and its number. */
    private static Map<String, Double> facts(Object... pairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            m.put(((Fact) pairs[k]).key(), ((Number) pairs[k + 1]).doubleValue());
        }
        return m;
    }

    /** Whether v lies within [min, max] (NaN bounds open), with a relative tolerance so that a value at a limit passes. */
    static boolean within(double v, double min, double max) {
        double tol = AT_LIMIT * Math.max(1, Math.abs(v));
        return !(v < min - tol) && !(v > max + tol);
    }

    /** The probability of breaking a scheme rule under uncertainty; for a rule no source confirms it warns at most. */
    private void riskRule(
            Rule rule,
            Group group,
            Proportion p,
            SubsidyScheme.Limit limit,
            List<String> items,
            Map<String, Double> facts) {
        Verdict v = risk(p);
        Verdict verdict = limit.unverified() && v == Verdict.FAIL ? Verdict.WARN : v;
        Map<String, Double> all = new java.util.LinkedHashMap<>(facts);
        if (verdict == Verdict.UNCERTAIN) {
            all.put(Fact.NEEDED.key(), needed(p, RISK_PASS, RISK_WARN));
        }
        checks.add(new Check(
                rule,
                group,
                verdict,
                p.estimate(),
                Check.Unit.SHARE,
                p.standardError(),
                Check.Norm.atMost(RISK_PASS, RISK_WARN),
                limit.unverified(),
                limit.source(),
                items,
                all));
    }

    /**
     * The half-width, in standard errors, of the band within which a probabilistic check does not
     * decide: a verdict needs the estimate 4 standard errors clear of its bound, so that over 20 seeds
     * at a bound a pass or warning and a fail appear together with a probability of about 1e-8 (a
     * 95% interval would do so in about one plan in six).
     */
    static final double DECISION_Z = 4;

    /**
     * A risk's verdict from its interval of {@link #DECISION_Z} standard errors, never from the
     * estimate alone: pass when the whole interval is at most the pass bound, a warning when it lies
     * between the bounds, a fail when it lies wholly above the warning bound, and "onzeker" when it
     * reaches across a bound. So no seed moves a verdict between pass (or warning) and fail.
     */
    private static Verdict risk(Proportion p) {
        double[] ci = p.wilson(DECISION_Z);
        if (ci[1] <= RISK_PASS) {
            return Verdict.PASS;
        }
        if (ci[0] > RISK_WARN) {
            return Verdict.FAIL;
        }
        if (ci[0] > RISK_PASS && ci[1] <= RISK_WARN) {
            return Verdict.WARN;
        }
        return Verdict.UNCERTAIN;
    }

    /**
     * About how many draws would put the decision band on one side of the nearest bound: p(1-p)
     * (4 / distance)^2 (at least the draws already made, plus one block).
     */
    static double needed(Proportion p, double... bounds) {
        double x = p.estimate();
        double distance = Double.POSITIVE_INFINITY;
        for (double b : bounds) {
            distance = Math.min(distance, Math.abs(x - b));
        }
        double variance = Math.max(x * (1 - x), 1.0 / p.trials());
        double n = distance > 0 ? variance * Math.pow(DECISION_Z / distance, 2) : Double.POSITIVE_INFINITY;
        return Math.max(
                (double) p.trials() + nl.ppsim.engine.result.SimulationResult.BLOCK_SIZE, Math.ceil(n / 1000) * 1000);
    }

    // ------------------------------------------------------------------ scheme rules

    /**
     * The scheme's rules on the budget as planned, judged exactly (one deterministic iteration at
     * the planned values, the same for every seed); empty when the scenario names no scheme. Used
     * by {@code ppsim explore} to keep only routes that the scheme allows; {@code values} are the
     * inputs the route sets (by YAML path), which the run held as constants.
     */
    public static List<Check> plannedSchemeRules(SimulationResult result, Map<String, Double> values) {
        PlanReview review = new PlanReview(result, null, Options.DEFAULT);
        if (result.scenario().scheme() != null) {
            review.schemePlanned(values);
        }
        return List.copyOf(review.checks);
    }

    /**
     * Whether each partner group's share of the non-subsidy funding lies within the balance band
     * of the review ({@link #BALANCE_LOW} to {@link #BALANCE_HIGH}, docs/toetsing.md).
     */
    public static boolean balanced(double[] partyShares) {
        boolean balanced = true;
        for (double sh : partyShares) {
            balanced &= sh >= BALANCE_LOW && sh <= BALANCE_HIGH;
        }
        return balanced;
    }

    private void scheme() {
        SubsidyScheme scheme = s.scheme();
        if (scheme == null) {
            add(
                    Rule.SCHEME,
                    Verdict.INFO,
                    Double.NaN,
                    Check.Unit.NONE,
                    Double.NaN,
                    Check.Norm.NONE,
                    List.of(),
                    Map.of());
            return;
        }
        schemePlanned(Map.of());
        milestones();
        SubsidyScheme.Limit share = scheme.subsidyShare();
        uncertainSchemeRules(scheme, share, r.settlement());
    }

    /** The scheme's rules on the budget as planned (see {@link #plannedSchemeRules}). */
    private void schemePlanned(Map<String, Double> values) {
        SubsidyScheme scheme = s.scheme();
        // the budget as planned: every input at its planned value, one deterministic iteration
        SimulationResult planned = Simulation.planned(s, r.inputs(), values);
        SettlementResult pst = planned.settlement();
        double subsidy = pst == null ? 0 : pst.meanGranted();
        double budget = pst == null ? 0 : pst.meanBudget();
        // the same budget if the scheme counted everything: the shares before its exclusions, shown beside those after
        boolean excludes = !scheme.ineligible().isEmpty() && pst != null;
        SettlementResult all = excludes
                ? Simulation.planned(s.withScheme(scheme.withoutExclusions()), r.inputs(), values)
                        .settlement()
                : pst;
        double budgetAll = all == null ? 0 : all.meanBudget();
        if (excludes) {
            Map<String, Double> f = facts(Fact.BUDGET_ALL, budgetAll, Fact.BUDGET, budget);
            for (Group g : Group.values()) {
                f.put(
                        Fact.EXCLUDED.at(g.key()),
                        all.meanGroupContribution()[g.ordinal()] - pst.meanGroupContribution()[g.ordinal()]);
            }
            List<String> items =
                    scheme.ineligible().stream().map(x -> x.item().id()).toList();
            boolean unverified = scheme.ineligible().stream().anyMatch(SubsidyScheme.Ineligible::unverified);
            String sources = String.join(
                    "; ",
                    scheme.ineligible().stream()
                            .map(x -> x.item().id() + ": " + x.source())
                            .toList());
            checks.add(new Check(
                    Rule.NOT_COUNTED,
                    null,
                    Verdict.INFO,
                    budgetAll - budget,
                    Check.Unit.EURO,
                    Double.NaN,
                    Check.Norm.NONE,
                    unverified,
                    sources,
                    items,
                    f));
        }
        SubsidyScheme.Limit total = scheme.totalSubsidy();
        if (total.present()) {
            rule(
                    Rule.SUBSIDY_AMOUNT,
                    null,
                    within(subsidy, total.min(), total.max()) ? Verdict.PASS : Verdict.FAIL,
                    subsidy,
                    Check.Unit.EURO,
                    Check.Norm.between(total.min(), total.max()),
                    total,
                    List.of(),
                    facts(Fact.YEARS, s.subsidyYears()));
        }
        SubsidyScheme.Limit share = scheme.subsidyShare();
        if (share.present() && budget > 0) {
            double v = subsidy / budget;
            Map<String, Double> f = facts(Fact.SUBSIDY, subsidy, Fact.BUDGET, budget);
            if (excludes && budgetAll > 0) {
                f.put(Fact.SHARE_ALL.key(), subsidy / budgetAll);
            }
            rule(
                    Rule.SUBSIDY_SHARE,
                    null,
                    within(v, share.min(), share.max()) ? Verdict.PASS : Verdict.FAIL,
                    v,
                    Check.Unit.SHARE,
                    Check.Norm.between(share.min(), share.max()),
                    share,
                    List.of(),
                    f);
        }
        for (Group g : Group.values()) {
            SubsidyScheme.Limit gl = scheme.group(g);
            if (!gl.present() || budget <= 0) {
                continue;
            }
            double contribution = pst.meanGroupContribution()[g.ordinal()];
            double v = contribution / budget;
            Map<String, Double> f = facts(Fact.CONTRIBUTION, contribution, Fact.BUDGET, budget);
            if (excludes && budgetAll > 0) {
                f.put(Fact.SHARE_ALL.key(), all.meanGroupContribution()[g.ordinal()] / budgetAll);
            }
            rule(
                    Rule.GROUP_SHARE,
                    g,
                    within(v, gl.min(), gl.max()) ? Verdict.PASS : Verdict.FAIL,
                    v,
                    Check.Unit.SHARE,
                    Check.Norm.between(gl.min(), gl.max()),
                    gl,
                    List.of(g.key()),
                    f);
        }
        for (Group g : Group.values()) {
            SubsidyScheme.Limit pl = scheme.minPartners(g);
            if (!pl.present()) {
                continue;
            }
            // a pool counts with its members at the start
            int count = 0;
            for (Partner p : s.partners()) {
                if (p.group() == g) {
                    count += p.pool() == null ? 1 : p.pool().members();
                }
            }
            rule(
                    Rule.PARTNERS,
                    g,
                    count >= pl.min() ? Verdict.PASS : Verdict.FAIL,
                    count,
                    Check.Unit.COUNT,
                    Check.Norm.atLeast(pl.min()),
                    pl,
                    List.of(g.key()),
                    Map.of());
        }
        SubsidyScheme.Limit duration = scheme.durationYears();
        if (duration.present() && Double.isNaN(duration.value())) {
            int years = s.subsidyYears();
            rule(
                    Rule.DURATION,
                    null,
                    years <= duration.max() ? Verdict.PASS : Verdict.FAIL,
                    years,
                    Check.Unit.YEARS,
                    Check.Norm.atMost(duration.max(), duration.max()),
                    duration,
                    List.of(),
                    facts(Fact.EXTENSION, 0));
        } else if (duration.present()) {
            int d = (int) duration.value();
            int ext = Double.isNaN(scheme.extensionYears()) ? 0 : (int) scheme.extensionYears();
            int years = s.subsidyYears();
            Verdict v = years == d ? Verdict.PASS : years > d && years <= d + ext ? Verdict.WARN : Verdict.FAIL;
            rule(
                    Rule.DURATION,
                    null,
                    v,
                    years,
                    Check.Unit.YEARS,
                    new Check.Norm(d, d, d, d + ext),
                    duration,
                    List.of(),
                    facts(Fact.EXTENSION, ext));
        }
        SubsidyScheme.Limit after = scheme.yearsAfterSubsidy();
        if (after.present()) {
            int years = s.horizonYears() - s.subsidyYears();
            rule(
                    Rule.YEARS_AFTER,
                    null,
                    years >= after.min() ? Verdict.PASS : Verdict.FAIL,
                    years,
                    Check.Unit.YEARS,
                    Check.Norm.atLeast(after.min()),
                    after,
                    List.of(),
                    Map.of());
        }
    }

    private void uncertainSchemeRules(SubsidyScheme scheme, SubsidyScheme.Limit share, SettlementResult st) {
        if (st == null) {
            return;
        }
        for (Group g : Group.values()) {
            SubsidyScheme.Limit gl = scheme.group(g);
            if (!Double.isNaN(gl.min())) {
                riskRule(
                        Rule.GROUP_SHARE_TOO_LOW,
                        g,
                        st.belowMin()[g.ordinal()],
                        gl,
                        List.of(g.key()),
                        facts(Fact.LIMIT, gl.min()));
            }
            if (!Double.isNaN(gl.max())) {
                riskRule(
                        Rule.GROUP_SHARE_TOO_HIGH,
                        g,
                        st.aboveMax()[g.ordinal()],
                        gl,
                        List.of(g.key()),
                        facts(Fact.LIMIT, gl.max()));
            }
        }
        if (share.present()) {
            // a likely reduction at settlement breaks no rule: it is the penvoerder's cash-planning risk, information
            // only
            checks.add(new Check(
                    Rule.SETTLEMENT_REDUCTION,
                    null,
                    Verdict.INFO,
                    st.reduced().estimate(),
                    Check.Unit.SHARE,
                    st.reduced().standardError(),
                    Check.Norm.NONE,
                    share.unverified(),
                    share.source(),
                    List.of(),
                    facts(
                            Fact.REPAID,
                            st.meanRepaid(),
                            Fact.LIMIT,
                            share.max(),
                            Fact.PRO_RATA,
                            scheme.proRataSettlement() ? 1 : 0,
                            Fact.DISCRETIONARY,
                            scheme.settlementDiscretionary() ? 1 : 0)));
        }
    }

    private void milestones() {
        Map<String, Double> f = new LinkedHashMap<>();
        List<String> years = new ArrayList<>();
        for (int year : new int[] {2, 4}) {
            if (year > s.horizonYears()) {
                continue;
            }
            YearResult y = r.years().get(year - 1);
            years.add(Integer.toString(year));
            f.put(Fact.CALENDAR_YEAR.at(Integer.toString(year)), (double) y.calendarYear());
            f.put(
                    Fact.SELF_SUFFICIENT.at(Integer.toString(year)),
                    y.selfSufficient().estimate());
            f.put(
                    Fact.REVENUE.at(Integer.toString(year)),
                    y.metric(Metric.REVENUE).mean());
            f.put(
                    Fact.RESERVE_P50.at(Integer.toString(year)),
                    y.metric(Metric.RESERVE).p50());
        }
        add(Rule.MILESTONES, Verdict.INFO, Double.NaN, Check.Unit.NONE, Double.NaN, Check.Norm.NONE, years, f);
    }

    // ------------------------------------------------------------------ sustainability

    private double postSubsidyFunding() {
        double sum = 0;
        for (YearResult y : r.years()) {
            if (!y.subsidyPhase()) {
                sum += y.metric(Metric.PARTNER_CASH).mean()
                        + y.metric(Metric.IN_KIND).mean()
                        + y.metric(Metric.REVENUE).mean();
            }
        }
        return sum;
    }

    private void sustainability() {
        Proportion p = r.verduurzaamd();
        double[] ci = p.wilson95();
        double[] band = p.wilson(DECISION_Z);
        double t = options.threshold();
        Verdict v = band[0] >= t ? Verdict.PASS : band[1] < t ? Verdict.FAIL : Verdict.UNCERTAIN;
        add(
                Rule.SUSTAINABILITY,
                v,
                p.estimate(),
                Check.Unit.SHARE,
                p.standardError(),
                Check.Norm.atLeast(t),
                List.of(),
                v == Verdict.UNCERTAIN
                        ? facts(Fact.CI_LOW, ci[0], Fact.CI_HIGH, ci[1], Fact.NEEDED, needed(p, t))
                        : facts(Fact.CI_LOW, ci[0], Fact.CI_HIGH, ci[1]));

        double total = postSubsidyFunding();
        int first = s.subsidyYears();
        int horizon = s.horizonYears();
        double renewalDependent = 0;
        Partner largest = null;
        double largestAmount = 0;
        // what the simulation says each partner gives after the subsidy: a pool with all its members, renewals,
        // drop-outs and exits; what comes after a partner's commitment depends on it staying (a renewal, or pool
        // members)
        double[][] gives = r.money().partnerGives();
        for (int k = 0; k < s.partners().size(); k++) {
            Partner partner = s.partners().get(k);
            double amount = 0;
            for (int year = first + 1; year <= horizon; year++) {
                double x = k < gives.length ? gives[k][year] : 0;
                amount += x;
                if (year > partner.committedYears()) {
                    renewalDependent += x;
                }
            }
            if (amount > largestAmount) {
                largestAmount = amount;
                largest = partner;
            }
        }
        if (total > 0) {
            double share = renewalDependent / total;
            Verdict rv = share < RENEWAL_PASS ? Verdict.PASS : share < RENEWAL_WARN ? Verdict.WARN : Verdict.FAIL;
            add(
                    Rule.RENEWAL_DEPENDENCE,
                    rv,
                    share,
                    Check.Unit.SHARE,
                    Double.NaN,
                    Check.Norm.atMost(RENEWAL_PASS, RENEWAL_WARN),
                    List.of(),
                    facts(Fact.PER_YEAR, renewalDependent / Math.max(1, horizon - first)));
            if (largest != null) {
                double ls = largestAmount / total;
                Verdict lv = ls < PARTNER_PASS ? Verdict.PASS : ls < PARTNER_WARN ? Verdict.WARN : Verdict.FAIL;
                add(
                        Rule.LARGEST_PARTNER,
                        lv,
                        ls,
                        Check.Unit.SHARE,
                        Double.NaN,
                        Check.Norm.atMost(PARTNER_PASS, PARTNER_WARN),
                        List.of(largest.name()),
                        Map.of());
            }
        }

        boolean earningModel = s.businessModels().stream()
                .anyMatch(
                        u -> Catalog.find(u.model()).map(BusinessModel::earning).orElse(false));
        boolean revenueLine = s.lines().stream().anyMatch(Line::revenue);
        double revenue = 0;
        double costs = 0;
        for (YearResult y : r.years()) {
            if (!y.subsidyPhase()) {
                revenue += y.metric(Metric.REVENUE).mean();
                costs += y.metric(Metric.COSTS).mean();
            }
        }
        if (!earningModel && !revenueLine) {
            add(
                    Rule.EARNING_MODEL,
                    Verdict.FAIL,
                    0,
                    Check.Unit.SHARE,
                    Double.NaN,
                    Check.Norm.atLeast(EARNING_SHARE),
                    List.of(),
                    facts(Fact.EARNING_MODELS, 0));
        } else {
            double ratio = costs > 0 ? revenue / costs : 1;
            add(
                    Rule.EARNING_MODEL,
                    ratio >= EARNING_SHARE ? Verdict.PASS : Verdict.WARN,
                    ratio,
                    Check.Unit.SHARE,
                    Double.NaN,
                    Check.Norm.atLeast(EARNING_SHARE),
                    List.of(),
                    facts(Fact.EARNING_MODELS, 1));
        }

        double[] shares = r.funding().partyShares();
        boolean balanced = true;
        double lowest = 1;
        for (double sh : shares) {
            balanced &= sh >= BALANCE_LOW && sh <= BALANCE_HIGH;
            lowest = Math.min(lowest, sh);
        }
        add(
                Rule.BALANCE,
                balanced ? Verdict.PASS : Verdict.WARN,
                lowest,
                Check.Unit.SHARE,
                Double.NaN,
                Check.Norm.between(BALANCE_LOW, BALANCE_HIGH),
                List.of(),
                byItem(
                        Fact.SHARE,
                        Map.of(
                                Group.ONDERWIJS.key(),
                                shares[0],
                                Group.WERKVELD.key(),
                                shares[1],
                                Group.OVERHEID.key(),
                                shares[2])));
    }

    // ------------------------------------------------------------------ plausibility

    /** A plausibility flag: the items found (with their figure), a warning when there are any. */
    private void flag(Rule rule, Map<String, Double> found, Check.Norm norm) {
        add(
                rule,
                found.isEmpty() ? Verdict.PASS : Verdict.WARN,
                found.size(),
                Check.Unit.COUNT,
                Double.NaN,
                norm,
                List.copyOf(found.keySet()),
                byItem(Fact.FOUND, found));
    }

    /** Facts of one kind per item, keyed by {@link Fact#at}. */
    private static Map<String, Double> byItem(Fact fact, Map<String, Double> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        values.forEach((item, v) -> out.put(fact.at(item), v));
        return out;
    }

    private void plausibility() {
        Map<String, Double> growth = new LinkedHashMap<>();
        for (Line l : s.lines()) {
            if (l.revenue() && l.growth().mean() > GROWTH_PLAUSIBLE) {
                growth.put(l.name(), l.growth().mean());
            }
        }
        flag(Rule.GROWTH, growth, Check.Norm.atMost(GROWTH_PLAUSIBLE, Double.NaN));

        Map<String, Double> margins = new LinkedHashMap<>();
        for (ModelResult m : r.models()) {
            double rev = 0;
            double mar = 0;
            for (ModelResult.Year y : m.years()) {
                if (y.year() > s.subsidyYears()) {
                    rev += y.revenue().mean();
                    mar += y.margin().mean();
                }
            }
            if (rev > 0 && mar / rev > MARGIN_PLAUSIBLE) {
                margins.put(m.name(), mar / rev);
            }
        }
        flag(Rule.MARGIN, margins, Check.Norm.atMost(MARGIN_PLAUSIBLE, Double.NaN));

        Map<String, Double> covering = new LinkedHashMap<>();
        boolean anyTraining = false;
        for (ModelResult m : r.models()) {
            if (!m.model().equals("trainingsbureau")) {
                continue;
            }
            anyTraining = true;
            double revenue = 0;
            double full = 0;
            for (ModelResult.Year y : m.years()) {
                revenue += y.revenue().mean();
                full += y.costs().mean() + y.inKind().mean();
            }
            double ratio = full > 0 ? revenue / full : 1;
            if (ratio < 1) {
                covering.put(m.name(), ratio);
            }
        }
        if (anyTraining) {
            flag(Rule.COST_COVERING, covering, Check.Norm.atLeast(1));
        }

        Map<String, Double> rates = new LinkedHashMap<>();
        for (BusinessModelUse u : s.businessModels()) {
            for (var e : u.params().entrySet()) {
                String k = e.getKey();
                if ((k.contains("hour_value") || k.contains("hour_cost") || k.equals("hourly_rate"))
                        && !e.getValue().catalogDefault()) {
                    double v = e.getValue().mean();
                    if (v < HOUR_RATE_LOW || v > HOUR_RATE_HIGH) {
                        rates.put(e.getValue().path(), v);
                    }
                }
            }
        }
        double schemeRate =
                s.scheme() == null ? Double.NaN : s.scheme().hourRate().value();
        if (!Double.isNaN(schemeRate) && (schemeRate < HOUR_RATE_LOW || schemeRate > HOUR_RATE_HIGH)) {
            rates.put("subsidy.rules.hour_rate", schemeRate);
        }
        flag(Rule.HOUR_RATE, rates, Check.Norm.between(HOUR_RATE_LOW, HOUR_RATE_HIGH));

        Map<String, Double> certain = new LinkedHashMap<>();
        for (Line l : s.lines()) {
            if (l.revenue() && l.amount().isConstant()) {
                certain.put(l.amount().path(), l.amount().mean());
            }
        }
        for (Partner p : s.partners()) {
            if (p.group() == Group.WERKVELD
                    && p.cashPerYear().isConstant()
                    && p.cashPerYear().mean() > 0
                    && p.committedYears() < s.horizonYears()) {
                certain.put(p.cashPerYear().path(), p.cashPerYear().mean());
            }
        }
        for (BusinessModelUse u : s.businessModels()) {
            BusinessModel m = Catalog.find(u.model()).orElseThrow();
            for (Parameter p : m.parameters()) {
                Input in = u.params().get(p.key());
                if (in != null && p.perYear() && p.kind() == Parameter.Kind.COUNT && in.isConstant() && in.mean() > 0) {
                    certain.put(in.path(), in.mean());
                }
            }
        }
        flag(Rule.CERTAINTY, certain, Check.Norm.atMost(0, Double.NaN));
    }

    // ------------------------------------------------------------------ register

    private void register() {
        if (tornado == null || tornado.bars().isEmpty()) {
            add(
                    Rule.SOURCES,
                    Verdict.INFO,
                    0,
                    Check.Unit.COUNT,
                    Double.NaN,
                    Check.Norm.NONE,
                    List.of(),
                    facts(Fact.TOP, 0));
            return;
        }
        List<String> missing = new ArrayList<>();
        Map<String, Double> defaults = new LinkedHashMap<>();
        int n = Math.min(REGISTER_TOP, tornado.bars().size());
        for (int k = 0; k < n; k++) {
            Input in = tornado.bars().get(k).input();
            if (!in.hasSource() && !in.path().endsWith(nl.ppsim.scenario.InputPath.RENEWAL_EVENT)) {
                missing.add(in.path());
                if (in.catalogDefault()) {
                    defaults.put(Fact.CATALOG_DEFAULT.at(in.path()), 1.0);
                }
            }
        }
        Map<String, Double> f = new LinkedHashMap<>(defaults);
        f.put(Fact.TOP.key(), (double) n);
        add(
                Rule.SOURCES,
                missing.isEmpty() ? Verdict.PASS : Verdict.WARN,
                missing.size(),
                Check.Unit.COUNT,
                Double.NaN,
                Check.Norm.atMost(0, Double.NaN),
                missing,
                f);
    }
}
