package nl.ppsim.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ppsim.io.Workbook;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Catalog;
import nl.ppsim.model.Parameter;
import nl.ppsim.scenario.Group;
import org.dhatim.fastexcel.Worksheet;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code ppsim template --xlsx}: a fill-in plan workbook (see {@link Workbook}) with the example
 * scenario filled in, headers in the report's language with the YAML key in brackets, the catalog's
 * unit and label beside each parameter, and drop-down lists for groups, kinds and business models.
 * {@code ppsim run plan.xlsx} reads it back into the same scenario.
 */
public final class WorkbookTemplate {
    private static final List<String> DISTRIBUTIONS = Workbook.CELL_DISTRIBUTIONS;

    private WorkbookTemplate() {}

    /** Writes the workbook of {@code scenarioText} (a scenario's YAML) to a new file {@code out}; an existing file is never replaced. */
    @SuppressWarnings("unchecked")
    public static void write(String scenarioText, Path out, Lang l) throws IOException {
        Map<String, Object> root = (Map<String, Object>) nl.ppsim.io.SafeYaml.load(scenarioText);
        Map<String, Object> rest = new LinkedHashMap<>(root);
        ReportFolder.writeNewFile(out, os -> workbook(root, rest, os, l));
    }

    @SuppressWarnings("unchecked")
    private static void workbook(Map<String, Object> root, Map<String, Object> rest, OutputStream os, Lang l)
            throws IOException {
        try (org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(os, "ppsim", "1.0")) {
            instructions(wb.newWorksheet(l.t("Uitleg", "Instructions")), l);
            Worksheet plan = wb.newWorksheet(Workbook.Sheet.PLAN.title(l == Lang.EN));
            header(plan, Workbook.planHeaders(l == Lang.EN).toArray(String[]::new));
            Map<String, Object> subsidy =
                    rest.get("subsidy") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            int row = 1;
            for (String key : Workbook.PLAN_KEYS) {
                Object v = key.startsWith("subsidy.") ? subsidy.get(key.substring("subsidy.".length())) : root.get(key);
                plan.value(row, 0, Workbook.header(key, l == Lang.EN));
                cell(plan, row, 1, key, v);
                row++;
            }
            for (Map.Entry<String, Object> e : subsidy.entrySet()) {
                if (!Workbook.PLAN_KEYS.contains("subsidy." + e.getKey())) {
                    plan.value(row, 0, "subsidy." + e.getKey());
                    cell(plan, row, 1, e.getKey(), e.getValue());
                    row++;
                }
            }
            rest.keySet().removeAll(Workbook.PLAN_KEYS);
            rest.remove("subsidy");
            plan.width(0, 44);
            plan.width(1, 40);
            Worksheet partners = wb.newWorksheet(Workbook.Sheet.PARTNERS.title(l == Lang.EN));
            items(partners, (List<Object>) rest.remove("partners"), Workbook.PARTNER_KEYS, l, Map.of());
            Worksheet lines = wb.newWorksheet(Workbook.Sheet.LINES.title(l == Lang.EN));
            items(lines, (List<Object>) rest.remove("lines"), Workbook.LINE_KEYS, l, Map.of());
            Worksheet models = wb.newWorksheet(Workbook.Sheet.MODELS.title(l == Lang.EN));
            Worksheet params = wb.newWorksheet(Workbook.Sheet.PARAMETERS.title(l == Lang.EN));
            header(params, Workbook.parameterHeaders(l == Lang.EN).toArray(String[]::new));
            List<Object> uses = (List<Object>) rest.remove("business_models");
            int prow = 1;
            if (uses != null) {
                for (Object o : uses) {
                    Map<String, Object> use = (Map<String, Object>) o;
                    String name =
                            use.get("name") != null ? use.get("name").toString() : String.valueOf(use.get("model"));
                    BusinessModel model =
                            Catalog.find(String.valueOf(use.get("model"))).orElse(null);
                    Map<String, Object> given =
                            use.get("params") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
                    // every parameter of the model: the ones the plan gives with their value, the others empty
                    // (the default applies), each with its default, unit and meaning
                    List<String> order = new java.util.ArrayList<>(given.keySet());
                    if (model != null) {
                        for (Parameter parameter : model.parameters()) {
                            if (!order.contains(parameter.key())) {
                                order.add(parameter.key());
                            }
                        }
                    }
                    for (String key : order) {
                        params.value(prow, 0, name);
                        params.value(prow, 1, key);
                        cell(params, prow, 2, key, given.get(key));
                        Parameter parameter =
                                model == null ? null : model.parameter(key).orElse(null);
                        if (parameter != null) {
                            params.value(
                                    prow,
                                    3,
                                    parameter.optional()
                                            ? l.t("geen (uit)", "none (off)")
                                            : l.describe(parameter.defaultValue()));
                            params.value(prow, 4, ModelText.unit(parameter.unit(), l));
                            params.value(prow, 5, l.t(parameter.dutch(), parameter.english()));
                            boolean fraction = parameter.kind() == Parameter.Kind.FRACTION;
                            numbers(
                                    params,
                                    prow,
                                    prow,
                                    2,
                                    fraction ? FRACTION : AMOUNT,
                                    fraction ? fractionMessage(l) : amountMessage(l),
                                    l);
                        }
                        prow++;
                    }
                }
            }
            params.width(0, 30);
            params.width(1, 30);
            params.width(2, 30);
            params.width(3, 26);
            params.width(5, 70);
            items(models, uses, Workbook.MODEL_KEYS, l, Map.of("params", true));
            Worksheet other = wb.newWorksheet(Workbook.Sheet.OTHER.title(l == Lang.EN));
            other.value(
                    0,
                    0,
                    l.t(
                            "Overige sleutels van het scenario (YAML): correlaties, risico's, criterium",
                            "Other keys of the scenario" + " (YAML): correlations, events, criterion"));
            other.style(0, 0).bold().set();
            if (!rest.isEmpty()) {
                DumperOptions block = new DumperOptions();
                block.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
                block.setWidth(200);
                other.value(1, 0, new Yaml(block).dump(rest).strip());
                other.style(1, 0).wrapText(true).verticalAlignment("top").set();
            }
            other.width(0, 120);
            Worksheet lists = wb.newWorksheet(l.t("Lijsten", "Lists"));
            lists.value(0, 0, l.t("groep", "group"));
            lists.value(0, 1, l.t("soort", "kind"));
            lists.value(0, 2, l.t("bedrijfsmodel", "business model"));
            lists.value(0, 3, l.t("verdeling", "distribution"));
            for (int k = 0; k < Group.values().length; k++) {
                lists.value(k + 1, 0, l.t(Group.values()[k].key(), Group.values()[k].english()));
            }
            lists.value(1, 1, l.t("kosten", "cost"));
            lists.value(2, 1, l.t("opbrengsten", "revenue"));
            List<String> keys = Catalog.keys();
            for (int k = 0; k < keys.size(); k++) {
                lists.value(k + 1, 2, keys.get(k));
            }
            for (int k = 0; k < DISTRIBUTIONS.size(); k++) {
                lists.value(k + 1, 3, DISTRIBUTIONS.get(k) + "(...)");
            }
            String title = l.t("Kies uit de lijst", "Choose from the list");
            partners.range(1, 1, 999, 1)
                    .validateWithList(lists.range(1, 0, Group.values().length, 0))
                    .allowBlank(true)
                    .showDropdown(true)
                    .showErrorMessage(true)
                    .errorStyle(org.dhatim.fastexcel.DataValidationErrorStyle.STOP)
                    .errorTitle(title)
                    .error(l.t(
                            "Een groep is onderwijs, werkveld of overheid.",
                            "A group is education, work field or government."));
            lines.range(1, 1, 999, 1)
                    .validateWithList(lists.range(1, 1, 2, 1))
                    .allowBlank(true)
                    .showDropdown(true)
                    .showErrorMessage(true)
                    .errorStyle(org.dhatim.fastexcel.DataValidationErrorStyle.STOP)
                    .errorTitle(title)
                    .error(l.t("Een regel is cost (kosten) of revenue (opbrengsten).", "A line is cost or revenue."));
            models.range(1, 0, 999, 0)
                    .validateWithList(lists.range(1, 2, keys.size(), 2))
                    .allowBlank(true)
                    .showDropdown(true)
                    .showErrorMessage(true)
                    .errorStyle(org.dhatim.fastexcel.DataValidationErrorStyle.STOP)
                    .errorTitle(title)
                    .error(l.t(
                            "Kies een model uit de catalogus (ppsim models toont ze).",
                            "Choose a model from the catalogue (ppsim models lists them)."));
            List<String> pk = Workbook.PARTNER_KEYS;
            numbers(partners, pk.indexOf("cash_per_year"), AMOUNT, amountMessage(l), l);
            numbers(partners, pk.indexOf("in_kind_per_year"), AMOUNT, amountMessage(l), l);
            numbers(partners, pk.indexOf("committed_years"), WHOLE, wholeMessage(l), l);
            numbers(partners, pk.indexOf("renewal_probability"), FRACTION, fractionMessage(l), l);
            numbers(partners, pk.indexOf("pool.members"), WHOLE, amountMessage(l), l);
            numbers(partners, pk.indexOf("pool.leave_probability"), FRACTION, fractionMessage(l), l);
            numbers(partners, pk.indexOf("pool.join_per_year"), AMOUNT, amountMessage(l), l);
            List<String> lk = Workbook.LINE_KEYS;
            numbers(lines, lk.indexOf("amount"), AMOUNT, amountMessage(l), l);
            numbers(lines, lk.indexOf("from_year"), WHOLE, wholeMessage(l), l);
            numbers(lines, lk.indexOf("to_year"), WHOLE, wholeMessage(l), l);
            List<String> mk = Workbook.MODEL_KEYS;
            numbers(models, mk.indexOf("from_year"), WHOLE, wholeMessage(l), l);
            numbers(models, mk.indexOf("to_year"), WHOLE, wholeMessage(l), l);
            numbers(models, mk.indexOf("stop_rule.years"), WHOLE, wholeMessage(l), l);
            numbers(models, mk.indexOf("stop_rule.wind_down_cost"), AMOUNT, amountMessage(l), l);
            for (Worksheet ws : List.of(partners, lines, models, params)) {
                ws.freezePane(0, 1);
            }
            wb.finish();
        }
    }

