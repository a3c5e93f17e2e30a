package nl.ppsim.web;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
 * {@code ppsim serve}: a local web server (the JDK's HttpServer: no dependency, starts in about
 * 0.15 s) that carries the {@link Endpoints} for one person.
 *
 * <p>Safety: it listens on 127.0.0.1 only; a request whose Host is not the server's own, or whose
 * Origin is another site's, gets 403 (no other page can drive it, DNS rebinding included); the
 * endpoints' own limits apply (a body of at most 1 MB, {@value Endpoints#SIMULATIONS} simulations at
 * once). A bad scenario gets a 400 with the same message as the command line, and the server keeps
 * running.
 */
public final class WebServer implements AutoCloseable {
    /**
     * Most threads that read requests and answer them (made when needed, gone after 30 s idle; simulations
     * are further limited to {@link Endpoints#SIMULATIONS}). A client that sends its request slowly holds one for
     * at most {@link #MAX_REQUEST_SECONDS}: only more slow clients than this at once can make others wait.
     */
    static final int WORKERS = 256;
    /** Longest a client may take to send a request's headers and body. */
    static final int MAX_REQUEST_SECONDS = 10;
    /** Longest a client may take to receive an answer (a long simulation has its own limit). */
    static final int MAX_RESPONSE_SECONDS = 120;
    /** Largest request body (see {@link Endpoints#MAX_BODY}). */
    static final int MAX_BODY = Endpoints.MAX_BODY;
    /** Most iterations one request may ask for (see {@link Endpoints#MAX_ITERATIONS}). */
    static final int MAX_ITERATIONS = Endpoints.MAX_ITERATIONS;
    /** Iterations of a preview (see {@link Endpoints#QUICK_ITERATIONS}). */
    public static final int QUICK_ITERATIONS = Endpoints.QUICK_ITERATIONS;
    /** Draws of the page's "why" (see {@link Endpoints#WHY_ITERATIONS}). */
    public static final int WHY_ITERATIONS = Endpoints.WHY_ITERATIONS;

    private final HttpServer server;
    private final Endpoints endpoints;

    private WebServer(HttpServer server, Path dir) {
        this.server = server;
        this.endpoints = new Endpoints(dir);
    }

    /**
     * Starts a server on 127.0.0.1 at {@code port} (0: any free port) serving the scenarios of
     * {@code dir}; it runs until {@link #close}.
     */
    public static WebServer start(int port, Path dir) throws IOException {
        limitSlowClients();
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        WebServer w = new WebServer(http, dir.toAbsolutePath().normalize());
        http.createContext("/", w::handle);
        java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(
                WORKERS, WORKERS, 30, TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "ppsim-web");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        http.setExecutor(pool);
        http.start();
        return w;
    }

    /**
     * The JDK server's own limits on one request: its headers and body must arrive within
     * {@value #MAX_REQUEST_SECONDS} s and its answer be taken within {@value #MAX_RESPONSE_SECONDS} s,
     * else the connection is closed. Without them a client that sends a header line every few
     * seconds holds a worker as long as it likes. Read once, when the first server starts; a value
     * set on the command line (-Dsun.net.httpserver.maxReqTime=...) is kept.
     */
    private static void limitSlowClients() {
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(MAX_REQUEST_SECONDS));
        }
        if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
            System.setProperty("sun.net.httpserver.maxRspTime", Integer.toString(MAX_RESPONSE_SECONDS));
        }
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The address to open in a browser. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
        endpoints.close();
    }

    private void handle(HttpExchange x) throws IOException {
        try {
            if (!sameOrigin(x)) {
                json(
                        x,
                        403,
                        Api.error("forbidden: only pages of this server may call it (Host or Origin is another site)"));
            } else {
                endpoints.route(new JdkExchange(x));
            }
        } catch (IOException e) {
            // the client went away or was too slow (the connection is closed below)
        } catch (RuntimeException | StackOverflowError e) {
            String id = Long.toHexString(Double.doubleToLongBits(Math.random()) ^ System.nanoTime());
            System.err.println("ppsim serve: internal error " + id + " on " + x.getRequestMethod() + " "
                    + x.getRequestURI().getRawPath());
            e.printStackTrace();
            if (x.getResponseCode() == -1) {
                JsonObject o =
                        Api.error("internal error " + id + ": the server's log says more; the server keeps running");
                o.addProperty("id", id);
                try {
                    json(x, 500, o);
                } catch (IOException gone) {
                    // the client went away
                }
            }
        } finally {
            x.close();
        }
    }

    /** Host must be this server (127.0.0.1 or localhost at its port); an Origin, when sent, too. */
    private boolean sameOrigin(HttpExchange x) {
        String host = x.getRequestHeaders().getFirst("Host");
        List<String> own = List.of("127.0.0.1:" + port(), "localhost:" + port());
        if (host == null || !own.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String origin = x.getRequestHeaders().getFirst("Origin");
        return origin == null || own.stream().anyMatch(h -> origin.equalsIgnoreCase("http://" + h));
    }

    private static void json(HttpExchange x, int status, JsonElement body) throws IOException {
        byte[] bytes = new Gson().toJson(body).getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        x.getResponseHeaders().set("Cache-Control", "no-store");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The JDK's exchange as the endpoints see it. */
    private static final class JdkExchange implements Exchange {
        private final HttpExchange x;
        private boolean sent;

        JdkExchange(HttpExchange x) {
            this.x = x;
        }

        @Override
        public String method() {
            return x.getRequestMethod();
        }

        @Override
        public String path() {
            return x.getRequestURI().getPath();
        }

        @Override
        public String rawQuery() {
            return x.getRequestURI().getRawQuery();
        }

        @Override
        public String header(String name) {
            return x.getRequestHeaders().getFirst(name);
        }

        @Override
        public InputStream body() {
            return x.getRequestBody();
        }

        @Override
        public void send(int status, Map<String, String> headers, byte[] body) throws IOException {
            headers.forEach((k, v) -> x.getResponseHeaders().set(k, v));
            sent = true;
            x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }

        @Override
        public boolean sent() {
            return sent;
        }
    }
}
