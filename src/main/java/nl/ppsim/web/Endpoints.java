package nl.ppsim.web;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.report.Lang;
import nl.ppsim.scenario.InvalidScenarioException;
import nl.ppsim.scenario.Scenario;

/**
 * {@code ppsim serve}: a local web server (the JDK's HttpServer: no dependency, starts in about
 * 0.15 s) with the browser page and a small JSON API that the page, tests and scripts call.
 *
 * <p>Safety: it listens on 127.0.0.1 only; a request whose Host is not the server's own, or whose
 * Origin is another site's, gets 403 (no other page can drive it, DNS rebinding included); a body
 * over 1 MB gets 413; scenario files are read only from {@code --dir}, by a plain file name; at most
 * {@value #SIMULATIONS} simulations run at once, each capped at {@value #MAX_ITERATIONS} iterations
 * and {@value #MAX_SECONDS} seconds. A bad scenario gets a 400 with the same message as the
 * command line, and the server keeps running.
 */
/**
 * What the web app asks of ppsim, whatever server carries the request: the page and its files, the
 * examples, and the JSON API that the page, tests and scripts call (validate, simulate, why, compare,
 * check, report, workbook, ...). {@link WebServer} carries it for one person on 127.0.0.1 ({@code
 * ppsim serve}); the shared server carries it for signed-in users ({@code ppsim serve --shared}).
 *
 * <p>Limits: a body over 1 MB gets 413; scenario files are read only from the examples folder, by a
 * plain file name; at most {@value #SIMULATIONS} simulations run at once (and, for a signed-in user,
 * at most {@value #SIMULATIONS_PER_OWNER} of theirs, with {@value #WAITING_PER_OWNER} more waiting), each capped at {@value #MAX_ITERATIONS}
 * iterations and {@value #MAX_SECONDS} seconds; a precise run's progress is only told to whoever
 * started it. A bad scenario gets a 400 with the same message as the command line.
 */
public final class Endpoints implements AutoCloseable {
    /** Largest request body: a scenario file may be at most 1 MB too. */
    public static final int MAX_BODY = 1 << 20;
    /** Simulations at once; further requests wait a few seconds, then get 503. */
    static final int SIMULATIONS = 2;
    /** Most iterations one request may ask for. */
    public static final int MAX_ITERATIONS = 200_000;
    /** Longest a simulation may take before it is stopped (503). */
    static final int MAX_SECONDS = 60;
    /** Simulations of one signed-in user at once (shared server); more get 429. */
    static final int SIMULATIONS_PER_OWNER = 1;
    /** Requests of one owner that may wait for their running simulation; more get 429. */
    static final int WAITING_PER_OWNER = 2;
    /** Longest such a request waits. */
    static final int OWNER_WAIT_SECONDS = 30;
    /** The page's Content-Security-Policy: its own script, style and requests only, never in a frame. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
                    + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Most memory the trace of one report request may take (it holds every draw of every input); larger reports leave out "why". */
    static final long TRACE_BYTES = 64L << 20;
    /** Iterations of a preview: the first iterations of the scenario's own run, shown while that runs. */
    public static final int QUICK_ITERATIONS = 4096;

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\\.(ya?ml|xlsx)");
    private static final Gson GSON = new com.google.gson.GsonBuilder()
            .disableHtmlEscaping()
            .serializeNulls()
            .create();

    private final Path dir;
    private final Semaphore running = new Semaphore(SIMULATIONS);
    private final Map<String, Semaphore> owners = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Semaphore, java.util.concurrent.atomic.AtomicInteger> waitingOwners =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A POST endpoint: the scenario (or JSON) in the body, the answer's texts in {@code lang}. */
    @FunctionalInterface
    private interface Post {
        void handle(Exchange x, Lang lang) throws IOException;
    }

    /** The POST endpoints by path. */
    private final Map<String, Post> posts = Map.ofEntries(
            Map.entry("/api/validate", this::validate),
            Map.entry("/api/simulate", this::simulate),
            Map.entry("/api/parse", (x, lang) -> parseTree(x)),
            Map.entry("/api/render", (x, lang) -> render(x)),
            Map.entry("/api/precise", this::precise),
            Map.entry("/api/check", this::check),
            Map.entry("/api/why", this::why),
            Map.entry("/api/compare", this::compare),
            Map.entry("/api/report", this::report),
            Map.entry("/api/workbook", this::workbook),
            Map.entry("/api/template", this::template),
            Map.entry("/api/explore", this::explore));

