package nl.ppsim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ppsim.cli.Main;
import nl.ppsim.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the shared server while users save (issue 34, part 5): every save the server
 * acknowledged is there after a restart, with its text, on H2 and (in CI) on PostgreSQL. The
 * server is a separate process, killed with SIGKILL at a different moment in each of three rounds
 * while two users save as fast as they can; passwords never appear in its log.
 */
class ServerKillTest {
    private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    private static Process start(Path log, List<String> args, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--shared",
                "--open-signup",
                "--port",
                "0"));
        command.addAll(args);
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    private static int port(Path log, Process p) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            Matcher m = URL.matcher(Files.readString(log));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            assertTrue(p.isAlive(), Files.readString(log));
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not start: " + Files.readString(log));
    }

    @Test
    void everyAcknowledgedSaveSurvivesKillMinus9OnH2(@TempDir Path dir) throws Exception {
        survives(dir, List.of("--data", dir.resolve("data").toString()), Map.of());
    }

    @Test
    void everyAcknowledgedSaveSurvivesKillMinus9OnPostgreSql(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                TestDatabases.postgres(), "PPSIM_TEST_PG_URL not set: .ci/run sets it and runs this test");
        String[] pg = TestDatabases.postgresSchema();
        try {
            survives(dir, List.of("--db", pg[0]), Map.of("PPSIM_DB_USER", pg[1], "PPSIM_DB_PASSWORD", pg[2]));
        } finally {
            TestDatabases.dropSchema(pg[3]);
        }
    }

    private void survives(Path dir, List<String> where, Map<String, String> env) throws Exception {
        String plan =
                Files.readString(Path.of("scenarios/voorbeeld.yaml")).replace("iterations: 10000", "iterations: 200");
        String password = "geheim-wachtwoord-" + System.nanoTime();
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        long planId = -1;
        for (int round = 0; round < 3; round++) {
            Path log = dir.resolve("server-" + round + ".log");
            Process server = start(log, where, env);
            try {
                int port = port(log, server);
                Browser[] users = {new Browser(port), new Browser(port)};
                if (round == 0) {
                    assertEquals(
                            201,
                            users[0].signUp("anna@example.nl", "Anna", password).status());
                    assertEquals(
                            201,
                            users[1].signUp("bert@example.nl", "Bert", password).status());
                    long w = users[0].post("/api/workspaces", Browser.json("name", "PPS"))
                            .json()
                            .get("id")
                            .getAsLong();
                    users[0].post(
                            "/api/workspaces/" + w + "/members",
                            Browser.json("email", "bert@example.nl", "role", "editor"));
                    Browser.Answer created = users[0].post(
                            "/api/workspaces/" + w + "/plans", Browser.json("name", "plan", "yaml", plan));
                    assertEquals(201, created.status(), created.body());
                    planId = created.json().get("plan").getAsLong();
                    acknowledged.put(plan, 1);
                } else {
                    users[0].signIn("anna@example.nl", password);
                    users[1].signIn("bert@example.nl", password);
                    // everything acknowledged before the last kill is there
                    for (Map.Entry<String, Integer> e : acknowledged.entrySet()) {
                        Browser.Answer v = users[0].get("/api/plans/" + planId + "/versions/" + e.getValue());
                        assertEquals(200, v.status(), "version " + e.getValue() + " after kill " + round);
                        assertEquals(e.getKey(), v.json().get("yaml").getAsString());
                    }
                }
                long id = planId;
                int finalRound = round;
                List<Thread> savers = new ArrayList<>();
                for (int u = 0; u < 2; u++) {
                    Browser user = users[u];
                    int who = u;
                    Thread t = new Thread(() -> {
                        for (int i = 0; ; i++) {
                            try {
                                int head = user.get("/api/plans/" + id)
                                        .json()
                                        .get("head")
                                        .getAsInt();
                                String text = plan.replace(
                                        "title: Voorbeeld-PPS techniek",
                                        "title: ronde " + finalRound + " gebruiker " + who + " save " + i);
                                Browser.Answer a = user.post(
                                        "/api/plans/" + id + "/versions", Browser.json("base", head, "yaml", text));
                                if (a.status() == 201) {
                                    acknowledged.put(
                                            text, a.json().get("version").getAsInt());
                                }
                            } catch (IOException | RuntimeException e) {
                                return; // the server is gone
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    });
                    t.start();
                    savers.add(t);
                }
                Thread.sleep(800 + 500L * round);
                server.destroyForcibly();
                assertTrue(server.waitFor(30, TimeUnit.SECONDS));
                for (Thread t : savers) {
                    t.join(30_000);
                }
            } finally {
                server.destroyForcibly();
            }
            String text = Files.readString(log);
            assertTrue(!text.contains(password), "the log never holds a password");
        }
        assertTrue(acknowledged.size() > 10, "saves acknowledged before the kills: " + acknowledged.size());
        // a last start: every acknowledged save of every round is there
        Path log = dir.resolve("server-last.log");
        Process server = start(log, where, env);
        try {
            Browser anna = new Browser(port(log, server));
            anna.signIn("anna@example.nl", password);
            for (Map.Entry<String, Integer> e : acknowledged.entrySet()) {
                Browser.Answer v = anna.get("/api/plans/" + planId + "/versions/" + e.getValue());
                assertEquals(200, v.status(), "version " + e.getValue());
                assertEquals(e.getKey(), v.json().get("yaml").getAsString(), "version " + e.getValue());
            }
        } finally {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