    /** The first sheet: how to fill in the workbook, in the workbook's language. */
    private static void instructions(Worksheet ws, Lang l) {
        List<String> lines = List.of(
                l.t("Zo vult u deze werkmap in", "How to fill in this workbook"),
                l.t(
                        "Elk blad is een deel van het plan: Plan (de algemene gegevens), Partners, Regels (kosten en opbrengsten),"
                                + " Bedrijfsmodellen en hun Parameters, en Overig (de rest, als YAML).",
                        "Each sheet is a part of the plan: Plan (the general data), Partners, Lines (costs and revenue),"
                                + " Business models and their Parameters, and Other (the rest, as YAML)."),
                l.t(
                        "Een bedrag typt u als getal (250000; Excel toont 250.000). Een onzeker bedrag als verdeling:"
                                + " triangular(laag; meest waarschijnlijk; hoog), bv. triangular(50000; 60000; 80000),"
                                + " of uniform(min; max), normal(gemiddelde; sd), range90(laag; hoog).",
                        "Type an amount as a number (250000; Excel shows 250,000). An uncertain amount as a distribution:"
                                + " triangular(low; most likely; high), e.g. triangular(50000; 60000; 80000),"
                                + " or uniform(min; max), normal(mean; sd), range90(low; high)."),
                l.t(
                        "Een kans of aandeel is een fractie: 0,85 voor 85%.",
                        "A probability or share is a fraction: 0.85 for 85%."),
                l.t(
                        "Groep, soort en model kiest u uit de lijst in de cel. Kolommen mag u verplaatsen of weglaten;"
                                + " een kolom Opmerkingen leest ppsim niet.",
                        "Choose group, kind and model from the list in the cell. You may move or leave out columns;"
                                + " ppsim does not read a Notes column."),
                l.t(
                        "Rekenen: ppsim run deze-werkmap.xlsx. Een fout noemt het blad en de cel, bv. Partners!C2.",
                        "Compute: ppsim run this-workbook.xlsx. An error names the sheet and the cell, e.g. Partners!C2."),
                l.t(
                        "Alle sleutels en hun betekenis: de README van ppsim en ppsim models NAAM.",
                        "Every key and its meaning: ppsim's README and ppsim models NAME."));
        for (int r = 0; r < lines.size(); r++) {
            ws.value(r, 0, lines.get(r));
            ws.style(r, 0).wrapText(true).verticalAlignment("top").set();
        }
        ws.style(0, 0).bold().fontSize(14).set();
        ws.width(0, 110);
    }

