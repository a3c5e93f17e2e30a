package nl.ppsim.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.ModelResult;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.result.YearResult;
import nl.ppsim.stats.Proportion;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code report.xlsx}: the summary, the report's charts, the yearly table and the business models
 * as numbers with number formats (percentages, euros), not as text, so a penvoerder can calculate
 * on in Excel; every sheet keeps its header rows in view.
 * Headers in the report's language; the CSV files hold the same figures at full precision.
 */
public final class XlsxReport {
    private static final String PERCENT = "0.0%";
    // [$EUR]: the currency as a literal, without quotes (FastExcel writes the format code into XML as it is)
    private static final String EURO = "[$EUR] #,##0";
    private static final String INTEGER = "0";

    private XlsxReport() {}

    /**
     * Writes {@code report.xlsx} into {@code folder}; with {@code checks} (a review) also a sheet of
     * the checks, and with {@code figures} a sheet of the report's charts.
     */
    public static void write(
            SimulationResult r,
            Path folder,
            Lang l,
            java.util.List<nl.ppsim.check.Check> checks,
            java.util.List<HtmlReport.Figure> figures)
            throws IOException {
        Path file = folder.resolve("report.xlsx");
        java.util.List<XlsxCharts.Placed> pictures;
        try (OutputStream out = Files.newOutputStream(file);
                Workbook wb = new Workbook(out, "ppsim", "1.0")) {
            summary(wb.newWorksheet(l.t("Samenvatting", "Summary")), r, l);
            pictures = figures.isEmpty()
                    ? java.util.List.of()
                    : XlsxCharts.sheet(wb.newWorksheet(XlsxCharts.sheetName(l)), figures, l);
            yearly(wb.newWorksheet(l.t("Per jaar", "Yearly")), r, l);
            if (!r.models().isEmpty()) {
                models(wb.newWorksheet(l.t("Bedrijfsmodellen", "Business models")), r, l);
            }
            if (!checks.isEmpty()) {
                checks(wb.newWorksheet(l.t("Toetsing", "Review")), checks, r, l);
            }
            wb.finish();
        }
        // the report's own folder (still hidden until complete): the workbook is completed in place
        XlsxCharts.embed(file, XlsxCharts.sheetName(l), pictures);
    }

    private static void header(Worksheet ws, int row, String... names) {
        for (int c = 0; c < names.length; c++) {
            ws.value(row, c, names[c]);
            ws.style(row, c).bold().fillColor("EEEEEE").set();
        }
    }

    private static void number(Worksheet ws, int row, int col, double x, String format) {
        if (Double.isFinite(x)) {
            ws.value(row, col, x);
            ws.style(row, col).format(format).set();
        }
    }

    private static int proportion(Worksheet ws, int row, String label, Proportion p, Lang l) {
        double[] ci = p.wilson95();
        ws.value(row, 0, label);
        number(ws, row, 1, p.estimate(), PERCENT);
        number(ws, row, 2, p.standardError(), "0.00%");
        number(ws, row, 3, ci[0], PERCENT);
        number(ws, row, 4, ci[1], PERCENT);
        return row + 1;
    }

