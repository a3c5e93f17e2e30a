package nl.ppsim.report;

import java.util.List;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.stats.Proportion;

/**
 * The few lines a run prints: the headline probability with its interval and what it counts, the
 * probability of each test, the reserve, and warnings (subsidy not spent on costs, one-off items).
 */
public final class ConsoleSummary {
    private ConsoleSummary() {}

    /** The run's summary for the console, in the run's language. */
    public static String text(SimulationResult r, Lang lang) {
        Scenario s = r.scenario();
        Proportion p = r.verduurzaamd();
        double[] ci = p.wilson95();
        int last = s.calendarYear(s.horizonYears());
        Integer median = r.medianYearSelfSufficient();
        StringBuilder sb = new StringBuilder();
        sb.append(s.title())
                .append(" (")
                .append(s.id())
                .append("): ")
                .append(lang.integer(r.iterations()))
                .append(lang.t(" doorrekeningen, seed ", " draws, seed "))
                .append(r.seed())
                .append('\n');
        if (r.euroYear() != 0) {
            sb.append(lang.t(
                            "Bedragen in euro's van " + r.euroYear()
                                    + " (--real; gedeeld door het verwachte prijspeil van de index prices)",
                            "Amounts in euros of " + r.euroYear()
                                    + " (--real; divided by the expected price level of the index prices)"))
                    .append('\n');
        } else if (!s.indices().isEmpty()) {
            sb.append(lang.t(
                            "Bedragen nominaal (met de indices van het scenario; --real toont ze in euro's van "
                                    + s.calendarYear(1) + ")",
                            "Amounts nominal (with the scenario's indices; --real shows them in euros of "
                                    + s.calendarYear(1) + ")"))
                    .append('\n');
        }
        sb.append(lang.t("Kans op verduurzaming: ", "Probability of sustainability: "))
                .append(lang.percent(p.estimate()))
                .append(lang.t(" (95%-interval ", " (95% interval "))
                .append(lang.percent(ci[0]))
                .append(" - ")
                .append(lang.percent(ci[1]))
                .append(")\n");
        sb.append(lang.t("  verduurzaamd = ", "  sustainable = "))
                .append(HeadlineText.criterion(s, lang))
                .append('\n');
        sb.append("  ").append(HeadlineText.tests(r, lang)).append('\n');
        String without = HeadlineText.withoutUnbound(r, lang);
        if (without != null) {
            sb.append(without).append('\n');
        }
        sb.append(lang.t("Jaar van zelfstandigheid (mediaan): ", "Year of self-sufficiency (median): "))
                .append(
                        median == null
                                ? lang.t(
                                        "nooit (in meer dan de helft van de doorrekeningen)",
                                        "never (in more than half of the draws)")
                                : median.toString())
                .append('\n');
        sb.append(lang.t("Reserve eind ", "Reserve at the end of "))
                .append(last)
                .append(": ")
                .append(lang.t("mediaan ", "median "))
                .append(lang.euro(r.finalReserve().p50()))
                .append(lang.t(" (90% tussen ", " (90% between "))
                .append(lang.euro(r.finalReserve().p05()))
                .append(lang.t(" en ", " and "))
                .append(lang.euro(r.finalReserve().p95()))
                .append(")\n");
        if (r.outcomes().structuralLoss().successes() > 0) {
            sb.append(lang.t(
                            "  waarvan structureel verlies bij een positieve reserve: ",
                            "  structural loss while the reserve is positive: "))
                    .append(lang.percent(r.outcomes().structuralLoss().estimate()))
                    .append('\n');
        }
        if (HeadlineText.noCosts(s, lang) != null) {
            sb.append(HeadlineText.noCosts(s, lang)).append('\n');
        }
        if (HeadlineText.unspentWarning(r)) {
            sb.append(HeadlineText.unspent(r, lang)).append('\n');
        }
        for (String lump : HeadlineText.lumps(r, lang)) {
            sb.append(lump).append('\n');
        }
        for (String money : HeadlineText.money(r, lang)) {
            sb.append(money).append('\n');
        }
        for (String notice : NoticeText.all(s, lang, true)) {
            sb.append(notice).append('\n');
        }
        for (String event : HeadlineText.events(r, lang)) {
            sb.append(event).append('\n');
        }
        List<String> defaults = HeadlineText.defaults(s, lang);
        if (!defaults.isEmpty()) {
            sb.append(HeadlineText.defaultsHeading(lang)).append('\n');
            for (String d : defaults) {
                sb.append("  ").append(d).append('\n');
            }
        }
        return sb.toString();
    }
}