    private static void header(Worksheet ws, String... names) {
        for (int c = 0; c < names.length; c++) {
            ws.value(0, c, names[c]);
            ws.style(0, c).bold().fillColor("EEEEEE").set();
        }
    }

    @SuppressWarnings("unchecked")
    private static void items(Worksheet ws, List<Object> items, List<String> keys, Lang l, Map<String, Boolean> skip) {
        String[] headers = new String[keys.size() + 1];
        for (int c = 0; c < keys.size(); c++) {
            headers[c] = Workbook.header(keys.get(c), l == Lang.EN);
        }
        headers[keys.size()] = Workbook.more(l == Lang.EN);
        header(ws, headers);
        int row = 1;
        for (Object o : items == null ? List.of() : items) {
            Map<String, Object> item = new LinkedHashMap<>((Map<String, Object>) o);
            for (int c = 0; c < keys.size(); c++) {
                cell(ws, row, c, keys.get(c), take(item, keys.get(c), keys, l));
            }
            item.keySet().removeAll(skip.keySet());
            if (!item.isEmpty()) {
                ws.value(row, keys.size(), flow(item));
            }
            row++;
        }
        for (int c = 0; c < keys.size(); c++) {
            ws.width(c, 24);
        }
        ws.width(keys.size(), 80);
    }

