package nl.ppsim.check;

import java.util.ArrayList;
import java.util.List;
import nl.ppsim.engine.Input;
import nl.ppsim.engine.Metric;
import nl.ppsim.engine.ModelResult;
import nl.ppsim.engine.SettlementResult;
import nl.ppsim.engine.SimulationResult;
import nl.ppsim.engine.Tornado;
import nl.ppsim.engine.YearResult;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Catalog;
import nl.ppsim.model.Parameter;
import nl.ppsim.report.Lang;
import nl.ppsim.scenario.BusinessModelUse;
import nl.ppsim.scenario.Group;
import nl.ppsim.scenario.Line;
import nl.ppsim.scenario.Partner;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.scenario.SubsidyScheme;
import nl.ppsim.stats.Proportion;

/**
 * A reviewer's checks of a plan: the subsidy scheme's rules on the planned (mean) budget and under
 * uncertainty, the credibility of its verduurzaming, plausibility flags, and the assumption
 * register. Thresholds of the judgement checks are constants here, stated in each explanation and
 * in docs/toetsing.md.
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
    /** How many of the most important inputs the register requires a source for. */
    static final int REGISTER_TOP = 5;

    /** Settings of a review. */
    public record Options(double threshold) {
        public static final Options DEFAULT = new Options(0.5);
    }

    private final Scenario s;
    private final SimulationResult r;
    private final Tornado.Result tornado;
    private final Options options;
    private final List<Check> checks = new ArrayList<>();
    private final Lang lang = Lang.NL;

    private PlanReview(SimulationResult r, Tornado.Result tornado, Options options) {
        this.s = r.scenario();
        this.r = r;
        this.tornado = tornado;
        this.options = options;
    }

    public static List<Check> review(SimulationResult result, Tornado.Result tornado, Options options) {
        PlanReview review = new PlanReview(result, tornado, options);
        review.scheme();
        review.sustainability();
        review.plausibility();
        review.register();
        return List.copyOf(review.checks);
    }

    public static boolean anyFail(List<Check> checks) {
        return checks.stream().anyMatch(c -> c.verdict() == Verdict.FAIL);
    }

    private void add(String rule, Verdict v, String value, String threshold, String explanation) {
        checks.add(new Check(rule, v, value, threshold, explanation));
    }

    private String pct(double p) {
        return lang.percent(p);
    }

    private String eur(double x) {
        return lang.euro(x);
    }

    private static String src(SubsidyScheme.Limit l) {
        return l.source().isEmpty() ? "" : " (" + l.source() + ")";
    }

    // ------------------------------------------------------------------ scheme rules

    private void scheme() {
        SubsidyScheme scheme = s.scheme();
        if (scheme == null) {
            add("regeling", Verdict.INFO, "geen", "", "Het scenario noemt geen subsidieregeling (subsidy.scheme); de regels van een regeling"
                    + " zijn niet getoetst. Gebruik bv. 'scheme: rif' of 'scheme: custom' met eigen regels.");
            return;
        }
        SettlementResult st = r.settlement();
        double subsidy = s.subsidyPerYear() == null ? 0 : s.subsidyPerYear().mean() * s.subsidyYears();
        // the budget the scheme's shares are measured against: the eligible costs of the subsidy years, cash and in kind
        double budget = st == null ? 0 : st.meanBudget();
        SubsidyScheme.Limit total = scheme.totalSubsidy();
        if (total.present()) {
            boolean ok = !(subsidy < total.min()) && !(subsidy > total.max());
            add("regeling.subsidiebedrag", ok ? Verdict.PASS : Verdict.FAIL, eur(subsidy),
                    range(total, false), "Totale subsidie over " + s.subsidyYears() + " jaar (gemiddelde van de begroting)" + src(total) + ".");
        }
        SubsidyScheme.Limit share = scheme.subsidyShare();
        if (share.present() && budget > 0) {
            double v = subsidy / budget;
            add("regeling.subsidieaandeel", v > share.max() + 1e-9 ? Verdict.FAIL : Verdict.PASS, pct(v), "<= " + pct(share.max()),
                    "Subsidie " + eur(subsidy) + " tegen de projectkosten van " + eur(budget) + " (kosten in geld en bijdragen in natura over"
                            + " de subsidiejaren, gemiddeld)" + src(share) + ".");
        }
        for (Group g : Group.values()) {
            SubsidyScheme.Limit gl = scheme.group(g);
            if (!gl.present() || budget <= 0) {
                continue;
            }
            double v = st.meanGroupContribution()[g.ordinal()] / budget;
            boolean ok = !(v < gl.min() - 1e-9) && !(v > gl.max() + 1e-9);
            add("regeling.cofinanciering." + g.key(), ok ? Verdict.PASS : Verdict.FAIL, pct(v), range(gl, true),
                    "Bijdrage van " + g.key() + " (geld en natura) " + eur(st.meanGroupContribution()[g.ordinal()]) + " tegen de projectkosten"
                            + " van " + eur(budget) + src(gl) + ".");
        }
        SubsidyScheme.Limit duration = scheme.durationYears();
        if (duration.present()) {
            int d = (int) duration.value();
            int ext = Double.isNaN(scheme.extensionYears()) ? 0 : (int) scheme.extensionYears();
            Verdict v = s.subsidyYears() == d ? Verdict.PASS : s.subsidyYears() > d && s.subsidyYears() <= d + ext ? Verdict.WARN : Verdict.FAIL;
            add("regeling.looptijd", v, s.subsidyYears() + " jaar", d + " jaar" + (ext > 0 ? " (+" + ext + " verlenging)" : ""),
                    (v == Verdict.WARN ? "Verlenging mag eenmaal, zonder extra subsidie: de subsidie moet over dezelfde som gaan. " : "")
                            + "Looptijd van de subsidie" + src(duration) + ".");
        }
        SubsidyScheme.Limit after = scheme.yearsAfterSubsidy();
        if (after.present()) {
            int years = s.horizonYears() - s.subsidyYears();
            add("regeling.jaren_na_subsidie", years >= after.min() ? Verdict.PASS : Verdict.FAIL, years + " jaar", ">= " + (int) after.min() + " jaar",
                    "Begroting na afloop van de subsidie" + src(after) + ".");
        }
        milestones();
        if (st != null) {
            for (Group g : Group.values()) {
                SubsidyScheme.Limit gl = scheme.group(g);
                if (!Double.isNaN(gl.min())) {
                    risk("onzekerheid.cofinanciering." + g.key() + ".te_laag", st.belowMin()[g.ordinal()],
                            "Kans dat de gerealiseerde bijdrage van " + g.key() + " onder " + pct(gl.min()) + " van de gerealiseerde kosten blijft"
                                    + src(gl));
                }
                if (!Double.isNaN(gl.max())) {
                    risk("onzekerheid.cofinanciering." + g.key() + ".te_hoog", st.aboveMax()[g.ordinal()],
                            "Kans dat de gerealiseerde bijdrage van " + g.key() + " boven " + pct(gl.max()) + " van de gerealiseerde kosten uitkomt"
                                    + src(gl));
                }
            }
            if (share.present()) {
                Proportion p = st.reduced();
                Verdict v = p.estimate() <= RISK_PASS ? Verdict.PASS : p.estimate() <= RISK_WARN ? Verdict.WARN : Verdict.FAIL;
                add("onzekerheid.subsidieverlaging", v, pct(p.estimate()) + " kans, gemiddeld " + eur(st.meanRepaid()),
                        "kans <= " + pct(RISK_PASS) + " voldoet, <= " + pct(RISK_WARN) + " waarschuwing",
                        "De subsidie financiert kosten: bij de vaststelling wordt ze "
                                + (scheme.proRataSettlement() ? "verlaagd" : "niet verlaagd") + " tot hoogstens " + pct(share.max())
                                + " van de gerealiseerde kosten (geld en natura); wat meer is uitbetaald wordt het jaar na de subsidie"
                                + " terugbetaald. Kans op een verlaging " + pct(p.estimate()) + " (se " + pct(p.standardError())
                                + "), verwachte terugbetaling " + eur(st.meanRepaid())
                                + (scheme.settlementSource().isEmpty() ? "" : " (" + scheme.settlementSource() + ")") + ".");
            }
        }
    }

    private String range(SubsidyScheme.Limit l, boolean percent) {
        String lo = Double.isNaN(l.min()) ? null : percent ? pct(l.min()) : eur(l.min());
        String hi = Double.isNaN(l.max()) ? null : percent ? pct(l.max()) : eur(l.max());
        if (lo != null && hi != null) {
            return lo + " - " + hi;
        }
        return lo != null ? ">= " + lo : "<= " + hi;
    }

    private void risk(String rule, Proportion p, String what) {
        Verdict v = p.estimate() <= RISK_PASS ? Verdict.PASS : p.estimate() <= RISK_WARN ? Verdict.WARN : Verdict.FAIL;
        add(rule, v, pct(p.estimate()), "<= " + pct(RISK_PASS) + " voldoet, <= " + pct(RISK_WARN) + " waarschuwing",
                what + ": " + pct(p.estimate()) + " (se " + pct(p.standardError()) + ").");
    }

    private void milestones() {
        StringBuilder sb = new StringBuilder("Resultaten op de mijlpalen: ");
        List<String> parts = new ArrayList<>();
        for (int year : new int[] {2, 4}) {
            if (year > s.horizonYears()) {
                continue;
            }
            YearResult y = r.years().get(year - 1);
            parts.add("jaar " + year + " (" + y.calendarYear() + "): kans zelfstandig " + pct(y.selfSufficient().estimate())
                    + ", opbrengsten gemiddeld " + eur(y.metric(Metric.REVENUE).mean()) + ", reserve mediaan "
                    + eur(y.metric(Metric.RESERVE).p50()));
        }
        sb.append(String.join("; ", parts)).append('.');
        add("regeling.mijlpalen", Verdict.INFO, "jaar 2 en 4", "", sb.toString());
    }

    // ------------------------------------------------------------------ sustainability

    private double postSubsidyFunding() {
        double sum = 0;
        for (YearResult y : r.years()) {
            if (!y.subsidyPhase()) {
                sum += y.metric(Metric.PARTNER_CASH).mean() + y.metric(Metric.IN_KIND).mean() + y.metric(Metric.REVENUE).mean();
            }
        }
        return sum;
    }

    /** Expected yearly contribution (cash, in kind, hours at the scheme rate) of a partner. */
    private static double yearly(Partner p) {
        double hours = p.inKindHoursPerYear().mean() * (Double.isNaN(p.hourRate()) ? 0 : p.hourRate());
        return Math.max(0, p.cashPerYear().mean()) + Math.max(0, p.inKindPerYear().mean()) + hours;
    }

    private void sustainability() {
        Proportion p = r.verduurzaamd();
        double[] ci = p.wilson95();
        double t = options.threshold();
        Verdict v = ci[0] >= t ? Verdict.PASS : ci[1] < t ? Verdict.FAIL : Verdict.WARN;
        add("verduurzaming.kans", v, pct(p.estimate()) + " (95%: " + pct(ci[0]) + " - " + pct(ci[1]) + ")", ">= " + pct(t),
                "Kans dat de pps verduurzaamd is: " + nl.ppsim.report.HeadlineText.criterion(s, lang) + ". Voldoet als het hele"
                        + " 95%-interval boven de drempel ligt, voldoet niet als het er helemaal onder ligt.");

        double total = postSubsidyFunding();
        int S = s.subsidyYears();
        int H = s.horizonYears();
        double renewalDependent = 0;
        Partner largest = null;
        double largestAmount = 0;
        for (Partner partner : s.partners()) {
            double perYear = yearly(partner);
            double prob = partner.renewalProbability().mean();
            double amount = 0;
            for (int year = S + 1; year <= H; year++) {
                if (year <= partner.committedYears()) {
                    amount += perYear;
                } else {
                    amount += perYear * prob;
                    renewalDependent += perYear * prob;
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
            add("verduurzaming.afhankelijk_van_verlenging", rv, pct(share), "< " + pct(RENEWAL_PASS) + " voldoet, < " + pct(RENEWAL_WARN)
                    + " waarschuwing", "Deel van de financiering na de subsidie (geld, natura, opbrengsten) dat alleen komt als partners"
                    + " na hun toezegging verlengen: gemiddeld " + eur(renewalDependent / Math.max(1, H - S)) + " per jaar.");
            if (largest != null) {
                double ls = largestAmount / total;
                Verdict lv = ls < PARTNER_PASS ? Verdict.PASS : ls < PARTNER_WARN ? Verdict.WARN : Verdict.FAIL;
                add("verduurzaming.grootste_partner", lv, pct(ls) + " (" + largest.name() + ")", "< " + pct(PARTNER_PASS) + " voldoet, < "
                        + pct(PARTNER_WARN) + " waarschuwing", "Afhankelijkheid van één partner: zijn verwachte bijdrage na de subsidie als"
                        + " deel van alle inkomsten na de subsidie.");
            }
        }

        boolean earningModel = s.businessModels().stream().anyMatch(u -> Catalog.find(u.model()).map(BusinessModel::earning).orElse(false));
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
            add("verduurzaming.verdienmodel", Verdict.FAIL, "geen", "minstens één verdienend model",
                    "Geen bedrijfsmodel of opbrengstregel verdient geld (opleidingshuis en loket verdienen op zichzelf niets): de pps"
                            + " hangt na de subsidie volledig af van partnerbijdragen.");
        } else {
            double ratio = costs > 0 ? revenue / costs : 1;
            add("verduurzaming.verdienmodel", ratio >= 0.1 ? Verdict.PASS : Verdict.WARN, pct(ratio) + " van de kosten", ">= 10%",
                    "Opbrengsten na de subsidie dekken gemiddeld " + pct(ratio) + " van de kosten.");
        }

        double[] shares = r.funding().partyShares();
        boolean balanced = true;
        for (double sh : shares) {
            balanced &= sh >= BALANCE_LOW && sh <= BALANCE_HIGH;
        }
        add("verduurzaming.balans", balanced ? Verdict.PASS : Verdict.WARN,
                "onderwijs " + pct(shares[0]) + ", werkveld " + pct(shares[1]) + ", overheid " + pct(shares[2]),
                "elk " + pct(BALANCE_LOW) + " - " + pct(BALANCE_HIGH), "Verdeling van geld, natura en betaalde opbrengsten over de hele"
                        + " periode (zonder subsidie) tegen de voorkeur van het handboek: 1/3 school, 1/3 werkveld, 1/3 regionale overheid.");
    }

    // ------------------------------------------------------------------ plausibility

    private void plausibility() {
        List<String> growth = new ArrayList<>();
        for (Line l : s.lines()) {
            if (l.revenue() && l.growth().mean() > GROWTH_PLAUSIBLE) {
                growth.add(l.name() + " (" + pct(l.growth().mean()) + " per jaar)");
            }
        }
        add("plausibiliteit.groei", growth.isEmpty() ? Verdict.PASS : Verdict.WARN, growth.isEmpty() ? "geen" : String.join(", ", growth),
                "<= " + pct(GROWTH_PLAUSIBLE) + " per jaar", "Opbrengstgroei boven " + pct(GROWTH_PLAUSIBLE) + " per jaar houdt zelden jaren"
                        + " achter elkaar stand.");

        List<String> margins = new ArrayList<>();
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
                margins.add(m.name() + " (" + pct(mar / rev) + ")");
            }
        }
        add("plausibiliteit.marge", margins.isEmpty() ? Verdict.PASS : Verdict.WARN, margins.isEmpty() ? "geen" : String.join(", ", margins),
                "<= " + pct(MARGIN_PLAUSIBLE) + " van de opbrengst", "Een marge boven " + pct(MARGIN_PLAUSIBLE) + " van de opbrengst is voor"
                        + " pps-activiteiten (kostendekkende tarieven) onwaarschijnlijk: zijn alle kosten meegenomen?");

        List<String> covering = new ArrayList<>();
        List<String> short_ = new ArrayList<>();
        for (ModelResult m : r.models()) {
            if (!m.model().equals("trainingsbureau")) {
                continue;
            }
            double revenue = 0;
            double full = 0;
            for (ModelResult.Year y : m.years()) {
                revenue += y.revenue().mean();
                full += y.costs().mean() + y.inKind().mean();
            }
            (revenue >= full ? covering : short_).add(m.name() + " (" + pct(full > 0 ? revenue / full : 1) + ")");
        }
        if (!covering.isEmpty() || !short_.isEmpty()) {
            add("plausibiliteit.kostendekkend", short_.isEmpty() ? Verdict.PASS : Verdict.WARN,
                    "opbrengst / volledige kosten: " + String.join(", ", short_.isEmpty() ? covering : short_),
                    ">= 100% over de hele periode", "Het handboek vraagt kostendekkende tarieven voor private trainingen, \"zodat publieke"
                            + " middelen geen private activiteiten financieren\". Volledige kosten: de kosten van de pps plus wat partners"
                            + " in natura geven (partnertrainers), gemiddeld over alle jaren."
                            + (short_.isEmpty() ? "" : " Verhoog de prijs per deelnemer of verlaag de kosten."));
        }

        List<String> rates = new ArrayList<>();
        for (BusinessModelUse u : s.businessModels()) {
            for (var e : u.params().entrySet()) {
                String k = e.getKey();
                if ((k.contains("hour_value") || k.contains("hour_cost") || k.equals("hourly_rate")) && !Input.CATALOG_DEFAULT.equals(e.getValue().source())) {
                    double v = e.getValue().mean();
                    if (v < HOUR_RATE_LOW || v > HOUR_RATE_HIGH) {
                        rates.add(e.getValue().path() + " = " + eur(v));
                    }
                }
            }
        }
        double schemeRate = s.scheme() == null ? Double.NaN : s.scheme().hourRate().value();
        if (!Double.isNaN(schemeRate) && (schemeRate < HOUR_RATE_LOW || schemeRate > HOUR_RATE_HIGH)) {
            rates.add("subsidy.rules.hour_rate = " + eur(schemeRate));
        }
        add("plausibiliteit.uurtarief", rates.isEmpty() ? Verdict.PASS : Verdict.WARN, rates.isEmpty() ? "geen" : String.join(", ", rates),
                eur(HOUR_RATE_LOW) + " - " + eur(HOUR_RATE_HIGH) + " per uur", "Uurwaarden buiten deze band zijn ongebruikelijk voor"
                        + " onderwijs- en bedrijfsuren (de RIF rekent EUR 73).");

        List<String> certain = new ArrayList<>();
        for (Line l : s.lines()) {
            if (l.revenue() && l.amount().isConstant()) {
                certain.add(l.amount().path());
            }
        }
        for (Partner p : s.partners()) {
            if (p.group() == Group.WERKVELD && p.cashPerYear().isConstant() && p.cashPerYear().mean() > 0 && p.committedYears() < s.horizonYears()) {
                certain.add(p.cashPerYear().path());
            }
        }
        for (BusinessModelUse u : s.businessModels()) {
            BusinessModel m = Catalog.find(u.model()).orElseThrow();
            for (Parameter p : m.parameters()) {
                Input in = u.params().get(p.key());
                if (in != null && p.perYear() && p.kind() == Parameter.Kind.COUNT && in.isConstant() && in.mean() > 0) {
                    certain.add(in.path());
                }
            }
        }
        add("plausibiliteit.zekerheid", certain.isEmpty() ? Verdict.PASS : Verdict.WARN,
                certain.isEmpty() ? "geen" : certain.size() + " invoer", "geen vaste waarden voor onzekere grootheden",
                certain.isEmpty() ? "Opbrengsten, volumes en bijdragen van bedrijven hebben een onzekerheid."
                        : "Deze invoer kan niet zeker zijn maar staat als vast getal: " + String.join(", ", certain)
                                + ". Geef een bandbreedte, bv. {range90: [laag, hoog]}.");
    }

    // ------------------------------------------------------------------ register

    private void register() {
        if (tornado == null || tornado.bars().isEmpty()) {
            add("register.bronnen", Verdict.INFO, "-", "", "Geen onzekere invoer om te rangschikken.");
            return;
        }
        List<String> missing = new ArrayList<>();
        int n = Math.min(REGISTER_TOP, tornado.bars().size());
        for (int k = 0; k < n; k++) {
            Input in = tornado.bars().get(k).input();
            if (!in.hasSource() && !in.path().endsWith(".renewal")) {
                missing.add(in.path() + (Input.CATALOG_DEFAULT.equals(in.source()) ? " (catalogusstandaard)" : ""));
            }
        }
        add("register.bronnen", missing.isEmpty() ? Verdict.PASS : Verdict.WARN, missing.isEmpty() ? "alle " + n + " met bron" : missing.size()
                + " van " + n + " zonder bron", "de " + n + " belangrijkste invoer met 'source'",
                missing.isEmpty() ? "De invoer die het meest uitmaakt (tornado: eindreserve bij p10 en p90) heeft een bron."
                        : "Deze invoer maakt het meest uit (tornado) maar heeft geen bron: " + String.join(", ", missing)
                                + ". Voeg toe, bv. {pert: [...], source: \"offerte 2026\"}. Verlengingskansen zijn afspraken en tellen hier niet.");
    }
}
