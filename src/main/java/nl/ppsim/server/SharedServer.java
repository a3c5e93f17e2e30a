package nl.ppsim.server;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.Javalin;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.report.Lang;
import nl.ppsim.scenario.InvalidScenarioException;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.store.Database;
import nl.ppsim.store.Ids.AccountId;
import nl.ppsim.store.Ids.PlanId;
import nl.ppsim.store.Ids.WorkspaceId;
import nl.ppsim.store.Records.Account;
import nl.ppsim.store.Records.AuditEntry;
import nl.ppsim.store.Records.Member;
import nl.ppsim.store.Records.Membership;
import nl.ppsim.store.Records.NewVersion;
import nl.ppsim.store.Records.Plan;
import nl.ppsim.store.Records.PlanVersion;
import nl.ppsim.store.Records.Workspace;
import nl.ppsim.store.Role;
import nl.ppsim.store.Store;
import nl.ppsim.store.StoreException;
import nl.ppsim.web.Endpoints;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;

/**
 * {@code ppsim serve --shared}: one server for a PPS's partners (and, later, its reviewers), on
 * Javalin (Jetty 12), with plans kept in a database.
 *
 * <p><b>Who may do what.</b> Every API call but signing up, signing in and reading an invitation
 * needs a signed-in account (else 401). Workspace data is looked up through the caller's
 * membership: a workspace or plan the caller is no member of answers 404, as if it did not exist;
 * a viewer who tries to write gets 403. The first account made becomes the administrator; after
 * that, accounts come by invitation only unless the server runs with {@code --open-signup}.
 *
 * <p><b>Requests from elsewhere.</b> A request that changes anything (not GET or HEAD) must carry
 * the header {@value #CSRF_HEADER}: for a signed-in account it is the session's token (from
 * {@code GET /api/me}), before signing in any value. A page of another site cannot send that
 * header without the browser asking this server first (a CORS preflight), which it never allows;
 * an {@code Origin} that is not this server's is refused (403) as well.
 *
 * <p><b>Sessions.</b> Jetty's: the cookie is HttpOnly and SameSite=Strict (and Secure with
 * {@code --secure-cookies}, behind a TLS proxy); its id is replaced at sign-in (no fixation) and
 * dropped at sign-out; sessions live in the server's memory, so a restart signs everyone out.
 * Failed sign-ins are limited per address and per client ({@link SignInLimiter}). Passwords are
 * stored as Argon2id hashes; neither they nor session ids are ever logged or returned.
 *
 * <p><b>Costs.</b> A body of at most 1 MB; the simulations of the page's API are the local
 * server's ({@link Endpoints}), capped per account; a save runs the plan's answer once to store
 * its headline, one at a time per account.
 */
public final class SharedServer implements AutoCloseable {
    /** The header that proves a change comes from this server's own page. */
    static final String CSRF_HEADER = "X-PPSIM-CSRF";

