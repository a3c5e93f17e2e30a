package nl.ppsim.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.result.YearResult;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Catalog;
import nl.ppsim.model.Parameter;
import nl.ppsim.report.HeadlineText;
import nl.ppsim.report.Lang;
import nl.ppsim.report.ModelText;
import nl.ppsim.scenario.InvalidScenarioException;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.stats.Proportion;

/**
 * The JSON forms of the API's answers: a simulation's summary and yearly table, a scenario error,
 * the business-model catalog. Numbers stay numbers (probabilities as fractions, amounts in euro);
 * texts are in the request's language.
 */
public final class Api {
    private Api() {}

    /** A probability as the API gives it: estimate, standard error and the Wilson 95% interval. */
    public static JsonObject proportion(Proportion p) {
        JsonObject o = new JsonObject();
        double[] ci = p.wilson95();
        o.addProperty("estimate", p.estimate());
        o.addProperty("se", p.standardError());
        o.addProperty("ci_low", ci[0]);
        o.addProperty("ci_high", ci[1]);
        return o;
    }

    /** The answer of {@code /api/simulate}: the headline with its interval, the tests, the yearly table, the defaults used. */
    static JsonObject simulation(SimulationResult r, Lang l) {
        Scenario s = r.scenario();
        JsonObject o = new JsonObject();
        o.addProperty("scenario", s.id());
        o.addProperty("title", s.title());
        o.addProperty("iterations", r.iterations());
        o.addProperty("seed", r.seed());
        o.add("p_verduurzaamd", proportion(r.verduurzaamd()));
        o.addProperty(
                "headline_text",
                l.t("Kans op verduurzaming: ", "Probability of sustainability: ")
                        + l.percent(r.verduurzaamd().estimate()) + " (95%: "
                        + l.percent(r.verduurzaamd().wilson95()[0]) + " - "
                        + l.percent(r.verduurzaamd().wilson95()[1]) + ")");
        o.addProperty("criterion", HeadlineText.criterion(s, l));
        o.addProperty("tests", HeadlineText.tests(r, l));
        o.add(
                "p_verduurzaamd_without_unbound_company_cash",
                proportion(r.money().withoutUnboundCompanyCash()));
        String without = HeadlineText.withoutUnbound(r, l);
        JsonArray notes = new JsonArray();
        if (without != null) {
            notes.add(without);
        }
        HeadlineText.money(r, l).forEach(notes::add);
        nl.ppsim.report.NoticeText.all(s, l, true).forEach(notes::add);
        o.add("notes", notes);
        o.add("p_survives", proportion(r.survives()));
        Integer median = r.medianYearSelfSufficient();
        if (median != null) {
            o.addProperty("median_year_self_sufficient", median);
        }
        JsonArray years = new JsonArray();
        for (YearResult y : r.years()) {
            JsonObject row = new JsonObject();
            row.addProperty("year", y.calendarYear());
            row.addProperty("subsidy_phase", y.subsidyPhase());
            row.addProperty("p_self_sufficient", y.selfSufficient().estimate());
            row.addProperty("p_reserve_negative", y.insolvent().estimate());
            row.addProperty("reserve_p05", y.metric(Metric.RESERVE).p05());
            row.addProperty("reserve_p50", y.metric(Metric.RESERVE).p50());
            row.addProperty("reserve_p95", y.metric(Metric.RESERVE).p95());
            for (Metric m :
                    new Metric[] {Metric.SUBSIDY, Metric.PARTNER_CASH, Metric.REVENUE, Metric.COSTS, Metric.IN_KIND}) {
                row.addProperty(m.key() + "_mean", y.metric(m).mean());
            }
            years.add(row);
        }
        o.add("years", years);
        JsonArray messages = new JsonArray();
        String noCosts = HeadlineText.noCosts(s, l);
        if (noCosts != null) {
            messages.add(noCosts);
        }
        List<String> defaults = HeadlineText.defaults(s, l);
        if (!defaults.isEmpty()) {
            messages.add(HeadlineText.defaultsHeading(l) + " " + String.join("; ", defaults));
        }
        o.add("messages", messages);
        return o;
    }

