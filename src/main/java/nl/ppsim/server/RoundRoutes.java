package nl.ppsim.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.ppsim.check.PlanReview;
import nl.ppsim.check.Round;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.io.SchemeReader;
import nl.ppsim.report.Lang;
import nl.ppsim.scenario.InvalidScenarioException;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.scenario.SubsidyScheme;
import nl.ppsim.store.Ids.PlanId;
import nl.ppsim.store.Ids.RoundId;
import nl.ppsim.store.Ids.WorkspaceId;
import nl.ppsim.store.Records.Account;
import nl.ppsim.store.Records.Comment;
import nl.ppsim.store.Records.Plan;
import nl.ppsim.store.Records.PlanVersion;
import nl.ppsim.store.Records.ReviewRound;
import nl.ppsim.store.Records.Submission;
import nl.ppsim.store.Role;
import nl.ppsim.store.Store;
import nl.ppsim.web.Api;
import nl.ppsim.web.Endpoints;

/**
 * Review rounds on the shared server (issue 34, part 3). The administrator opens a round for a
 * scheme (and variant) with a budget (default: the scheme's ceiling) and a deadline, and becomes
 * its first reviewer; reviewers add reviewers. An editor of a plan submits one of its versions
 * before the deadline, once (a submission is final, and a version never changes). A reviewer sees
 * the round ranked exactly as {@code ppsim check PLANS... --budget} ranks it ({@link Round#judge},
 * {@link Round#rank}: the command line's logic), each submitted plan's checks, its report, and
 * comments on it. Only reviewers see a round's submissions; they see no other version and no other
 * plan of a workspace.
 */
final class RoundRoutes {
    /** Checks the caller's role in a workspace (the shared server's {@code member}). */
    @FunctionalInterface
    interface Membership {
        WorkspaceId require(Context ctx, WorkspaceId w, Role needed);
    }

    private final Store store;
    private final Endpoints endpoints;
    private final Membership membership;
    /**
     * A submitted version's judgement: versions never change, so it is computed once per round's
     * scheme, in either language (a version that cannot be judged keeps its problem, worded when shown).
     */
    private final Map<String, Judged> judged = new ConcurrentHashMap<>();

    /** A judged plan, or why it could not be judged. */
    private record Judged(Round.Entry entry, RuntimeException problem) {}

    RoundRoutes(Store store, Endpoints endpoints, Membership membership) {
        this.store = store;
        this.endpoints = endpoints;
        this.membership = membership;
    }

    void routes(io.javalin.config.RoutesConfig r) {
        r.get("/api/rounds", this::rounds);
        r.post("/api/rounds", this::open);
        r.get("/api/rounds/{r}", this::ranking);
        r.post("/api/rounds/{r}/reviewers", this::addReviewer);
        r.get("/api/rounds/{r}/plans/{p}", this::submitted);
        r.get("/api/rounds/{r}/plans/{p}/report", this::report);
        r.post("/api/rounds/{r}/plans/{p}/comments", this::comment);
        r.post("/api/plans/{p}/submit", this::submit);
    }

    private ReviewRound round(Context ctx) {
        return store.round(new RoundId(SharedServer.id(ctx, "r"))).orElseThrow(() -> SharedServer.notFound(ctx));
    }

    private static boolean isOpen(ReviewRound r) {
        return OffsetDateTime.now().isBefore(r.deadline());
    }

    /** The round of the path, for one of its reviewers (404 for anyone else: a round's plans are not theirs). */
    private ReviewRound reviewed(Context ctx) {
        ReviewRound r = round(ctx);
        if (!store.reviews(r.id(), SharedServer.account(ctx).id())) {
            throw SharedServer.notFound(ctx);
        }
        return r;
    }

    private void rounds(Context ctx) {
        Account a = SharedServer.account(ctx);
        JsonArray out = new JsonArray();
        for (ReviewRound r : store.rounds()) {
            JsonObject o = round(r);
            o.addProperty("reviewer", store.reviews(r.id(), a.id()));
            out.add(o);
        }
        SharedServer.json(ctx, 200, out);
    }