    private static final String SESSION_ACCOUNT = "account";
    private static final String SESSION_CSRF = "csrf";
    private static final int MAX_NAME = 200;
    private static final int MAX_SUMMARY = 1000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,63}");
    private static final Gson GSON = new com.google.gson.GsonBuilder()
            .disableHtmlEscaping()
            .serializeNulls()
            .create();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SharedServer.class);

    /**
     * How the server runs: where it listens, the address people use to reach it (for the origin
     * check; null: the request's own Host), cookies only over TLS, the examples offered, and
     * whether anyone may make an account.
     */
    public record Options(
            String host, int port, String publicOrigin, boolean secureCookies, Path examples, boolean openSignup) {}

    private final Javalin app;
    private final Database db;
    private final Store store;
    private final Endpoints endpoints;
    private final Options options;
    private final SignInLimiter limiter = new SignInLimiter(System::nanoTime);
    private final Semaphore saving = new Semaphore(2);
    private final Map<Long, Semaphore> savingPerAccount = new ConcurrentHashMap<>();
    private final RoundRoutes rounds;

    private SharedServer(Database db, Options options) {
        this.db = db;
        this.store = new Store(db, Clock.systemUTC());
        this.endpoints = new Endpoints(options.examples());
        this.options = options;
        this.rounds = new RoundRoutes(store, endpoints, this::member);
        this.app = Javalin.create(config -> {
            config.http.maxRequestSize = Endpoints.MAX_BODY + 4096L;
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServletContextHandler(handler -> handler.setSessionHandler(sessions(options)));
            config.routes.before(this::guard);
            config.requestLogger.http((ctx, ms) -> LOG.info(
                    "{} {} {} {} ms{}",
                    ctx.method(),
                    loggedPath(ctx.path()),
                    ctx.status().getCode(),
                    Math.round(ms),
                    ctx.attribute(SESSION_ACCOUNT) instanceof Account a ? " account " + a.id().value() : ""));
            routes(config.routes);
            config.routes.exception(Problem.class, (e, ctx) -> error(ctx, e.status, e.text(lang(ctx)), e.more));
            config.routes.exception(StoreException.class, (e, ctx) -> storeError(ctx, e));
            config.routes.exception(Exception.class, (e, ctx) -> internal(ctx, e));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    error(ctx, 404, "not found: " + ctx.path());
                }
            });
        });
    }

    /** Starts the server on the database {@code db}; it runs until {@link #close}. */
    public static SharedServer start(Database db, Options options) {
        SharedServer s = new SharedServer(db, options);
        s.app.start(options.host(), options.port());
        return s;
    }

    /** The port it listens on (useful with port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        endpoints.close();
    }

    private static SessionHandler sessions(Options options) {
        SessionHandler h = new SessionHandler();
        h.setSessionCookie("ppsim_session");
        h.setHttpOnly(true);
        h.setSameSite(HttpCookie.SameSite.STRICT);
        h.setSecureRequestOnly(true);
        h.setSecureCookies(options.secureCookies());
        h.setUsingUriParameters(false);
        h.setMaxInactiveInterval(8 * 3600);
        return h;
    }

    // ------------------------------------------------------------------ the routes

    private void routes(io.javalin.config.RoutesConfig r) {
        for (String page : new String[] {"/", "/index.html", "/app.js", "/shared.js", "/app.css"}) {
            r.get(page, ctx -> endpoints.route(new ContextExchange(ctx, null)));
        }
        r.get("/api/me", this::me);
        r.post("/api/signup", this::signUp);
        r.post("/api/signin", this::signIn);
        r.post("/api/signout", this::signOut);
        r.get("/api/invitations/{token}", this::invitation);
        r.post("/api/invitations/{token}", this::acceptInvitation);
        r.get("/api/workspaces", this::workspaces);
        r.post("/api/workspaces", this::createWorkspace);
        r.get("/api/workspaces/{w}", this::workspace);
        r.post("/api/workspaces/{w}/members", this::addMember);
        r.get("/api/workspaces/{w}/audit", this::audit);
        r.post("/api/workspaces/{w}/plans", this::createPlan);
        r.get("/api/plans/{p}", this::plan);
        r.get("/api/plans/{p}/versions/{v}", this::version);
        r.post("/api/plans/{p}/versions", this::save);
        r.post("/api/plans/{p}/restore", this::restore);
        r.post("/api/plans/{p}/compare", this::compareVersions);
        r.get("/api/plans/{p}/versions/{v}/report", this::versionReport);
        r.post("/api/admin/backup", this::backup);
        rounds.routes(r);
        // the page's own API, as the local server has it, for signed-in accounts
        for (String path : new String[] {
            "/api/validate",
            "/api/simulate",
            "/api/parse",
            "/api/render",
            "/api/precise",
            "/api/check",
            "/api/why",
            "/api/compare",
            "/api/report",
            "/api/workbook",
            "/api/template",
            "/api/explore"
        }) {
            r.post(path, this::compute);
        }
        for (String path :
                new String[] {"/api/models", "/api/schemes", "/api/scenarios", "/api/scenarios/{name}", "/api/jobs/{id}"
                }) {
            r.get(path, this::compute);
        }
    }

    /**
     * Before every request: the security headers; for a change, the origin and the CSRF header;
     * for the API, a signed-in account except on the few calls that come before one.
     */
    private void guard(Context ctx) {
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Security-Policy", Endpoints.CONTENT_SECURITY_POLICY);
        String method = ctx.method().name();
        boolean change = !method.equals("GET") && !method.equals("HEAD");
        if (change) {
            String origin = ctx.header("Origin");
            if (origin != null && !origin.equalsIgnoreCase(ownOrigin(ctx))) {
                throw new Problem(
                        403,
                        "geweigerd: alleen pagina's van deze server mogen wijzigen (Origin " + origin + ")",
                        "forbidden: only this server's pages may make changes (Origin " + origin + ")");
            }
            String token = ctx.header(CSRF_HEADER);
            if (token == null || token.isEmpty()) {
                throw new Problem(
                        403,
                        "geweigerd: een wijziging moet de kop " + CSRF_HEADER + " dragen",
                        "forbidden: a change must carry the header " + CSRF_HEADER);
            }
        }
        String path = ctx.path();
        if (!path.startsWith("/api/") || open(path)) {
            return;
        }
        Account a = signedIn(ctx)
                .orElseThrow(() -> new Problem(401, "niet ingelogd: log eerst in", "not signed in: sign in first"));
        if (change && !token(ctx).equals(ctx.header(CSRF_HEADER))) {
            throw new Problem(
                    403,
                    "geweigerd: de kop " + CSRF_HEADER + " hoort bij een andere sessie; laad de pagina opnieuw",
                    "forbidden: the header " + CSRF_HEADER + " belongs to another session; reload the page");
        }
        ctx.attribute(SESSION_ACCOUNT, a);
    }

    /** A path as the log shows it: an invitation's token is a secret, so it is left out. */
    static String loggedPath(String path) {
        return path.startsWith("/api/invitations/") ? "/api/invitations/***" : path;
    }

    private static boolean open(String path) {
        return path.equals("/api/me")
                || path.equals("/api/signup")
                || path.equals("/api/signin")
                || path.equals("/api/signout")
                || path.startsWith("/api/invitations/");
    }

    private String ownOrigin(Context ctx) {
        if (options.publicOrigin() != null) {
            return options.publicOrigin();
        }
        return (options.secureCookies() ? "https://" : ctx.scheme() + "://") + ctx.host();
    }

    private Optional<Account> signedIn(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session == null || !(session.getAttribute(SESSION_ACCOUNT) instanceof Long id)) {
            return Optional.empty();
        }
        return store.account(new AccountId(id));
    }

    private static String token(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        Object t = session == null ? null : session.getAttribute(SESSION_CSRF);
        return t instanceof String s ? s : "";
    }

    static Account account(Context ctx) {
        return ctx.attribute(SESSION_ACCOUNT);
    }

    // ------------------------------------------------------------------ accounts and sessions

    private void me(Context ctx) {
        JsonObject o = new JsonObject();
        o.addProperty("shared", true);
        Optional<Account> a = signedIn(ctx);
        o.addProperty("signed_in", a.isPresent());
        boolean first = store.accounts() == 0;
        o.addProperty("signup_open", options.openSignup() || first);
        o.addProperty("first_account", first);
        if (a.isPresent()) {
            o.add("account", account(a.get()));
            o.addProperty("csrf", token(ctx));
        }
        json(ctx, 200, o);
    }

    private void signUp(Context ctx) {
        JsonObject body = body(ctx);
        if (!(options.openSignup() || store.accounts() == 0)) {
            throw new Problem(
                    403,
                    "aanmelden kan alleen met een uitnodiging van een eigenaar van een werkruimte",
                    "signing up takes an invitation from a workspace's owner");
        }
        String email = email(body);
        String name = text(body, "name", MAX_NAME);
        String password = password(body);
        Account a = store.createAccount(email, name, Passwords.hash(password));
        signedIn(ctx, a, 201);
    }

    private void signIn(Context ctx) {
        JsonObject body = body(ctx);
        String email = Store.normalEmail(text(body, "email", 254));
        String password = text(body, "password", Passwords.MAX_LENGTH);
        String client = "ip:" + ctx.ip();
        if (!limiter.allowed(email, SignInLimiter.FAILURES)
                || !limiter.allowed(client, SignInLimiter.FAILURES_PER_CLIENT)) {
            throw new Problem(
                    429,
                    "te veel mislukte pogingen; probeer het over een kwartier opnieuw",
                    "too many failed attempts; try again in a quarter of an hour");
        }
        Optional<String> hash = store.passwordHash(email);
        // an unknown address is checked against a dummy hash: it takes as long as a wrong password
        boolean ok = Passwords.matches(password, hash.orElse(Passwords.DUMMY)) && hash.isPresent();
        if (!ok) {
            limiter.failed(email, client);
            throw new Problem(
                    401, "onbekend e-mailadres of verkeerd wachtwoord", "unknown email address or wrong password");
        }
        limiter.succeeded(email);
        Account a = store.account(email).orElseThrow();
        store.audit(a.id(), null, "account.signed_in", a.email());
        signedIn(ctx, a, 200);
    }

    /** Signs {@code a} in (a new session) and answers with the account and the session's CSRF token. */
    private static void signedIn(Context ctx, Account a, int status) {
        startSession(ctx, a);
        JsonObject o = new JsonObject();
        o.add("account", account(a));
        o.addProperty("csrf", token(ctx));
        json(ctx, status, o);
    }

    /** A new session for {@code a}: any session the browser had is dropped, so its id changes. */
    private static void startSession(Context ctx, Account a) {
        HttpSession old = ctx.req().getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession s = ctx.req().getSession(true);
        s.setAttribute(SESSION_ACCOUNT, a.id().value());
        s.setAttribute(SESSION_CSRF, randomToken());
    }

    private void signOut(Context ctx) {
        HttpSession s = ctx.req().getSession(false);
        if (s != null) {
            s.invalidate();
        }
        JsonObject o = new JsonObject();
        o.addProperty("signed_in", false);
        json(ctx, 200, o);
    }

    private void invitation(Context ctx) {
        var inv = store.invitation(sha256(ctx.pathParam("token")))
                .orElseThrow(() -> new Problem(
                        404, "deze uitnodiging bestaat niet of is al gebruikt", "this invitation is unknown or used"));
        JsonObject o = new JsonObject();
        o.addProperty("email", inv.email());
        o.addProperty("role", inv.role().code());
        o.addProperty(
                "workspace",
                store.workspace(inv.workspace()).map(Workspace::name).orElse(""));
        json(ctx, 200, o);
    }

    private void acceptInvitation(Context ctx) {
        JsonObject body = body(ctx);
        String name = text(body, "name", MAX_NAME);
        String password = password(body);
        Account a = store.acceptInvitation(sha256(ctx.pathParam("token")), name, Passwords.hash(password));
        signedIn(ctx, a, 201);
    }

    // ------------------------------------------------------------------ workspaces

    private void workspaces(Context ctx) {
        JsonArray out = new JsonArray();
        for (Membership m : store.workspaces(account(ctx).id())) {
            JsonObject o = new JsonObject();
            o.addProperty("id", m.workspace().id().value());
            o.addProperty("name", m.workspace().name());
            o.addProperty("role", m.role().code());
            out.add(o);
        }
        json(ctx, 200, out);
    }

    private void createWorkspace(Context ctx) {
        String name = text(body(ctx), "name", MAX_NAME);
        Workspace w = store.createWorkspace(account(ctx).id(), name);
        JsonObject o = new JsonObject();
        o.addProperty("id", w.id().value());
        o.addProperty("name", w.name());
        o.addProperty("role", Role.OWNER.code());
        json(ctx, 201, o);
    }

    /** The caller's role in the workspace of the path, at least {@code needed}; 404 for a non-member. */
    WorkspaceId member(Context ctx, WorkspaceId w, Role needed) {
        Role role = store.role(w, account(ctx).id()).orElseThrow(() -> notFound(ctx));
        if (!role.allows(needed)) {
            throw new Problem(
                    403,
                    "uw rol in deze werkruimte (" + dutch(role) + ") mag dit niet; nodig: " + dutch(needed),
                    "your role in this workspace (" + role.code() + ") may not do this; needed: " + needed.code());
        }
        return w;
    }

    /** A role's Dutch name (the English names are the codes). */
    private static String dutch(Role r) {
        return switch (r) {
            case OWNER -> "eigenaar";
            case EDITOR -> "bewerker";
            case VIEWER -> "lezer";
        };
    }

    static Problem notFound(Context ctx) {
        return new Problem(404, "niet gevonden: " + ctx.path(), "not found: " + ctx.path());
    }

    private WorkspaceId workspaceParam(Context ctx) {
        return new WorkspaceId(id(ctx, "w"));
    }

    static long id(Context ctx, String param) {
        try {
            return Long.parseLong(ctx.pathParam(param));
        } catch (NumberFormatException e) {
            throw notFound(ctx);
        }
    }

    private void workspace(Context ctx) {
        WorkspaceId w = member(ctx, workspaceParam(ctx), Role.VIEWER);
        Workspace ws = store.workspace(w).orElseThrow(() -> notFound(ctx));
        JsonObject o = new JsonObject();
        o.addProperty("id", ws.id().value());
        o.addProperty("name", ws.name());
        o.addProperty("role", store.role(w, account(ctx).id()).orElseThrow().code());
        JsonArray members = new JsonArray();
        for (Member m : store.members(w)) {
            JsonObject x = account(m.account());
            x.addProperty("role", m.role().code());
            members.add(x);
        }
        o.add("members", members);
        JsonArray plans = new JsonArray();
        for (Plan p : store.plans(w)) {
            plans.add(plan(p));
        }
        o.add("plans", plans);
        json(ctx, 200, o);
    }

    /**
     * Adds a member by email address: an account that exists gets the role at once; otherwise an
     * invitation is made, and its link (shown once, to the owner) lets the person make an account.
     */
    private void addMember(Context ctx) {
        WorkspaceId w = member(ctx, workspaceParam(ctx), Role.OWNER);
        JsonObject body = body(ctx);
        String email = email(body);
        Role role = Role.of(text(body, "role", 10));
        if (role == null) {
            throw new Problem(
                    400,
                    "rol is owner (eigenaar), editor (bewerker) of viewer (lezer)",
                    "role is owner, editor or viewer");
        }
        JsonObject o = new JsonObject();
        Optional<Account> existing = store.account(email);
        if (existing.isPresent()) {
            store.setMember(account(ctx).id(), w, existing.get().id(), role);
            o.addProperty("added", true);
        } else {
            String token = randomToken();
            store.invite(account(ctx).id(), w, sha256(token), email, role);
            o.addProperty("added", false);
            o.addProperty("invitation", "?invite=" + token);
        }
        json(ctx, 200, o);
    }

    private void audit(Context ctx) {
        WorkspaceId w = member(ctx, workspaceParam(ctx), Role.OWNER);
        JsonArray out = new JsonArray();
        for (AuditEntry e : store.auditLog(w, 500)) {
            JsonObject o = new JsonObject();
            o.addProperty("at", e.at().toString());
            o.addProperty("account", e.accountName());
            o.addProperty("action", e.action());
            o.addProperty("subject", e.subject());
            out.add(o);
        }
        json(ctx, 200, out);
    }

    // ------------------------------------------------------------------ plans and versions

    /** The plan of the path, if the caller's role in its workspace is at least {@code needed}. */
    private Plan plan(Context ctx, Role needed) {
        Plan p = store.plan(new PlanId(id(ctx, "p"))).orElseThrow(() -> notFound(ctx));
        member(ctx, p.workspace(), needed);
        return p;
    }

    private void createPlan(Context ctx) {
        WorkspaceId w = member(ctx, workspaceParam(ctx), Role.EDITOR);
        JsonObject body = body(ctx);
        String name = text(body, "name", MAX_NAME);
        String yaml = text(body, "yaml", Endpoints.MAX_BODY);
        String summary = optionalText(body, "summary", MAX_SUMMARY);
        PlanVersion v = store.createPlan(w, name, version(ctx, yaml, summary, null));
        json(ctx, 201, version(v));
    }

    private void plan(Context ctx) {
        Plan p = plan(ctx, Role.VIEWER);
        JsonObject o = plan(p);
        JsonArray versions = new JsonArray();
        for (PlanVersion v : store.versions(p.id())) {
            versions.add(version(v));
        }
        o.add("versions", versions);
        o.addProperty(
                "role",
                store.role(p.workspace(), account(ctx).id()).orElseThrow().code());
        json(ctx, 200, o);
    }

    private PlanVersion storedVersion(Context ctx, Plan p, int v) {
        return store.version(p.id(), v).orElseThrow(() -> notFound(ctx));
    }

    private static int versionParam(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("v"));
        } catch (NumberFormatException e) {
            throw notFound(ctx);
        }
    }

    private void version(Context ctx) {
        Plan p = plan(ctx, Role.VIEWER);
        json(ctx, 200, version(storedVersion(ctx, p, versionParam(ctx))));
    }

    private void save(Context ctx) {
        Plan p = plan(ctx, Role.EDITOR);
        JsonObject body = body(ctx);
        int base = integer(body, "base");
        String yaml = text(body, "yaml", Endpoints.MAX_BODY);
        String summary = optionalText(body, "summary", MAX_SUMMARY);
        json(ctx, 201, version(store.save(p.id(), base, version(ctx, yaml, summary, null))));
    }

    private void restore(Context ctx) {
        Plan p = plan(ctx, Role.EDITOR);
        JsonObject body = body(ctx);
        int restored = integer(body, "version");
        int base = integer(body, "base");
        PlanVersion old = storedVersion(ctx, p, restored);
        NewVersion v = new NewVersion(
                old.yaml(),
                lang(ctx).t("versie " + restored + " teruggezet", "version " + restored + " restored"),
                old.headline(),
                old.headlineSe(),
                old.iterations(),
                old.seed(),
                restored,
                account(ctx).id());
        json(ctx, 201, version(store.save(p.id(), base, v)));
    }

    /** Two versions compared with common random numbers, as the page compares a kept variant. */
    private void compareVersions(Context ctx) throws java.io.IOException {
        Plan p = plan(ctx, Role.VIEWER);
        JsonObject body = body(ctx);
        JsonObject request = new JsonObject();
        request.addProperty("a", storedVersion(ctx, p, integer(body, "a")).yaml());
        request.addProperty("b", storedVersion(ctx, p, integer(body, "b")).yaml());
        endpoints.route(new ContextExchange(
                ctx,
                owner(ctx),
                "/api/compare",
                ctx.queryString(),
                GSON.toJson(request).getBytes(StandardCharsets.UTF_8)));
    }

    /** The full report of a version, as {@code ppsim run} writes it, zipped. */
    private void versionReport(Context ctx) throws java.io.IOException {
        Plan p = plan(ctx, Role.VIEWER);
        PlanVersion v = storedVersion(ctx, p, versionParam(ctx));
        store.audit(account(ctx).id(), p.workspace(), "plan.report", p.id().value() + " v" + v.version());
        endpoints.route(new ContextExchange(
                ctx, owner(ctx), "/api/report", ctx.queryString(), v.yaml().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * What a save stores: the YAML, the summary and the scenario's answer at this version (its own
     * iterations, at most {@link Endpoints#MAX_ITERATIONS}, and seed: the headline the CLI and the
     * page show). A scenario that does not read is refused with the same message as the CLI.
     */
    private NewVersion version(Context ctx, String yaml, String summary, Integer restoredFrom) {
        Scenario s;
        try {
            s = new ScenarioReader().read(yaml, "scenario.yaml");
        } catch (InvalidScenarioException e) {
            throw Problem.of(e);
        }
        Semaphore own = savingPerAccount.computeIfAbsent(account(ctx).id().value(), k -> new Semaphore(1));
        if (!own.tryAcquire()) {
            throw new Problem(
                    429,
                    "u slaat al een versie op; wacht tot die klaar is",
                    "you are already saving a version; wait until it is done");
        }
        try {
            saving.acquireUninterruptibly();
            try {
                int iterations = Math.min(s.iterations(), Endpoints.MAX_ITERATIONS);
                SimulationResult r = Simulation.run(
                        s,
                        new RunSettings(iterations, s.seed(), RunSettings.defaultThreads()).withReserveQuantilesOnly());
                return new NewVersion(
                        yaml,
                        summary,
                        r.verduurzaamd().estimate(),
                        r.verduurzaamd().standardError(),
                        iterations,
                        s.seed(),
                        restoredFrom,
                        account(ctx).id());
            } catch (InvalidScenarioException e) {
                throw Problem.of(e);
            } finally {
                saving.release();
            }
        } finally {
            own.release();
        }
    }

    private static JsonObject plan(Plan p) {
        JsonObject o = new JsonObject();
        o.addProperty("id", p.id().value());
        o.addProperty("workspace", p.workspace().value());
        o.addProperty("name", p.name());
        o.addProperty("head", p.head());
        return o;
    }

    private static JsonObject version(PlanVersion v) {
        JsonObject o = new JsonObject();
        o.addProperty("plan", v.plan().value());
        o.addProperty("version", v.version());
        if (v.yaml() != null) {
            o.addProperty("yaml", v.yaml());
        }
        o.addProperty("summary", v.summary());
        o.addProperty("headline", v.headline());
        o.addProperty("headline_se", v.headlineSe());
        o.addProperty("iterations", v.iterations());
        o.addProperty("seed", v.seed());
        o.addProperty("restored_from", v.restoredFrom());
        o.addProperty("author", v.authorName());
        o.addProperty("at", v.at() == null ? null : v.at().toString());
        return o;
    }

    private static JsonObject account(Account a) {
        JsonObject o = new JsonObject();
        o.addProperty("id", a.id().value());
        o.addProperty("email", a.email());
        o.addProperty("name", a.name());
        o.addProperty("admin", a.admin());
        return o;
    }

    /**
     * The administrator's online backup of the embedded database, into the data folder's
     * {@code backups/} (docs/server.md); on PostgreSQL the answer says to use pg_dump.
     */
    private void backup(Context ctx) throws java.io.IOException {
        Account a = account(ctx);
        if (!a.admin()) {
            throw new Problem(
                    403, "alleen de beheerder maakt een reservekopie", "only the administrator makes a backup");
        }
        Path zip = db.backup(Clock.systemUTC());
        if (zip == null) {
            throw new Problem(
                    400,
                    "de server gebruikt PostgreSQL: maak een reservekopie met pg_dump (docs/server.md)",
                    "the server uses PostgreSQL: back it up with pg_dump (docs/server.md)");
        }
        store.audit(a.id(), null, "server.backup", zip.getFileName().toString());
        JsonObject o = new JsonObject();
        o.addProperty("backup", zip.toString());
        json(ctx, 201, o);
    }

    // ------------------------------------------------------------------ the page's API

    private void compute(Context ctx) throws java.io.IOException {
        endpoints.route(new ContextExchange(ctx, owner(ctx)));
    }

    static String owner(Context ctx) {
        return "account:" + account(ctx).id().value();
    }

    // ------------------------------------------------------------------ helpers

    static Lang lang(Context ctx) {
        return "en".equals(ctx.queryParam("lang")) ? Lang.EN : Lang.NL;
    }

    static JsonObject body(Context ctx) {
        try {
            JsonElement e = JsonParser.parseString(ctx.body());
            if (e.isJsonObject()) {
                return e.getAsJsonObject();
            }
        } catch (RuntimeException e) {
            // answered below
        }
        throw new Problem(400, "verwacht een JSON-object", "expected a JSON object");
    }

    static String text(JsonObject body, String key, int max) {
        JsonElement e = body.get(key);
        if (e == null
                || !e.isJsonPrimitive()
                || !e.getAsJsonPrimitive().isString()
                || e.getAsString().isBlank()) {
            throw new Problem(400, "'" + key + "' ontbreekt (tekst)", "'" + key + "' is missing (text)");
        }
        String s = e.getAsString();
        if (s.length() > max) {
            throw new Problem(
                    400, "'" + key + "' is langer dan " + max + " tekens", "'" + key + "' is longer than " + max);
        }
        return s;
    }

    static String optionalText(JsonObject body, String key, int max) {
        return body.has(key)
                        && !body.get(key).isJsonNull()
                        && !body.get(key).getAsString().isBlank()
                ? text(body, key, max)
                : "";
    }

    static int integer(JsonObject body, String key) {
        JsonElement e = body.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new Problem(
                    400, "'" + key + "' ontbreekt (een geheel getal)", "'" + key + "' is missing (a whole number)");
        }
        double d = e.getAsDouble();
        if (d != Math.rint(d) || d < 1 || d > Integer.MAX_VALUE) {
            throw new Problem(400, "'" + key + "' is een versienummer", "'" + key + "' is a version number");
        }
        return (int) d;
    }

    static String email(JsonObject body) {
        String email = Store.normalEmail(text(body, "email", 254));
        if (!EMAIL.matcher(email).matches()) {
            throw new Problem(400, "dit is geen e-mailadres: " + email, "this is not an email address: " + email);
        }
        return email;
    }

    private static String password(JsonObject body) {
        String p = text(body, "password", Passwords.MAX_LENGTH);
        if (p.length() < Passwords.MIN_LENGTH) {
            throw new Problem(
                    400,
                    "een wachtwoord heeft ten minste " + Passwords.MIN_LENGTH + " tekens",
                    "a password has at least " + Passwords.MIN_LENGTH + " characters");
        }
        return p;
    }

    private static String randomToken() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void json(Context ctx, int status, JsonElement body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(GSON.toJson(body));
    }

    /** An error as the local server words it: {@code {"error": {"message": ...}}} (and a scenario's line and path). */
    private static void error(Context ctx, int status, String message) {
        error(ctx, status, message, new JsonObject());
    }

    private static void error(Context ctx, int status, String message, JsonObject more) {
        JsonObject error = new JsonObject();
        error.addProperty("message", message);
        more.entrySet().forEach(e -> error.add(e.getKey(), e.getValue()));
        JsonObject o = new JsonObject();
        o.add("error", error);
        json(ctx, status, o);
    }

    private static void storeError(Context ctx, StoreException e) {
        Lang l = lang(ctx);
        switch (e.reason()) {
            case EMAIL_TAKEN ->
                error(
                        ctx,
                        409,
                        l.t(
                                "dit e-mailadres heeft al een account; log in",
                                "this email address has an account; sign in"));
            case NAME_TAKEN ->
                error(
                        ctx,
                        409,
                        l.t(
                                "deze werkruimte heeft al een plan met die naam",
                                "this workspace has a plan of that name"));
            case CONFLICT -> {
                JsonObject more = new JsonObject();
                more.addProperty("conflict", true);
                more.addProperty("head", e.head());
                error(
                        ctx,
                        409,
                        l.t(
                                "iemand anders heeft intussen versie " + e.head()
                                        + " opgeslagen; uw tekst is niet opgeslagen en staat nog in het formulier."
                                        + " Open versie " + e.head() + ", vergelijk, en sla dan op.",
                                "someone else saved version " + e.head()
                                        + " meanwhile; your text was not saved and is still in the form."
                                        + " Open version " + e.head() + ", compare, then save."),
                        more);
            }
            case NO_INVITATION ->
                error(
                        ctx,
                        404,
                        l.t("deze uitnodiging bestaat niet of is al gebruikt", "this invitation is unknown or used"));
            case NOT_FOUND -> error(ctx, 404, l.t("niet gevonden", "not found"));
            case ALREADY_SUBMITTED ->
                error(
                        ctx,
                        409,
                        l.t(
                                "dit plan is al ingediend bij deze ronde; een indiening ligt vast",
                                "this plan is already submitted to this round; a submission is final"));
        }
    }

    /** An unexpected failure: logged with an id (never the request's body, cookies or passwords), answered 500. */
    private static void internal(Context ctx, Exception e) {
        if (e instanceof io.javalin.http.HttpResponseException h) {
            error(ctx, h.getStatus(), h.getMessage());
            return;
        }
        String id = Long.toHexString(RANDOM.nextLong());
        LOG.error("internal error {} on {} {}", id, ctx.method(), loggedPath(ctx.path()), e);
        error(ctx, 500, "internal error " + id + ": the server's log says more");
    }

    /** A request refused with a status and a message in both languages. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String dutch;
        final String english;

        final JsonObject more = new JsonObject();

        Problem(int status, String dutch, String english) {
            super(english, null, false, false);
            this.status = status;
            this.dutch = dutch;
            this.english = english;
        }

        /** A scenario that does not read: the CLI's message, with its line and YAML path. */
        static Problem of(InvalidScenarioException e) {
            Problem p = new Problem(
                    400, nl.ppsim.io.ProblemText.message(e, false), nl.ppsim.io.ProblemText.message(e, true));
            p.more.addProperty("line", e.line());
            p.more.addProperty("path", e.path());
            return p;
        }

        String text(Lang l) {
            return l.t(dutch, english);
        }
    }
}
