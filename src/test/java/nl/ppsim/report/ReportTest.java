package nl.ppsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Charts and the HTML report: written, valid, self-contained, headless, and the same in both languages. */
class ReportTest {
    static SimulationResult result;
    static final List<String> CHARTS = List.of(
            "kans-zelfstandig",
            "reserve-waaier",
            "netto-waaier",
            "financieringsmix",
            "jaar-zelfstandig",
            "eindreserve",
            "eindreserve-histogram",
            "bedrijfsmodellen",
            "convergentie");

    @BeforeAll
    static void simulate() {
        Scenario s = new ScenarioReader().read(Path.of("scenarios/techniek-mbo.yaml"));
        result = Simulation.run(s, new RunSettings(3000, 1, 2));
    }

    private static Path write(Path dir, String name, Lang lang, CsvFormat csv, boolean charts) throws IOException {
        Path out = dir.resolve(name);
        Report.write(result, destination(out), new Report.Options(lang, csv, charts));
        return out;
    }

    static ReportFolder.Destination destination(Path out) {
        return new ReportFolder.Destination(
                out, List.of(), new ReportFolder.Manifest("test", "test", "test.yaml", 1, 1, "dev"));
    }

    @Test
    void everyChartIsAValidNonEmptyPngAndSvg(@TempDir Path dir) throws Exception {
        Path out = write(dir, "r", Lang.NL, CsvFormat.RFC4180, true);
        for (String chart : CHARTS) {
            Path png = out.resolve(chart + ".png");
            assertTrue(Files.size(png) > 10_000, chart + ".png is not empty");
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, chart + ".png decodes");
            assertTrue(image.getWidth() >= 1200 && image.getHeight() >= 600, chart + " is readable at A4 width");
            Path svg = out.resolve(chart + ".svg");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = f.newDocumentBuilder().parse(svg.toFile());
            assertEquals("svg", doc.getDocumentElement().getLocalName(), chart + ".svg is SVG");
            assertTrue(
                    doc.getDocumentElement().getAttribute("viewBox").matches("0 0 \\d+ \\d+"),
                    chart + ".svg scales (viewBox)");
            assertTrue(
                    doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text")
                                            .getLength()
                                    > 5
                            || doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path")
                                            .getLength()
                                    > 5,
                    chart + ".svg has content");
        }
    }

    @Test
    void htmlIsSelfContainedAndShowsTheHeadlineOfSummaryCsv(@TempDir Path dir) throws IOException {
        Path out = write(dir, "r", Lang.NL, CsvFormat.RFC4180, true);
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("http://") || html.contains("https://"), "no external URL");
        assertFalse(
                Pattern.compile("(src|href)\\s*=\\s*\"(?!data:|#)", Pattern.CASE_INSENSITIVE)
                        .matcher(html)
                        .find(),
                "every src/href is embedded data or an anchor");
        assertFalse(html.contains("@import") || html.contains("<script src"), "no external style or script");
        assertEquals(CHARTS.size(), count(html, "<img "), "all charts embedded");
        String summary = Files.readString(out.resolve("summary.csv"));
        Matcher m = Pattern.compile("\r\np_verduurzaamd,([^\r]+)\r\n").matcher(summary);
        assertTrue(m.find());
        String p = m.group(1);
        assertTrue(
                html.contains("<strong class=\"p\" data-v=\"" + p + "\">" + Lang.NL.percent(Double.parseDouble(p))
                        + "</strong>"),
                "headline " + p + " in the page");
        assertTrue(html.contains("Wat dit betekent") && html.contains("Aannames van het scenario"));
        assertTrue(html.contains("Masterclasses slim onderhoud"), "models and their parameters listed");
        assertTrue(html.contains("@media print"), "print layout");
    }

    @Test
    void dutchAndEnglishReportsDifferOnlyInLanguage(@TempDir Path dir) throws IOException {
        Path nl = write(dir, "nl", Lang.NL, CsvFormat.RFC4180, true);
        Path en = write(dir, "en", Lang.EN, CsvFormat.RFC4180, true);
        String a = Files.readString(nl.resolve("report.html"));
        String b = Files.readString(en.resolve("report.html"));
        assertEquals(values(a), values(b), "the same numbers");
        for (String tag : new String[] {"<img ", "<tr>", "<section", "<li>", "<h2>", "<td"}) {
            assertEquals(count(a, tag), count(b, tag), tag);
        }
        assertTrue(a.contains("lang=\"nl\"") && a.contains("De kans op verduurzaming is"));
        assertTrue(b.contains("lang=\"en\"") && b.contains("probability of sustainability is"));
        assertFalse(b.contains("trekkingen"), "no Dutch left in the English report");
        for (String csv : new String[] {"summary.csv", "models.csv"}) {
            assertEquals(
                    Files.readString(nl.resolve(csv)), Files.readString(en.resolve(csv)), csv + " is language-neutral");
        }
        // the same columns, the same numbers; a year's phase in the report's language
        assertEquals(
                Files.readString(nl.resolve("yearly.csv"))
                        .replace(",na_subsidie,", ",after_subsidy,")
                        .replace(",subsidie,", ",subsidy,"),
                Files.readString(en.resolve("yearly.csv")),
                "yearly.csv: only the phase's words differ");
        assertTrue(Files.readString(en.resolve("yearly.csv")).contains(",after_subsidy,"));
        assertTrue(Files.exists(en.resolve("probability-self-sufficient.png")), "chart files named in English");
        assertTrue(Files.exists(nl.resolve("kans-zelfstandig.png")), "and in Dutch");
    }

    @Test
    void reportXlsxHoldsNumbersWithNumberFormatsNotText(@TempDir Path dir) throws IOException {
        Path out = write(dir, "x", Lang.NL, CsvFormat.RFC4180, false);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                out.resolve("report.xlsx").toFile(), new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            List<org.dhatim.fastexcel.reader.Row> summary =
                    wb.findSheet("Samenvatting").orElseThrow().read();
            org.dhatim.fastexcel.reader.Row headline = summary.stream()
                    .filter(r -> r.getCellCount() > 1
                            && r.getCell(0) != null
                            && "Kans op verduurzaming".equals(r.getCell(0).getText()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    org.dhatim.fastexcel.reader.CellType.NUMBER,
                    headline.getCell(1).getType());
            assertEquals(
                    result.verduurzaamd().estimate(),
                    headline.getCell(1).asNumber().doubleValue(),
                    0.0);
            assertEquals("0.0%", headline.getCell(1).getDataFormatString());
            org.dhatim.fastexcel.reader.Row seed = summary.get(2);
            assertEquals(
                    org.dhatim.fastexcel.reader.CellType.NUMBER, seed.getCell(1).getType(), "the seed as a number");
            assertEquals(result.seed(), seed.getCell(1).asNumber().longValue());
            List<org.dhatim.fastexcel.reader.Row> years =
                    wb.findSheet("Per jaar").orElseThrow().read();
            assertEquals(result.years().size() + 1, years.size());
            org.dhatim.fastexcel.reader.Row first = years.get(1);
            assertEquals(
                    org.dhatim.fastexcel.reader.CellType.NUMBER,
                    first.getCell(10).getType(),
                    "the reserve median is a number");
            assertEquals(
                    result.years()
                            .get(0)
                            .metric(nl.ppsim.engine.result.Metric.RESERVE)
                            .p50(),
                    first.getCell(10).asNumber().doubleValue(),
                    1e-9);
            assertTrue(wb.findSheet("Bedrijfsmodellen").isPresent());
        }
    }

    /**
     * report.xlsx holds the report's charts, each the PNG the report shows, on a sheet right after
     * the summary (#33 part 5), and every sheet keeps its header rows in view.
     */
    @Test
    void reportXlsxHoldsTheChartsAndFreezesEveryHeader(@TempDir Path dir) throws IOException {
        for (Lang lang : Lang.values()) {
            Path out = write(dir, "charts-" + lang, lang, CsvFormat.RFC4180, true);
            List<byte[]> pngs = new java.util.ArrayList<>();
            try (java.util.stream.Stream<Path> files = Files.list(out)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".png"))
                        .sorted()
                        .toList()) {
                    pngs.add(Files.readAllBytes(f));
                }
            }
            assertFalse(pngs.isEmpty());
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
                    new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out.resolve("report.xlsx")))) {
                assertEquals(lang.t("Grafieken", "Charts"), wb.getSheetName(1), "the charts after the summary");
                List<byte[]> pictures = wb.getAllPictures().stream()
                        .map(org.apache.poi.xssf.usermodel.XSSFPictureData::getData)
                        .toList();
                assertEquals(pngs.size(), pictures.size(), "one picture per chart");
                for (byte[] png : pngs) {
                    assertTrue(
                            pictures.stream().anyMatch(p -> java.util.Arrays.equals(p, png)), "the report's own PNG");
                }
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    org.apache.poi.ss.util.PaneInformation pane =
                            wb.getSheetAt(i).getPaneInformation();
                    assertTrue(
                            pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() >= 1,
                            wb.getSheetName(i) + " keeps its header in view");
                }
            }
        }
    }

    @Test
    void excelDialectUsesSemicolonsAndDecimalCommas(@TempDir Path dir) throws IOException {
        Path out = write(dir, "x", Lang.NL, CsvFormat.EXCEL_NL, false);
        byte[] bytes = Files.readAllBytes(out.resolve("summary.csv"));
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte-order mark for Excel");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.startsWith("metric;value\r\n"), text);
        assertTrue(
                Pattern.compile("\r\np_verduurzaamd;0,\\d+\r\n").matcher(text).find(), text);
        assertFalse(Files.exists(out.resolve("report.html")), "--no-charts writes no HTML");
        assertFalse(Files.exists(out.resolve("kans-zelfstandig.png")));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<String> values(String html) {
        List<String> v = new ArrayList<>();
        Matcher m = Pattern.compile("data-v=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            v.add(m.group(1));
        }
        assertTrue(v.size() > 50);
        return v;
    }
}