    private static void summary(Worksheet ws, SimulationResult r, Lang l) {
        ws.value(0, 0, r.scenario().title());
        ws.style(0, 0).bold().set();
        ws.value(1, 0, l.t("Doorrekeningen", "Draws"));
        number(ws, 1, 1, r.iterations(), INTEGER);
        ws.value(2, 0, "Seed");
        if (Math.abs(r.seed()) < (1L << 53)) {
            number(ws, 2, 1, r.seed(), "0");
        } else {
            // beyond 2^53 a spreadsheet's number would round it: as text it stays the seed to rerun with
            ws.value(2, 1, Long.toString(r.seed()));
        }
        ws.freezePane(0, 5);
        header(
                ws,
                4,
                "",
                l.t("Kans", "Probability"),
                l.t("Standaardfout", "Standard error"),
                l.t("95% van", "95% from"),
                l.t("95% tot", "95% to"));
        int row = 5;
        row = proportion(ws, row, l.t("Kans op verduurzaming", "Probability of sustainability"), r.verduurzaamd(), l);
        if (r.money().hasUnboundCompanyCash()) {
            row = proportion(
                    ws,
                    row,
                    l.t("Zonder bedrijfsgeld zonder project", "Without company money tied to no project"),
                    r.money().withoutUnboundCompanyCash(),
                    l);
        }
        row = proportion(
                ws,
                row,
                l.t("Reserve blijft ten minste 0", "Reserve stays at least 0"),
                r.outcomes().continues(),
                l);
        row = proportion(
                ws,
                row,
                l.t("Structureel sluitend", "Structurally balanced"),
                r.outcomes().structural(),
                l);
        row = proportion(
                ws,
                row,
                l.t("Elk jaar sluitend", "Balanced every year"),
                r.outcomes().balancedEveryYear(),
                l);
        row = proportion(
                ws,
                row,
                l.t("Alle partijen dragen nog bij", "Every party still contributes"),
                r.outcomes().allGroupsInvest(),
                l);
        row++;
        header(ws, row++, "", l.t("Gemiddeld", "Mean"), "p05", l.t("mediaan", "median"), "p95");
        ws.value(row, 0, l.t("Reserve aan het eind", "Reserve at the end"));
        number(ws, row, 1, r.finalReserve().mean(), EURO);
        number(ws, row, 2, r.finalReserve().p05(), EURO);
        number(ws, row, 3, r.finalReserve().p50(), EURO);
        number(ws, row, 4, r.finalReserve().p95(), EURO);
        row += 2;
        java.util.List<String> notes = new java.util.ArrayList<>();
        String without = HeadlineText.withoutUnbound(r, l);
        if (without != null) {
            notes.add(without);
        }
        notes.addAll(HeadlineText.money(r, l));
        notes.addAll(NoticeText.all(r.scenario(), l, true));
        for (String note : notes) {
            ws.value(row++, 0, note);
        }
        ws.width(0, 34);
        for (int c = 1; c <= 4; c++) {
            ws.width(c, 16);
        }
    }

    private static void yearly(Worksheet ws, SimulationResult r, Lang l) {
        header(
                ws,
                0,
                l.t("Jaar", "Year"),
                l.t("Subsidiejaar", "Subsidy year"),
                l.t("Kans zelfstandig", "Probability self-sufficient"),
                l.t("Kans reserve < 0", "Probability reserve < 0"),
                l.t("Subsidie", "Subsidy"),
                l.t("Partnergeld", "Partner cash"),
                l.t("Opbrengsten", "Revenue"),
                l.t("Kosten", "Costs"),
                l.t("Netto", "Net"),
                l.t("Reserve p05", "Reserve p05"),
                l.t("Reserve mediaan", "Reserve median"),
                l.t("Reserve p95", "Reserve p95"),
                l.t("Natura", "In kind"));
        int row = 1;
        for (YearResult y : r.years()) {
            number(ws, row, 0, y.calendarYear(), INTEGER);
            ws.value(row, 1, y.subsidyPhase() ? l.t("ja", "yes") : l.t("nee", "no"));
            number(ws, row, 2, y.selfSufficient().estimate(), PERCENT);
            number(ws, row, 3, y.insolvent().estimate(), PERCENT);
            number(ws, row, 4, y.metric(Metric.SUBSIDY).mean(), EURO);
            number(ws, row, 5, y.metric(Metric.PARTNER_CASH).mean(), EURO);
            number(ws, row, 6, y.metric(Metric.REVENUE).mean(), EURO);
            number(ws, row, 7, y.metric(Metric.COSTS).mean(), EURO);
            number(ws, row, 8, y.metric(Metric.NET).mean(), EURO);
            number(ws, row, 9, y.metric(Metric.RESERVE).p05(), EURO);
            number(ws, row, 10, y.metric(Metric.RESERVE).p50(), EURO);
            number(ws, row, 11, y.metric(Metric.RESERVE).p95(), EURO);
            number(ws, row, 12, y.metric(Metric.IN_KIND).mean(), EURO);
            row++;
        }
        ws.freezePane(1, 1);
        for (int c = 0; c <= 12; c++) {
            ws.width(c, c == 0 ? 8 : 16);
        }
    }

