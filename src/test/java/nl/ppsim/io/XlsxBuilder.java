package nl.ppsim.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes workbooks by hand, as other programs write them: cells with or without a computed value
 * for their formula, error values, dates, merged cells, columns in any order, damaged parts. The
 * spreadsheet library ppsim writes with cannot write most of these, which is why they are tested.
 */
final class XlsxBuilder {
    /** Style 1 shows a date (built-in format 14), style 2 a date of the workbook's own (dd/mm/yyyy), style 3 a time of its own. */
    private static final String STYLES =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"[h]:mm\"/>"
                    + "<numFmt numFmtId=\"166\" formatCode=\"#,##0.00&quot; d&quot;\"/></numFmts>"
                    + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
                    + "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"165\" applyNumberFormat=\"1\"/><xf numFmtId=\"166\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>";

    private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    private final Map<String, String> merges = new LinkedHashMap<>();
    private final Map<String, String> rawSheets = new LinkedHashMap<>();

    /** A text cell. */
    static String s(String text) {
        return "<c t=\"inlineStr\"><is><t>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</t></is></c>";
    }

    /** A number cell. */
    static String n(Object value) {
        return "<c><v>" + value + "</v></c>";
    }

    /** A number cell in style {@code style} (1, 2: dates; 3: a time; 4: a number with a text suffix). */
    static String styled(Object value, int style) {
        return "<c s=\"" + style + "\"><v>" + value + "</v></c>";
    }

    /** A formula with its computed value, as Excel and LibreOffice save it. */
    static String f(String formula, Object cached) {
        return "<c><f>" + formula.replace("&", "&amp;") + "</f><v>" + cached + "</v></c>";
    }

    /** A formula without a computed value, as programs that do not calculate write it. */
    static String f(String formula) {
        return "<c><f>" + formula.replace("&", "&amp;") + "</f></c>";
    }

    /** A formula whose value is an error ({@code #DIV/0!}). */
    static String fError(String formula, String error) {
        return "<c t=\"e\"><f>" + formula + "</f><v>" + error + "</v></c>";
    }

    /** An error value without a formula. */
    static String e(String error) {
        return "<c t=\"e\"><v>" + error + "</v></c>";
    }

    /** An empty cell (the column is skipped). */
    static String empty() {
        return "";
    }

    /** Adds a sheet with these rows (cells as made by the methods above, left to right from column A). */
    XlsxBuilder sheet(String name, List<List<String>> rows) {
        sheets.put(name, rows);
        return this;
    }

    /** Merges a range ({@code A2:B3}) on a sheet added before. */
    XlsxBuilder merge(String sheet, String range) {
        merges.merge(sheet, "<mergeCell ref=\"" + range + "\"/>", String::concat);
        return this;
    }

    /** Replaces a sheet's XML by {@code xml} as it is (damaged parts). */
    XlsxBuilder raw(String sheet, String xml) {
        rawSheets.put(sheet, xml);
        return this;
    }

    /** The scenario of {@code CliTest.VALID} as a workbook of the template's layout, its columns in the order given. */
    static XlsxBuilder valid(List<String> partnerColumns, List<String> lineColumns) {
        Map<String, List<String>> partners = Map.of(
                "name", List.of(s("Naam (name)"), s("ROC"), s("Bedrijf")),
                "group", List.of(s("Groep (group)"), s("onderwijs"), s("werkveld")),
                "cash_per_year",
                        List.of(s("Geld per jaar (EUR) (cash_per_year)"), n(50000), s("uniform(10000; 30000)")),
                "in_kind_per_year", List.of(s("Natura per jaar (EUR) (in_kind_per_year)"), n(7000), empty()),
                "committed_years", List.of(s("Zeker voor jaren (committed_years)"), n(2), empty()),
                "renewal_probability", List.of(s("Kans op verlenging (renewal_probability)"), n(0.5), empty()),
                "more", List.of(s("meer (YAML)"), empty(), empty()));
        Map<String, List<String>> lines = Map.of(
                "name", List.of(s("Naam (name)"), s("team"), s("cursus")),
                "kind", List.of(s("Soort (kind)"), s("cost"), s("revenue")),
                "amount", List.of(s("Bedrag per jaar (EUR) (amount)"), s("normal(90000; 5000)"), n(20000)),
                "from_year", List.of(s("Vanaf jaar (from_year)"), empty(), n(2)),
                "to_year", List.of(s("Tot en met jaar (to_year)"), empty(), n(4)),
                "growth", List.of(s("Groei per jaar (growth)"), empty(), empty()));
        return new XlsxBuilder()
                .sheet(
                        "Plan",
                        List.of(
                                List.of(s("Sleutel"), s("Waarde")),
                                List.of(s("Naam van het scenario (kleine letters) (scenario)"), s("cli-test")),
                                List.of(s("Startjaar (start_year)"), n(2026)),
                                List.of(s("Subsidiejaren (subsidy_years)"), n(2)),
                                List.of(s("Jaren doorrekenen (horizon_years)"), n(5)),
                                List.of(s("Trekkingen (iterations)"), n(2000)),
                                List.of(s("Seed (seed)"), n(3)),
                                List.of(s("Subsidie per jaar (EUR) (subsidy.per_year)"), n(100000))))
                .sheet("Partners", columns(partners, partnerColumns))
                .sheet("Regels", columns(lines, lineColumns))
                .sheet(
                        "Bedrijfsmodellen",
                        List.of(List.of(
                                s("Bedrijfsmodel (model)"),
                                s("Naam (name)"),
                                s("Vanaf jaar (from_year)"),
                                s("Tot en met jaar (to_year)"),
                                s("meer (YAML)"))));
    }