    private static JsonObject round(ReviewRound r) {
        JsonObject o = new JsonObject();
        o.addProperty("id", r.id().value());
        o.addProperty("name", r.name());
        o.addProperty("scheme", r.scheme());
        o.addProperty("variant", r.variant());
        o.addProperty("budget", r.budget());
        o.addProperty("deadline", r.deadline().toString());
        o.addProperty("open", isOpen(r));
        return o;
    }

    private void open(Context ctx) {
        Account a = SharedServer.account(ctx);
        if (!a.admin()) {
            throw new SharedServer.Problem(
                    403, "alleen de beheerder opent een ronde", "only the administrator opens a round");
        }
        JsonObject body = SharedServer.body(ctx);
        String name = SharedServer.text(body, "name", 200);
        String scheme = SharedServer.text(body, "scheme", 40);
        String id = SchemeReader.resolve(scheme);
        if (id == null) {
            throw new SharedServer.Problem(
                    400,
                    "onbekende regeling '" + scheme + "'; kies uit " + String.join(", ", SchemeReader.names()),
                    "unknown scheme '" + scheme + "'; choose from " + String.join(", ", SchemeReader.names()));
        }
        String variant = SharedServer.optionalText(body, "variant", 40);
        if (!variant.isEmpty() && !SchemeReader.variants(id).contains(variant)) {
            throw new SharedServer.Problem(
                    400,
                    "regeling " + id + " heeft geen variant '" + variant + "'",
                    "scheme " + id + " has no variant '" + variant + "'");
        }
        Double budget = null;
        if (body.has("budget") && !body.get("budget").isJsonNull()) {
            double b = body.get("budget").isJsonPrimitive()
                            && body.get("budget").getAsJsonPrimitive().isNumber()
                    ? body.get("budget").getAsDouble()
                    : -1;
            if (!(b > 0) || Double.isInfinite(b)) {
                throw new SharedServer.Problem(
                        400, "budget is een bedrag in euro groter dan 0", "budget is an amount in euro above 0");
            }
            budget = b;
        }
        OffsetDateTime deadline = deadline(SharedServer.text(body, "deadline", 40));
        ReviewRound r = store.openRound(a.id(), name, id, variant.isEmpty() ? null : variant, budget, deadline);
        SharedServer.json(ctx, 201, round(r));
    }