    private static void models(Worksheet ws, SimulationResult r, Lang l) {
        header(
                ws,
                0,
                l.t("Model", "Model"),
                l.t("Naam", "Name"),
                l.t("Jaar", "Year"),
                l.t("Opbrengst", "Revenue"),
                l.t("Kosten", "Costs"),
                l.t("Marge", "Margin"),
                l.t("Marge p05", "Margin p05"),
                l.t("Marge p95", "Margin p95"),
                l.t("Natura", "In kind"),
                l.t("Kans dat het draait", "Probability it runs"));
        int row = 1;
        for (ModelResult m : r.models()) {
            for (ModelResult.Year y : m.years()) {
                ws.value(row, 0, m.model());
                ws.value(row, 1, m.name());
                number(ws, row, 2, y.calendarYear(), INTEGER);
                number(ws, row, 3, y.revenue().mean(), EURO);
                number(ws, row, 4, y.costs().mean(), EURO);
                number(ws, row, 5, y.margin().mean(), EURO);
                number(ws, row, 6, y.margin().p05(), EURO);
                number(ws, row, 7, y.margin().p95(), EURO);
                number(ws, row, 8, y.inKind().mean(), EURO);
                number(ws, row, 9, y.running().estimate(), PERCENT);
                row++;
            }
        }
        ws.freezePane(3, 1);
        ws.width(0, 22);
        ws.width(1, 30);
        for (int c = 2; c <= 9; c++) {
            ws.width(c, 15);
        }
    }

    private static void checks(Worksheet ws, java.util.List<nl.ppsim.check.Check> checks, SimulationResult r, Lang l) {
        header(
                ws,
                0,
                l.t("Regel", "Rule"),
                l.t("Oordeel", "Verdict"),
                l.t("Waarde", "Value"),
                l.t("Eenheid", "Unit"),
                l.t("Standaardfout", "Standard error"),
                l.t("Norm", "Norm"),
                l.t("Toelichting", "Explanation"),
                l.t("Id (checks.csv)", "Id (checks.csv)"));
        int row = 1;
        for (nl.ppsim.check.Check c : checks) {
            ws.value(row, 0, CheckText.title(c, l));
            ws.value(row, 7, c.rule());
            ws.value(row, 1, CheckText.verdict(c.verdict(), l));
            // the verdict's colour, as in the HTML report (colour-blind safe: the word is in the cell too)
            ws.style(row, 1)
                    .fillColor(
                            switch (c.verdict()) {
                                case PASS -> "D9F2E6";
                                case WARN -> "FFF0C2";
                                case FAIL -> "F8D3C0";
                                case UNCERTAIN -> "E6E0F2";
                                case INFO -> "EEEEEE";
                            })
                    .bold()
                    .set();
            String format = switch (c.unit()) {
                case SHARE -> PERCENT;
                case EURO -> EURO;
                default -> "0.##";
            };
            number(ws, row, 2, c.value(), format);
            ws.value(row, 3, c.unit().code());
            number(ws, row, 4, c.se(), c.unit() == nl.ppsim.check.Check.Unit.SHARE ? "0.00%" : format);
            ws.value(row, 5, CheckText.norm(c, l));
            ws.value(row, 6, CheckText.explanation(c, r.scenario(), l));
            row++;
        }
        ws.width(0, 30);
        ws.width(1, 16);
        ws.width(5, 24);
        ws.width(6, 80);
        ws.width(7, 36);
        ws.freezePane(1, 1);
    }
}
