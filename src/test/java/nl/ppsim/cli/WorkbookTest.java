package nl.ppsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Excel in: ppsim template --xlsx writes a plan workbook, ppsim run reads it back into the same scenario; errors name the cell. */
class WorkbookTest {
    @ParameterizedTest
    @ValueSource(strings = {"voorbeeld", "techniek-mbo", "coe-hbo", "zorg", "entree", "creatief", "plan-rif", "bench"})
    void aTemplateRunsToTheSameCsvFilesAsItsYaml(String scenario, @TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve(scenario + ".xlsx");
        CliTest.Outcome t =
                CliTest.exec("template", "--xlsx", xlsx.toString(), "--from", "scenarios/" + scenario + ".yaml");
        assertEquals(0, t.code(), t.err());
        CliTest.Outcome a = CliTest.exec(
                "run",
                xlsx.toString(),
                "--iterations",
                "1024",
                "--no-charts",
                "--out",
                dir.resolve("a").toString());
        assertEquals(0, a.code(), a.err());
        CliTest.Outcome b = CliTest.exec(
                "run",
                "scenarios/" + scenario + ".yaml",
                "--iterations",
                "1024",
                "--no-charts",
                "--out",
                dir.resolve("b").toString());
        assertEquals(0, b.code(), b.err());
        try (Stream<Path> files = Files.list(dir.resolve("b"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                assertEquals(
                        Files.readString(f),
                        Files.readString(dir.resolve("a").resolve(f.getFileName())),
                        scenario + ": " + f.getFileName());
            }
        }
    }

    @Test
    void anErrorNamesTheSheetAndCell(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("plan.yaml");
        Files.writeString(
                yaml,
                Files.readString(Path.of("scenarios/voorbeeld.yaml"))
                        .replace("cash_per_year: 60000", "cash_per_year: '60.000'"));
        Path xlsx = dir.resolve("plan.xlsx");
        // the template refuses a scenario that is not valid, so write the workbook from the valid one and mend the text
        assertEquals(
                2,
                CliTest.exec("template", "--xlsx", xlsx.toString(), "--from", yaml.toString())
                        .code(),
                "an invalid scenario");
        assertTrue(Files.notExists(xlsx));
        String text = Files.readString(yaml);
        nl.ppsim.report.WorkbookTemplate.write(text, xlsx, nl.ppsim.report.Lang.NL);
        CliTest.Outcome o = CliTest.exec("validate", xlsx.toString());
        assertEquals(2, o.code());
        assertTrue(
                o.err().contains("plan.xlsx, Partners!C2: verwacht een getal, kreeg '60.000'")
                        && o.err().contains("60.000 -> 60000"),
                o.err());
        CliTest.Outcome en = CliTest.exec("validate", xlsx.toString(), "--lang", "en");
        assertTrue(en.err().contains("Partners!C2: expected a number"), en.err());
    }

    /** An error names the cell the user typed in, and its advice fits what was typed there. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "fee_per_participant: 950|fee_per_participnt: 950|Parameters!B4: onbekende sleutel 'fee_per_participnt'",
                "cash_per_year: 60000|cash_per_year: zestigduizend|Partners!C2: verwacht een getal, kreeg 'zestigduizend'; geldig: een getal",
                "scheme: geen|scheme: rif-2099|Plan!B11: onbekende waarde 'rif-2099'",
                "cash_per_year: 60000|cash_per_year: 'triangular(60.000; 80.000; 90.000)'|Partners!C2: in triangular(60.000; 80.000; 90.000) kan '60.000' duizendtallen",
                "leave_probability: 0.1|leave_probability: 1.5|Partners!I4: ",
                "years: 2, wind_down_cost|years: 0, wind_down_cost|Bedrijfsmodellen!F3: ",
                "renewal_years: [2034]|renewal_years: [2099]|Partners!G3: "
            })
    void anErrorNamesTheCellTypedIn(String from, String to, String expected, @TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of("scenarios/voorbeeld.yaml"));
        if (from.startsWith("scheme")) {
            text = text.replace("subsidy:\n", "subsidy:\n  scheme: rif-2099\n");
        } else {
            assertTrue(text.contains(from), from);
            text = text.replace(from, to);
        }
        Path xlsx = dir.resolve("plan.xlsx");
        nl.ppsim.report.WorkbookTemplate.write(text, xlsx, nl.ppsim.report.Lang.NL);
        CliTest.Outcome o = CliTest.exec("validate", xlsx.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("plan.xlsx, " + expected), o.err());
        assertFalse(o.err().contains("aanhalingstekens"), "no advice about quotes a cell does not have: " + o.err());
    }

    @Test
    void aDecimalCommaTypedAsTextInACellIsTheNumberItCanOnlyBe(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of("scenarios/voorbeeld.yaml"))
                .replace("renewal_probability: 0.85", "renewal_probability: '0,85'");
        Path xlsx = dir.resolve("plan.xlsx");
        nl.ppsim.report.WorkbookTemplate.write(text, xlsx, nl.ppsim.report.Lang.NL);
        CliTest.Outcome o = CliTest.exec("validate", xlsx.toString());
        assertEquals(0, o.code(), o.err());
    }

    @Test
    void theTemplateHelpsTheOneWhoFillsItIn(@TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve("plan.xlsx");
        assertEquals(0, CliTest.exec("template", "--xlsx", xlsx.toString()).code());
        java.util.Map<String, String> parts = new java.util.HashMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                parts.put(
                        e.getName(),
                        new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertTrue(parts.get("xl/workbook.xml").contains("<sheet name=\"Uitleg\""), "an instructions sheet first");
        String partners = parts.get("xl/worksheets/sheet3.xml");
        assertTrue(partners.contains("ySplit=\"1\"") && partners.contains("state=\"frozen\""), "frozen header row");
        assertTrue(
                partners.contains("errorStyle=\"stop\"")
                        && partners.contains("showErrorMessage=\"true\"")
                        && !partners.contains("\"null\""),
                "an enforced list with a message");
        assertTrue(parts.get("xl/styles.xml").contains("formatCode=\"#,##0\""), "amounts with thousands separators");
        // numeric validation: an amount 0 or more, a probability between 0 and 1 (or a distribution as text)
        assertTrue(partners.contains("<formula1>OR(ISTEXT(C2),C2>=0)</formula1>"), "cash per year 0 or more");
        assertTrue(partners.contains("<formula1>OR(ISTEXT(F2),AND(F2>=0,1>=F2))</formula1>"), "a probability 0-1");
        // pools, stop rules and renewal years in columns of their own, not as YAML text
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb =
                new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile())) {
            java.util.List<org.dhatim.fastexcel.reader.Row> rows =
                    wb.findSheet("Partners").orElseThrow().read();
            java.util.List<String> header = java.util.stream.IntStream.range(
                            0, rows.get(0).getCellCount())
                    .mapToObj(c -> rows.get(0).getCellText(c))
                    .toList();
            int members = header.indexOf("Pool: leden bij de start (pool.members)");
            int renewal = header.indexOf("Verlengt opnieuw in (jaren) (renewal_years)");
            int more = header.indexOf("meer (YAML)");
            assertTrue(members > 0 && renewal > 0 && more > members, header.toString());
            org.dhatim.fastexcel.reader.Row pool = rows.stream()
                    .filter(r -> "Techniekbedrijven".equals(r.getCellText(0)))
                    .findFirst()
                    .orElseThrow();
            assertEquals("10", pool.getCellText(members), "the pool's members in their column");
            assertFalse(
                    pool.getCellText(more).contains("pool"), "no pool in the YAML column: " + pool.getCellText(more));
            org.dhatim.fastexcel.reader.Row gemeente = rows.stream()
                    .filter(r -> "Gemeente Voorbeeld".equals(r.getCellText(0)))
                    .findFirst()
                    .orElseThrow();
            assertEquals("2034", gemeente.getCellText(renewal), "renewal years as a year");
            java.util.List<org.dhatim.fastexcel.reader.Row> params =
                    wb.findSheet("Parameters").orElseThrow().read();
            // every parameter of each model: the ones the plan gives and the others with their default
            long masterclasses = params.stream()
                    .filter(r -> "Masterclasses slim onderhoud".equals(r.getCellText(0)))
                    .count();
            assertEquals(
                    nl.ppsim.model.Catalog.find("trainingsbureau")
                            .orElseThrow()
                            .parameters()
                            .size(),
                    masterclasses,
                    "every parameter of the training agency");
            org.dhatim.fastexcel.reader.Row trainer = params.stream()
                    .filter(r -> "trainer_cost_per_course".equals(r.getCellText(1)))
                    .findFirst()
                    .orElseThrow();
            assertEquals("", trainer.getCellText(2), "not given: empty, so the default applies");
            assertEquals("triangular(3000; 4000; 6000)", trainer.getCellText(3), "its default");
            assertEquals("Standaard (als leeg)", params.get(0).getCellText(3));
            java.util.List<org.dhatim.fastexcel.reader.Row> lists =
                    wb.findSheet("Lijsten").orElseThrow().read();
            assertEquals("kosten", lists.get(1).getCellText(1), "the kind list in Dutch");
            org.dhatim.fastexcel.reader.Row line =
                    wb.findSheet("Regels").orElseThrow().read().get(1);
            assertEquals("kosten", line.getCellText(1), "a line's kind in Dutch");
        }
        assertEquals(0, CliTest.exec("validate", xlsx.toString()).code(), "and it still reads back");
    }

    @Test
    void anEnglishTemplateHasEnglishSheetsAndReadsToTheSameScenario(@TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve("plan.xlsx");
        assertEquals(
                0,
                CliTest.exec("template", "--xlsx", xlsx.toString(), "--lang", "en")
                        .code());
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb =
                new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile())) {
            assertEquals(
                    java.util.List.of(
                            "Instructions",
                            "Plan",
                            "Partners",
                            "Lines",
                            "Business models",
                            "Parameters",
                            "Other",
                            "Lists"),
                    wb.getSheets()
                            .map(org.dhatim.fastexcel.reader.Sheet::getName)
                            .toList());
            assertEquals(
                    "more (YAML)",
                    wb.findSheet("Partners")
                            .orElseThrow()
                            .read()
                            .get(0)
                            .getCell(nl.ppsim.io.Workbook.PARTNER_KEYS.size())
                            .getText());
        }
        CliTest.Outcome a = CliTest.exec(
                "run",
                xlsx.toString(),
                "--iterations",
                "1024",
                "--no-charts",
                "--out",
                dir.resolve("a").toString());
        assertEquals(0, a.code(), a.err());
        CliTest.Outcome b = CliTest.exec(
                "run",
                "scenarios/voorbeeld.yaml",
                "--iterations",
                "1024",
                "--no-charts",
                "--out",
                dir.resolve("b").toString());
        assertEquals(Files.readString(dir.resolve("b/summary.csv")), Files.readString(dir.resolve("a/summary.csv")));
        // an error in it names the English sheet
        Path bad = dir.resolve("bad.xlsx");
        nl.ppsim.report.WorkbookTemplate.write(
                Files.readString(Path.of("scenarios/voorbeeld.yaml"))
                        .replace("amount: {normal: [100000, 8000]}", "amount: '100.000'"),
                bad,
                nl.ppsim.report.Lang.EN);
        CliTest.Outcome o = CliTest.exec("validate", bad.toString(), "--lang", "en");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("bad.xlsx, Lines!C2: expected a number"), o.err());
    }

    @Test
    void aTemplateNeverOverwritesAFile(@TempDir Path dir) throws IOException {
        Path existing = dir.resolve("mine.xlsx");
        Files.writeString(existing, "my own work");
        CliTest.Outcome o = CliTest.exec("template", "--xlsx", existing.toString());
        assertEquals(2, o.code());
        assertEquals("my own work", Files.readString(existing));
        assertEquals(
                2,
                CliTest.exec("template", "--xlsx", dir.resolve("plan.txt").toString())
                        .code());
    }
}
