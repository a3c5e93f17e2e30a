package nl.ppsim.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.result.EventResult;
import nl.ppsim.engine.result.Funding;
import nl.ppsim.engine.result.LumpResult;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.ModelResult;
import nl.ppsim.engine.result.Money;
import nl.ppsim.engine.result.Outcomes;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.result.YearResult;
import nl.ppsim.model.Parameter;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.stats.Summary;

/**
 * A run's amounts in euros of its first year instead of nominal euros: each year's amounts divided
 * by the expected price level of that year, (1 + mean rate of the scenario's {@code prices} index)
 * to the power (year - 1). Exact for a constant rate and for rates drawn independently each year
 * (the expected product is then the product of the means); with persistence between years it is the
 * product of the means, slightly below the expected product. Probabilities do not change.
 * Amounts that span years are left nominal where they cannot be split by year: the subsidy
 * settlement, the events' costs and the subsidy paid and not spent; horizon totals (the funding mix)
 * are the sums of the deflated years.
 */
public final class RealEuros {
    private RealEuros() {}

    /** Whether the scenario has a {@code prices} index to deflate by. */
    public static boolean applies(Scenario s) {
        return s.indices().containsKey(Parameter.PRICES);
    }

    /** The expected price level of year t relative to year 1 (1 without a prices index). */
    static double level(Scenario s, int t) {
        Input prices = s.indices().get(Parameter.PRICES);
        return prices == null ? 1 : Math.pow(1 + prices.mean(), t - 1);
    }

    /** The result with every yearly amount in euros of the first year (the same result without a prices index). */
    public static SimulationResult deflate(SimulationResult r) {
        Scenario s = r.scenario();
        if (!applies(s)) {
            return r;
        }
        int h = s.horizonYears();
        List<YearResult> years = new ArrayList<>();
        double subsidy = 0;
        double revenue = 0;
        double[] cash = new double[3];
        double[] inKind = new double[3];
        for (YearResult y : r.years()) {
            double p = level(s, y.year());
            Map<Metric, Summary> metrics = new EnumMap<>(Metric.class);
            y.metrics().forEach((m, v) -> metrics.put(m, scale(v, p)));
            double[] c = divide(y.cashByGroup(), p);
            double[] k = divide(y.inKindByGroup(), p);
            years.add(new YearResult(
                    y.year(),
                    y.calendarYear(),
                    y.subsidyPhase(),
                    y.selfSufficient(),
                    y.insolvent(),
                    metrics,
                    c,
                    k,
                    y.continuesThrough(),
                    y.headlineThrough()));
            subsidy += metrics.get(Metric.SUBSIDY).mean();
            revenue += metrics.get(Metric.REVENUE).mean();
            for (int g = 0; g < 3; g++) {
                cash[g] += c[g];
                inKind[g] += k[g];
            }
        }
        Funding f = r.funding();
        double share = f.revenue() > 0 ? revenue / f.revenue() : 1;
        Funding funding = new Funding(subsidy, cash, inKind, revenue, divide(f.revenueByPayer(), 1 / share));
        List<ModelResult> models = new ArrayList<>();
        for (ModelResult m : r.models()) {
            List<ModelResult.Year> rows = new ArrayList<>();
            for (ModelResult.Year y : m.years()) {
                double p = level(s, y.year());
                rows.add(new ModelResult.Year(
                        y.year(),
                        y.calendarYear(),
                        scale(y.revenue(), p),
                        scale(y.costs(), p),
                        scale(y.margin(), p),
                        scale(y.inKind(), p),
                        scale(y.overhead(), p),
                        scale(y.marginAfterOverhead(), p),
                        y.running()));
            }
            models.add(new ModelResult(m.name(), m.model(), List.copyOf(rows)));
        }
        List<LumpResult> lumps = new ArrayList<>();
        for (LumpResult l : r.lumps()) {
            List<LumpResult.Year> rows = new ArrayList<>();
            for (LumpResult.Year y : l.years()) {
                rows.add(new LumpResult.Year(
                        y.year(), y.calendarYear(), y.happens(), y.meanWhenItHappens() / level(s, y.year())));
            }
            lumps.add(new LumpResult(l.source(), List.copyOf(rows)));
        }
        double last = level(s, h);
        Outcomes o = r.outcomes();
        Outcomes outcomes = new Outcomes(
                o.sustainability(),
                o.headline(),
                o.continues(),
                o.structural(),
                o.balancedEveryYear(),
                o.allGroupsInvest(),
                o.structuralLoss(),
                o.meanStructuralDeficit() / last,
                o.medianRunwayYears(),
                o.meanSubsidyPaid(),
                o.meanRepaid(),
                o.meanUnspentSubsidy());
        Money m = r.money();
        List<Money.AfterHorizon> after = m.afterHorizon().stream()
                .map(a -> new Money.AfterHorizon(
                        a.kind(),
                        a.source(),
                        a.year(),
                        a.calendarYear(),
                        a.probability(),
                        a.amount() / level(s, a.year())))
                .toList();
        Money money = new Money(
                m.withoutUnboundCompanyCash(),
                m.hasUnboundCompanyCash(),
                m.unboundCompanyCashShare(),
                perYear(s, m.provision()),
                perYear(s, m.loanRepayment()),
                perYear(s, m.interest()),
                perYear(s, m.loanIn()),
                perYear(s, m.debtEnd()),
                after,
                m.absorbed(),
                m.reached(),
                perYear(s, m.costsByType()),
                perYear(s, m.vat()),
                perYear(s, m.partnerGives()));
        List<EventResult> events = r.events();
        return new SimulationResult(
                s,
                r.iterations(),
                r.seed(),
                List.copyOf(years),
                r.verduurzaamd(),
                r.survives(),
                r.selfSufficiencyYear(),
                scale(r.finalReserve(), last),
                divide(r.finalReservePercentiles(), last),
                funding,
                List.copyOf(models),
                r.settlement(),
                r.blockSuccesses(),
                r.trace(),
                outcomes,
                List.copyOf(lumps),
                events,
                money,
                s.calendarYear(1),
                r.inputs());
    }

    private static Summary scale(Summary v, double p) {
        return new Summary(v.mean() / p, v.p05() / p, v.p25() / p, v.p50() / p, v.p75() / p, v.p95() / p);
    }

    private static double[] divide(double[] x, double p) {
        double[] out = x.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] /= p;
        }
        return out;
    }

    /** A per-year array (index 1..H) with each year divided by its price level. */
    private static double[] perYear(Scenario s, double[] x) {
        double[] out = x.clone();
        for (int t = 1; t < out.length; t++) {
            out[t] /= level(s, t);
        }
        return out;
    }

    private static double[][] perYear(Scenario s, double[][] x) {
        double[][] out = new double[x.length][];
        for (int k = 0; k < x.length; k++) {
            out[k] = perYear(s, x[k]);
        }
        return out;
    }
}
