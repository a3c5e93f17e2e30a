package nl.ppsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.scenario.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API of ppsim serve: answers, errors, and the safety rules (Origin, Host, body size, --dir). */
class WebServerTest {
    @TempDir
    static Path dir;

    static WebServer server;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Files.copy(Path.of("scenarios/voorbeeld.yaml"), dir.resolve("voorbeeld.yaml"));
        Files.writeString(dir.getParent().resolve("secret.yaml"), "scenario: secret\n");
        server = WebServer.start(0, dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String path, String body, String origin) throws IOException, InterruptedException {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(server.uri().resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(server.uri().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void simulateGivesTheEnginesAnswer() throws Exception {
        String yaml = Files.readString(dir.resolve("voorbeeld.yaml"));
        HttpResponse<String> r = post(
                "/api/simulate?iterations=2048&sampling=mc",
                yaml,
                server.uri().toString().replaceAll("/$", ""));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject o = JsonParser.parseString(r.body()).getAsJsonObject();
        Scenario s = new ScenarioReader().read(yaml, "scenario.yaml");
        double expected = Simulation.run(s, new RunSettings(2048, s.seed(), 2))
                .verduurzaamd()
                .estimate();
        assertEquals(
                expected,
                o.getAsJsonObject("p_verduurzaamd").get("estimate").getAsDouble(),
                0.0,
                "the same seed, the same answer");
        assertEquals(10, o.getAsJsonArray("years").size());
        assertTrue(o.get("headline_text").getAsString().startsWith("Kans op verduurzaming: "));
        HttpResponse<String> en = post("/api/simulate?iterations=1024&lang=en", yaml, null);
        assertTrue(en.body().contains("\"headline_text\":\"Probability of sustainability: "), en.body());
    }

    @Test
    void aBadScenarioGetsTheCliMessageAndTheServerKeepsRunning() throws Exception {
        HttpResponse<String> bad = post(
                "/api/validate",
                "scenario: x\nstart_year: 2026\nsubsidy_years: 4\nhorizon_years: 10\n"
                        + "partners:\n  - {name: A, group: onderwijs, cash_per_year: 60.000}\n",
                null);
        assertEquals(400, bad.statusCode());
        JsonObject error = JsonParser.parseString(bad.body()).getAsJsonObject().getAsJsonObject("error");
        assertEquals("partners[0].cash_per_year", error.get("path").getAsString());
        assertEquals(6, error.get("line").getAsInt());
        assertTrue(error.get("message").getAsString().contains("60.000 -> 60000"), bad.body());
        assertEquals(
                200,
                post("/api/validate", Files.readString(dir.resolve("voorbeeld.yaml")), null)
                        .statusCode(),
                "still answering");
        assertEquals(400, post("/api/simulate", "::: not yaml", null).statusCode());
        String badCorrelation = Files.readString(dir.resolve("voorbeeld.yaml"))
                + "correlations:\n  - {between: [\"lines[0].amount\", \"lines[7].amount\"], rank: 0.5}\n";
        assertEquals(
                400,
                post("/api/validate", badCorrelation, null).statusCode(),
                "what only the engine checks, validate checks too");
        assertEquals(
                400,
                post("/api/simulate", badCorrelation, null).statusCode(),
                "and a run reports it as the scenario's error");
        assertEquals(200, get("/api/models").statusCode());
    }

    @Test
    void safetyRules() throws Exception {
        assertEquals(
                403, post("/api/simulate", "scenario: x", "http://evil.example").statusCode(), "a foreign Origin");
        // a foreign Host (DNS rebinding); HttpClient will not send one, so a plain socket does
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream()
                    .write("GET /api/models HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(
                            socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
                    .readLine();
            assertTrue(status.contains(" 403 "), status);
        }
        assertEquals(
                413,
                post("/api/validate", "a".repeat(WebServer.MAX_BODY + 10), null).statusCode());
        assertEquals(
                400,
                post("/api/simulate?iterations=" + (WebServer.MAX_ITERATIONS + 1), "scenario: x", null)
                        .statusCode());
        assertEquals(200, get("/api/scenarios/voorbeeld.yaml").statusCode());
        for (String sneaky : new String[] {
            "..%2Fsecret.yaml", "%2E%2E%2Fsecret.yaml", "..%5Csecret.yaml", "%2Fetc%2Fpasswd", "pom.xml"
        }) {
            HttpResponse<String> r = get("/api/scenarios/" + sneaky);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, sneaky + ": " + r.statusCode());
            assertTrue(!r.body().contains("scenario: secret"), sneaky);
        }
        assertEquals("[\"voorbeeld.yaml\"]", get("/api/scenarios").body().replace(",\"plan.xlsx\"", ""));
        assertEquals(405, get("/api/simulate").statusCode());
    }

    @Test
    void hostileRequestsGetAStatusAndAJsonError() throws Exception {
        String bomb = nl.ppsim.cli.ReliabilityTestAccess.aliasBomb(7, 7);
        for (String path : new String[] {"/api/parse", "/api/validate", "/api/simulate", "/api/check"}) {
            HttpResponse<String> r = post(path, bomb, null);
            assertEquals(400, r.statusCode(), path + ": " + r.body());
            assertTrue(r.body().contains("aliassen") || r.body().contains("aliases"), r.body());
        }
        for (String body : new String[] {
            "{\"a\": {}, \"b\": \"x\"}",
            "{\"a\": \"x\", \"b\": [1]}",
            "[1, 2]",
            "{\"a\": \"x\", \"b\": \"y\"," + " \"iterations\": \"veel\"}",
            "{\"a\": \"x\", \"b\": \"y\", \"iterations\": 2.5}",
            "null",
            ""
        }) {
            HttpResponse<String> r = post("/api/compare", body, null);
            assertEquals(400, r.statusCode(), body + ": " + r.body());
            assertTrue(JsonParser.parseString(r.body()).getAsJsonObject().has("error"), r.body());
        }
        for (String name :
                new String[] {"a%00b.yaml", "voorbeeld.yaml%00", "%1B%5B31m.yaml", "a%0D%0Ab.yaml", "%E2%80%AEgpj.yaml"
                }) {
            HttpResponse<String> r = get("/api/scenarios/" + name);
            assertEquals(400, r.statusCode(), name + ": " + r.body());
            assertTrue(JsonParser.parseString(r.body()).getAsJsonObject().has("error"), r.body());
        }
        HttpResponse<String> render = post("/api/render", "[".repeat(20_000) + "]".repeat(20_000), null);
        assertTrue(render.statusCode() == 400 || render.statusCode() == 500, render.body());
        JsonObject answer = JsonParser.parseString(render.body()).getAsJsonObject();
        assertTrue(
                answer.has("error") && (render.statusCode() == 400 || answer.has("id")),
                "a 500 names the id in the log: " + render.body());
        String reversed = Files.readString(dir.resolve("voorbeeld.yaml"))
                .replaceFirst("name: ([^\\n]+)", "name: \"ROC\\\\u202Egpj.exe\"");
        HttpResponse<String> bidi = post("/api/validate", reversed, null);
        assertEquals(400, bidi.statusCode(), bidi.body());
        assertTrue(bidi.body().contains("U+202E"), bidi.body());
        assertEquals(200, get("/api/models").statusCode(), "still answering");
    }

    @Test
    void thePageMayNotBeFramedAndRunsOnlyItsOwnScript() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(
                csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'") && !csp.contains("unsafe"),
                csp);
        assertTrue(
                !page.body().contains("<script>")
                        && !page.body().contains("style=")
                        && !page.body().matches("(?s).*\\son[a-z]+=.*"),
                "nothing inline that the policy would block");
    }

    @Test
    void slowClientsCannotHoldTheServer() throws Exception {
        java.util.List<java.net.Socket> slow = new java.util.ArrayList<>();
        try {
            for (int k = 0; k < 40; k++) {
                java.net.Socket s = new java.net.Socket("127.0.0.1", server.port());
                s.getOutputStream()
                        .write(("POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nX-Slow: ")
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                s.setSoTimeout((WebServer.MAX_REQUEST_SECONDS + 10) * 1000);
                slow.add(s);
            }
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(server.uri().resolve("/api/models"))
                            .timeout(java.time.Duration.ofSeconds(WebServer.MAX_REQUEST_SECONDS + 10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            // not a speed test: the answer must not wait for the slow clients to be cut off (half the limit is seconds
            // of margin)
            assertTrue(
                    System.nanoTime() - t0 < WebServer.MAX_REQUEST_SECONDS * 500_000_000L,
                    "answered while " + slow.size() + " clients dawdle");
            for (java.net.Socket s : slow) {
                int read;
                try {
                    read = s.getInputStream().read();
                } catch (java.net.SocketException reset) {
                    read = -1;
                }
                assertEquals(-1, read, "the server closed a request that did not arrive in time");
            }
        } finally {
            for (java.net.Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void theFullReportComesAsAZipWithTheSameNumbersAsARun() throws Exception {
        String yaml = Files.readString(dir.resolve("voorbeeld.yaml")).replace("iterations: 10000", "iterations: 2000");
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(server.uri().resolve("/api/report"))
                        .POST(HttpRequest.BodyPublishers.ofString(yaml))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/zip", r.headers().firstValue("Content-Type").orElse(""));
        java.util.Map<String, String> entries = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream zip =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(r.body()))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertTrue(
                entries.containsKey("voorbeeld/report.html") && entries.containsKey("voorbeeld/kans-zelfstandig.png"),
                entries.keySet().toString());
        Scenario s = new ScenarioReader().read(yaml, "scenario.yaml");
        double p = Simulation.run(s, new RunSettings(2000, s.seed(), 1))
                .verduurzaamd()
                .estimate();
        assertTrue(
                entries.get("voorbeeld/summary.csv")
                        .contains("\r\np_verduurzaamd," + nl.ppsim.report.CsvFormat.RFC4180.number(p) + "\r\n"),
                "the same headline as ppsim run");
        try (Stream<Path> left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertTrue(
                    left.noneMatch(f -> f.getFileName().toString().startsWith("ppsim-web")
                            && Files.isDirectory(f)
                            && f.toFile().lastModified() > System.currentTimeMillis() - 60_000
                            && contains(f, "voorbeeld")),
                    "the temporary folder is gone");
        }
    }

    private static boolean contains(Path folder, String name) {
        return Files.exists(folder.resolve(name));
    }

    @Test
    void twoVariantsAreComparedWithTheSameRandomNumbers() throws Exception {
        String a = Files.readString(dir.resolve("voorbeeld.yaml"));
        String b = a.replace("fee_per_participant: 950", "fee_per_participant: 1100");
        JsonObject body = new JsonObject();
        body.addProperty("a", a);
        body.addProperty("b", b);
        body.addProperty("iterations", 4096);
        HttpResponse<String> r = post("/api/compare", body.toString(), null);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject o = JsonParser.parseString(r.body()).getAsJsonObject();
        double d = o.get("difference").getAsDouble();
        double paired = o.get("paired_se").getAsDouble();
        // a higher fee raises the headline (by about 15 points, tens of paired se); pairing shrinks the se
        assertTrue(d > 4 * paired, r.body());
        assertTrue(paired < o.get("independent_se").getAsDouble(), r.body());
        assertTrue(o.get("text").getAsString().contains("procentpunt"), r.body());
        assertEquals(400, post("/api/compare", "{\"a\": \"scenario: x\"}", null).statusCode());
    }

    @Test
    void aPlanIsReviewedAgainstItsScheme() throws Exception {
        String plan =
                Files.readString(Path.of("scenarios/plan-rif.yaml")).replace("iterations: 10000", "iterations: 2000");
        HttpResponse<String> r = post("/api/check", plan, null);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject o = JsonParser.parseString(r.body()).getAsJsonObject();
        assertTrue(o.get("conclusion").getAsString().startsWith("Conclusie: het plan voldoet"), r.body());
        assertTrue(
                o.getAsJsonArray("checks").size() > 5 && r.body().contains("\"rule\":\"regeling.subsidieaandeel\""),
                r.body());
        String noScheme = Files.readString(dir.resolve("voorbeeld.yaml"));
        assertEquals(
                400, post("/api/check", noScheme, null).statusCode(), "a subsidy without a scheme cannot be reviewed");
    }

    @Test
    void aPreciseRunGrowsUntilItsStandardErrorIsReachedAndReportsProgress() throws Exception {
        HttpResponse<String> start =
                post("/api/precise?se=0.003", Files.readString(dir.resolve("voorbeeld.yaml")), null);
        assertEquals(202, start.statusCode(), start.body());
        String id = JsonParser.parseString(start.body())
                .getAsJsonObject()
                .get("job")
                .getAsString();
        JsonObject state = null;
        for (int k = 0; k < 300; k++) {
            state = JsonParser.parseString(get("/api/jobs/" + id).body()).getAsJsonObject();
            if (state.get("finished").getAsBoolean()) {
                break;
            }
            Thread.sleep(100);
        }
        assertTrue(state.get("finished").getAsBoolean(), state.toString());
        JsonObject answer = state.getAsJsonObject("answer");
        assertTrue(answer.getAsJsonObject("p_verduurzaamd").get("se").getAsDouble() <= 0.003, answer.toString());
        assertTrue(answer.get("iterations").getAsInt() > WebServer.QUICK_ITERATIONS, "it grew");
        assertEquals(404, get("/api/jobs/nothing").statusCode());
        assertEquals(400, post("/api/precise?se=2", "scenario: x", null).statusCode());
    }

    @Test
    void aPlanWorkbookInTheFolderOpensAsItsYaml() throws Exception {
        Path xlsx = dir.resolve("plan.xlsx");
        if (Files.notExists(xlsx)) {
            nl.ppsim.report.WorkbookTemplate.write(
                    Files.readString(dir.resolve("voorbeeld.yaml")), xlsx, nl.ppsim.report.Lang.NL);
        }
        assertTrue(get("/api/scenarios").body().contains("\"plan.xlsx\""));
        Files.writeString(dir.resolve("bench.yaml"), "scenario: bench\n");
        assertFalse(get("/api/scenarios").body().contains("bench.yaml"), "the benchmark is not offered as a plan");
        HttpResponse<String> yaml = get("/api/scenarios/plan.xlsx");
        assertEquals(200, yaml.statusCode());
        assertEquals(200, post("/api/validate", yaml.body(), null).statusCode(), yaml.body());
    }

    @Test
    void aPlanIsSavedAsAWorkbookAndAWorkbookOpensAsItsYaml() throws Exception {
        String yaml = Files.readString(dir.resolve("voorbeeld.yaml"));
        HttpResponse<byte[]> book = http.send(
                HttpRequest.newBuilder(server.uri().resolve("/api/template?lang=en"))
                        .POST(HttpRequest.BodyPublishers.ofString(yaml))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, book.statusCode());
        assertTrue(book.headers().firstValue("Content-Disposition").orElse("").contains("voorbeeld.xlsx"));
        HttpResponse<String> opened = http.send(
                HttpRequest.newBuilder(server.uri().resolve("/api/workbook?name=mijn-plan.xlsx"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(book.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, opened.statusCode(), opened.body());
        Scenario original = new ScenarioReader().read(yaml, "a.yaml");
        Scenario back = new ScenarioReader().read(opened.body(), "b.yaml");
        assertEquals(
                Simulation.run(original, new RunSettings(1000, original.seed(), 1))
                        .verduurzaamd()
                        .estimate(),
                Simulation.run(back, new RunSettings(1000, back.seed(), 1))
                        .verduurzaamd()
                        .estimate(),
                0.0,
                "the workbook reads back to the same plan");
        HttpResponse<String> broken = http.send(
                HttpRequest.newBuilder(server.uri().resolve("/api/workbook?name=kapot.xlsx"))
                        .POST(HttpRequest.BodyPublishers.ofString("geen werkmap"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("kapot.xlsx") && broken.body().contains("werkmap"), broken.body());
        try (Stream<Path> left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertTrue(
                    left.noneMatch(p -> p.getFileName().toString().startsWith("ppsim-web")
                            && Files.exists(p.resolve("kapot.xlsx"))),
                    "no temporary workbook left");
        }
    }

    @Test
    void theFormsJsonRoundTripsToTheSameScenario() throws Exception {
        String yaml = Files.readString(dir.resolve("voorbeeld.yaml"));
        HttpResponse<String> json = post("/api/parse", yaml, null);
        assertEquals(200, json.statusCode());
        HttpResponse<String> back = post("/api/render", json.body(), null);
        assertEquals(200, back.statusCode());
        assertTrue(back.body().contains("start_year: 2026") && !back.body().contains("2026.0"), back.body());
        Scenario a = new ScenarioReader().read(yaml, "a.yaml");
        Scenario b = new ScenarioReader().read(back.body(), "b.yaml");
        assertEquals(
                Simulation.run(a, new RunSettings(1024, a.seed(), 1))
                        .verduurzaamd()
                        .estimate(),
                Simulation.run(b, new RunSettings(1024, b.seed(), 1))
                        .verduurzaamd()
                        .estimate(),
                0.0,
                "the same scenario");
        assertEquals(400, post("/api/render", "{not json", null).statusCode());
        // with the text it came from, the tree is written into that text: its comments stay
        JsonObject both = new JsonObject();
        both.add("tree", JsonParser.parseString(json.body()));
        both.addProperty("yaml", yaml);
        HttpResponse<String> kept = post("/api/render", both.toString(), null);
        assertEquals(yaml, kept.body(), "nothing changed, nothing moves");
    }

    @Test
    void theSchemesAreListedWithTheirVariants() throws Exception {
        HttpResponse<String> r = get("/api/schemes");
        assertEquals(200, r.statusCode());
        var schemes = JsonParser.parseString(r.body()).getAsJsonArray();
        assertEquals(nl.ppsim.io.SchemeReader.names().size(), schemes.size());
        assertTrue(r.body().contains("\"key\":\"rif\"") && r.body().contains("\"variants\":[\"entree\""), r.body());
    }

    @Test
    void thePageIsServedFromTheJarWithoutExternalResources() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(
                page.body().contains("<script src=\"app.js\">") && !page.body().contains("http"), "no CDN");
        assertEquals(200, get("/app.js").statusCode());
        assertEquals(200, get("/app.css").statusCode());
    }

    /** The page's exploration: the routes of the explore: section as ppsim explore chooses them, within the page's caps. */
    @Test
    void exploreAnswersWithTheChosenRouteAndEveryCandidate() throws Exception {
        String plan =
                Files.readString(Path.of("scenarios/voorbeeld.yaml")).replace("iterations: 10000", "iterations: 2000");
        String section = """
                explore:
                  include_models: {from: [Masterclasses slim onderhoud, Innovatieteams], min: 1, max: 2}
                  vary:
                    - {path: business_models[0].params.fee_per_participant, values: [900, 1300]}
                """;
        HttpResponse<String> r = post("/api/explore?lang=en", plan + section, null);
        assertEquals(200, r.statusCode(), r.body());
        com.google.gson.JsonObject o =
                com.google.gson.JsonParser.parseString(r.body()).getAsJsonObject();
        assertTrue(o.get("summary").getAsString().startsWith("Chosen route: "), r.body());
        assertEquals(5, o.getAsJsonArray("candidates").size(), "Innovatieteams alone once: the fee is the courses'");
        assertEquals(
                1,
                o.getAsJsonArray("candidates").asList().stream()
                        .filter(c -> c.getAsJsonObject().get("chosen").getAsBoolean())
                        .count());
        assertEquals(400, post("/api/explore", plan, null).statusCode(), "no explore: section");
        String many = section.replace("values: [900, 1300]", "low: 500, high: 2000, steps: 40");
        HttpResponse<String> tooMany = post("/api/explore", plan + many, null);
        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.body().contains("ppsim explore"), tooMany.body());
    }
}
