package nl.ppsim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ppsim.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared server's security, tested by trying (issue 34, part 6), on every database the suite
 * has: nothing answers without a sign-in; a viewer cannot write; one workspace never reads
 * another's plans; changes from another origin or without the session's CSRF token are refused;
 * the session id changes at sign-in; failed sign-ins are limited; passwords never come back.
 */
class SharedServerTest {
    @TempDir
    static Path dir;

    static List<TestDatabases.Kind> databases() {
        return TestDatabases.all(() -> dir);
    }

    static final String PLAN;

    static {
        try {
            PLAN = Files.readString(Path.of("scenarios/voorbeeld.yaml"))
                    .replace("iterations: 10000", "iterations: 2000");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A server on a fresh database, closed with it. */
    private static final class Running implements AutoCloseable {
        final TestDatabases.Fresh db;
        final SharedServer server;

        Running(TestDatabases.Kind kind, boolean openSignup) {
            db = kind.open().get();
            server = SharedServer.start(
                    db.db(), new SharedServer.Options("127.0.0.1", 0, null, false, Path.of("scenarios"), openSignup));
        }

        Browser browser() {
            return new Browser(server.port());
        }

        @Override
        public void close() {
            server.close();
            db.close();
        }
    }

    /** Every API path, with a method, that must refuse an anonymous caller. */
    static final List<String[]> PROTECTED = List.of(
            new String[] {"GET", "/api/workspaces"},
            new String[] {"POST", "/api/workspaces"},
            new String[] {"GET", "/api/workspaces/1"},
            new String[] {"POST", "/api/workspaces/1/members"},
            new String[] {"GET", "/api/workspaces/1/audit"},
            new String[] {"POST", "/api/workspaces/1/plans"},
            new String[] {"GET", "/api/plans/1"},
            new String[] {"GET", "/api/plans/1/versions/1"},
            new String[] {"POST", "/api/plans/1/versions"},
            new String[] {"POST", "/api/plans/1/restore"},
            new String[] {"POST", "/api/plans/1/compare"},
            new String[] {"GET", "/api/plans/1/versions/1/report"},
            new String[] {"POST", "/api/validate"},
            new String[] {"POST", "/api/simulate"},
            new String[] {"POST", "/api/parse"},
            new String[] {"POST", "/api/render"},
            new String[] {"POST", "/api/precise"},
            new String[] {"POST", "/api/check"},
            new String[] {"POST", "/api/why"},
            new String[] {"POST", "/api/compare"},
            new String[] {"POST", "/api/report"},
            new String[] {"POST", "/api/workbook"},
            new String[] {"POST", "/api/template"},
            new String[] {"GET", "/api/models"},
            new String[] {"GET", "/api/schemes"},
            new String[] {"GET", "/api/scenarios"},
            new String[] {"GET", "/api/scenarios/voorbeeld.yaml"},
            new String[] {"GET", "/api/jobs/x"},
            new String[] {"GET", "/api/rounds"},
            new String[] {"POST", "/api/rounds"},
            new String[] {"GET", "/api/rounds/1"},
            new String[] {"POST", "/api/rounds/1/reviewers"},
            new String[] {"GET", "/api/rounds/1/plans/1"},
            new String[] {"GET", "/api/rounds/1/plans/1/report"},
            new String[] {"POST", "/api/rounds/1/plans/1/comments"},
            new String[] {"POST", "/api/plans/1/submit"},
            new String[] {"POST", "/api/admin/backup"});

    @ParameterizedTest
    @MethodSource("databases")
    void everyEndpointRefusesAnAnonymousCaller(TestDatabases.Kind kind) throws Exception {
        try (Running r = new Running(kind, false)) {
            Browser owner = r.browser();
            assertEquals(
                    201, owner.signUp("anna@example.nl", "Anna", "geheim-123").status());
            Browser anonymous = r.browser();
            for (String[] call : PROTECTED) {
                Browser.Answer a = call[0].equals("GET") ? anonymous.get(call[1]) : anonymous.post(call[1], "{}");
                assertEquals(401, a.status(), call[0] + " " + call[1] + ": " + a.body());
            }
            assertEquals(200, anonymous.get("/").status(), "the page itself (with its sign-in form) is public");
            assertFalse(anonymous.get("/api/me").json().get("signed_in").getAsBoolean());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theFirstAccountIsTheAdministratorAndOthersComeByInvitation(TestDatabases.Kind kind) throws Exception {
        try (Running r = new Running(kind, false)) {
            Browser anna = r.browser();
            assertTrue(anna.get("/api/me").json().get("first_account").getAsBoolean());
            JsonObject first =
                    anna.signUp("anna@example.nl", "Anna", "geheim-123").json();
            assertTrue(first.getAsJsonObject("account").get("admin").getAsBoolean());
            assertFalse(first.toString().contains("argon2"), "no hash ever comes back");
            Browser bert = r.browser();
            assertEquals(
                    403, bert.signUp("bert@example.nl", "Bert", "geheim-456").status(), "no open sign-up");
            long w = anna.post("/api/workspaces", Browser.json("name", "PPS Techniek"))
                    .json()
                    .get("id")
                    .getAsLong();
            JsonObject invited = anna.post(
                            "/api/workspaces/" + w + "/members",
                            Browser.json("email", "bert@example.nl", "role", "editor"))
                    .json();
            assertFalse(invited.get("added").getAsBoolean());
            String link = invited.get("invitation").getAsString();
            String token = link.substring(link.indexOf('=') + 1);
            assertEquals(
                    "bert@example.nl",
                    bert.get("/api/invitations/" + token).json().get("email").getAsString());
            Browser.Answer joined =
                    bert.post("/api/invitations/" + token, Browser.json("name", "Bert", "password", "geheim-456"));
            assertEquals(201, joined.status(), joined.body());
            bert.csrf = joined.json().get("csrf").getAsString();
            assertEquals(
                    "editor",
                    bert.get("/api/workspaces/" + w).json().get("role").getAsString());
            assertEquals(404, r.browser().get("/api/invitations/" + token).status(), "an invitation is used once");
            assertEquals(403, bert.post("/api/admin/backup", "{}").status(), "only the administrator backs up");
            Browser.Answer backup = anna.post("/api/admin/backup", "{}");
            if (kind.name().equals("H2")) {
                assertEquals(201, backup.status(), backup.body());
                assertTrue(java.nio.file.Files.size(
                                Path.of(backup.json().get("backup").getAsString()))
                        > 0);
            } else {
                assertEquals(400, backup.status(), "PostgreSQL: pg_dump");
                assertTrue(backup.message().contains("pg_dump"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void oneWorkspaceNeverReadsAnothersPlansAndAViewerCannotWrite(TestDatabases.Kind kind) throws Exception {
        try (Running r = new Running(kind, true)) {
            Browser anna = r.browser();
            anna.signUp("anna@example.nl", "Anna", "geheim-123");
            Browser bert = r.browser();
            bert.signUp("bert@example.nl", "Bert", "geheim-456");
            long w = anna.post("/api/workspaces", Browser.json("name", "PPS A"))
                    .json()
                    .get("id")
                    .getAsLong();
            Browser.Answer created = anna.post(
                    "/api/workspaces/" + w + "/plans", Browser.json("name", "plan", "yaml", PLAN, "summary", "eerste"));
            assertEquals(201, created.status(), created.body());
            long p = created.json().get("plan").getAsLong();
            long other = bert.post("/api/workspaces", Browser.json("name", "PPS B"))
                    .json()
                    .get("id")
                    .getAsLong();
            // Bert, no member of A, tries everything by id: every answer is "not found"
            for (String path : List.of(
                    "/api/workspaces/" + w,
                    "/api/workspaces/" + w + "/audit",
                    "/api/plans/" + p,
                    "/api/plans/" + p + "/versions/1",
                    "/api/plans/" + p + "/versions/1/report")) {
                Browser.Answer a = bert.get(path);
                assertEquals(404, a.status(), path + ": " + a.body());
                assertFalse(a.body().contains("Voorbeeld-PPS"), path);
            }
            assertEquals(
                    404,
                    bert.post("/api/plans/" + p + "/versions", Browser.json("base", 1, "yaml", PLAN))
                            .status());
            assertEquals(
                    404,
                    bert.post("/api/plans/" + p + "/compare", Browser.json("a", 1, "b", 1))
                            .status());
            assertEquals(
                    404,
                    bert.post("/api/workspaces/" + w + "/plans", Browser.json("name", "x", "yaml", PLAN))
                            .status());
            assertEquals(
                    List.of("PPS B"),
                    bert.get("/api/workspaces").json().getAsJsonArray("list").asList().stream()
                            .map(e -> e.getAsJsonObject().get("name").getAsString())
                            .toList(),
                    "Bert's list holds his own workspace only");
            assertNotEquals(w, other);
            // made a viewer of A, Bert reads but cannot write
            anna.post("/api/workspaces/" + w + "/members", Browser.json("email", "bert@example.nl", "role", "viewer"));
            assertEquals(200, bert.get("/api/plans/" + p).status());
            assertEquals(
                    403,
                    bert.post("/api/plans/" + p + "/versions", Browser.json("base", 1, "yaml", PLAN))
                            .status());
            assertEquals(
                    403,
                    bert.post("/api/plans/" + p + "/restore", Browser.json("version", 1, "base", 1))
                            .status());
            assertEquals(403, bert.get("/api/workspaces/" + w + "/audit").status(), "the audit log is the owner's");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void versionsAreKeptRestoredAndAStaleSaveIsAConflict(TestDatabases.Kind kind) throws Exception {
        try (Running r = new Running(kind, true)) {
            Browser anna = r.browser();
            anna.signUp("anna@example.nl", "Anna", "geheim-123");
            long w = anna.post("/api/workspaces", Browser.json("name", "PPS"))
                    .json()
                    .get("id")
                    .getAsLong();
            JsonObject v1 = anna.post("/api/workspaces/" + w + "/plans", Browser.json("name", "plan", "yaml", PLAN))
                    .json();
            long p = v1.get("plan").getAsLong();
            // the headline at a version is the scenario's own answer, as /api/simulate gives it
            JsonObject simulated = anna.post("/api/simulate", PLAN).json();
            assertEquals(
                    simulated.getAsJsonObject("p_verduurzaamd").get("estimate").getAsDouble(),
                    v1.get("headline").getAsDouble(),
                    0.0,
                    simulated.toString());
            String changed = PLAN.replace("title: Voorbeeld-PPS techniek", "title: Voorbeeld-PPS techniek (2)");
            Browser.Answer v2 = anna.post(
                    "/api/plans/" + p + "/versions", Browser.json("base", 1, "yaml", changed, "summary", "titel"));
            assertEquals(201, v2.status(), v2.body());
            Browser.Answer stale = anna.post("/api/plans/" + p + "/versions", Browser.json("base", 1, "yaml", PLAN));
            assertEquals(409, stale.status());
            assertEquals(2, stale.json().getAsJsonObject("error").get("head").getAsInt());
            assertTrue(stale.message().contains("versie 2"), stale.message());
            Browser.Answer restored = anna.post("/api/plans/" + p + "/restore", Browser.json("version", 1, "base", 2));
            assertEquals(201, restored.status(), restored.body());
            assertEquals(3, restored.json().get("version").getAsInt());
            assertEquals(
                    PLAN,
                    anna.get("/api/plans/" + p + "/versions/3")
                            .json()
                            .get("yaml")
                            .getAsString());
            JsonObject plan = anna.get("/api/plans/" + p).json();
            assertEquals(3, plan.getAsJsonArray("versions").size());
            assertEquals(
                    "Anna",
                    plan.getAsJsonArray("versions")
                            .get(0)
                            .getAsJsonObject()
                            .get("author")
                            .getAsString());
            Browser.Answer compared = anna.post("/api/plans/" + p + "/compare", Browser.json("a", 1, "b", 2));
            assertEquals(200, compared.status(), compared.body());
            Browser.Answer report = anna.get("/api/plans/" + p + "/versions/2/report");
            assertEquals(200, report.status());
            assertTrue(report.headers().firstValue("Content-Type").orElse("").contains("zip"));
            Browser.Answer bad =
                    anna.post("/api/plans/" + p + "/versions", Browser.json("base", 3, "yaml", "title: [x"));
            assertEquals(400, bad.status());
            assertNotNull(bad.json().getAsJsonObject("error").get("line"), "the CLI's message, with its line");
            List<String> actions =
                    anna.get("/api/workspaces/" + w + "/audit").json().getAsJsonArray("list").asList().stream()
                            .map(e -> e.getAsJsonObject().get("action").getAsString())
                            .toList();
            assertTrue(
                    actions.containsAll(List.of("plan.created", "plan.saved", "plan.restored", "plan.report")),
                    actions.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void changesFromElsewhereAreRefusedAndSessionsRotate(TestDatabases.Kind kind) throws Exception {
        try (Running r = new Running(kind, true)) {
            Browser anna = r.browser();
            anna.signUp("anna@example.nl", "Anna", "geheim-123");
            String first = anna.session();
            assertNotNull(first);
            String body = Browser.json("name", "PPS");
            assertEquals(403, anna.post("/api/workspaces", body, null, null).status(), "no CSRF header");
            assertEquals(
                    403, anna.post("/api/workspaces", body, "guessed", null).status(), "another token");
            assertEquals(
                    403,
                    anna.post("/api/workspaces", body, anna.csrf, "https://evil.example")
                            .status(),
                    "another site's Origin");
            assertEquals(
                    201,
                    anna.post("/api/workspaces", body, anna.csrf, anna.base).status(),
                    "own origin");
            // signing in again gives a new session id; the old one no longer works
            assertEquals(200, anna.signIn("anna@example.nl", "geheim-123").status());
            String second = anna.session();
            assertNotEquals(first, second, "the session id changes at sign-in");
            Browser thief = r.browser();
            thief.cookies.getCookieStore().add(java.net.URI.create(anna.base), cookie(first));
            assertEquals(401, thief.get("/api/workspaces").status(), "the old session id is dead");
            assertEquals(200, anna.post("/api/signout", "{}").status());
            assertEquals(401, anna.get("/api/workspaces").status());
            Browser.Answer me = anna.get("/api/me");
            assertFalse(me.body().contains(second), "a session id is never in a body");
        }
    }

    private static java.net.HttpCookie cookie(String value) {
        java.net.HttpCookie c = new java.net.HttpCookie("ppsim_session", value);
        c.setPath("/");
        c.setVersion(0);
        return c;
    }

    /**
     * A round (issue 34, part 3): the administrator opens it, two PPSs submit a version each (once,
     * before the deadline), a reviewer sees them ranked as {@code ppsim check} ranks them and
     * comments; applicants see no one else's submission and the reviewer no other version.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void aRoundIsSubmittedToOnceRankedForItsReviewersAndHiddenFromOthers(TestDatabases.Kind kind) throws Exception {
        try (Running r = new Running(kind, true)) {
            Browser admin = r.browser();
            admin.signUp("secretariaat@example.nl", "Secretariaat", "geheim-000");
            Browser anna = r.browser();
            anna.signUp("anna@example.nl", "Anna", "geheim-123");
            Browser bert = r.browser();
            bert.signUp("bert@example.nl", "Bert", "geheim-456");
            Browser carla = r.browser();
            carla.signUp("carla@example.nl", "Carla", "geheim-789");
            String round = Browser.json(
                    "name", "RIF voorjaar", "scheme", "rif", "budget", 3_000_000, "deadline", "2099-12-31");
            assertEquals(403, anna.post("/api/rounds", round).status(), "only the administrator opens a round");
            Browser.Answer opened = admin.post("/api/rounds", round);
            assertEquals(201, opened.status(), opened.body());
            long rid = opened.json().get("id").getAsLong();
            assertEquals("rif-2024", opened.json().get("scheme").getAsString());
            assertEquals(
                    200,
                    admin.post("/api/rounds/" + rid + "/reviewers", Browser.json("email", "carla@example.nl"))
                            .status());
            long[] plans = new long[2];
            Browser[] applicants = {anna, bert};
            for (int i = 0; i < 2; i++) {
                long w = applicants[i]
                        .post("/api/workspaces", Browser.json("name", "PPS " + i))
                        .json()
                        .get("id")
                        .getAsLong();
                // the plans name the round's scheme, so the round judges them as their own runs do
                String rif =
                        PLAN.replace("subsidy:\n  per_year: 250000", "subsidy:\n  per_year: 250000\n  scheme: rif");
                String text = i == 0 ? rif : rif.replace("cash_per_year: 60000", "cash_per_year: 90000");
                plans[i] = applicants[i]
                        .post("/api/workspaces/" + w + "/plans", Browser.json("name", "plan " + i, "yaml", text))
                        .json()
                        .get("plan")
                        .getAsLong();
            }
            assertEquals(
                    404,
                    bert.post("/api/plans/" + plans[0] + "/submit", Browser.json("round", rid, "version", 1))
                            .status(),
                    "no one submits another workspace's plan");
            for (int i = 0; i < 2; i++) {
                Browser.Answer sub = applicants[i].post(
                        "/api/plans/" + plans[i] + "/submit", Browser.json("round", rid, "version", 1));
                assertEquals(201, sub.status(), sub.body());
            }
            assertEquals(
                    409,
                    anna.post("/api/plans/" + plans[0] + "/submit", Browser.json("round", rid, "version", 1))
                            .status(),
                    "a submission is final");
            long closed = admin.post(
                            "/api/rounds", Browser.json("name", "oud", "scheme", "rif", "deadline", "2020-01-01"))
                    .json()
                    .get("id")
                    .getAsLong();
            assertEquals(
                    409,
                    anna.post("/api/plans/" + plans[0] + "/submit", Browser.json("round", closed, "version", 1))
                            .status(),
                    "a closed round takes nothing");
            // applicants see the round, not its submissions
            assertEquals(404, anna.get("/api/rounds/" + rid).status());
            assertEquals(
                    404, anna.get("/api/rounds/" + rid + "/plans/" + plans[1]).status());
            // the reviewer sees the ranking, with the headline each plan's own run gives
            Browser.Answer ranking = carla.get("/api/rounds/" + rid);
            assertEquals(200, ranking.status(), ranking.body());
            assertFalse(ranking.body().contains("NaN"), "strict JSON, as a browser parses it: " + ranking.body());
            var ranked = ranking.json().getAsJsonArray("ranked");
            assertEquals(2, ranked.size());
            assertEquals(1, ranked.get(0).getAsJsonObject().get("rank").getAsInt());
            for (var row : ranked) {
                JsonObject x = row.getAsJsonObject();
                long plan = x.get("plan").getAsLong();
                String yaml = carla.get("/api/rounds/" + rid + "/plans/" + plan)
                        .json()
                        .get("yaml")
                        .getAsString();
                double own = carla.post("/api/simulate", yaml)
                        .json()
                        .getAsJsonObject("p_verduurzaamd")
                        .get("estimate")
                        .getAsDouble();
                assertEquals(
                        own, x.getAsJsonObject("headline").get("estimate").getAsDouble(), 0.0, "the plan's own answer");
                assertTrue(x.has("within_budget"), x.toString());
            }
            double first = ranked.get(0)
                    .getAsJsonObject()
                    .getAsJsonObject("headline")
                    .get("ci_low")
                    .getAsDouble();
            double second = ranked.get(1)
                    .getAsJsonObject()
                    .getAsJsonObject("headline")
                    .get("ci_low")
                    .getAsDouble();
            boolean sameFails = ranked.get(0).getAsJsonObject().get("fails").getAsLong()
                    == ranked.get(1).getAsJsonObject().get("fails").getAsLong();
            assertTrue(!sameFails || first >= second, "ranked by the lower bound when both break as many rules");
            JsonObject detail =
                    carla.get("/api/rounds/" + rid + "/plans/" + plans[0]).json();
            assertTrue(detail.getAsJsonObject("review").getAsJsonArray("checks").size() > 3, detail.toString());
            assertEquals(
                    201,
                    carla.post(
                                    "/api/rounds/" + rid + "/plans/" + plans[0] + "/comments",
                                    Browser.json("text", "Onderbouw de cursusprijs."))
                            .status());
            assertEquals(
                    1,
                    carla.get("/api/rounds/" + rid + "/plans/" + plans[0])
                            .json()
                            .getAsJsonArray("comments")
                            .size());
            assertEquals(
                    200,
                    carla.get("/api/rounds/" + rid + "/plans/" + plans[0] + "/report")
                            .status());
            // the reviewer reads the submitted version, never the workspace itself
            assertEquals(404, carla.get("/api/plans/" + plans[0]).status());
            assertEquals(
                    404, carla.get("/api/plans/" + plans[0] + "/versions/1").status());
            assertEquals(
                    404,
                    anna.post("/api/rounds/" + rid + "/plans/" + plans[0] + "/comments", Browser.json("text", "x"))
                            .status(),
                    "only reviewers comment");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void failedSignInsAreLimitedAndRequestsCapped(TestDatabases.Kind kind) throws Exception {
        try (Running r = new Running(kind, true)) {
            Browser anna = r.browser();
            anna.signUp("anna@example.nl", "Anna", "geheim-123");
            assertEquals(400, r.browser().signUp("x", "X", "kort-maar").status(), "not an email address");
            assertEquals(
                    400, r.browser().signUp("carla@example.nl", "Carla", "kort").status(), "too short");
            assertEquals(
                    401, r.browser().signIn("nobody@example.nl", "whatever1").status(), "unknown address: same answer");
            Browser guesser = r.browser();
            for (int i = 0; i < SignInLimiter.FAILURES; i++) {
                assertEquals(401, guesser.signIn("anna@example.nl", "fout-" + i).status());
            }
            Browser.Answer limited = guesser.signIn("anna@example.nl", "geheim-123");
            assertEquals(429, limited.status(), "even the right password waits after five failures");
            assertEquals(
                    401, r.browser().signIn("carla@example.nl", "whatever1").status(), "another address may try");
            Browser.Answer huge = anna.postBytes("/api/simulate", new byte[(1 << 20) + 10_000]);
            assertEquals(413, huge.status(), "a body over 1 MB is refused");
            Browser.Answer many = anna.post("/api/simulate?iterations=5000000", PLAN);
            assertEquals(400, many.status(), "iterations are capped");
            // one simulation at a time per account: a precise run holds Anna's place until it ends; two more of
            // her requests wait for it, the rest are refused at once
            Browser.Answer precise = anna.post("/api/precise?se=0.0005", PLAN);
            assertEquals(202, precise.status(), precise.body());
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<Integer>> more = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                more.add(pool.submit(
                        () -> anna.post("/api/simulate?preview=1", PLAN).status()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : more) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertEquals(2, statuses.stream().filter(c -> c == 429).count(), "two wait, two are refused: " + statuses);
            assertEquals(2, statuses.stream().filter(c -> c == 200).count(), statuses.toString());
            Browser other = r.browser();
            other.signUp("dirk@example.nl", "Dirk", "geheim-999");
            assertEquals(200, other.post("/api/simulate", PLAN).status(), "another account is not held up");
            // the job's progress is told only to whoever started it
            String job = precise.json().get("job").getAsString();
            assertEquals(404, other.get("/api/jobs/" + job).status());
            assertEquals(200, anna.get("/api/jobs/" + job).status());
        }
    }
}
