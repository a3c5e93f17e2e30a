package nl.ppsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.ppsim.web.WebServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One scenario with one seed gives one headline wherever it is read: {@code ppsim run} on the YAML,
 * {@code ppsim run} on the workbook made from it, a round of {@code ppsim check}, the web API's
 * answer and the web app's report download; byte for byte in their summary.csv. The web app's
 * preview is the first iterations of that same run, marked as a preview.
 */
class OneAnswerTest {
    @ParameterizedTest
    @ValueSource(strings = {"voorbeeld", "plan-rif", "techniek-mbo"})
    void theCommandLineTheWorkbookARoundAndTheWebAppShowTheSameHeadline(String name, @TempDir Path dir)
            throws Exception {
        Path yaml = dir.resolve(name + ".yaml");
        Files.copy(Path.of("scenarios", name + ".yaml"), yaml);
        CliTest.Outcome run = CliTest.exec(
                "run",
                yaml.toString(),
                "--no-charts",
                "--out",
                dir.resolve("cli").toString());
        assertEquals(0, run.code(), run.err());
        String summary = Files.readString(dir.resolve("cli/summary.csv"));
        String headline = line(summary, "p_verduurzaamd,");

        Path xlsx = dir.resolve("book/" + name + ".xlsx");
        Files.createDirectories(xlsx.getParent());
        CliTest.Outcome template = CliTest.exec("template", "--xlsx", xlsx.toString(), "--from", yaml.toString());
        assertEquals(0, template.code(), template.err());
        CliTest.Outcome book = CliTest.exec(
                "run",
                xlsx.toString(),
                "--no-charts",
                "--out",
                dir.resolve("xlsx").toString());
        assertEquals(0, book.code(), book.err());
        assertEquals(summary, Files.readString(dir.resolve("xlsx/summary.csv")), "the workbook: the same summary");

        // a round judges each plan against its own scheme (one that names none, against the round's:
        // another plan, so voorbeeld is not in one here)
        if (!name.equals("voorbeeld")) {
            Path other = dir.resolve("other.yaml");
            Files.copy(Path.of("scenarios", name.equals("plan-rif") ? "techniek-mbo.yaml" : "plan-rif.yaml"), other);
            CliTest.Outcome round = CliTest.exec(
                    "check",
                    yaml.toString(),
                    other.toString(),
                    "--no-charts",
                    "--out",
                    dir.resolve("round").toString());
            assertTrue(round.code() == 0 || round.code() == 3, round.err());
            String estimate = headline.substring("p_verduurzaamd,".length());
            String ranked = Files.readString(dir.resolve("round/round.csv"));
            assertTrue(
                    ranked.lines().anyMatch(l -> l.contains("," + name + ",") && l.contains("," + estimate + ",")),
                    "a round shows the same estimate " + estimate + ":\n" + ranked);
        }

        try (WebServer server = WebServer.start(0, dir)) {
            HttpClient http = HttpClient.newHttpClient();
            String text = Files.readString(yaml);
            JsonObject answer = post(http, server, "/api/simulate", text);
            assertTrue(answer.get("answer").getAsBoolean(), answer.toString());
            assertEquals(
                    headline.substring("p_verduurzaamd,".length()),
                    nl.ppsim.report.CsvFormat.RFC4180.number(answer.getAsJsonObject("p_verduurzaamd")
                            .get("estimate")
                            .getAsDouble()),
                    "the web API's answer");
            // the page's "why" is of the same answer: each model's "with" is the headline on screen
            JsonObject why = post(http, server, "/api/why", text);
            if (answer.get("iterations").getAsInt() <= WebServer.WHY_ITERATIONS) {
                assertEquals(
                        answer.getAsJsonObject("p_verduurzaamd").get("estimate").getAsDouble(),
                        why.getAsJsonObject("p_verduurzaamd").get("estimate").getAsDouble(),
                        "the why's headline");
                for (var m : why.getAsJsonArray("models")) {
                    assertEquals(
                            answer.getAsJsonObject("p_verduurzaamd")
                                    .get("estimate")
                                    .getAsDouble(),
                            m.getAsJsonObject().get("p_with").getAsDouble(),
                            "with " + m);
                }
            }
            JsonObject preview = post(http, server, "/api/simulate?preview=1", text);
            assertFalse(preview.get("answer").getAsBoolean(), "a preview says it is one");
            assertEquals(WebServer.QUICK_ITERATIONS, preview.get("iterations").getAsInt());

            HttpResponse<byte[]> zip = http.send(
                    HttpRequest.newBuilder(server.uri().resolve("/api/report"))
                            .POST(HttpRequest.BodyPublishers.ofString(text))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, zip.statusCode());
            Map<String, String> entries = new HashMap<>();
            try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            String web = entries.get(name + "/summary.csv");
            assertEquals(headline, line(web, "p_verduurzaamd,"), "the web app's report");
            assertEquals(summary, web, "the web app's report: the same summary, byte for byte");
        }
    }

    private static JsonObject post(HttpClient http, WebServer server, String path, String body) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(server.uri().resolve(path))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    private static String line(String csv, String start) {
        return csv.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
    }
}
