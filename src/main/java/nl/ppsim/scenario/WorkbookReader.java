package nl.ppsim.scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a plan workbook (see {@link Workbook}) into the YAML a scenario file would hold and
 * validates it with {@link ScenarioReader}, so a workbook and a file obey the same rules. An error
 * names the sheet and cell ({@code Partners!C4}) instead of the YAML path.
 */
public final class WorkbookReader {
    private static final Pattern FUNCTION = Pattern.compile("\\s*([a-z0-9_]+)\\s*\\((.*)\\)\\s*");

    /** The YAML text of the workbook, and for each YAML path the cell it came from. */
    public record Text(String yaml, Map<String, String> cells) {
    }

    private WorkbookReader() {
    }

    /** Reads and validates the workbook at {@code file}. */
    public static Scenario read(Path file) {
        Text text = text(file);
        try {
            return new ScenarioReader().read(text.yaml(), file.toString());
        } catch (InvalidScenarioException e) {
            String cell = cell(text.cells(), e.path());
            throw new InvalidScenarioException(file.toString(), cell, 0, e.problem(), e.english() == null ? null : e.english());
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
        if (!Files.isRegularFile(file)) {
            throw new InvalidScenarioException(file.toString(), "", 0, "bestand bestaat niet of is geen werkmap", "file does not exist or is no workbook");
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            StringBuilder yaml = new StringBuilder();
            Map<String, String> cells = new LinkedHashMap<>();
            // a workbook in English has the English sheet names (ppsim template --lang en)
            boolean en = wb.findSheet(Workbook.Sheet.LINES.title(false)).isEmpty() && wb.findSheet(Workbook.Sheet.LINES.title(true)).isPresent();
            plan(sheet(wb, Workbook.Sheet.PLAN, en, file), yaml, cells);
            items(sheet(wb, Workbook.Sheet.PARTNERS, en, file), "partners", Workbook.PARTNER_KEYS, yaml, cells, Map.of(), en);
            items(sheet(wb, Workbook.Sheet.LINES, en, file), "lines", Workbook.LINE_KEYS, yaml, cells, Map.of(), en);
            Map<String, List<String[]>> params = parameters(wb.findSheet(Workbook.Sheet.PARAMETERS.title(en)), cells, en);
            items(sheet(wb, Workbook.Sheet.MODELS, en, file), "business_models", Workbook.MODEL_KEYS, yaml, cells, params, en);
            Optional<Sheet> other = wb.findSheet(Workbook.Sheet.OTHER.title(en));
            if (other.isPresent()) {
                List<Row> rows = other.get().read();
                if (rows.size() > 1 && rows.get(1).getCellCount() > 0 && rows.get(1).getCell(0) != null) {
                    yaml.append(rows.get(1).getCell(0).getText()).append('\n');
                }
            }
            return new Text(yaml.toString(), cells);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidScenarioException x) {
                throw x;
            }
            if ("1".equals(System.getenv("PPSIM_DEBUG"))) {
                e.printStackTrace();
            }
            throw new InvalidScenarioException(file.toString(), "", 0, "geen leesbare werkmap (.xlsx): " + e.getMessage(),
                    "not a readable workbook (.xlsx): " + e.getMessage());
        }
    }

    private static List<Row> sheet(ReadableWorkbook wb, Workbook.Sheet sheet, boolean en, Path file) throws IOException {
        String name = sheet.title(en);
        Optional<Sheet> s = wb.findSheet(name);
        if (s.isEmpty()) {
            throw new InvalidScenarioException(file.toString(), name, 0, "het blad '" + name + "' ontbreekt; maak een werkmap met ppsim template --xlsx",
                    "the sheet '" + name + "' is missing; make a workbook with ppsim template --xlsx");
        }
        return s.get().read();
    }

