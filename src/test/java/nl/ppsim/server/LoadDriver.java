package nl.ppsim.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The shared server under load (docs/web.md, "Onder last"): {@code USERS} people at once, each
 * signed in to a workspace of their own, editing and simulating as the page does: a preview
 * ({@code /api/simulate?preview=1}) after each edit and, every fifth edit, a save of a version.
 * Prints the median and 99th percentile of both, the error rate and the number of requests. Not a
 * test (no timings are asserted anywhere); run it against a server started by hand:
 *
 * <pre>
 * java -jar target/ppsim.jar serve --shared --open-signup --data /tmp/load --port 8800 &amp;
 * mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.ppsim.server.LoadDriver \
 *     -Dexec.args="http://127.0.0.1:8800 20 10000"
 * </pre>
 */
public final class LoadDriver {
    private LoadDriver() {}

    /** Runs the load: base URL, users, total requests. */
    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8800";
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int total = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
        String plan = Files.readString(Path.of("scenarios/voorbeeld.yaml"));
        ConcurrentLinkedQueue<Long> previews = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> saves = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        String run = Long.toHexString(System.nanoTime());
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int who = u;
            Thread t = new Thread(() -> {
                try {
                    Browser b = new Browser(port);
                    String email = "load" + who + "-" + run + "@example.nl";
                    if (b.signUp(email, "Gebruiker " + who, "geheim-load-" + who)
                                    .status()
                            != 201) {
                        throw new IllegalStateException("sign-up failed for " + email);
                    }
                    long w = b.post("/api/workspaces", Browser.json("name", "Load " + who))
                            .json()
                            .get("id")
                            .getAsLong();
                    Browser.Answer created =
                            b.post("/api/workspaces/" + w + "/plans", Browser.json("name", "plan", "yaml", plan));
                    long p = created.json().get("plan").getAsLong();
                    int head = 1;
                    for (int i = 0; requests.incrementAndGet() <= total; i++) {
                        String edited =
                                plan.replace("cash_per_year: 60000", "cash_per_year: " + (50000 + 1000 * (i % 20)));
                        long t0 = System.nanoTime();
                        Browser.Answer a;
                        boolean save = i % 5 == 4;
                        if (save) {
                            a = b.post("/api/plans/" + p + "/versions", Browser.json("base", head, "yaml", edited));
                            if (a.status() == 201) {
                                head = a.json().get("version").getAsInt();
                            }
                        } else {
                            a = b.post("/api/simulate?preview=1", edited);
                        }
                        long ms = (System.nanoTime() - t0) / 1_000_000;
                        (save ? saves : previews).add(ms);
                        if (a.status() / 100 != 2) {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 5) {
                                firstErrors.add(a.status() + " " + a.body());
                            }
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    firstErrors.add(e.toString());
                }
            });
            t.start();
            threads.add(t);
        }
        long start = System.nanoTime();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int done = previews.size() + saves.size();
        System.out.printf(
                "%d users, %d requests in %.1f s (%.0f/s); errors %d (%.2f%%)%n",
                users, done, seconds, done / seconds, errors.get(), 100.0 * errors.get() / Math.max(1, done));
        System.out.println("preview (quick recompute): " + quantiles(previews));
        System.out.println("save of a version:         " + quantiles(saves));
        firstErrors.forEach(e -> System.out.println("error: " + e));
    }

    private static String quantiles(ConcurrentLinkedQueue<Long> ms) {
        long[] x = ms.stream().mapToLong(Long::longValue).sorted().toArray();
        if (x.length == 0) {
            return "none";
        }
        return "n " + x.length + ", p50 " + x[x.length / 2] + " ms, p99 "
                + x[(int) Math.min(x.length - 1, Math.ceil(0.99 * x.length) - 1)] + " ms, max " + x[x.length - 1]
                + " ms" + (Arrays.stream(x).anyMatch(v -> v < 0) ? " (clock?)" : "");
    }
}