    /** The endpoints, with the examples of {@code dir} (a folder of scenarios). */
    public Endpoints(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** Stops the precise runs in the background. */
    @Override
    public void close() {
        background.shutdownNow();
    }

    /**
     * Answers {@code x}: a file of the page, an example, or an API call; 404 for any other path.
     * The carrying server has checked where the request comes from (and who sends it).
     */
    public void route(Exchange x) throws IOException {
        String path = x.path();
        String method = x.method();
        if (path.chars()
                .anyMatch(c -> Character.isISOControl(c) || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069)) {
            json(
                    x,
                    400,
                    Api.error(
                            "the path holds a control character; names of scenarios are letters, digits, '.', '_' and '-'"));
            return;
        }
        Lang lang = "en".equals(query(x).get("lang")) ? Lang.EN : Lang.NL;
        switch (path) {
            case "/", "/index.html" -> resource(x, "index.html", "text/html; charset=utf-8");
            case "/app.js" -> resource(x, "app.js", "text/javascript; charset=utf-8");
            case "/shared.js" -> resource(x, "shared.js", "text/javascript; charset=utf-8");
            case "/app.css" -> resource(x, "app.css", "text/css; charset=utf-8");
            case "/api/models" -> json(x, 200, Api.models(lang));
            case "/api/scenarios" -> json(x, 200, scenarios());
            case "/api/schemes" -> json(x, 200, Api.schemes());
            default -> {
                Post handler = posts.get(path);
                if (handler != null) {
                    if (post(x)) {
                        handler.handle(x, lang);
                    }
                } else if (path.startsWith("/api/jobs/") && method.equals("GET")) {
                    job(x, path.substring("/api/jobs/".length()));
                } else if (path.startsWith("/api/scenarios/") && method.equals("GET")) {
                    scenario(x, path.substring("/api/scenarios/".length()));
                } else {
                    json(x, 404, Api.error("not found: " + path));
                }
            }
        }
    }

    private boolean post(Exchange x) throws IOException {
        if (!x.method().equals("POST")) {
            json(x, 405, Api.error("use POST with the scenario's YAML as the body"));
            return false;
        }
        return true;
    }

    /** The request body as text, or null after answering 413 when it is larger than {@link #MAX_BODY}. */
    private static String body(Exchange x) throws IOException {
        try (InputStream in = x.body()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                json(x, 413, Api.error("request body larger than 1 MB; a scenario is at most 1 MB"));
                return null;
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private void validate(Exchange x, Lang lang) throws IOException {
        Scenario s = scenario(x, lang);
        if (s != null) {
            try {
                nl.ppsim.engine.Inputs.check(s);
            } catch (InvalidScenarioException e) {
                json(x, 400, Api.error(e, lang));
                return;
            }
            JsonObject o = new JsonObject();
            o.addProperty("valid", true);
            o.addProperty("scenario", s.id());
            o.addProperty("partners", s.partners().size());
            o.addProperty("lines", s.lines().size());
            o.addProperty("business_models", s.businessModels().size());
            json(x, 200, o);
        }
    }

    /**
     * A run of the posted scenario. Without parameters it is the scenario's answer, the same as
     * {@code ppsim run} gives it: its own iterations (at most {@link #MAX_ITERATIONS}) and seed,
     * plain Monte Carlo, so the headline is byte for byte the one the command line, the workbook and
     * a round show. With {@code preview=1} it is the first {@link #QUICK_ITERATIONS} iterations of
     * that same run (a run of N is the first N iterations of any longer one), for the page to show
     * while the answer is computed. {@code iterations}, {@code seed} and {@code sampling} ask for
     * other settings explicitly.
     */
    private void simulate(Exchange x, Lang lang) throws IOException {
        Map<String, String> q = query(x);
        boolean preview = "1".equals(q.get("preview")) || "true".equals(q.get("preview"));
        int asked;
        try {
            asked = q.containsKey("iterations") ? Integer.parseInt(q.get("iterations")) : 0;
        } catch (NumberFormatException e) {
            asked = -1;
        }
        if (asked < 0 || asked > MAX_ITERATIONS || (q.containsKey("iterations") && asked < 1)) {
            json(x, 400, Api.error("iterations must lie between 1 and " + MAX_ITERATIONS));
            return;
        }
        Scenario s = scenario(x, lang);
        if (s == null) {
            return;
        }
        int answer = Math.min(s.iterations(), MAX_ITERATIONS);
        int iterations = asked > 0 ? asked : preview ? Math.min(QUICK_ITERATIONS, answer) : answer;
        RunSettings.Sampling sampling =
                "lhs".equals(q.get("sampling")) ? RunSettings.Sampling.LHS : RunSettings.Sampling.MC;
        long seed = s.seed();
        try {
            if (q.containsKey("seed")) {
                seed = Long.parseLong(q.get("seed"));
            }
        } catch (NumberFormatException e) {
            json(x, 400, Api.error("seed must be a whole number"));
            return;
        }
        boolean isAnswer = iterations == answer && seed == s.seed() && sampling == RunSettings.Sampling.MC;
        // the answer shows the reserve's quantiles only (the fan): no other sketches, half the run's work
        RunSettings settings = new RunSettings(iterations, seed, RunSettings.defaultThreads())
                .withSampling(sampling)
                .withReserveQuantilesOnly();
        limited(x, lang, "simulation", () -> {
            JsonObject o = Api.simulation(Simulation.run(s, settings, deadline()), lang);
            o.addProperty("sampling", sampling.name().toLowerCase(java.util.Locale.ROOT));
            o.addProperty("answer", isAnswer);
            o.addProperty("answer_iterations", answer);
            o.addProperty("capped", s.iterations() > MAX_ITERATIONS);
            json(x, 200, o);
        });
    }

    /**
     * The full report of a scenario (the same HTML, CSV and charts as {@code ppsim run}, with the
     * scenario's own iterations up to {@link #MAX_ITERATIONS}) as a zip download. It is written in a
     * temporary folder that is deleted afterwards; nothing is written anywhere else.
     */
    private void report(Exchange x, Lang lang) throws IOException {
        Scenario s = scenario(x, lang);
        if (s == null) {
            return;
        }
        limited(x, lang, "report", () -> zip(x, s, lang));
    }

    private void zip(Exchange x, Scenario s, Lang lang) throws IOException {
        byte[] answer;
        Path tmp = Files.createTempDirectory("ppsim-web");
        try {
            int iterations = Math.min(s.iterations(), MAX_ITERATIONS);
            RunSettings plain = new RunSettings(iterations, s.seed(), RunSettings.defaultThreads());
            nl.ppsim.engine.CompiledScenario compiled = nl.ppsim.engine.CompiledScenario.of(s, plain);
            RunSettings settings = plain.withTrace(
                    iterations <= 100_000 && compiled.fullTraceBytes(iterations) <= TRACE_BYTES
                            ? RunSettings.Trace.FULL
                            : RunSettings.Trace.NONE);
            SimulationResult r = compiled.run(settings, deadline());
            Path folder = tmp.resolve(s.id());
            var why = r.trace() != null && r.trace().inputValues() != null
                    ? nl.ppsim.analysis.Sensitivity.fromTrace(r)
                    : null;
            nl.ppsim.report.Report.write(
                    r,
                    new nl.ppsim.report.ReportFolder.Destination(
                            folder,
                            List.of(),
                            new nl.ppsim.report.ReportFolder.Manifest(
                                    "serve", s.id(), "scenario.yaml", r.seed(), r.iterations(), "web")),
                    new nl.ppsim.report.Report.Options(lang, nl.ppsim.report.CsvFormat.RFC4180, true),
                    nl.ppsim.report.Report.Extras.why(why));
            java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip);
                    Stream<Path> files = Files.list(folder)) {
                for (Path f : files.sorted().toList()) {
                    out.putNextEntry(new java.util.zip.ZipEntry(s.id() + "/" + f.getFileName()));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
            answer = zip.toByteArray();
        } finally {
            deleteTree(tmp);
        }
        // answered once the temporary folder is gone
        download(x, "application/zip", s.id() + "-rapport.zip", answer);
    }

    /**
     * A plan workbook from the user's computer (the .xlsx as the body, at most 1 MB): the YAML it
     * reads into, for the editor, as {@code ppsim run plan.xlsx} reads it; an error names the sheet
     * and the cell. The file is written to a temporary folder only to be read, and deleted after.
     */
    private void workbook(Exchange x, Lang lang) throws IOException {
        byte[] bytes;
        try (InputStream in = x.body()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            json(x, 413, Api.error("workbook larger than 1 MB"));
            return;
        }
        String name = query(x).getOrDefault("name", "plan.xlsx");
        if (!FILE_NAME.matcher(name).matches() || !name.endsWith(".xlsx")) {
            name = "plan.xlsx";
        }
        // read, then clean up, then answer: a client never sees the answer before the file is gone
        String yaml = null;
        InvalidScenarioException refused = null;
        Path tmp = Files.createTempDirectory("ppsim-web");
        try {
            Path file = tmp.resolve(name);
            Files.write(file, bytes);
            try {
                yaml = nl.ppsim.io.WorkbookReader.text(file).yaml();
                nl.ppsim.io.WorkbookReader.read(file);
            } catch (InvalidScenarioException e) {
                refused = e.at(name, e.path(), e.line());
            }
        } finally {
            deleteTree(tmp);
        }
        if (refused != null) {
            json(x, 400, Api.error(refused, lang));
        } else {
            send(x, 200, "text/yaml; charset=utf-8", yaml.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The scenario in the body as a plan workbook ({@code ppsim template --from}), in the request's language. */
    private void template(Exchange x, Lang lang) throws IOException {
        String text = body(x);
        if (text == null) {
            return;
        }
        Scenario s;
        try {
            s = parse(text);
        } catch (InvalidScenarioException e) {
            json(x, 400, Api.error(e, lang));
            return;
        }
        byte[] book;
        Path tmp = Files.createTempDirectory("ppsim-web");
        try {
            Path file = tmp.resolve(s.id() + ".xlsx");
            nl.ppsim.report.WorkbookTemplate.write(text, file, lang);
            book = Files.readAllBytes(file);
        } finally {
            deleteTree(tmp);
        }
        download(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", s.id() + ".xlsx", book);
    }

    /**
     * Two variants of a plan with the same random numbers (the first one's seed): body
     * {@code {"a": YAML, "b": YAML}}; the answer has both headlines and their paired difference in
     * procentpunt with its standard error (much smaller than for independent runs).
     */
    private void compare(Exchange x, Lang lang) throws IOException {
        String text = body(x);
        if (text == null) {
            return;
        }
        JsonObject request;
        try {
            request = com.google.gson.JsonParser.parseString(text).getAsJsonObject();
        } catch (RuntimeException e) {
            json(x, 400, Api.error("expected JSON {\"a\": \"YAML\", \"b\": \"YAML\"}"));
            return;
        }
        if (!text(request, "a")
                || !text(request, "b")
                || request.has("iterations")
                        && !(request.get("iterations").isJsonPrimitive()
                                && request.get("iterations")
                                        .getAsJsonPrimitive()
                                        .isNumber())) {
            json(x, 400, Api.error("expected JSON {\"a\": \"YAML\", \"b\": \"YAML\"} (and \"iterations\": a number)"));
            return;
        }
        Scenario a;
        Scenario b;
        try {
            a = parse(request.get("a").getAsString());
            b = parse(request.get("b").getAsString());
        } catch (InvalidScenarioException e) {
            json(x, 400, Api.error(e, lang));
            return;
        }
        // the current plan's answer: its own iterations and seed, as /api/simulate gives it
        double asked = request.has("iterations")
                ? request.get("iterations").getAsDouble()
                : Math.min(b.iterations(), MAX_ITERATIONS);
        if (!(asked >= 1 && asked <= MAX_ITERATIONS) || asked != Math.rint(asked)) {
            json(x, 400, Api.error("iterations must lie between 1 and " + MAX_ITERATIONS));
            return;
        }
        int iterations = (int) asked;
        limited(x, lang, "comparison", () -> {
            RunSettings settings = new RunSettings(iterations, b.seed(), RunSettings.defaultThreads())
                    .withTrace(RunSettings.Trace.OUTCOMES)
                    .withoutQuantiles();
            SimulationResult ra = Simulation.run(a, settings, deadline());
            SimulationResult rb = Simulation.run(b, settings, deadline());
            nl.ppsim.stats.PairedDifference d = nl.ppsim.stats.PairedDifference.of(
                    rb.trace().verduurzaamd(), ra.trace().verduurzaamd());
            JsonObject o = new JsonObject();
            o.add("a", Api.proportion(ra.verduurzaamd()));
            o.add("b", Api.proportion(rb.verduurzaamd()));
            o.addProperty("difference", d.difference());
            o.addProperty("paired_se", d.pairedSe());
            o.addProperty("independent_se", d.independentSe());
            o.addProperty("iterations", iterations);
            o.addProperty("seed", b.seed());
            o.addProperty(
                    "text",
                    lang.t("Tegen de bewaarde variant: ", "Against the kept variant: ") + lang.points(d.difference())
                            + lang.t(" (gepaarde se ", " (paired se ") + lang.sePoints(d.pairedSe())
                            + lang.t("; ", "; ")
                            + lang.percent(rb.verduurzaamd().estimate())
                            + lang.t(" tegen ", " against ")
                            + lang.percent(ra.verduurzaamd().estimate()) + ")");
            json(x, 200, o);
        });
    }

    private static boolean text(JsonObject o, String key) {
        return o.has(key)
                && o.get(key).isJsonPrimitive()
                && o.get(key).getAsJsonPrimitive().isString();
    }

    /**
     * The review of a plan against its subsidy scheme and for credible sustainability, as
     * {@code ppsim check} makes it (with a tornado of 500 iterations per input for the register).
     */
    private void check(Exchange x, Lang lang) throws IOException {
        Scenario s = scenario(x, lang);
        if (s == null) {
            return;
        }
        if (s.subsidyPerYear() != null && s.scheme() == null) {
            json(
                    x,
                    400,
                    Api.error(lang.t(
                            "het plan vraagt subsidie maar noemt geen regeling (subsidy.scheme)",
                            "the plan asks for a subsidy but names no scheme (subsidy.scheme)")));
            return;
        }
        limited(x, lang, "review", () -> {
            RunSettings settings =
                    new RunSettings(Math.min(s.iterations(), MAX_ITERATIONS), s.seed(), RunSettings.defaultThreads());
            nl.ppsim.engine.CompiledScenario compiled = nl.ppsim.engine.CompiledScenario.of(s, settings);
            SimulationResult r = compiled.run(settings, deadline());
            nl.ppsim.analysis.Tornado.Result tornado = nl.ppsim.analysis.Tornado.run(
                    compiled, settings.withIterations(Math.min(500, settings.iterations())), deadline());
            List<nl.ppsim.check.Check> checks =
                    nl.ppsim.check.PlanReview.review(r, tornado, nl.ppsim.check.PlanReview.Options.DEFAULT);
            json(x, 200, Api.checks(checks, s, lang));
        });
    }

    /**
     * Why the answer is what it is, for the page beside it: the tornado ({@value #WHY_TORNADO}
     * draws per held input), what each business model contributes (the scenario without it, with
     * the same draws), the final reserve's histogram and S-curve and the net cash fan. At the
     * answer's seed and draws (at most {@value #WHY_ITERATIONS}, to bound the runs without each
     * model), so the contribution's "with" is the headline on screen.
     */
    private void why(Exchange x, Lang lang) throws IOException {
        Scenario s = scenario(x, lang);
        if (s == null) {
            return;
        }
        limited(x, lang, "analysis", () -> {
            int answer = Math.min(s.iterations(), MAX_ITERATIONS);
            RunSettings settings =
                    new RunSettings(Math.min(answer, WHY_ITERATIONS), s.seed(), RunSettings.defaultThreads());
            nl.ppsim.engine.CompiledScenario compiled = nl.ppsim.engine.CompiledScenario.of(s, settings);
            // the outcomes of each draw suffice (the models left out are paired with them); no draws of inputs kept
            SimulationResult base = compiled.run(settings.withTrace(RunSettings.Trace.OUTCOMES), deadline());
            nl.ppsim.analysis.Tornado.Result tornado = nl.ppsim.analysis.Tornado.run(
                    compiled, settings.withIterations(Math.min(WHY_TORNADO, settings.iterations())), deadline());
            json(
                    x,
                    200,
                    Api.why(
                            nl.ppsim.analysis.Sensitivity.untraced(
                                    base,
                                    nl.ppsim.analysis.Sensitivity.contributions(compiled, base, settings),
                                    tornado),
                            lang,
                            answer));
        });
    }

    /** The draws of each held run of the page's tornado. */
    static final int WHY_TORNADO = 2000;

    /** At most this many draws for the page's "why" (it runs the scenario once more without each business model). */
    public static final int WHY_ITERATIONS = 50_000;

    /** A precise run in the background: its progress, and its answer (or error) once finished. */
    private static final class Job {
        /** Who started it ({@link Exchange#owner}); only they are told its progress. */
        final String owner;

        Job(String owner) {
            this.owner = owner;
        }

        final java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong total = new java.util.concurrent.atomic.AtomicLong(1);
        volatile JsonObject answer;
        volatile JsonObject error;
        final long started = System.nanoTime();
    }

    private final Map<String, Job> jobs = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ExecutorService background = Executors.newFixedThreadPool(SIMULATIONS, r -> {
        Thread t = new Thread(r, "ppsim-precise");
        t.setDaemon(true);
        return t;
    });

    /**
     * Starts a run that grows in whole blocks from the scenario's own iterations until the
     * headline's standard error is at most {@code se} (default 0.005), at most
     * {@link #MAX_ITERATIONS} and {@link #MAX_SECONDS}: the same as {@code ppsim run --precision SE
     * --max-iterations 200000}. The answer is {@code {"job": ID}}; {@code GET /api/jobs/ID} tells its progress and, when it is
     * finished, its answer as {@code /api/simulate} gives it.
     */
    private void precise(Exchange x, Lang lang) throws IOException {
        Map<String, String> q = query(x);
        double target;
        try {
            target = q.containsKey("se") ? Double.parseDouble(q.get("se")) : 0.005;
        } catch (NumberFormatException e) {
            target = -1;
        }
        if (!(target > 0 && target < 0.5)) {
            json(x, 400, Api.error("se must lie between 0 and 0.5, e.g. 0.005"));
            return;
        }
        Scenario s = scenario(x, lang);
        if (s == null) {
            return;
        }
        if (!acquire(x)) {
            return;
        }
        jobs.values().removeIf(j -> System.nanoTime() - j.started > TimeUnit.MINUTES.toNanos(10));
        String id = java.util.UUID.randomUUID().toString();
        Job job = new Job(x.owner());
        Semaphore own = ownerOf(x);
        jobs.put(id, job);
        double se = target;
        // from the scenario's own run, as ppsim run --precision grows it
        int start = Math.min(s.iterations(), MAX_ITERATIONS);
        background.execute(() -> {
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_SECONDS);
                long[] before = {0};
                // compiled once, run round after round
                nl.ppsim.engine.CompiledScenario compiled = nl.ppsim.engine.CompiledScenario.of(
                        s, new RunSettings(start, s.seed(), RunSettings.defaultThreads()).withReserveQuantilesOnly());
                nl.ppsim.analysis.Precision.Outcome o =
                        nl.ppsim.analysis.Precision.grow(start, se, MAX_ITERATIONS, false, n -> {
                            long offset = before[0];
                            job.total.set(offset + n);
                            SimulationResult r =
                                    compiled.run(n, compiled.settings().trace(), (done, total) -> {
                                        job.done.set(offset + done);
                                        if (System.nanoTime() > deadline) {
                                            throw new TooLong();
                                        }
                                    });
                            before[0] += n;
                            return r;
                        });
                JsonObject answer = Api.simulation(o.result(), lang);
                answer.addProperty("target_se", se);
                answer.addProperty("reached", o.reached());
                job.answer = answer;
            } catch (TooLong e) {
                job.error = Api.error(
                        "the precise run took longer than " + MAX_SECONDS + " s and was stopped; ask a larger se");
            } catch (InvalidScenarioException e) {
                job.error = Api.error(e, lang);
            } catch (RuntimeException e) {
                job.error = Api.error("internal error: " + e);
            } finally {
                running.release();
                release(own);
            }
        });
        JsonObject o = new JsonObject();
        o.addProperty("job", id);
        json(x, 202, o);
    }

    private void job(Exchange x, String id) throws IOException {
        Job job = jobs.get(id);
        if (job == null || !java.util.Objects.equals(job.owner, x.owner())) {
            json(x, 404, Api.error("no job " + id));
            return;
        }
        JsonObject o = new JsonObject();
        o.addProperty("done", job.done.get());
        o.addProperty("total", job.total.get());
        o.addProperty("finished", job.answer != null || job.error != null);
        if (job.answer != null) {
            o.add("answer", job.answer);
        }
        if (job.error != null) {
            o.add("error", job.error.get("error"));
        }
        json(x, 200, o);
    }

    /** The JSON form of a scenario's YAML, for the page's form (the tree as written, not validated). */
    private void parseTree(Exchange x) throws IOException {
        String text = body(x);
        if (text == null) {
            return;
        }
        try {
            json(x, 200, GSON.toJsonTree(YamlRewrite.load(text)));
        } catch (RuntimeException e) {
            json(x, 400, Api.error("not valid YAML: " + e.getMessage()));
        }
    }

    /**
     * The YAML of a scenario's JSON form (what the page's form edits); validation follows with
     * /api/simulate. With {@code {"tree": ..., "yaml": text}} the tree is written into that text,
     * keeping its comments and style where the form left it alone.
     */
    private void render(Exchange x) throws IOException {
        String text = body(x);
        if (text == null) {
            return;
        }
        try {
            Object tree = GSON.fromJson(text, Object.class);
            String original = null;
            if (tree instanceof Map<?, ?> m
                    && m.containsKey("tree")
                    && m.keySet().stream().allMatch(k -> k.equals("tree") || k.equals("yaml"))) {
                original = m.get("yaml") instanceof String y ? y : null;
                tree = m.get("tree");
            }
            String yaml = YamlRewrite.rewrite(original, tree);
            send(x, 200, "text/yaml; charset=utf-8", yaml.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            json(x, 400, Api.error("not valid JSON: " + e.getMessage()));
        }
    }

    /** The request's scenario, or null after answering 413 (too large) or 400 (with the scenario's error). */
    private Scenario scenario(Exchange x, Lang lang) throws IOException {
        String text = body(x);
        if (text == null) {
            return null;
        }
        try {
            return parse(text);
        } catch (InvalidScenarioException e) {
            json(x, 400, Api.error(e, lang));
            return null;
        }
    }

    /** The most candidates the page explores at once; more are for {@code ppsim explore}. */
    static final int EXPLORE_CANDIDATES = 64;
    /** The most draws per candidate the page's exploration uses. */
    static final int EXPLORE_ITERATIONS = 50_000;
    /** The most evaluations the page's search of continuous ranges makes (engineering limits, as the two above). */
    static final int EXPLORE_SEARCH = 60;

    /**
     * The routes of the scenario's {@code explore:} section, as {@code ppsim explore} chooses them
     * (docs/explore.md), for at most {@value #EXPLORE_CANDIDATES} candidates and
     * {@value #EXPLORE_ITERATIONS} draws each: the answer in words and every candidate.
     */
    private void explore(Exchange x, Lang lang) throws IOException {
        String text = body(x);
        if (text == null) {
            return;
        }
        Scenario s;
        nl.ppsim.scenario.Exploration e;
        try {
            s = parse(text);
            e = nl.ppsim.io.ExplorationReader.read(text, "scenario.yaml", s);
        } catch (InvalidScenarioException ex) {
            json(x, 400, Api.error(ex, lang));
            return;
        }
        if (e == null) {
            json(
                    x,
                    400,
                    Api.error(lang.t(
                            "het scenario heeft geen explore:-sectie (docs/explore.md)",
                            "the scenario has no explore: section (docs/explore.md)")));
            return;
        }
        long candidates = nl.ppsim.analysis.Explore.count(e);
        if (candidates > EXPLORE_CANDIDATES) {
            json(
                    x,
                    400,
                    Api.error(lang.t(
                            candidates + " kandidaten; de pagina verkent er hoogstens " + EXPLORE_CANDIDATES
                                    + ": gebruik ppsim explore",
                            candidates + " candidates; the page explores at most " + EXPLORE_CANDIDATES
                                    + ": use ppsim explore")));
            return;
        }
        nl.ppsim.scenario.Exploration capped = e.withLimits(EXPLORE_ITERATIONS, EXPLORE_SEARCH);
        limited(x, lang, "exploration", () -> {
            nl.ppsim.analysis.Explore.Result r = nl.ppsim.analysis.Explore.explore(
                    s,
                    capped,
                    Math.min(s.iterations(), EXPLORE_ITERATIONS),
                    s.seed(),
                    RunSettings.defaultThreads(),
                    nl.ppsim.check.RouteRules.of(capped));
            nl.ppsim.report.InputLabels labels = new nl.ppsim.report.InputLabels(s, lang);
            JsonObject o = new JsonObject();
            o.addProperty("summary", nl.ppsim.report.ExploreReport.summary(r, e, s, lang));
            o.addProperty("guaranteed", r.guaranteed());
            o.addProperty("draws", r.draws());
            o.addProperty("objective", r.objective().key());
            o.addProperty("objective_name", nl.ppsim.report.ExploreReport.objectiveName(r, lang));
            JsonArray list = new JsonArray();
            for (nl.ppsim.analysis.Explore.Evaluated c : r.candidates()) {
                JsonObject row = new JsonObject();
                row.addProperty("route", nl.ppsim.report.ExploreReport.route(c.candidate(), e, labels, lang));
                row.add("estimate", Api.proportion(c.estimate()));
                row.addProperty("value", c.value());
                row.addProperty("value_se", c.valueSe());
                row.addProperty("value_text", nl.ppsim.report.ExploreReport.value(r, c, lang));
                row.addProperty("interval_text", nl.ppsim.report.ExploreReport.interval(r, c, lang));
                row.addProperty("outside", c.limit());
                row.addProperty("in_best_set", c.inBestSet());
                row.addProperty("chosen", c.chosen());
                row.addProperty("company_contribution", c.companies());
                row.addProperty("subsidy", c.subsidy());
                row.addProperty("pareto", c.pareto());
                row.addProperty("feasible", c.feasible());
                list.add(row);
            }
            o.add("candidates", list);
            json(x, 200, o);
        });
    }

    /** Work that answers the request itself. */
    @FunctionalInterface
    private interface Work {
        void run() throws IOException;
    }

    /** Runs simulation work within the limits: at most {@link #SIMULATIONS} at once, {@link #MAX_SECONDS} each. */
    private void limited(Exchange x, Lang lang, String what, Work work) throws IOException {
        if (!acquire(x)) {
            return;
        }
        try {
            work.run();
        } catch (TooLong e) {
            json(
                    x,
                    503,
                    Api.error("the " + what + " took longer than " + MAX_SECONDS
                            + " s and was stopped; ask fewer iterations"));
        } catch (InvalidScenarioException e) {
            json(x, 400, Api.error(e, lang));
        } finally {
            running.release();
            release(ownerOf(x));
        }
    }

    /**
     * Takes a place for a simulation: one of the owner's own (429 when they already run
     * {@value #SIMULATIONS_PER_OWNER}), then one of the server's (503 after waiting 5 s for one).
     * {@link #release} gives both back.
     */
    private boolean acquire(Exchange x) throws IOException {
        Semaphore own =
                x.owner() == null ? null : owners.computeIfAbsent(x.owner(), o -> new Semaphore(SIMULATIONS_PER_OWNER));
        if (own != null && !ownPlace(own)) {
            json(
                    x,
                    429,
                    Api.error("you already run " + SIMULATIONS_PER_OWNER + " simulation(s) and " + WAITING_PER_OWNER
                            + " wait; wait until they are finished"));
            return false;
        }
        try {
            if (!running.tryAcquire(5, TimeUnit.SECONDS)) {
                json(x, 503, Api.error("busy: " + SIMULATIONS + " simulations are running; try again"));
                release(own);
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(own);
            return false;
        }
    }

    /**
     * The owner's own place: free, or, when their simulation runs, after waiting for it (the page
     * asks for an answer and its why one after the other) up to {@value #OWNER_WAIT_SECONDS} s, with
     * at most {@value #WAITING_PER_OWNER} of their requests waiting; false when there is none.
     */
    private boolean ownPlace(Semaphore own) {
        if (own.tryAcquire()) {
            return true;
        }
        java.util.concurrent.atomic.AtomicInteger waiting =
                waitingOwners.computeIfAbsent(own, o -> new java.util.concurrent.atomic.AtomicInteger());
        if (waiting.incrementAndGet() > WAITING_PER_OWNER) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return own.tryAcquire(OWNER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    private Semaphore ownerOf(Exchange x) {
        return x.owner() == null ? null : owners.get(x.owner());
    }

    private void release(Semaphore own) {
        if (own != null) {
            own.release();
        }
    }

    /** A progress listener that stops the run after {@link #MAX_SECONDS}. */
    private static nl.ppsim.engine.settings.ProgressListener deadline() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_SECONDS);
        return (done, total) -> {
            if (System.nanoTime() > deadline) {
                throw new TooLong();
            }
        };
    }

    /** Deletes the temporary folder this server made (and only that). */
    private static void deleteTree(Path tmp) throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Thrown from the progress listener to stop a simulation that runs past its time. */
    private static final class TooLong extends RuntimeException {
        TooLong() {
            super(null, null, false, false);
        }
    }

    /** Reads and validates a scenario; what only the engine can check (correlations) is checked by the run itself or by validate. */
    private static Scenario parse(String text) {
        return new ScenarioReader().read(text, "scenario.yaml");
    }

    /**
     * Files of {@code --dir} that are not plans: the benchmark's scenario (a stress test of the
     * engine, shipped in scenarios/ for {@code ppsim bench}) is not offered as an example.
     */
    static final java.util.Set<String> NOT_PLANS = java.util.Set.of("bench.yaml");

    private JsonArray scenarios() throws IOException {
        JsonArray out = new JsonArray();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.map(p -> p.getFileName().toString())
                        .filter(n -> FILE_NAME.matcher(n).matches() && !NOT_PLANS.contains(n))
                        .sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }

    /** One scenario file of {@code --dir}, by its plain name: no other path is ever read. */
    private void scenario(Exchange x, String name) throws IOException {
        if (!FILE_NAME.matcher(name).matches()) {
            json(x, 404, Api.error("no scenario '" + name + "' in " + dir.getFileName()));
            return;
        }
        Path file = dir.resolve(name).normalize();
        if (!file.getParent().equals(dir)
                || !Files.isRegularFile(file)
                || !file.toRealPath().getParent().equals(dir.toRealPath())) {
            json(x, 404, Api.error("no scenario '" + name + "' in " + dir.getFileName()));
            return;
        }
        if (Files.size(file) > MAX_BODY) {
            json(x, 413, Api.error("scenario file larger than 1 MB"));
            return;
        }
        // a plan workbook opens as the YAML it reads into (ppsim template --xlsx)
        byte[] bytes;
        try {
            bytes = name.endsWith(".xlsx")
                    ? nl.ppsim.io.WorkbookReader.text(file).yaml().getBytes(StandardCharsets.UTF_8)
                    : Files.readAllBytes(file);
        } catch (InvalidScenarioException e) {
            json(x, 400, Api.error(e, Lang.NL));
            return;
        }
        send(x, 200, "text/yaml; charset=utf-8", bytes);
    }

    private static void resource(Exchange x, String name, String type) throws IOException {
        try (InputStream in = Endpoints.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                json(x, 404, Api.error("not found: " + name));
                return;
            }
            send(x, 200, type, in.readAllBytes());
        }
    }

    private static void json(Exchange x, int status, JsonElement body) throws IOException {
        send(x, status, "application/json; charset=utf-8", GSON.toJson(body).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(Exchange x, int status, String type, byte[] bytes) throws IOException {
        send(x, status, type, bytes, new java.util.LinkedHashMap<>());
    }

    /** A file to save: 200 with its name (a scenario's id, so letters, digits, '.', '_' and '-'). */
    private static void download(Exchange x, String type, String file, byte[] bytes) throws IOException {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Content-Disposition", "attachment; filename=\"" + file + "\"");
        send(x, 200, type, bytes, headers);
    }

    private static void send(Exchange x, int status, String type, byte[] bytes, Map<String, String> headers)
            throws IOException {
        headers.put("Content-Type", type);
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", "no-store");
        x.send(status, headers, bytes);
    }

    private static Map<String, String> query(Exchange x) {
        String q = x.rawQuery();
        Map<String, String> out = new java.util.HashMap<>();
        if (q != null) {
            for (String part : q.split("&")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    out.put(
                            java.net.URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
