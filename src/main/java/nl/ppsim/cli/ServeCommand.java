package nl.ppsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.ppsim.report.Lang;
import nl.ppsim.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ppsim serve}: the local web app and its JSON API, until Ctrl-C; with {@code --shared} the shared server (docs/server.md). */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", descriptionKey = "port")
    int port;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "scenarios", descriptionKey = "dir")
    Path dir;

    @Option(names = "--no-browser", descriptionKey = "no-browser")
    boolean noBrowser;

    @Option(names = "--shared", descriptionKey = "shared")
    boolean shared;

    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "data")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC-URL", descriptionKey = "db")
    String db;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", descriptionKey = "bind")
    String bind;

    @Option(names = "--public-url", paramLabel = "URL", descriptionKey = "public-url")
    String publicUrl;

    @Option(names = "--secure-cookies", descriptionKey = "secure-cookies")
    boolean secureCookies;

    @Option(names = "--open-signup", descriptionKey = "open-signup")
    boolean openSignup;

    @Option(names = "--restore", paramLabel = "BACKUP.zip", descriptionKey = "restore")
    Path restore;

    @Mixin
    LangOption language;

    /**
     * Opens {@code url} in the user's browser when there is one: the system's opener (the wrapper
     * runs Java headless, so AWT's Desktop cannot), xdg-open only with a display. False when none.
     */
    static boolean openBrowser(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> command;
        if (os.contains("mac")) {
            command = java.util.List.of("open", url);
        } else if (os.contains("win")) {
            command = java.util.List.of("rundll32", "url.dll,FileProtocolHandler", url);
        } else if (System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null) {
            command = java.util.List.of("xdg-open", url);
        } else {
            return false;
        }
        try {
            new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Lang l = language.lang;
        if (port < 0 || port > 65535) {
            throw new UserException(
                    "--port ligt tussen 0 en 65535 (0: een vrije poort), kreeg " + port,
                    "--port lies between 0 and 65535 (0: any free port), got " + port);
        }
        if (shared) {
            return shared(l);
        }
        if (data != null
                || db != null
                || publicUrl != null
                || secureCookies
                || openSignup
                || restore != null
                || !bind.equals("127.0.0.1")) {
            throw new UserException(
                    "--data, --db, --bind, --public-url, --secure-cookies, --open-signup en --restore horen bij --shared",
                    "--data, --db, --bind, --public-url, --secure-cookies, --open-signup and --restore go with --shared");
        }
        // (the shared server offers the examples when there are any: a service may run from anywhere)
        if (!Files.isDirectory(dir)) {
            throw new UserException(
                    "--dir " + dir + " is geen map met scenario's", "--dir " + dir + " is not a folder of scenarios");
        }
        WebServer server;
        try {
            server = WebServer.start(port, dir);
        } catch (java.net.BindException e) {
            throw new UserException(
                    "poort " + port + " is al in gebruik; kies een andere met --port (0: een vrije)",
                    "port " + port + " is already in use; choose another with --port (0: any free port)");
        }
        PrintWriter out = spec.commandLine().getOut();
        String url = server.uri() + (l == Lang.EN ? "?lang=en" : "");
        out.println(l.t("ppsim draait op ", "ppsim runs at ")
                + url
                + l.t(" (alleen op deze computer; stoppen: Ctrl-C)", " (on this computer only; stop: Ctrl-C)"));
        out.flush();
        if (!noBrowser && !openBrowser(url)) {
            out.println(l.t("Open de pagina zelf in uw browser.", "Open the page in your browser yourself."));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Thread.currentThread().join();
        return ExitCodes.OK;
    }

    /** The folder of the embedded database when neither {@code --data} nor {@code --db} says otherwise. */
    static Path defaultData() {
        return Path.of(System.getProperty("user.home"), ".ppsim", "server");
    }

    /**
     * {@code ppsim serve --shared}: the shared server on the embedded database in {@code --data}
     * (default {@code ~/.ppsim/server}) or on PostgreSQL at {@code --db}, with the user name and
     * password from the environment ({@code PPSIM_DB_USER}, {@code PPSIM_DB_PASSWORD}: a password on
     * the command line would show in every process list).
     */
    private Integer shared(Lang l) throws InterruptedException {
        if (publicUrl != null && !publicUrl.matches("https?://[^/\\s]+")) {
            throw new UserException(
                    "--public-url is het adres zonder pad, zoals https://ppsim.voorbeeld.nl, kreeg " + publicUrl,
                    "--public-url is the address without a path, such as https://ppsim.example.org, got " + publicUrl);
        }
        if (restore != null && db != null) {
            throw new UserException(
                    "--restore is voor de ingebouwde database; PostgreSQL herstelt u met pg_restore (docs/server.md)",
                    "--restore is for the embedded database; restore PostgreSQL with pg_restore (docs/server.md)");
        }
        if (db != null && data != null) {
            throw new UserException("kies --data of --db, niet allebei", "choose --data or --db, not both");
        }
        nl.ppsim.store.Database database;
        String where;
        try {
            if (db != null) {
                if (!db.startsWith("jdbc:postgresql:") && !db.startsWith("jdbc:h2:")) {
                    throw new UserException(
                            "--db is een JDBC-adres van PostgreSQL, zoals jdbc:postgresql://localhost:5432/ppsim",
                            "--db is a PostgreSQL JDBC URL, such as jdbc:postgresql://localhost:5432/ppsim");
                }
                database = nl.ppsim.store.Database.at(
                        db,
                        System.getenv().getOrDefault("PPSIM_DB_USER", ""),
                        System.getenv().getOrDefault("PPSIM_DB_PASSWORD", ""));
                where = db.replaceAll("(?i)password=[^&;]*", "password=***");
            } else {
                Path dir = data != null ? data : defaultData();
                if (restore != null) {
                    if (data == null) {
                        throw new UserException(
                                "--restore maakt een nieuwe datamap: geef die met --data",
                                "--restore makes a new data folder: name it with --data");
                    }
                    if (!Files.isRegularFile(restore)) {
                        throw new UserException(
                                "--restore " + restore + ": bestand niet gevonden",
                                "--restore " + restore + ": no such file");
                    }
                    nl.ppsim.store.Database.restore(restore, dir);
                }
                database = nl.ppsim.store.Database.embedded(dir);
                where = dir.toAbsolutePath().toString();
            }
        } catch (nl.ppsim.store.Database.NotOurs e) {
            throw new UserException(
                    "--data " + e.getMessage() + " bevat al andere bestanden; kies een nieuwe of lege map",
                    "--data " + e.getMessage() + " already holds other files; choose a new or empty folder");
        } catch (IOException e) {
            throw new UserException(
                    "kan de datamap niet maken: " + e.getMessage(), "cannot make the data folder: " + e.getMessage());
        } catch (UserException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UserException(
                    "de database opent niet: " + rootMessage(e), "the database does not open: " + rootMessage(e));
        }
        nl.ppsim.server.SharedServer server;
        try {
            server = nl.ppsim.server.SharedServer.start(
                    database,
                    new nl.ppsim.server.SharedServer.Options(bind, port, publicUrl, secureCookies, dir, openSignup));
        } catch (RuntimeException e) {
            database.close();
            throw new UserException(
                    "de server start niet op " + bind + ":" + port + ": " + rootMessage(e),
                    "the server does not start on " + bind + ":" + port + ": " + rootMessage(e));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(l.t("ppsim (gedeeld) draait op ", "ppsim (shared) runs at ")
                + (publicUrl != null ? publicUrl : "http://" + bind + ":" + server.port())
                + "/" + l.t("; plannen in ", "; plans in ") + where + l.t(" (stoppen: Ctrl-C)", " (stop: Ctrl-C)"));
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            database.close();
        }));
        Thread.currentThread().join();
        return ExitCodes.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