    /**
     * The answer of {@code /api/why}: the ten inputs that move the final reserve most (the tornado,
     * each with its label and the mean final reserve and headline at its p10 and p90), what each
     * business model contributes (the headline with and without it under the same draws, with the
     * 95% margin of the difference), the final reserve's histogram and S-curve, and the net cash
     * per year as a fan. Labels in the request's language; every number a number.
     */
    static JsonObject why(nl.ppsim.analysis.Sensitivity.Result r, Lang l, int answerIterations) {
        SimulationResult base = r.base();
        Scenario s = base.scenario();
        nl.ppsim.report.InputLabels labels = new nl.ppsim.report.InputLabels(s, l);
        JsonObject o = new JsonObject();
        o.addProperty("iterations", base.iterations());
        o.addProperty("answer_iterations", answerIterations);
        o.add("p_verduurzaamd", proportion(base.verduurzaamd()));
        JsonObject tornado = new JsonObject();
        tornado.addProperty("iterations", r.tornado().iterations());
        tornado.addProperty("base_final_reserve_mean", r.tornado().baseReserve());
        JsonArray bars = new JsonArray();
        for (nl.ppsim.analysis.Tornado.Bar b : r.tornado()
                .bars()
                .subList(0, Math.min(WHY_BARS, r.tornado().bars().size()))) {
            JsonObject bar = new JsonObject();
            bar.addProperty("path", b.input().path());
            bar.addProperty("label", labels.of(b.input().path()));
            bar.addProperty(
                    "yes_no", nl.ppsim.report.InputLabels.isRenewal(b.input().path()));
            bar.addProperty("final_reserve_mean_at_p10", b.reserveLow());
            bar.addProperty("final_reserve_mean_at_p90", b.reserveHigh());
            bar.addProperty("p_verduurzaamd_at_p10", b.pLow());
            bar.addProperty("p_verduurzaamd_at_p90", b.pHigh());
            bars.add(bar);
        }
        tornado.add("bars", bars);
        o.add("tornado", tornado);
        JsonArray models = new JsonArray();
        for (nl.ppsim.analysis.Sensitivity.Counterfactual c : r.counterfactuals()) {
            nl.ppsim.stats.PairedDifference d = c.difference();
            JsonObject m = new JsonObject();
            m.addProperty("name", c.model());
            m.addProperty("p_with", d.pA());
            m.addProperty("p_without", d.pB());
            m.addProperty("difference", d.difference());
            m.addProperty("paired_se", d.pairedSe());
            m.addProperty("margin95", d.margin95());
            models.add(m);
        }
        o.add("models", models);
        JsonObject reserve = new JsonObject();
        double[] q = base.finalReservePercentiles();
        nl.ppsim.stats.Histogram h = nl.ppsim.stats.Histogram.fromPercentiles(q, 25);
        JsonArray bins = new JsonArray();
        for (int k = 0; k < h.bins(); k++) {
            JsonObject bin = new JsonObject();
            bin.addProperty("from", h.from(k));
            bin.addProperty("to", h.to(k));
            bin.addProperty("share", h.share(k));
            bins.add(bin);
        }
        reserve.add("histogram", bins);
        JsonArray curve = new JsonArray();
        for (int k = 1; k < q.length - 1; k++) {
            curve.add(q[k]);
        }
        reserve.add("percentiles_1_to_99", curve);
        reserve.add(
                "p_shortfall",
                proportion(base.years().get(base.years().size() - 1).insolvent()));
        reserve.addProperty("year", s.calendarYear(s.horizonYears()));
        o.add("final_reserve", reserve);
        JsonArray net = new JsonArray();
        for (YearResult y : base.years()) {
            nl.ppsim.stats.Summary m = y.metric(Metric.NET);
            JsonObject row = new JsonObject();
            row.addProperty("year", y.calendarYear());
            row.addProperty("subsidy_phase", y.subsidyPhase());
            row.addProperty("p05", m.p05());
            row.addProperty("p25", m.p25());
            row.addProperty("p50", m.p50());
            row.addProperty("p75", m.p75());
            row.addProperty("p95", m.p95());
            net.add(row);
        }
        o.add("net_cash", net);
        return o;
    }

