package nl.ppsim.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.ppsim.scenario.InvalidScenarioException;
import nl.ppsim.scenario.Scenario;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a plan workbook (see {@link Workbook}) into the YAML a scenario file would hold and
 * validates it with {@link ScenarioReader}, so a workbook and a file obey the same rules. An error
 * names the sheet and cell ({@code Partners!C4}) instead of the YAML path.
 *
 * <p>A workbook is read by meaning, not by position: each column is found by its header, in
 * either language ("Geld per jaar (EUR) (cash_per_year)", "Cash per year (EUR)", "cash_per_year"),
 * so columns may be moved, and a header ppsim does not know over data is an error at that header.
 * A cell is read as what it shows: a number, a word, a distribution ({@code triangular(1; 2; 3)}),
 * YAML, or a formula's computed value as Excel and LibreOffice save it. What would be misread is
 * refused at its cell, with advice: a date or time (its serial number is not an amount), an error
 * value ({@code #DIV/0!}), a formula without a computed value (written by a program that does not
 * calculate), and merged cells below the header row.
 */
public final class WorkbookReader {
    /** Most rows read from one sheet: a plan of a thousand partners fits many times. */
    public static final int MAX_ROWS = 10_000;
    /** Largest workbook file read. */
    public static final long MAX_FILE_BYTES = 20L << 20;

    private static final Pattern FUNCTION = Pattern.compile("\\s*([a-z0-9_]+)\\s*\\((.*)\\)\\s*");
    private static final Pattern KEY_IN_HEADER = Pattern.compile(".*\\(\\s*([a-z][a-z0-9_.]*)\\s*\\)\\s*");
    private static final Pattern ERROR_VALUE =
            Pattern.compile("#(NULL!|DIV/0!|VALUE!|REF!|NAME\\?|NUM!|N/A|GETTING_DATA|SPILL!|CALC!|FIELD!"
                    + "|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)");
    /** Headers of columns for the user's own notes, never read. */
    private static final Set<String> NOTES = Set.of(
            "opmerking",
            "opmerkingen",
            "toelichting",
            "notitie",
            "notities",
            "note",
            "notes",
            "comment",
            "comments",
            "remark",
            "remarks");

    private static final String MORE = "\u0000more";
    /** After a YAML path in the cells map: the cell its key was typed in, where that is another than its value's. */
    private static final String KEY_CELL = "\u0000key";

    private static final Pattern ADDRESS = Pattern.compile("\\$?([A-Z]{1,3})\\$?([0-9]{1,7})");

    /** The YAML text of the workbook, and for each YAML path the cell it came from. */
    public record Text(String yaml, Map<String, String> cells) {}

    private WorkbookReader() {}

    /** Reads and validates the workbook at {@code file}. */
    public static Scenario read(Path file) {
        Text text = text(file);
        try {
            return new ScenarioReader().read(text.yaml(), file.toString());
        } catch (InvalidScenarioException e) {
            String keyCell = e.aboutKey() ? text.cells().get(e.path() + KEY_CELL) : null;
            String cell = keyCell != null ? keyCell : cell(text.cells(), e.path());
            throw e.at(file.toString(), cell, 0);
        }
    }

    /** The cell of the longest YAML path in {@code cells} that {@code path} starts with; the sheet "Plan" when none. */
    static String cell(Map<String, String> cells, String path) {
        String p = path == null ? "" : path;
        while (!p.isEmpty()) {
            if (cells.containsKey(p)) {
                return cells.get(p);
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return Workbook.Sheet.PLAN.title(false) + "!A1";
    }

    /** The workbook as YAML text with its cell map. */
    public static Text text(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InvalidScenarioException(
                    name, "", 0, "bestand bestaat niet of is geen werkmap", "file does not exist or is no workbook");
        }
        Map<String, List<String>> merged;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new InvalidScenarioException(
                        name,
                        "",
                        0,
                        "de werkmap is groter dan " + (MAX_FILE_BYTES >> 20) + " MB; een planwerkmap is een paar"
                                + " honderd KB",
                        "the workbook is larger than " + (MAX_FILE_BYTES >> 20)
                                + " MB; a plan workbook is a few hundred KB");
            }
            byte[] head = new byte[8];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n == head.length && ReadableWorkbook.isOLE2Header(head)) {
                throw new InvalidScenarioException(
                        name,
                        "",
                        0,
                        "dit is een werkmap in de oude .xls-indeling (of een beveiligde werkmap); open haar in"
                                + " Excel of LibreOffice en bewaar haar als Excel-werkmap (.xlsx), zonder wachtwoord",
                        "this is a workbook in the old .xls format"
                                + " (or a protected workbook); open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), without a password");
            }
            if (n < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
                throw unreadable(name);
            }
            merged = WorkbookPackage.mergedCells(file);
        } catch (IOException e) {
            throw new InvalidScenarioException(
                    name,
                    "",
                    0,
                    "de werkmap kan niet gelezen worden (" + e.getMessage() + ")",
                    "the workbook cannot be read (" + e.getMessage() + ")");
        } catch (WorkbookPackage.Unreadable e) {
            throw new InvalidScenarioException(
                    name, "", 0, "geen leesbare werkmap: " + e.getMessage(), "not a readable workbook: " + e.english);
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            return new Book(name, wb, merged).read();
        } catch (InvalidScenarioException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if ("1".equals(System.getenv("PPSIM_DEBUG"))) {
                e.printStackTrace();
            }
            throw unreadable(name);
        }
    }

    private static InvalidScenarioException unreadable(String file) {
        return new InvalidScenarioException(
                file,
                "",
                0,
                "geen leesbare werkmap: het bestand is geen Excel-werkmap (.xlsx) of is beschadigd; open het"
                        + " in Excel of LibreOffice en bewaar het als .xlsx, of begin opnieuw met ppsim template --xlsx",
                "not a readable workbook: the file"
                        + " is not an Excel workbook (.xlsx) or is damaged; open it in Excel or LibreOffice and save it as .xlsx, or start again with"
                        + " ppsim template --xlsx");
    }

    /** A cell's text as a YAML value: a number as it is, {@code name(a; b)} as {@code {name: [a, b]}}, flow YAML as it is, a word quoted. */
    static String value(String text, boolean number) {
        if (number) {
            return text;
        }
        Double comma = NumberForms.decimalComma(text);
        if (comma != null) {
            // 0,85 typed in a cell formatted as text: the number it can only be
            return Double.toString(comma);
        }
        Matcher m = FUNCTION.matcher(text);
        if (m.matches() && DistributionReader.NAMES.contains(m.group(1))) {
            // read by the scenario's own reader, with the rules of FunctionForm
            return quoted(text.strip());
        }
        if (m.matches()) {
            return "{" + m.group(1) + ": [" + m.group(2).replace(";", ",") + "]}";
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return text;
        }
        return quoted(text);
    }

    /** A word as a double-quoted YAML string. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * Whether a number format shows a date or time: the built-in date and time formats (ids 14-22,
     * 45-47, and the East Asian 27-36 and 50-58 of ECMA-376 Part 1, 5th ed., 2016, §18.8.30 numFmt,
     * ecma-international.org/publications-and-standards/standards/ecma-376/), or a
     * format of its own whose codes (outside quoted text, escapes and [colour]/[$-locale] brackets)
     * hold d, m, y, h or s.
     */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null
                && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58)) {
            return true;
        }
        if (format == null || id != null && id < 164 && !(id >= 14 && id <= 58)) {
            return false;
        }
        String f = format.replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\\\.", "")
                .replaceAll("[_*].", "")
                .replaceAll("(?i)\\[(h+|m+|s+)]", "h")
                .replaceAll("\\[[^]]*]", "")
                .replaceAll("(?i)general", "");
        for (int k = 0; k < f.length(); k++) {
            if ("dmyhsDMYHS".indexOf(f.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The state of one reading: the workbook, the YAML so far and where each path came from. */
    private static final class Book {
        private final String file;
        private final ReadableWorkbook wb;
        private final Map<String, List<String>> merged;
        private final StringBuilder yaml = new StringBuilder();
        private final Map<String, String> cells = new LinkedHashMap<>();
        private final Set<String> top = new HashSet<>();
        private final boolean en;

        Book(String file, ReadableWorkbook wb, Map<String, List<String>> merged) {
            this.file = file;
            this.wb = wb;
            this.merged = merged;
            // a workbook in English has the English sheet names (ppsim template --lang en)
            this.en = wb.findSheet(Workbook.Sheet.LINES.title(false)).isEmpty()
                    && wb.findSheet(Workbook.Sheet.LINES.title(true)).isPresent();
        }

        Text read() throws IOException {
            plan(required(Workbook.Sheet.PLAN));
            items(required(Workbook.Sheet.PARTNERS), "partners", Workbook.PARTNER_KEYS, Map.of());
            items(required(Workbook.Sheet.LINES), "lines", Workbook.LINE_KEYS, Map.of());
            Optional<Grid> params = optional(Workbook.Sheet.PARAMETERS);
            Map<String, List<String[]>> byModel = params.isPresent() ? parameters(params.get()) : Map.of();
            Set<String> used = items(required(Workbook.Sheet.MODELS), "business_models", Workbook.MODEL_KEYS, byModel);
            for (Map.Entry<String, List<String[]>> e : byModel.entrySet()) {
                if (!used.contains(e.getKey())) {
                    String at = e.getValue().get(0)[3];
                    throw error(
                            at,
                            "er is geen bedrijfsmodel '" + e.getKey() + "' op het blad "
                                    + Workbook.Sheet.MODELS.title(en)
                                    + " (naam of sleutel); controleer de naam of verwijder de regel",
                            "there is no business model '" + e.getKey() + "' on the sheet "
                                    + Workbook.Sheet.MODELS.title(en)
                                    + " (name or key); check the name or delete the row");
                }
            }
            Optional<Grid> other = optional(Workbook.Sheet.OTHER);
            if (other.isPresent()) {
                other(other.get());
            }
            return new Text(yaml.toString(), cells);
        }

        // -------------------------------------------------------------- sheets

        /** A sheet's rows, read up to {@link #MAX_ROWS}. */
        private record Grid(String title, List<Row> rows) {
            Cell at(int r, int c) {
                Row row = r < rows.size() ? rows.get(r) : null;
                return row == null || c >= row.getCellCount() ? null : row.getCell(c);
            }

            int width(int r) {
                Row row = r < rows.size() ? rows.get(r) : null;
                return row == null ? 0 : row.getCellCount();
            }
        }

        private Grid required(Workbook.Sheet sheet) throws IOException {
            return optional(sheet)
                    .orElseThrow(() -> new InvalidScenarioException(
                            file,
                            sheet.title(en),
                            0,
                            "het blad '" + sheet.title(en) + "' ontbreekt; maak een werkmap met ppsim template --xlsx",
                            "the sheet '" + sheet.title(en)
                                    + "' is missing; make a workbook with ppsim template --xlsx"));
        }

        private Optional<Grid> optional(Workbook.Sheet sheet) throws IOException {
            Optional<Sheet> s = wb.findSheet(sheet.title(en));
            if (s.isEmpty()) {
                s = wb.findSheet(sheet.title(!en));
            }
            if (s.isEmpty()) {
                return Optional.empty();
            }
            String title = s.get().getName();
            for (String range : merged.getOrDefault(title, List.of())) {
                int[] a = address(range.contains(":") ? range.substring(range.indexOf(':') + 1) : range);
                if (a != null && a[0] >= 1) {
                    throw error(
                            title + "!" + range,
                            "bevat samengevoegde cellen; ppsim leest één waarde per cel: hef de samenvoeging op (Excel: Start"
                                    + " > Samenvoegen en centreren > Samenvoeging van cellen opheffen; LibreOffice: Opmaak > Samenvoegen en splitsen >"
                                    + " Cellen splitsen)",
                            "holds merged cells; ppsim reads one value per cell: unmerge them (Excel: Home > Merge & Center >"
                                    + " Unmerge Cells; LibreOffice: Format > Merge and Unmerge Cells > Split Cells)");
                }
            }
            List<Row> rows = new ArrayList<>();
            try (Stream<Row> stream = s.get().openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    int r = row.getRowNum() - 1;
                    if (r >= MAX_ROWS) {
                        throw error(
                                title + "!A" + (r + 1),
                                "het blad heeft meer dan " + MAX_ROWS + " rijen; ppsim leest een plan van hoogstens "
                                        + MAX_ROWS + " rijen per blad",
                                "the sheet has more than " + MAX_ROWS + " rows; ppsim reads a plan of at most "
                                        + MAX_ROWS + " rows per sheet");
                    }
                    while (rows.size() < r) {
                        rows.add(null);
                    }
                    rows.add(row);
                }
            }
            return Optional.of(new Grid(title, rows));
        }

        // -------------------------------------------------------------- headers

        /** The key of each column (null: an empty or notes column), from the header row; unknown headers over data are an error. */
        private String[] columns(Grid g, List<String> keys, boolean more) {
            return columns(g, keys, more, Map.of());
        }

        /** As {@link #columns(Grid, List, boolean)}, with more header texts (lower case) for keys. */
        private String[] columns(Grid g, List<String> keys, boolean more, Map<String, String> aliases) {
            int width = 0;
            for (int r = 0; r < g.rows().size(); r++) {
                width = Math.max(width, g.width(r));
            }
            String[] out = new String[width];
            Map<String, String> seen = new LinkedHashMap<>();
            for (int c = 0; c < width; c++) {
                Cell h = g.at(0, c);
                String where = g.title() + "!" + Workbook.column(c) + "1";
                String text = h == null || h.getType() == CellType.EMPTY
                        ? null
                        : h.getText() == null ? null : h.getText().strip();
                if (text == null || text.isEmpty()) {
                    int r = firstData(g, c);
                    if (r > 0) {
                        throw error(
                                g.title() + "!" + Workbook.column(c) + (r + 1),
                                "staat in een kolom zonder kop; ppsim leest een kolom aan zijn kop: geef"
                                        + " de kolom een kop (" + known(keys, more) + ") of maak de cel leeg",
                                "is in a column without a header; ppsim reads a"
                                        + " column by its header: give the column a header (" + known(keys, more)
                                        + ") or empty the cell");
                    }
                    continue;
                }
                String key = aliases.getOrDefault(text.toLowerCase(Locale.ROOT), key(text, keys, more));
                if (key == null) {
                    if (NOTES.contains(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")) || firstData(g, c) < 0) {
                        continue;
                    }
                    throw error(
                            where,
                            "de kolomkop '" + text + "' kent ppsim niet; bekende koppen: " + known(keys, more)
                                    + " (de sleutel tussen haakjes"
                                    + " telt), of 'Opmerkingen' voor een kolom die ppsim niet leest",
                            "ppsim does not know the column header '" + text + "'; known headers: " + known(keys, more)
                                    + " (the key in brackets counts), or 'Notes' for a column ppsim does not read");
                }
                String before = seen.put(key, where);
                if (before != null) {
                    throw error(
                            where,
                            "de kolom '" + text + "' komt twee keer voor (ook " + before + "); laat er één staan",
                            "the column '" + text + "' appears twice (also " + before + "); keep one");
                }
                out[c] = key;
            }
            return out;
        }

        private String known(List<String> keys, boolean more) {
            StringBuilder sb = new StringBuilder();
            for (String k : keys) {
                sb.append(sb.length() > 0 ? ", " : "")
                        .append('\'')
                        .append(Workbook.header(k, en))
                        .append('\'');
            }
            if (more) {
                sb.append(", '").append(Workbook.more(en)).append('\'');
            }
            return sb.toString();
        }

        /** The key a header names: "label (key)", a label in either language, the bare key or "meer (YAML)"; null when none. */
        private static String key(String header, List<String> keys, boolean more) {
            String h = header.strip();
            String lower = h.toLowerCase(Locale.ROOT);
            if (more
                    && (lower.equals(Workbook.more(false).toLowerCase(Locale.ROOT))
                            || lower.equals(Workbook.more(true).toLowerCase(Locale.ROOT))
                            || lower.equals("meer")
                            || lower.equals("more"))) {
                return MORE;
            }
            Matcher m = KEY_IN_HEADER.matcher(h);
            if (m.matches() && !lower.endsWith("(eur)") && !lower.endsWith("(yaml)")) {
                return m.group(1);
            }
            for (String k : keys) {
                if (lower.equals(k)
                        || lower.equals(Workbook.label(k, false).toLowerCase(Locale.ROOT))
                        || lower.equals(Workbook.label(k, true).toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            return null;
        }

        /** The first row below the header with something in column {@code c}; -1 when none. */
        private static int firstData(Grid g, int c) {
            for (int r = 1; r < g.rows().size(); r++) {
                Cell cell = g.at(r, c);
                if (cell != null && !blank(cell)) {
                    return r;
                }
            }
            return -1;
        }

        private static boolean blank(Cell cell) {
            return cell.getType() == CellType.EMPTY
                    || cell.getType() == CellType.STRING
                            && (cell.getText() == null || cell.getText().isBlank());
        }

        // -------------------------------------------------------------- cells

        /** A cell as YAML (null when empty), or an error at the cell for what would be misread. */
        private String yaml(Grid g, int r, int c) {
            Cell cell = g.at(r, c);
            if (cell == null || blank(cell)) {
                return null;
            }
            String where = g.title() + "!" + Workbook.column(c) + (r + 1);
            String raw = cell.getRawValue();
            String formula = cell.getFormula();
            switch (cell.getType()) {
                case ERROR -> throw errorValue(where, raw, null);
                case BOOLEAN -> {
                    return Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
                }
                case NUMBER -> {
                    BigDecimal d = raw == null ? null : decimal(raw);
                    if (d == null) {
                        throw error(
                                where,
                                "is geen leesbaar getal ('" + raw + "'); typ het getal opnieuw",
                                "is not a readable number ('" + raw + "'); type the number again");
                    }
                    return number(where, cell, d, null);
                }
                case FORMULA -> {
                    if (raw == null || raw.isEmpty()) {
                        throw error(
                                where,
                                "bevat de formule =" + formula
                                        + " zonder berekende waarde (de werkmap is gemaakt door een programma dat niet"
                                        + " rekent); open de werkmap in Excel of LibreOffice en bewaar haar, dan staat de uitkomst erin, of typ het getal zelf",
                                "holds the formula =" + formula
                                        + " without a computed value (the workbook was made by a program that does not"
                                        + " calculate); open the workbook in Excel or LibreOffice and save it, so that the result is stored, or type the number");
                    }
                    if (ERROR_VALUE.matcher(raw.strip()).matches()) {
                        throw errorValue(where, raw.strip(), formula);
                    }
                    BigDecimal d = decimal(raw);
                    if (d != null) {
                        return number(where, cell, d, formula);
                    }
                    return text(where, raw.strip());
                }
                default -> {
                    return text(where, cell.getText().strip());
                }
            }
        }

        private String number(String where, Cell cell, BigDecimal d, String formula) {
            if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
                String shown = date(d);
                throw error(
                        where,
                        "bevat een datum of tijd (" + shown + (formula == null ? "" : ", van de formule =" + formula)
                                + "); hier hoort een getal:"
                                + " zet de celopmaak op Standaard of Getal en typ het getal opnieuw",
                        "holds a date or time (" + shown + (formula == null ? "" : ", from the formula =" + formula)
                                + "); a number belongs here: set the cell's format to General or Number and type the"
                                + " number again");
            }
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }

        private String date(BigDecimal serial) {
            try {
                double days = serial.doubleValue();
                LocalDateTime t = (wb.isDate1904() ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30))
                        .atStartOfDay()
                        .plusSeconds(Math.round(days * 86_400));
                return days == Math.floor(days)
                        ? t.toLocalDate().toString()
                        : t.toString().replace('T', ' ');
            } catch (RuntimeException e) {
                return serial.toPlainString();
            }
        }

        private InvalidScenarioException errorValue(String where, String value, String formula) {
            return error(
                    where,
                    "bevat de foutwaarde " + value + (formula == null ? "" : " (van de formule =" + formula + ")")
                            + "; herstel de formule of typ het getal",
                    "holds the error value " + value + (formula == null ? "" : " (from the formula =" + formula + ")")
                            + "; mend the formula or type the number");
        }

        private static BigDecimal decimal(String raw) {
            try {
                return new BigDecimal(raw.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** A text cell as YAML: a word quoted, a distribution or flow YAML checked on its own, so an error names this cell. */
        private String text(String where, String text) {
            String v = value(text, false);
            if (!v.startsWith("\"")) {
                parse(where, v);
            }
            return v;
        }

        private Node parse(String where, String yamlText) {
            try {
                Node n = SafeYaml.compose(yamlText);
                if (n == null) {
                    throw new YAMLException("empty");
                }
                return n;
            } catch (SafeYaml.TooLarge e) {
                throw error(where, e.getMessage(), e.english());
            } catch (YAMLException e) {
                throw error(
                        where,
                        "'" + shorten(yamlText)
                                + "' is geen geldige YAML; schrijf bv. {sleutel: waarde} of triangular(1; 2; 3)",
                        "'" + shorten(yamlText)
                                + "' is not valid YAML; write for example {key: value} or triangular(1; 2; 3)");
            }
        }

        private static String shorten(String s) {
            return s.length() <= 60 ? s : s.substring(0, 57) + "...";
        }

        private InvalidScenarioException error(String where, String dutch, String english) {
            return new InvalidScenarioException(file, where, 0, dutch, english);
        }

        // -------------------------------------------------------------- the parts of a plan

        private void plan(Grid g) {
            Map<String, String> aliases = new java.util.HashMap<>();
            for (boolean e : new boolean[] {false, true}) {
                aliases.put(Workbook.planHeaders(e).get(0).toLowerCase(Locale.ROOT), "key");
                aliases.put(Workbook.planHeaders(e).get(1).toLowerCase(Locale.ROOT), "value");
            }
            String[] cols = columns(g, List.of(), false, aliases);
            int keyCol = -1;
            int valueCol = -1;
            for (int c = 0; c < cols.length; c++) {
                keyCol = "key".equals(cols[c]) ? c : keyCol;
                valueCol = "value".equals(cols[c]) ? c : valueCol;
            }
            if (keyCol < 0 || valueCol < 0) {
                throw error(
                        g.title() + "!A1",
                        "het blad heeft de kolommen '"
                                + Workbook.planHeaders(en).get(0) + "' en '"
                                + Workbook.planHeaders(en).get(1) + "' nodig",
                        "the sheet needs the columns '"
                                + Workbook.planHeaders(en).get(0) + "' and '"
                                + Workbook.planHeaders(en).get(1) + "'");
            }
            Map<String, String> subsidy = new LinkedHashMap<>();
            Map<String, String> seen = new LinkedHashMap<>();
            for (int r = 1; r < g.rows().size(); r++) {
                Cell k = g.at(r, keyCol);
                String value = yaml(g, r, valueCol);
                String where = g.title() + "!" + Workbook.column(valueCol) + (r + 1);
                if (k == null || blank(k)) {
                    if (value != null) {
                        throw error(
                                where,
                                "heeft een waarde maar geen sleutel in kolom " + Workbook.column(keyCol),
                                "has a value but no key in column " + Workbook.column(keyCol));
                    }
                    continue;
                }
                if (value == null) {
                    continue;
                }
                String label = k.getText().strip();
                String key = planKey(label);
                String before = seen.put(key, where);
                if (before != null) {
                    throw error(
                            where,
                            "'" + key + "' staat twee keer op het blad (ook " + before + ")",
                            "'" + key + "' appears twice on the sheet (also " + before + ")");
                }
                top.add(key.startsWith("subsidy.") ? "subsidy" : key);
                if (key.startsWith("subsidy.")) {
                    subsidy.put(key.substring("subsidy.".length()), value);
                } else {
                    yaml.append(key).append(": ").append(value).append('\n');
                }
                cells.put(key, where);
            }
            if (!subsidy.isEmpty()) {
                yaml.append("subsidy: {");
                subsidy.forEach((k, v) -> yaml.append(k).append(": ").append(v).append(", "));
                yaml.setLength(yaml.length() - 2);
                yaml.append("}\n");
            }
        }

        /** The key of a Plan row: "label (key)", a label in either language, or the key as written. */
        private static String planKey(String label) {
            Matcher m = KEY_IN_HEADER.matcher(label);
            if (m.matches() && !label.toLowerCase(Locale.ROOT).endsWith("(eur)")) {
                return m.group(1);
            }
            for (String k : Workbook.PLAN_KEYS) {
                if (label.equalsIgnoreCase(Workbook.label(k, false))
                        || label.equalsIgnoreCase(Workbook.label(k, true))) {
                    return k;
                }
            }
            return label.matches("[A-Za-z_][A-Za-z0-9_.]*") ? label : quoted(label);
        }

        /** Each business model's parameters by its name (or model key): {parameter, value as YAML, cell of the value, cell of the model}. */
        private Map<String, List<String[]>> parameters(Grid g) {
            List<String> keys = List.of("model", "parameter", "value", "default", "unit", "meaning");
            Map<String, String> aliases = new java.util.HashMap<>();
            for (boolean e : new boolean[] {false, true}) {
                for (int k = 0; k < keys.size(); k++) {
                    aliases.put(Workbook.parameterHeaders(e).get(k).toLowerCase(Locale.ROOT), keys.get(k));
                }
            }
            aliases.put("model", "model");
            String[] cols = columns(g, List.of(), false, aliases);
            int[] at = {-1, -1, -1};
            for (int c = 0; c < cols.length; c++) {
                at[0] = "model".equals(cols[c]) ? c : at[0];
                at[1] = "parameter".equals(cols[c]) ? c : at[1];
                at[2] = "value".equals(cols[c]) ? c : at[2];
            }
            Map<String, List<String[]>> out = new LinkedHashMap<>();
            if (g.rows().size() <= 1) {
                return out;
            }
            if (at[0] < 0 || at[1] < 0 || at[2] < 0) {
                throw error(
                        g.title() + "!A1",
                        "het blad heeft de kolommen "
                                + String.join(
                                        ", ", Workbook.parameterHeaders(en).subList(0, 3)) + " nodig",
                        "the sheet needs the columns "
                                + String.join(
                                        ", ", Workbook.parameterHeaders(en).subList(0, 3)));
            }
            Set<String> seen = new HashSet<>();
            for (int r = 1; r < g.rows().size(); r++) {
                String model = plain(g, r, at[0]);
                String key = plain(g, r, at[1]);
                String value = yaml(g, r, at[2]);
                String where = g.title() + "!" + Workbook.column(at[2]) + (r + 1);
                // a parameter listed without a value keeps its default (the template lists them all)
                if (value == null) {
                    if (model != null && key == null) {
                        throw error(
                                g.title() + "!" + Workbook.column(at[1]) + (r + 1),
                                "is leeg; een regel op dit blad heeft een model, een parameter en een waarde",
                                "is empty; a row on this sheet has a model, a parameter and a value");
                    }
                    continue;
                }
                if (model == null || key == null || value == null) {
                    int missing = model == null ? at[0] : key == null ? at[1] : at[2];
                    throw error(
                            g.title() + "!" + Workbook.column(missing) + (r + 1),
                            "is leeg; een regel op dit blad heeft een model, een" + " parameter en een waarde",
                            "is empty; a row on this sheet has a model, a parameter and a value");
                }
                if (!seen.add(model + "\u0000" + key)) {
                    throw error(
                            where,
                            "de parameter " + key + " van '" + model + "' staat twee keer op het blad",
                            "the parameter " + key + " of '" + model + "' appears twice on the sheet");
                }
                out.computeIfAbsent(model, k -> new ArrayList<>()).add(new String[] {
                    key,
                    value,
                    where,
                    g.title() + "!" + Workbook.column(at[0]) + (r + 1),
                    g.title() + "!" + Workbook.column(at[1]) + (r + 1)
                });
            }
            return out;
        }

        private String plain(Grid g, int r, int c) {
            Cell cell = g.at(r, c);
            if (cell == null || blank(cell)) {
                return null;
            }
            String y = yaml(g, r, c);
            return y.startsWith("\"") ? cell.getText().strip() : y;
        }

        /** The rows of an item sheet as a YAML list; returns the names and model keys of the items (for the Parameters sheet). */
        private Set<String> items(Grid g, String section, List<String> keys, Map<String, List<String[]>> params) {
            String[] cols = columns(g, keys, true);
            Set<String> names = new HashSet<>();
            List<String> entries = new ArrayList<>();
            for (int r = 1; r < g.rows().size(); r++) {
                String path = section + "[" + entries.size() + "]";
                Map<String, String> item = new LinkedHashMap<>();
                Map<String, String> from = new LinkedHashMap<>();
                String moreText = null;
                String moreCell = null;
                for (int c = 0; c < cols.length; c++) {
                    if (cols[c] == null) {
                        continue;
                    }
                    String where = g.title() + "!" + Workbook.column(c) + (r + 1);
                    if (cols[c].equals(MORE)) {
                        Cell cell = g.at(r, c);
                        if (cell != null && !blank(cell)) {
                            String t = yaml(g, r, c);
                            moreText = t.startsWith("\"") ? cell.getText().strip() : t;
                            moreCell = where;
                        }
                        continue;
                    }
                    String v = yaml(g, r, c);
                    if (v != null) {
                        item.put(cols[c], Workbook.LIST_KEYS.contains(cols[c]) ? list(v) : v);
                        from.put(cols[c], where);
                    }
                }
                // columns of a nested key (pool.members, stop_rule.years) make one mapping each
                Map<String, String> groups = new LinkedHashMap<>();
                for (String k : List.copyOf(item.keySet())) {
                    int dot = k.indexOf('.');
                    if (dot > 0) {
                        String group = k.substring(0, dot);
                        String before = groups.get(group);
                        groups.put(
                                group,
                                (before == null ? "" : before + ", ") + k.substring(dot + 1) + ": " + item.remove(k));
                        from.putIfAbsent(group, from.get(k));
                    }
                }
                if (moreText != null) {
                    String inner = moreText.startsWith("{") ? moreText : "{" + moreText + "}";
                    Node n = parse(moreCell, inner);
                    if (!(n instanceof MappingNode m)) {
                        throw error(
                                moreCell,
                                "hoort sleutels met waarden te bevatten, bv. {pays_for: Masterclasses}",
                                "should hold keys with values, for example {pays_for: Masterclasses}");
                    }
                    for (NodeTuple t : m.getValue()) {
                        String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
                        if (item.containsKey(k) || groups.containsKey(k)) {
                            throw error(
                                    moreCell,
                                    "geeft " + k + " nog een keer (ook " + from.get(k) + ")",
                                    "gives " + k + " once more (also " + from.get(k) + ")");
                        }
                        from.put(k, moreCell);
                    }
                    String body = inner.strip();
                    item.put(MORE, body.substring(1, body.length() - 1));
                }
                groups.forEach((group, fields) -> item.put(group, "{" + fields + "}"));
                if (item.isEmpty()) {
                    continue;
                }
                cells.put(path, g.title() + "!A" + (r + 1));
                from.forEach((k, where) -> cells.put(path + "." + k, where));
                String name = unquoted(item.get("name"));
                String model = unquoted(item.get("model"));
                List<String[]> own = name != null && params.containsKey(name)
                        ? params.get(name)
                        : model != null && params.containsKey(model) ? params.get(model) : List.of();
                Optional.ofNullable(name).ifPresent(names::add);
                if (!own.isEmpty()) {
                    names.add(name != null && params.containsKey(name) ? name : model);
                }
                StringBuilder sb = new StringBuilder("{");
                item.forEach(
                        (k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k.equals(MORE) ? v : k + ": " + v));
                if (!own.isEmpty()) {
                    sb.append(", params: {");
                    for (int k = 0; k < own.size(); k++) {
                        sb.append(k > 0 ? ", " : "")
                                .append(own.get(k)[0])
                                .append(": ")
                                .append(own.get(k)[1]);
                        cells.put(path + ".params." + own.get(k)[0], own.get(k)[2]);
                        cells.put(path + ".params." + own.get(k)[0] + KEY_CELL, own.get(k)[4]);
                    }
                    sb.append('}');
                }
                entries.add(sb.append('}').toString());
            }
            if (!entries.isEmpty()) {
                top.add(section);
                yaml.append(section).append(":\n");
                for (String e : entries) {
                    yaml.append("  - ").append(e).append('\n');
                }
            }
            return names;
        }

        /** A list column's cell as a YAML list: one value in a number cell, or several typed as "2034; 2038". */
        private static String list(String yamlValue) {
            String v = unquoted(yamlValue).strip();
            if (v.startsWith("[")) {
                return v;
            }
            return "[" + String.join(", ", v.split("\\s*[;,]\\s*|\\s+")) + "]";
        }

        private static String unquoted(String yamlValue) {
            if (yamlValue == null) {
                return null;
            }
            return yamlValue.startsWith("\"")
                    ? yamlValue
                            .substring(1, yamlValue.length() - 1)
                            .replace("\\\"", "\"")
                            .replace("\\\\", "\\")
                    : yamlValue;
        }

        /** The sheet "Overig": the rest of the scenario as YAML in cell A2; anything elsewhere on it is an error. */
        private void other(Grid g) {
            for (int r = 0; r < g.rows().size(); r++) {
                for (int c = 0; c < g.width(r); c++) {
                    Cell cell = g.at(r, c);
                    if (cell != null && !blank(cell) && !(c == 0 && r <= 1)) {
                        throw error(
                                g.title() + "!" + Workbook.column(c) + (r + 1),
                                "ppsim leest op dit blad alleen cel A2 (de overige sleutels als"
                                        + " YAML); zet de tekst daar of maak deze cel leeg",
                                "ppsim reads only cell A2 on this sheet (the other keys as YAML);"
                                        + " put the text there or empty this cell");
                    }
                }
            }
            Cell a2 = g.at(1, 0);
            if (a2 == null || blank(a2)) {
                return;
            }
            String where = g.title() + "!A2";
            String text = a2.getType() == CellType.STRING ? a2.getText() : null;
            if (text == null) {
                throw error(
                        where,
                        "hoort YAML-tekst te bevatten (bv. correlations: ...), geen getal of formule",
                        "should hold YAML text (for example" + " correlations: ...), not a number or formula");
            }
            Node n = parse(where, text);
            if (!(n instanceof MappingNode m)) {
                throw error(
                        where,
                        "hoort sleutels met waarden te bevatten (bv. correlations: ...)",
                        "should hold keys with values (for example" + " correlations: ...)");
            }
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode s) {
                    if (top.contains(s.getValue())) {
                        throw error(
                                where,
                                "geeft " + s.getValue() + " nog een keer (ook op een ander blad)",
                                "gives " + s.getValue() + " once more (also on another sheet)");
                    }
                    cells.put(s.getValue(), where);
                }
            }
            yaml.append(text.strip()).append('\n');
        }
    }

    /** {row, column} (0-based) of an address like {@code B12}; null when it is not one. */
    private static int[] address(String a) {
        Matcher m = ADDRESS.matcher(a.strip());
        if (!m.matches()) {
            return null;
        }
        int c = 0;
        for (char ch : m.group(1).toCharArray()) {
            c = c * 26 + (ch - 'A' + 1);
        }
        return new int[] {Integer.parseInt(m.group(2)) - 1, c - 1};
    }
}
