package nl.ppsim.io;

import static nl.ppsim.io.XlsxBuilder.e;
import static nl.ppsim.io.XlsxBuilder.f;
import static nl.ppsim.io.XlsxBuilder.fError;
import static nl.ppsim.io.XlsxBuilder.n;
import static nl.ppsim.io.XlsxBuilder.s;
import static nl.ppsim.io.XlsxBuilder.styled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.ppsim.scenario.InvalidScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A workbook is read as its user meant it, whatever program wrote it, or refused at the cell:
 * columns by their header in any order, a formula's computed value, and no date, error value,
 * formula without a value or merged cell ever read as a number.
 */
class WorkbookReadingTest {
    private static final List<String> PARTNERS = List.of(
            "name", "group", "cash_per_year", "in_kind_per_year", "committed_years", "renewal_probability", "more");
    private static final List<String> LINES = List.of("name", "kind", "amount", "from_year", "to_year", "growth");

    /**
     * What the workbook says, as YAML data; a distribution its cell writes as a call
     * ({@code uniform(10000; 30000)}, which the scenario reader reads) as the map YAML writes.
     */
    private static Object meaning(Path xlsx) {
        return calls(SafeYaml.load(WorkbookReader.text(xlsx).yaml()));
    }

    private static Object calls(Object o) {
        if (o instanceof java.util.Map<?, ?> m) {
            java.util.Map<Object, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, calls(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            return l.stream().map(WorkbookReadingTest::calls).toList();
        }
        java.util.regex.Matcher call =
                java.util.regex.Pattern.compile("([a-z0-9]+)\\((.*)\\)").matcher(String.valueOf(o));
        if (o instanceof String && call.matches()) {
            List<Object> args = new java.util.ArrayList<>();
            for (String a : call.group(2).split(";")) {
                double d = Double.parseDouble(a.strip().replace(',', '.'));
                args.add(d == Math.rint(d) ? (Object) (int) d : (Object) d);
            }
            return java.util.Map.of(call.group(1), args);
        }
        return o;
    }

    private static InvalidScenarioException refused(Path xlsx) {
        InvalidScenarioException x = assertThrows(InvalidScenarioException.class, () -> WorkbookReader.read(xlsx));
        String m = x.getMessage() + " " + x.english();
        assertFalse(
                m.matches("(?s).*\\b\\w+(Exception|Error)\\b.*") || m.contains("\n") || m.contains("\tat "),
                "one plain line: " + m);
        return x;
    }

    @Test
    void theTemplatesLayoutReadsAsTheScenario(@TempDir Path dir) throws IOException {
        Path xlsx = XlsxBuilder.valid(PARTNERS, LINES).write(dir.resolve("plan.xlsx"));
        assertEquals(calls(SafeYaml.load(XlsxBuilder.VALID_YAML)), meaning(xlsx));
        WorkbookReader.read(xlsx);
    }

    @Test
    void columnsAreFoundByTheirHeaderInAnyOrder(@TempDir Path dir) throws IOException {
        Path swapped = XlsxBuilder.valid(
                        List.of(
                                "in_kind_per_year",
                                "name",
                                "renewal_probability",
                                "cash_per_year",
                                "more",
                                "group",
                                "committed_years"),
                        List.of("to_year", "amount", "growth", "from_year", "name", "kind"))
                .write(dir.resolve("swapped.xlsx"));
        assertEquals(
                calls(SafeYaml.load(XlsxBuilder.VALID_YAML)),
                meaning(swapped),
                "cash stays cash, from_year stays from_year");
        Path bare = XlsxBuilder.valid(PARTNERS, LINES)
                .set("Partners", 0, 2, s("Cash per year (EUR)"))
                .set("Partners", 0, 3, s("in_kind_per_year"))
                .set("Regels", 0, 3, s("Vanaf jaar"))
                .set("Regels", 0, 4, s("To year"))
                .write(dir.resolve("labels.xlsx"));
        assertEquals(
                SafeYaml.load(XlsxBuilder.VALID_YAML), meaning(bare), "a label in either language or the bare key");
        Path notes = XlsxBuilder.valid(PARTNERS, LINES)
                .set("Partners", 0, 8, s("Opmerkingen"))
                .set("Partners", 1, 8, s("=belt terug"))
                .set("Partners", 0, 9, s("Telefoon"))
                .write(dir.resolve("notes.xlsx"));
        assertEquals(
                SafeYaml.load(XlsxBuilder.VALID_YAML),
                meaning(notes),
                "a notes column and an empty unknown column are not read");
    }

    @Test
    void aFormulaIsReadAsItsComputedValue(@TempDir Path dir) throws IOException {
        Path xlsx = XlsxBuilder.valid(PARTNERS, LINES)
                .set("Partners", 1, 2, f("10*5000", 50000))
                .set("Regels", 2, 0, f("\"cur\"&\"sus\"", "cursus").replace("<c>", "<c t=\"str\">"))
                .write(dir.resolve("f.xlsx"));
        assertEquals(calls(SafeYaml.load(XlsxBuilder.VALID_YAML)), meaning(xlsx));
    }

    static Stream<Arguments> misreadings() {
        return Stream.of(
                Arguments.of(
                        "a date in an amount cell",
                        "Partners",
                        1,
                        2,
                        styled(46154, 1),
                        "Partners!C2",
                        "datum",
                        "2026-05-12"),
                Arguments.of(
                        "a date of the workbook's own format",
                        "Partners",
                        1,
                        2,
                        styled(46154, 2),
                        "Partners!C2",
                        "datum",
                        "2026-05-12"),
                Arguments.of("a time", "Regels", 2, 3, styled(0.5, 3), "Regels!D3", "datum of tijd", "12:00"),
                Arguments.of(
                        "a date from a formula",
                        "Regels",
                        2,
                        2,
                        f("TODAY()", 46154).replace("<c>", "<c s=\"1\">"),
                        "Regels!C3",
                        "datum",
                        "=TODAY()"),
                Arguments.of(
                        "a formula without a computed value",
                        "Partners",
                        1,
                        2,
                        f("12*5000"),
                        "Partners!C2",
                        "formule =12*5000 zonder berekende waarde",
                        "Excel of LibreOffice"),
                Arguments.of(
                        "#DIV/0! from a formula",
                        "Partners",
                        1,
                        4,
                        fError("1/0", "#DIV/0!"),
                        "Partners!E2",
                        "foutwaarde #DIV/0!",
                        "=1/0"),
                Arguments.of("#REF!", "Regels", 1, 2, e("#REF!"), "Regels!C2", "foutwaarde #REF!", "herstel"),
                Arguments.of("#N/A", "Plan", 7, 1, e("#N/A"), "Plan!B8", "foutwaarde #N/A", "typ"),
                Arguments.of("data under no header", "Partners", 1, 11, n(5), "Partners!L2", "kolom zonder kop", "kop"),
                Arguments.of(
                        "an unknown header over data",
                        "Partners",
                        0,
                        3,
                        s("Bijdrage"),
                        "Partners!D1",
                        "kolomkop 'Bijdrage'",
                        "Opmerkingen"),
                Arguments.of(
                        "a column twice", "Regels", 0, 5, s("Bedrag (amount)"), "Regels!F1", "twee keer", "Regels!C1"),
                Arguments.of(
                        "broken YAML in a cell",
                        "Partners",
                        2,
                        6,
                        s("{pays_for: [Masterclasses}"),
                        "Partners!G3",
                        "geen geldige YAML",
                        "{"),
                Arguments.of(
                        "a key in YAML and in its column",
                        "Partners",
                        1,
                        6,
                        s("{group: werkveld}"),
                        "Partners!G2",
                        "nog een keer",
                        "Partners!B2"),
                Arguments.of(
                        "a parameter of no model",
                        "Parameters",
                        1,
                        0,
                        s("loket"),
                        "Parameters!A2",
                        "geen bedrijfsmodel 'loket'",
                        "naam"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misreadings")
    void whatWouldBeMisreadIsRefusedAtItsCell(
            String name,
            String sheet,
            int row,
            int col,
            String cell,
            String where,
            String says,
            String advice,
            @TempDir Path dir)
            throws IOException {
        XlsxBuilder b = XlsxBuilder.valid(PARTNERS, LINES);
        if (sheet.equals("Parameters")) {
            b.sheet(
                    "Parameters",
                    List.of(
                            List.of(s("Model (naam of sleutel)"), s("Parameter"), s("Waarde")),
                            List.of(s("x"), s("prijs"), n(100))));
        }
        Path xlsx = b.set(sheet, row, col, cell).write(dir.resolve("plan.xlsx"));
        InvalidScenarioException x = refused(xlsx);
        assertEquals(where, x.path(), x.getMessage());
        assertTrue(x.getMessage().contains(says) && x.getMessage().contains(advice), x.getMessage());
        assertTrue(x.english() != null && !x.english().equals(x.getMessage()), "said in English too");
    }

    @Test
    void mergedCellsOverDataAreRefusedAndInTheHeaderAllowed(@TempDir Path dir) throws IOException {
        Path header = XlsxBuilder.valid(PARTNERS, LINES)
                .set("Partners", 0, 8, s("Opmerkingen"))
                .merge("Partners", "I1:J1")
                .write(dir.resolve("kop.xlsx"));
        assertEquals(SafeYaml.load(XlsxBuilder.VALID_YAML), meaning(header));
        Path data =
                XlsxBuilder.valid(PARTNERS, LINES).merge("Partners", "C2:D3").write(dir.resolve("data.xlsx"));
        InvalidScenarioException x = refused(data);
        assertEquals("Partners!C2:D3", x.path());
        assertTrue(
                x.getMessage().contains("samengevoegde cellen")
                        && x.getMessage().contains("opheffen"),
                x.getMessage());
    }

    @Test
    void aDamagedOrForeignFileIsOneLineInTheUsersLanguage(@TempDir Path dir) throws IOException {
        List<Path> bad = List.of(
                XlsxBuilder.valid(PARTNERS, LINES)
                        .raw("Partners", "dit is geen XML")
                        .write(dir.resolve("geen-xml.xlsx")),
                XlsxBuilder.valid(PARTNERS, LINES)
                        .raw(
                                "Partners",
                                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\""
                                        + " t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>")
                        .write(dir.resolve("entiteit.xlsx")),
                Files.write(dir.resolve("leeg.xlsx"), new byte[0]),
                Files.writeString(dir.resolve("tekst.xlsx"), "naam;groep\nROC;onderwijs\n"),
                Files.write(
                        dir.resolve("kapot.xlsx"),
                        java.util.Arrays.copyOf(
                                Files.readAllBytes(
                                        XlsxBuilder.valid(PARTNERS, LINES).write(dir.resolve("heel.xlsx"))),
                                900)),
                Files.write(dir.resolve("oud.xlsx"), new byte[] {
                    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0
                }));
        for (Path p : bad) {
            InvalidScenarioException x = refused(p);
            assertFalse(x.getMessage().contains("root:") || x.getMessage().contains("passwd"), x.getMessage());
        }
        assertTrue(refused(dir.resolve("oud.xlsx")).getMessage().contains(".xls"));
    }

    /**
     * A sampled corpus of damaged workbooks (a fixed seed, so the same every run): truncated at 40
     * points and with 60 runs of bytes overwritten. Each is read as a scenario or refused in one line;
     * nothing else escapes.
     */
    @Test
    void damagedWorkbooksAreReadOrRefusedInOneLine(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(XlsxBuilder.valid(PARTNERS, LINES).write(dir.resolve("heel.xlsx")));
        java.util.Random random = new java.util.Random(28);
        int refused = 0;
        for (int k = 0; k < 100; k++) {
            byte[] bytes = k < 40 ? java.util.Arrays.copyOf(whole, whole.length * k / 40) : whole.clone();
            if (k >= 40) {
                int at = random.nextInt(bytes.length);
                for (int j = at; j < Math.min(bytes.length, at + 1 + random.nextInt(16)); j++) {
                    bytes[j] = (byte) random.nextInt(256);
                }
            }
            Path p = Files.write(dir.resolve("m" + k + ".xlsx"), bytes);
            try {
                WorkbookReader.read(p);
            } catch (InvalidScenarioException e) {
                refused++;
                String m = e.getMessage();
                assertFalse(
                        m.matches("(?s).*\\b\\w+(Exception|Error)\\b.*") || m.contains("\n"), "case " + k + ": " + m);
            }
        }
        assertTrue(refused >= 40, "the truncated ones at least: " + refused);
    }
}
