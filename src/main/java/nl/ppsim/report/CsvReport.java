package nl.ppsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ppsim.engine.result.Funding;
import nl.ppsim.engine.result.LumpResult;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.ModelResult;
import nl.ppsim.engine.result.Outcomes;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.result.YearResult;
import nl.ppsim.scenario.Group;
import nl.ppsim.stats.Proportion;
import nl.ppsim.stats.Summary;

/**
 * Writes {@code yearly.csv}, {@code summary.csv}, {@code costs_by_type.csv}, {@code models.csv} (with business models) and
 * {@code one_off.csv} (with one-off items); column names are fixed English identifiers in both
 * languages. A probability that is undefined in a year (the tests after the subsidy, in subsidy
 * years) is an empty field.
 */
public final class CsvReport {
    private CsvReport() {}

    /** An id from English words: {@code work field} becomes {@code work_field}. */
    static String id(String english) {
        return english.toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
    }

    /** Writes the CSV files with their text values in Dutch (see {@link #write(SimulationResult, Path, CsvFormat, Lang)}). */
    public static void write(SimulationResult r, Path folder, CsvFormat f) throws IOException {
        write(r, folder, f, Lang.NL);
    }

    /**
     * Writes summary.csv, yearly.csv, models.csv, one_off.csv and (with events) events.csv. Column
     * names and ids are the same in every language (English, apart from the metric
     * {@code p_verduurzaamd}, the handbook's term); text values a person reads, such as a year's
     * phase, are in {@code l}'s language.
     */
    public static void write(SimulationResult r, Path folder, CsvFormat f, Lang l) throws IOException {
        f.write(folder.resolve("yearly.csv"), yearly(r, f, l));
        f.write(folder.resolve("summary.csv"), summary(r, f));
        f.write(folder.resolve("costs_by_type.csv"), costsByType(r, f));
        if (!r.models().isEmpty()) {
            f.write(folder.resolve("models.csv"), models(r, f));
        }
        if (!r.lumps().isEmpty()) {
            f.write(folder.resolve("one_off.csv"), oneOff(r, f));
        }
        if (!r.events().isEmpty()) {
            f.write(folder.resolve("events.csv"), events(r, f));
        }
    }