    private static String text(Row row, int c) {
        if (row == null || c >= row.getCellCount() || row.getCell(c) == null) {
            return null;
        }
        Cell cell = row.getCell(c);
        if (cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal d = cell.asNumber();
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        String t = cell.getText();
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** A cell's text as a YAML value: a number or flow YAML as it is, {@code name(a; b)} as {@code {name: [a, b]}}, a word quoted. */
    static String value(String text, boolean number) {
        if (number) {
            return text;
        }
        Matcher m = FUNCTION.matcher(text);
        if (m.matches()) {
            return "{" + m.group(1) + ": [" + m.group(2).replace(";", ",") + "]}";
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean number(Row row, int c) {
        return row.getCell(c) != null && row.getCell(c).getType() == CellType.NUMBER;
    }

    private static void plan(List<Row> rows, StringBuilder yaml, Map<String, String> cells) {
        Map<String, String> subsidy = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            Row row = rows.get(r);
            String key = text(row, 0);
            String value = text(row, 1);
            if (key == null || value == null) {
                continue;
            }
            key = key.replaceAll(".*\\(([a-z_.]+)\\)$", "$1");
            String cell = Workbook.Sheet.PLAN.title(false) + "!B" + (r + 1);
            String v = value(value, number(row, 1));
            if (key.startsWith("subsidy.")) {
                subsidy.put(key.substring("subsidy.".length()), v);
                cells.put(key, cell);
            } else {
                yaml.append(key).append(": ").append(v).append('\n');
                cells.put(key, cell);
            }
        }
        if (!subsidy.isEmpty()) {
            yaml.append("subsidy: {");
            subsidy.forEach((k, v) -> yaml.append(k).append(": ").append(v).append(", "));
            yaml.setLength(yaml.length() - 2);
            yaml.append("}\n");
        }
    }

    /** Each item's parameters by its name (or model key): {parameter, value as YAML, cell}. */
    private static Map<String, List<String[]>> parameters(Optional<Sheet> sheet, Map<String, String> cells, boolean en) throws IOException {
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        if (sheet.isEmpty()) {
            return out;
        }
        List<Row> rows = sheet.get().read();
        for (int r = 1; r < rows.size(); r++) {
            Row row = rows.get(r);
            String model = text(row, 0);
            String key = text(row, 1);
            String value = text(row, 2);
            if (model != null && key != null && value != null) {
                out.computeIfAbsent(model, k -> new ArrayList<>()).add(new String[] {key, value(value, number(row, 2)),
                    Workbook.Sheet.PARAMETERS.title(en) + "!C" + (r + 1)});
            }
        }
        return out;
    }

    private static void items(List<Row> rows, String section, List<String> keys, StringBuilder yaml, Map<String, String> cells,
                              Map<String, List<String[]>> params, boolean en) {
        List<String> entries = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            Row row = rows.get(r);
            StringBuilder item = new StringBuilder("{");
            boolean any = false;
            String path = section + "[" + entries.size() + "]";
            for (int c = 0; c < keys.size(); c++) {
                String t = text(row, c);
                if (t != null) {
                    item.append(any ? ", " : "").append(keys.get(c)).append(": ").append(value(t, number(row, c)));
                    cells.put(path + "." + keys.get(c), sheetOf(section, en) + "!" + Workbook.column(c) + (r + 1));
                    any = true;
                }
            }
            String more = text(row, keys.size());
            if (more != null) {
                String inner = more.startsWith("{") && more.endsWith("}") ? more.substring(1, more.length() - 1) : more;
                item.append(any ? ", " : "").append(inner);
                any = true;
            }
            if (!any) {
                continue;
            }
            cells.put(path, sheetOf(section, en) + "!A" + (r + 1));
            String name = text(row, section.equals("business_models") ? 1 : 0);
            String key = section.equals("business_models") ? text(row, 0) : null;
            List<String[]> own = name != null && params.containsKey(name) ? params.get(name)
                    : key != null && params.containsKey(key) ? params.get(key) : List.of();
            if (!own.isEmpty()) {
                item.append(", params: {");
                for (int k = 0; k < own.size(); k++) {
                    item.append(k > 0 ? ", " : "").append(own.get(k)[0]).append(": ").append(own.get(k)[1]);
                    cells.put(path + ".params." + own.get(k)[0], own.get(k)[2]);
                }
                item.append('}');
            }
            entries.add(item.append('}').toString());
        }
        if (!entries.isEmpty()) {
            yaml.append(section).append(":\n");
            for (String e : entries) {
                yaml.append("  - ").append(e).append('\n');
            }
        }
    }

    private static String sheetOf(String section, boolean en) {
        return switch (section) {
            case "partners" -> Workbook.Sheet.PARTNERS.title(en);
            case "lines" -> Workbook.Sheet.LINES.title(en);
            default -> Workbook.Sheet.MODELS.title(en);
        };
    }
}