    /** A deadline as a date (the end of that day, Dutch time) or a date and time with an offset. */
    private static OffsetDateTime deadline(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text)
                        .plusDays(1)
                        .atStartOfDay(ZoneId.of("Europe/Amsterdam"))
                        .toOffsetDateTime();
            }
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new SharedServer.Problem(
                    400,
                    "deadline is een datum (2027-03-31: tot het eind van die dag) of een tijdstip (2027-03-31T17:00+02:00)",
                    "deadline is a date (2027-03-31: until the end of that day) or a time (2027-03-31T17:00+02:00)");
        }
    }

    private void addReviewer(Context ctx) {
        ReviewRound r = reviewed(ctx);
        String email = SharedServer.email(SharedServer.body(ctx));
        Account other = store.account(email)
                .orElseThrow(() -> new SharedServer.Problem(
                        404,
                        "geen account met dit adres; een beoordelaar maakt eerst een account",
                        "no account has this address; a reviewer makes an account first"));
        store.addReviewer(SharedServer.account(ctx).id(), r.id(), other.id());
        JsonObject o = new JsonObject();
        o.addProperty("added", true);
        SharedServer.json(ctx, 200, o);
    }

    /** An editor submits a version of the plan of the path to an open round. */
    private void submit(Context ctx) {
        Plan p = store.plan(new PlanId(SharedServer.id(ctx, "p"))).orElseThrow(() -> SharedServer.notFound(ctx));
        membership.require(ctx, p.workspace(), Role.EDITOR);
        JsonObject body = SharedServer.body(ctx);
        ReviewRound r = store.round(new RoundId(SharedServer.integer(body, "round")))
                .orElseThrow(() -> SharedServer.notFound(ctx));
        if (!isOpen(r)) {
            throw new SharedServer.Problem(
                    409,
                    "de ronde '" + r.name() + "' is gesloten (deadline " + r.deadline() + ")",
                    "the round '" + r.name() + "' is closed (deadline " + r.deadline() + ")");
        }
        int version = SharedServer.integer(body, "version");
        PlanVersion v = store.version(p.id(), version).orElseThrow(() -> SharedServer.notFound(ctx));
        Scenario s = scenario(v.yaml());
        if (s.scheme() != null && !s.scheme().id().equals(r.scheme())) {
            throw new SharedServer.Problem(
                    409,
                    "het plan valt onder " + s.scheme().id() + ", de ronde is voor " + r.scheme(),
                    "the plan falls under " + s.scheme().id() + ", the round is for " + r.scheme());
        }
        store.submit(SharedServer.account(ctx).id(), r.id(), p.id(), version);
        JsonObject o = new JsonObject();
        o.addProperty("submitted", true);
        o.addProperty("round", r.id().value());
        o.addProperty("version", version);
        SharedServer.json(ctx, 201, o);
    }

    private static Scenario scenario(String yaml) {
        try {
            return new ScenarioReader().read(yaml, "scenario.yaml");
        } catch (InvalidScenarioException e) {
            throw SharedServer.Problem.of(e);
        }
    }

    /**
     * A submitted version as the round judges it: a plan that names no scheme is judged against the
     * round's (and its variant), as {@code ppsim check --scheme} does; its own iterations, at most
     * {@link Endpoints#MAX_ITERATIONS}, and seed.
     */
    private Round.Entry judge(ReviewRound r, Submission sub, Lang l) {
        String key = r.scheme() + "/" + r.variant() + "/" + sub.plan().value() + "/" + sub.version();
        String name = sub.workspaceName() + ": " + sub.planName() + " (v" + sub.version() + ")";
        Judged j = judged.computeIfAbsent(key, k -> {
            try {
                Scenario s = scenario(
                        store.version(sub.plan(), sub.version()).orElseThrow().yaml());
                if (s.scheme() == null && s.subsidyPerYear() != null) {
                    s = s.withScheme(SchemeReader.shipped(r.scheme(), r.variant()));
                }
                RunSettings settings = new RunSettings(
                        Math.min(s.iterations(), Endpoints.MAX_ITERATIONS), s.seed(), RunSettings.defaultThreads());
                return new Judged(
                        Round.judge(name, s, settings, Round.TORNADO_ITERATIONS, PlanReview.Options.DEFAULT), null);
            } catch (SharedServer.Problem | InvalidScenarioException e) {
                return new Judged(null, e);
            }
        });
        if (j.entry() != null) {
            return j.entry();
        }
        String message = j.problem() instanceof SharedServer.Problem p
                ? p.text(l)
                : nl.ppsim.io.ProblemText.message((InvalidScenarioException) j.problem(), l == Lang.EN);
        return new Round.Entry(name, null, null, null, null, Double.NaN, null, null, null, message);
    }

    /** The round ranked as {@code ppsim check} ranks it, for its reviewers. */
    private void ranking(Context ctx) {
        ReviewRound r = reviewed(ctx);
        Lang l = SharedServer.lang(ctx);
        List<Submission> subs = store.submissions(r.id());
        List<Round.Entry> entries = new ArrayList<>();
        Map<String, Submission> byName = new java.util.HashMap<>();
        for (Submission sub : subs) {
            Round.Entry e = judge(r, sub, l);
            entries.add(e);
            byName.put(e.file(), sub);
        }
        SubsidyScheme scheme = SchemeReader.shipped(r.scheme(), r.variant());
        double budget = r.budget() != null ? r.budget() : scheme.roundBudget().value();
        JsonObject o = round(r);
        o.addProperty("budget_used", Double.isNaN(budget) ? null : budget);
        JsonArray ranked = new JsonArray();
        for (Round.Ranked x : Round.rank(entries, budget)) {
            Round.Entry e = x.entry();
            Submission sub = byName.get(e.file());
            JsonObject row = new JsonObject();
            row.addProperty("rank", x.rank());
            row.addProperty("plan", sub.plan().value());
            row.addProperty("plan_name", sub.planName());
            row.addProperty("workspace", sub.workspaceName());
            row.addProperty("version", sub.version());
            row.addProperty("submitted_by", sub.submittedBy());
            row.addProperty("judged", e.judged());
            if (e.judged()) {
                row.add("headline", Api.proportion(e.headline()));
                row.addProperty("subsidy", finite(e.subsidy()));
                // NaN (a plan that breaks a rule adds nothing to the budget used) is not JSON: null
                row.addProperty("cumulative", finite(x.cumulative()));
                row.addProperty("within_budget", x.withinBudget());
                row.addProperty("fails", e.count(nl.ppsim.check.Verdict.FAIL));
                row.addProperty("warnings", e.count(nl.ppsim.check.Verdict.WARN));
                row.addProperty("worst_rule", e.worstRule());
                row.addProperty("conclusion", nl.ppsim.report.ReviewReport.conclusion(e.checks(), l));
            } else {
                row.addProperty("error", e.error());
            }
            row.addProperty("comments", store.comments(r.id(), sub.plan()).size());
            ranked.add(row);
        }
        o.add("ranked", ranked);
        SharedServer.json(ctx, 200, o);
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }

    private Submission submission(Context ctx, ReviewRound r) {
        long plan = SharedServer.id(ctx, "p");
        return store.submissions(r.id()).stream()
                .filter(s -> s.plan().value() == plan)
                .findFirst()
                .orElseThrow(() -> SharedServer.notFound(ctx));
    }

    /** A submitted plan for its reviewers: the version's text, its checks and the comments. */
    private void submitted(Context ctx) {
        ReviewRound r = reviewed(ctx);
        Submission sub = submission(ctx, r);
        PlanVersion v = store.version(sub.plan(), sub.version()).orElseThrow();
        Round.Entry e = judge(r, sub, SharedServer.lang(ctx));
        JsonObject o = new JsonObject();
        o.addProperty("plan", sub.plan().value());
        o.addProperty("plan_name", sub.planName());
        o.addProperty("workspace", sub.workspaceName());
        o.addProperty("version", sub.version());
        o.addProperty("yaml", v.yaml());
        if (e.judged()) {
            Scenario s = scenario(v.yaml());
            o.add("review", Api.checks(e.checks(), s, SharedServer.lang(ctx)));
        } else {
            o.addProperty("error", e.error());
        }
        JsonArray comments = new JsonArray();
        for (Comment c : store.comments(r.id(), sub.plan())) {
            JsonObject x = new JsonObject();
            x.addProperty("author", c.author());
            x.addProperty("at", c.at().toString());
            x.addProperty("text", c.text());
            comments.add(x);
        }
        o.add("comments", comments);
        SharedServer.json(ctx, 200, o);
    }

    private void report(Context ctx) throws java.io.IOException {
        ReviewRound r = reviewed(ctx);
        Submission sub = submission(ctx, r);
        PlanVersion v = store.version(sub.plan(), sub.version()).orElseThrow();
        endpoints.route(new ContextExchange(
                ctx,
                SharedServer.owner(ctx),
                "/api/report",
                ctx.queryString(),
                v.yaml().getBytes(StandardCharsets.UTF_8)));
    }

    private void comment(Context ctx) {
        ReviewRound r = reviewed(ctx);
        Submission sub = submission(ctx, r);
        String text = SharedServer.text(SharedServer.body(ctx), "text", 4000);
        store.comment(SharedServer.account(ctx).id(), r.id(), sub.plan(), text);
        JsonObject o = new JsonObject();
        o.addProperty("comments", store.comments(r.id(), sub.plan()).size());
        SharedServer.json(ctx, 201, o);
    }
}
