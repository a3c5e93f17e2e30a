package nl.ppsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ppsim.engine.Funding;
import nl.ppsim.engine.Metric;
import nl.ppsim.engine.ModelResult;
import nl.ppsim.engine.SimulationResult;
import nl.ppsim.engine.YearResult;
import nl.ppsim.scenario.Group;
import nl.ppsim.stats.Proportion;
import nl.ppsim.stats.Summary;

/** Writes {@code yearly.csv} and {@code summary.csv}; column names are fixed English identifiers in both languages. */
public final class CsvReport {
    private CsvReport() {
    }

    public static void write(SimulationResult r, Path folder, CsvFormat f) throws IOException {
        f.write(folder.resolve("yearly.csv"), yearly(r, f));
        f.write(folder.resolve("summary.csv"), summary(r, f));
        if (!r.models().isEmpty()) {
            f.write(folder.resolve("models.csv"), models(r, f));
        }
    }

    static List<String[]> models(SimulationResult r, CsvFormat f) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("model", "name", "year", "calendar_year", "p_running"));
        for (String m : new String[] {"revenue", "costs", "margin", "in_kind"}) {
            for (String q : new String[] {"mean", "p05", "p50", "p95"}) {
                header.add(m + "_" + q);
            }
        }
        rows.add(header.toArray(String[]::new));
        for (ModelResult m : r.models()) {
            for (ModelResult.Year y : m.years()) {
                List<String> row = new ArrayList<>(List.of(m.model(), m.name(), Integer.toString(y.year()),
                        Integer.toString(y.calendarYear()), f.number(y.running().estimate())));
                for (Summary s : new Summary[] {y.revenue(), y.costs(), y.margin(), y.inKind()}) {
                    addSummary(row, s, f);
                }
                rows.add(row.toArray(String[]::new));
            }
        }
        return rows;
    }

    static List<String[]> yearly(SimulationResult r, CsvFormat f) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("year", "calendar_year", "phase", "p_self_sufficient",
                "p_self_sufficient_se", "p_insolvent"));
        for (Metric m : Metric.values()) {
            for (String q : new String[] {"mean", "p05", "p50", "p95"}) {
                header.add(m.key() + "_" + q);
            }
        }
        rows.add(header.toArray(String[]::new));
        for (YearResult y : r.years()) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(y.year()));
            row.add(Integer.toString(y.calendarYear()));
            row.add(y.subsidyPhase() ? "subsidie" : "na_subsidie");
            row.add(f.number(y.selfSufficient().estimate()));
            row.add(f.number(y.selfSufficient().standardError()));
            row.add(f.number(y.insolvent().estimate()));
            for (Metric m : Metric.values()) {
                addSummary(row, y.metric(m), f);
            }
            rows.add(row.toArray(String[]::new));
        }
        return rows;
    }

    /** The columns _mean, _p05, _p50, _p95 of one summary. */
    private static void addSummary(List<String> row, Summary s, CsvFormat f) {
        row.add(f.number(s.mean()));
        row.add(f.number(s.p05()));
        row.add(f.number(s.p50()));
        row.add(f.number(s.p95()));
    }

    static List<String[]> summary(SimulationResult r, CsvFormat f) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"metric", "value"});
        Proportion p = r.verduurzaamd();
        double[] ci = p.wilson95();
        rows.add(new String[] {"scenario", r.scenario().id()});
        rows.add(new String[] {"iterations", Integer.toString(r.iterations())});
        rows.add(new String[] {"seed", Long.toString(r.seed())});
        rows.add(new String[] {"p_verduurzaamd", f.number(p.estimate())});
        rows.add(new String[] {"p_verduurzaamd_se", f.number(p.standardError())});
        rows.add(new String[] {"p_verduurzaamd_ci_low", f.number(ci[0])});
        rows.add(new String[] {"p_verduurzaamd_ci_high", f.number(ci[1])});
        rows.add(new String[] {"p_survives", f.number(r.survives().estimate())});
        rows.add(new String[] {"p_survives_se", f.number(r.survives().standardError())});
        Integer median = r.medianYearSelfSufficient();
        rows.add(new String[] {"median_year_self_sufficient", median == null ? "never" : median.toString()});
        rows.add(new String[] {"p_never_self_sufficient", f.number((double) r.never() / r.iterations())});
        Summary fr = r.finalReserve();
        rows.add(new String[] {"final_reserve_mean", f.number(fr.mean())});
        rows.add(new String[] {"final_reserve_p05", f.number(fr.p05())});
        rows.add(new String[] {"final_reserve_p50", f.number(fr.p50())});
        rows.add(new String[] {"final_reserve_p95", f.number(fr.p95())});
        Funding fu = r.funding();
        rows.add(new String[] {"share_subsidie", f.number(fu.share(fu.subsidy()))});
        for (Group g : Group.values()) {
            rows.add(new String[] {"share_" + g.key(), f.number(fu.share(fu.group(g.ordinal())))});
        }
        rows.add(new String[] {"share_revenue", f.number(fu.share(fu.revenue()))});
        for (Group g : Group.values()) {
            rows.add(new String[] {"share_revenue_paid_by_" + g.key(), f.number(fu.share(fu.revenueByPayer()[g.ordinal()]))});
        }
        rows.add(new String[] {"share_in_kind", f.number(fu.share(fu.inKindTotal()))});
        rows.add(new String[] {"funding_total_mean", f.number(fu.total())});
        return rows;
    }
}