    /**
     * Takes a column's value out of an item: a plain key, or a field of a nested key
     * ({@code pool.members}) when every field of that key has a column (else the whole key stays
     * for the "meer (YAML)" column). Renewal years as "2034; 2038", one year as a number.
     */
    @SuppressWarnings("unchecked")
    private static Object take(Map<String, Object> item, String key, List<String> keys, Lang lang) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            Object v = item.remove(key);
            if (key.equals("kind") && lang == Lang.NL && v != null) {
                return switch (v.toString()) {
                    case "cost" -> "kosten";
                    case "revenue" -> "opbrengsten";
                    default -> v;
                };
            }
            if (Workbook.LIST_KEYS.contains(key) && v instanceof List<?> years) {
                return years.size() == 1
                        ? years.get(0)
                        : String.join("; ", years.stream().map(String::valueOf).toList());
            }
            return v;
        }
        String group = key.substring(0, dot);
        if (!(item.get(group) instanceof Map<?, ?> fields)
                || !fields.keySet().stream().allMatch(k -> keys.contains(group + "." + k))) {
            return null;
        }
        Map<String, Object> rest = new LinkedHashMap<>((Map<String, Object>) fields);
        Object v = rest.remove(key.substring(dot + 1));
        if (rest.isEmpty()) {
            item.remove(group);
        } else {
            item.put(group, rest);
        }
        return v;
    }

    /**
     * Numeric validation of a column's data cells: a number passing {@code test} (with X for the
     * cell), or text (a distribution such as triangular(1; 2; 3)), or empty.
     */
    private static void numbers(Worksheet ws, int col, String test, String message, Lang l) {
        numbers(ws, 1, 999, col, test, message, l);
    }

    private static void numbers(Worksheet ws, int first, int last, int col, String test, String message, Lang l) {
        String ref = Workbook.column(col) + (first + 1);
        ws.range(first, col, last, col)
                .validateWithFormula("OR(ISTEXT(" + ref + ")," + test.replace("X", ref) + ")")
                .allowBlank(true)
                .showErrorMessage(true)
                .errorStyle(org.dhatim.fastexcel.DataValidationErrorStyle.STOP)
                .errorTitle(l.t("Ongeldig getal", "Invalid number"))
                .error(message);
    }

    static final String AMOUNT = "X>=0";
    // no "<" in a formula: FastExcel writes it into the XML as it is
    static final String FRACTION = "AND(X>=0,1>=X)";
    static final String WHOLE = "AND(X=INT(X),X>=0)";

    private static String amountMessage(Lang l) {
        return l.t(
                "Een bedrag of aantal is 0 of meer, of een verdeling als tekst: triangular(50000; 60000; 80000).",
                "An amount or count is 0 or more, or a distribution as text: triangular(50000; 60000; 80000).");
    }

    private static String fractionMessage(Lang l) {
        return l.t(
                "Een kans of aandeel ligt tussen 0 en 1 (0,85 voor 85%), of is een verdeling als tekst.",
                "A probability or share lies between 0 and 1 (0.85 for 85%), or is a distribution as text.");
    }

    private static String wholeMessage(Lang l) {
        return l.t("Een aantal jaren is een heel getal, 0 of meer.", "A number of years is a whole number, 0 or more.");
    }

    /** A value into a cell: a number as a number, a distribution as {@code name(a; b)}, anything else as flow YAML text. */
    /** Keys whose numbers are years, counts or a seed: never shown with thousands separators. */
    private static final java.util.Set<String> YEARS_AND_COUNTS = java.util.Set.of(
            "start_year",
            "seed",
            "iterations",
            "from_year",
            "to_year",
            "subsidy_years",
            "horizon_years",
            "renewal_years");

    private static void cell(Worksheet ws, int row, int col, String key, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Number n) {
            ws.value(row, col, n);
            if (Math.abs(n.doubleValue()) >= 10_000 && !YEARS_AND_COUNTS.contains(key)) {
                // an amount with thousands separators (a number format: the cell keeps the number)
                ws.style(row, col)
                        .format(n.doubleValue() == Math.rint(n.doubleValue()) ? "#,##0" : "#,##0.##")
                        .set();
            }
        } else if (v instanceof Map<?, ?> m
                && m.size() == 1
                && DISTRIBUTIONS.contains(String.valueOf(m.keySet().iterator().next()))
                && m.values().iterator().next() instanceof List<?> args) {
            StringBuilder sb =
                    new StringBuilder(String.valueOf(m.keySet().iterator().next())).append('(');
            for (int k = 0; k < args.size(); k++) {
                sb.append(k > 0 ? "; " : "").append(nl.ppsim.dist.Notation.unambiguous(String.valueOf(args.get(k))));
            }
            ws.value(row, col, sb.append(')').toString());
        } else if (v instanceof Map<?, ?> || v instanceof List<?>) {
            ws.value(row, col, flow(v));
        } else {
            ws.value(row, col, v.toString());
        }
    }

    private static String flow(Object v) {
        DumperOptions flow = new DumperOptions();
        flow.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
        flow.setWidth(100_000);
        flow.setSplitLines(false);
        return new Yaml(flow).dump(v).strip();
    }
}