    /** Per year and cost type: the mean cash costs (they add up to yearly.csv's costs_mean). */
    static List<String[]> costsByType(SimulationResult r, CsvFormat f) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"year", "calendar_year", "type", "mean"});
        double[][] c = r.money().costsByType();
        for (YearResult y : r.years()) {
            for (nl.ppsim.model.CostType type : nl.ppsim.model.CostType.values()) {
                rows.add(new String[] {
                    Integer.toString(y.year()),
                    Integer.toString(y.calendarYear()),
                    type.id(),
                    f.number(c[type.ordinal()][y.year()])
                });
            }
        }
        return rows;
    }

    static List<String[]> events(SimulationResult r, CsvFormat f) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "event", "impact", "p_happens", "p_happens_se", "mean_occurrences", "mean_cost", "mean_cost_when_happens"
        });
        for (nl.ppsim.engine.result.EventResult e : r.events()) {
            rows.add(new String[] {
                e.name(),
                e.impact(),
                f.number(e.happens().estimate()),
                f.number(e.happens().standardError()),
                f.number(e.meanOccurrences()),
                f.number(e.meanCost()),
                f.number(e.meanCostWhenItHappens())
            });
        }
        return rows;
    }

    static List<String[]> oneOff(SimulationResult r, CsvFormat f) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "kind", "source", "year", "calendar_year", "p_happens", "p_happens_se", "mean_when_happens"
        });
        for (LumpResult lump : r.lumps()) {
            for (LumpResult.Year y : lump.years()) {
                rows.add(new String[] {
                    lump.source().kind().id(),
                    lump.source().source(),
                    Integer.toString(y.year()),
                    Integer.toString(y.calendarYear()),
                    f.number(y.happens().estimate()),
                    f.number(y.happens().standardError()),
                    f.number(y.meanWhenItHappens())
                });
            }
        }
        return rows;
    }

    static List<String[]> models(SimulationResult r, CsvFormat f) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("model", "name", "year", "calendar_year", "p_running"));
        for (String m : new String[] {"revenue", "costs", "margin", "in_kind", "overhead", "margin_after_overhead"}) {
            for (String q : new String[] {"mean", "p05", "p50", "p95"}) {
                header.add(m + "_" + q);
            }
        }
        rows.add(header.toArray(String[]::new));
        for (ModelResult m : r.models()) {
            for (ModelResult.Year y : m.years()) {
                List<String> row = new ArrayList<>(List.of(
                        m.model(),
                        m.name(),
                        Integer.toString(y.year()),
                        Integer.toString(y.calendarYear()),
                        f.number(y.running().estimate())));
                for (Summary s : new Summary[] {
                    y.revenue(), y.costs(), y.margin(), y.inKind(), y.overhead(), y.marginAfterOverhead()
                }) {
                    addSummary(row, s, f);
                }
                rows.add(row.toArray(String[]::new));
            }
        }
        return rows;
    }

    static List<String[]> yearly(SimulationResult r, CsvFormat f, Lang l) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(
                "year",
                "calendar_year",
                "phase",
                "p_self_sufficient",
                "p_self_sufficient_se",
                "p_insolvent",
                "p_continues_through",
                "p_verduurzaamd_through"));
        for (Metric m : Metric.values()) {
            for (String q : new String[] {"mean", "p05", "p50", "p95"}) {
                header.add(m.key() + "_" + q);
            }
        }
        header.addAll(List.of(
                "provision_mean",
                "loan_received_mean",
                "loan_repayment_mean",
                "interest_mean",
                "debt_end_mean",
                "students_reached_mean",
                "teachers_reached_mean",
                "companies_reached_mean",
                "vat_charged_mean",
                "vat_deducted_mean",
                "vat_cost_mean"));
        rows.add(header.toArray(String[]::new));
        nl.ppsim.engine.result.Money money = r.money();
        for (YearResult y : r.years()) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(y.year()));
            row.add(Integer.toString(y.calendarYear()));
            row.add(y.subsidyPhase() ? l.t("subsidie", "subsidy") : l.t("na_subsidie", "after_subsidy"));
            row.add(f.number(y.selfSufficient().estimate()));
            row.add(f.number(y.selfSufficient().standardError()));
            row.add(f.number(y.insolvent().estimate()));
            row.add(
                    y.continuesThrough() == null
                            ? ""
                            : f.number(y.continuesThrough().estimate()));
            row.add(
                    y.headlineThrough() == null
                            ? ""
                            : f.number(y.headlineThrough().estimate()));
            for (Metric m : Metric.values()) {
                addSummary(row, y.metric(m), f);
            }
            int t = y.year();
            for (double x : new double[] {
                money.provision()[t],
                money.loanIn()[t],
                money.loanRepayment()[t],
                money.interest()[t],
                money.debtEnd()[t],
                money.reached()[0][t],
                money.reached()[1][t],
                money.reached()[2][t],
                money.vat()[0][t],
                money.vat()[1][t],
                money.vat()[2][t]
            }) {
                row.add(f.number(x));
            }
            rows.add(row.toArray(String[]::new));
        }
        return rows;
    }

    private static void proportion(List<String[]> rows, CsvFormat f, String name, Proportion p) {
        rows.add(new String[] {name, f.number(p.estimate())});
        rows.add(new String[] {name + "_se", f.number(p.standardError())});
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
        rows.add(new String[] {"p_verduurzaamd_se_method", p.designBased() ? "lhs_blocks" : "binomial"});
        rows.add(new String[] {"p_verduurzaamd_ci_low", f.number(ci[0])});
        rows.add(new String[] {"p_verduurzaamd_ci_high", f.number(ci[1])});
        nl.ppsim.engine.result.Money money = r.money();
        proportion(rows, f, "p_verduurzaamd_without_unbound_company_cash", money.withoutUnboundCompanyCash());
        rows.add(new String[] {"unbound_company_cash_share", f.number(money.unboundCompanyCashShare())});
        rows.add(new String[] {"debt_at_horizon", f.number(money.debtAtHorizon())});
        rows.add(new String[] {"euro_year", r.euroYear() == 0 ? "nominal" : Integer.toString(r.euroYear())});
        Outcomes o = r.outcomes();
        rows.add(new String[] {"criterion", o.sustainability().criterion().id()});
        rows.add(new String[] {
            "structural_years", Integer.toString(o.sustainability().structuralYears())
        });
        rows.add(new String[] {
            "require_all_groups", Boolean.toString(o.sustainability().requireAllGroups())
        });
        proportion(rows, f, "p_continues", o.continues());
        proportion(rows, f, "p_structural", o.structural());
        proportion(rows, f, "p_balanced_every_year", o.balancedEveryYear());
        proportion(rows, f, "p_all_groups_invest", o.allGroupsInvest());
        proportion(rows, f, "p_structural_loss", o.structuralLoss());
        rows.add(new String[] {"structural_loss_mean", f.number(o.meanStructuralDeficit())});
        rows.add(new String[] {
            "runway_years_p50", Double.isFinite(o.medianRunwayYears()) ? f.number(o.medianRunwayYears()) : ""
        });
        rows.add(new String[] {"subsidy_paid_mean", f.number(o.meanSubsidyPaid())});
        rows.add(new String[] {"unspent_subsidy_mean", f.number(o.meanUnspentSubsidy())});
        rows.add(new String[] {"subsidy_repaid_mean", f.number(o.meanRepaid())});
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
        rows.add(new String[] {"share_subsidy", f.number(fu.share(fu.subsidy()))});
        for (Group g : Group.values()) {
            rows.add(new String[] {"share_" + id(g.english()), f.number(fu.share(fu.group(g.ordinal())))});
        }
        rows.add(new String[] {"share_revenue", f.number(fu.share(fu.revenue()))});
        for (nl.ppsim.model.Payer payer : nl.ppsim.model.Payer.values()) {
            if (payer.external()) {
                rows.add(new String[] {
                    "share_revenue_paid_by_" + id(payer.english()),
                    f.number(fu.share(fu.revenueByPayer()[payer.ordinal()]))
                });
            }
        }
        rows.add(new String[] {"share_in_kind", f.number(fu.share(fu.inKindTotal()))});
        rows.add(new String[] {"funding_total_mean", f.number(fu.total())});
        return rows;
    }
}