    /** The YAML {@link #valid} stands for. */
    static final String VALID_YAML = """
            scenario: cli-test
            start_year: 2026
            subsidy_years: 2
            horizon_years: 5
            iterations: 2000
            seed: 3
            subsidy: {per_year: 100000}
            partners:
              - {name: ROC, group: onderwijs, cash_per_year: 50000, in_kind_per_year: 7000, committed_years: 2, renewal_probability: 0.5}
              - {name: Bedrijf, group: werkveld, cash_per_year: {uniform: [10000, 30000]}}
            lines:
              - {name: team, kind: cost, amount: {normal: [90000, 5000]}}
              - {name: cursus, kind: revenue, amount: 20000, from_year: 2, to_year: 4}
            """;

    private static List<List<String>> columns(Map<String, List<String>> byKey, List<String> order) {
        int height = byKey.values().iterator().next().size();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            List<String> row = new ArrayList<>();
            for (String k : order) {
                row.add(byKey.get(k).get(r));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Sets one cell (0-based row and column) of a sheet added before. */
    XlsxBuilder set(String sheet, int row, int col, String cell) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : sheets.get(sheet)) {
            rows.add(new ArrayList<>(r));
        }
        while (rows.size() <= row) {
            rows.add(new ArrayList<>());
        }
        while (rows.get(row).size() <= col) {
            rows.get(row).add(empty());
        }
        rows.get(row).set(col, cell);
        sheets.put(sheet, rows);
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream z = new ZipOutputStream(out)) {
            StringBuilder types = new StringBuilder(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                            + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                            + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
                            + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            StringBuilder book = new StringBuilder(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
            StringBuilder rels = new StringBuilder(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                            + "package/2006/relationships\"><Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                            + "relationships/styles\" Target=\"styles.xml\"/>");
            int k = 1;
            for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
                types.append("<Override PartName=\"/xl/worksheets/sheet")
                        .append(k)
                        .append(".xml\" ContentType=\"application/vnd.openxmlformats-"
                                + "officedocument.spreadsheetml.worksheet+xml\"/>");
                book.append("<sheet name=\"")
                        .append(sheet.getKey())
                        .append("\" sheetId=\"")
                        .append(k)
                        .append("\" r:id=\"rId")
                        .append(k)
                        .append("\"/>");
                rels.append("<Relationship Id=\"rId")
                        .append(k)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                + "worksheet\" Target=\"worksheets/sheet")
                        .append(k)
                        .append(".xml\"/>");
                String xml = rawSheets.containsKey(sheet.getKey())
                        ? rawSheets.get(sheet.getKey())
                        : sheetXml(sheet.getValue(), merges.getOrDefault(sheet.getKey(), ""));
                put(z, "xl/worksheets/sheet" + k + ".xml", xml);
                k++;
            }
            put(z, "[Content_Types].xml", types.append("</Types>").toString());
            put(
                    z,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                            + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                            + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(z, "xl/workbook.xml", book.append("</sheets></workbook>").toString());
            put(z, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
            put(z, "xl/styles.xml", STYLES);
        }
        return file;
    }

    private static String sheetXml(List<List<String>> rows, String merges) {
        StringBuilder sb = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                        + "spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sb.append("<row r=\"").append(r + 1).append("\">");
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                if (!cell.isEmpty()) {
                    sb.append(cell.replaceFirst("<c", "<c r=\"" + Workbook.column(c) + (r + 1) + "\""));
                }
            }
            sb.append("</row>");
        }
        sb.append("</sheetData>");
        if (!merges.isEmpty()) {
            sb.append("<mergeCells>").append(merges).append("</mergeCells>");
        }
        return sb.append("</worksheet>").toString();
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