    /** How many inputs the page's tornado shows. */
    static final int WHY_BARS = 10;

    /** A scenario error: the whole message in the request's language, and where it is (line and YAML path). */
    static JsonObject error(InvalidScenarioException e, Lang l) {
        JsonObject o = new JsonObject();
        JsonObject error = new JsonObject();
        error.addProperty("message", nl.ppsim.io.ProblemText.message(e, l == Lang.EN));
        error.addProperty("line", e.line());
        error.addProperty("path", e.path());
        o.add("error", error);
        return o;
    }

    /** A request error (not a scenario's): a message only. */
    static JsonObject error(String message) {
        JsonObject o = new JsonObject();
        JsonObject error = new JsonObject();
        error.addProperty("message", message);
        o.add("error", error);
        return o;
    }

    /** The review of {@code /api/check}: the conclusion and every check with its verdict code and texts. */
    public static JsonObject checks(List<nl.ppsim.check.Check> checks, Scenario s, Lang l) {
        JsonObject o = new JsonObject();
        o.addProperty("conclusion", nl.ppsim.report.ReviewReport.conclusion(checks, l));
        o.addProperty("any_fail", nl.ppsim.check.PlanReview.anyFail(checks));
        JsonArray rows = new JsonArray();
        for (nl.ppsim.check.Check c : checks) {
            JsonObject row = new JsonObject();
            row.addProperty("rule", c.rule());
            row.addProperty("verdict", c.verdict().code());
            row.addProperty("verdict_text", nl.ppsim.report.CheckText.verdict(c.verdict(), l));
            row.addProperty("value", nl.ppsim.report.CheckText.value(c, s, l));
            row.addProperty("norm", nl.ppsim.report.CheckText.norm(c, l));
            row.addProperty("explanation", nl.ppsim.report.CheckText.explanation(c, s, l));
            rows.add(row);
        }
        o.add("checks", rows);
        return o;
    }

    /** The catalog of {@code /api/models}: each model with its parameters' keys, units, labels and defaults. */
    static JsonArray models(Lang l) {
        JsonArray out = new JsonArray();
        for (BusinessModel m : Catalog.all()) {
            JsonObject o = new JsonObject();
            o.addProperty("key", m.key());
            o.addProperty("name", l.t(m.dutchName(), m.englishName()));
            o.addProperty("group", l.t(m.group().dutch(), m.group().english()));
            o.addProperty("logic", l.t(m.logicDutch(), m.logicEnglish()));
            JsonArray params = new JsonArray();
            for (Parameter p : m.parameters()) {
                JsonObject q = new JsonObject();
                q.addProperty("key", p.key());
                q.addProperty("unit", ModelText.unit(p.unit(), l));
                q.addProperty("label", l.t(p.dutch(), p.english()));
                q.addProperty("default", p.optional() ? null : l.describe(p.defaultValue()));
                q.addProperty("per_year", p.perYear());
                params.add(q);
            }
            o.add("parameters", params);
            out.add(o);
        }
        return out;
    }

    /** The schemes of {@code /api/schemes}: each name a scenario may give as {@code scheme:}, its title and variants. */
    static JsonArray schemes() {
        JsonArray out = new JsonArray();
        for (String name : nl.ppsim.io.SchemeReader.names()) {
            JsonObject o = new JsonObject();
            o.addProperty("key", name);
            o.addProperty("title", nl.ppsim.io.SchemeReader.shipped(name).title());
            JsonArray variants = new JsonArray();
            nl.ppsim.io.SchemeReader.variants(name).forEach(variants::add);
            o.add("variants", variants);
            out.add(o);
        }
        return out;
    }
}
