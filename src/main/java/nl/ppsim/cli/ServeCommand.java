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

/** {@code ppsim serve}: the local web app and its JSON API, until Ctrl-C. */
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
}
