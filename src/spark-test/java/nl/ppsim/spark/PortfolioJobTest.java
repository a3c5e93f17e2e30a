package nl.ppsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio on Apache Spark ({@code local[2]}: two executor threads) gives the answers of
 * {@code ppsim explore FOLDER} on one machine byte for byte: the plan is the unit of work and is
 * seeded by its own file, never by its partition or executor.
 */
class PortfolioJobTest {
    private static final String SECTION = """
            explore:
              include_models: {from: [Masterclasses slim onderhoud, Innovatieteams], min: 1}
              vary:
                - {path: business_models[1].params.companies, values: [8, 12]}
              max_iterations: 8000
            """;

    @Test
    void aPortfolioOnSparkGivesTheLocalAnswersByteForByte(@TempDir Path dir) throws IOException {
        Path plans = Files.createDirectory(dir.resolve("plans"));
        String voorbeeld = Files.readString(Path.of("scenarios/voorbeeld.yaml"))
                .replace("iterations: 10000", "iterations: 1000");
        for (int i = 1; i <= 4; i++) {
            Files.writeString(
                    plans.resolve("pps-" + i + ".yaml"),
                    voorbeeld.replace("seed: 20261123", "seed: " + (100 + i))
                                    .replace("fee_per_participant: 950", "fee_per_participant: " + (800 + 100 * i))
                            + SECTION);
        }
        // a plan whose limits no route keeps: its problem is part of the answer, the others are not held up
        Files.writeString(
                plans.resolve("pps-limits.yaml"),
                voorbeeld + SECTION + "  constraints: {max_company_contribution: 10}\n");
        StringWriter localOut = new StringWriter();
        int local = nl.ppsim.cli.Main.execute(
                new String[] {"explore", plans.toString(), "--out", dir.resolve("local").toString(), "--no-charts"},
                new PrintWriter(localOut, true),
                new PrintWriter(new StringWriter(), true));
        assertEquals(2, local, "a plan could not be answered: " + localOut);

        StringWriter sparkOut = new StringWriter();
        StringWriter sparkErr = new StringWriter();
        int spark;
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf()
                .setMaster("local[2]")
                .setAppName("ppsim-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"))) {
            assertEquals(2, sc.defaultParallelism());
            spark = PortfolioJob.run(
                    new String[] {plans.toString(), "--out", dir.resolve("spark").toString(), "--no-charts"},
                    sc,
                    new PrintWriter(sparkOut, true),
                    new PrintWriter(sparkErr, true));
        }
        assertEquals(local, spark, sparkOut + " " + sparkErr);
        assertTrue(sparkOut.toString().contains("pps-limits: "), sparkOut.toString());

        List<String> names = files(dir.resolve("local"));
        assertEquals(names, files(dir.resolve("spark")));
        assertTrue(names.containsAll(List.of("portfolio.csv", "pps-1-explore.csv", "pps-4-explore.html")), names.toString());
        for (String name : names) {
            if (name.endsWith(".csv") || name.endsWith(".html")) {
                assertEquals(
                        Files.readString(dir.resolve("local").resolve(name)),
                        Files.readString(dir.resolve("spark").resolve(name)),
                        name + " is the same on Spark");
            }
        }
        List<String> rows = Files.readAllLines(dir.resolve("spark").resolve("portfolio.csv"));
        assertEquals(6, rows.size(), "a row per plan");
        assertTrue(rows.get(5).startsWith("pps-limits,") && rows.get(5).contains("no route keeps")
                        || rows.get(5).contains("geen enkele route"),
                rows.get(5));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("ppsim-report.json"))
                    .sorted()
                    .toList();
        }
    }
}
