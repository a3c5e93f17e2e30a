package nl.ppsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ppsim.engine.result.SimulationResult;

/** Writes a complete report folder (CSV, and charts and HTML unless switched off) atomically. */
public final class Report {

    /** What to write and in which language and CSV dialect. */
    public record Options(Lang lang, CsvFormat csv, boolean charts) {}

    /**
     * Extra content from other commands: HTML sections (e.g. the review checks), files to add, and
     * the "why" analysis when the command made one (written as sensitivity.csv and as the report's
     * "Waarom" section, with its tornado chart when it has a tornado). The report only writes; the
     * command runs the analyses.
     */
    public record Extras(
            List<HtmlReport.Section> sections,
            Writer files,
            nl.ppsim.analysis.Sensitivity.Result why,
            List<nl.ppsim.check.Check> checks) {
        /** No extra content. */
        public static final Extras NONE = new Extras(List.of(), folder -> {}, null, List.of());

        /** Copies the checks. */
        public Extras {
            checks = List.copyOf(checks);
        }

        /** Sections and files, without a "why" analysis. */
        public Extras(List<HtmlReport.Section> sections, Writer files) {
            this(sections, files, null, List.of());
        }

        /** Sections, files and the "why" analysis. */
        public Extras(List<HtmlReport.Section> sections, Writer files, nl.ppsim.analysis.Sensitivity.Result why) {
            this(sections, files, why, List.of());
        }

        /** Only the "why" analysis. */
        public static Extras why(nl.ppsim.analysis.Sensitivity.Result why) {
            return new Extras(List.of(), folder -> {}, why, List.of());
        }

        /** The same extras with the review's checks (a sheet of report.xlsx). */
        public Extras withChecks(List<nl.ppsim.check.Check> checks) {
            return new Extras(sections, files, why, checks);
        }
    }

    /** Makes a report's extras (a review, a tornado chart) while its charts render. */
    @FunctionalInterface
    public interface ExtrasMaker {
        /** The extras. */
        Extras make() throws IOException;
    }

    /** Writes additional files into the report folder. */
    @FunctionalInterface
    public interface Writer {
        /** Writes the files into {@code folder}. */
        void write(Path folder) throws IOException;
    }

    /** The inputs a report's tornado chart shows. */
    static final int TORNADO_BARS = 15;

    private Report() {}

    /**
     * Starts rendering the charts on all cores (each chart is an independent object), in the
     * background so that the tables are written meanwhile; {@link Rendering#figures} waits for them,
     * in the charts' order.
     */
    static Rendering render(SimulationResult result, Lang lang, Path dir) {
        Charts.prepareFonts();
        int threads = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ppsim-charts");
            t.setDaemon(true);
            return t;
        });
        List<java.util.concurrent.Future<HtmlReport.Figure>> figures = new ArrayList<>();
        for (Charts.Chart c : Charts.all(result, lang)) {
            figures.add(pool.submit(() -> new HtmlReport.Figure(c.caption(), c.name(), ChartWriter.write(c, dir))));
        }
        pool.shutdown();
        return new Rendering(pool, figures);
    }

    /** Charts being rendered. */
    record Rendering(
            java.util.concurrent.ExecutorService pool, List<java.util.concurrent.Future<HtmlReport.Figure>> futures) {
        /** Stops the rendering after a failure elsewhere, and waits until no chart is being written into the folder. */
        void abandon() {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The figures, once all are written. */
        List<HtmlReport.Figure> figures() throws IOException {
            List<HtmlReport.Figure> out = new ArrayList<>();
            try {
                for (java.util.concurrent.Future<HtmlReport.Figure> f : futures) {
                    out.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while rendering the charts");
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IOException(e.getCause());
            }
            return out;
        }
    }

    /** Writes the report with no extra content. */
    public static void write(SimulationResult result, ReportFolder.Destination destination, Options options)
            throws IOException {
        write(result, destination, options, Extras.NONE);
    }

    /** Writes the report into {@code destination} (see {@link ReportFolder} for where ppsim may write). */
    public static void write(
            SimulationResult result, ReportFolder.Destination destination, Options options, Extras extras)
            throws IOException {
        write(result, destination, options, () -> extras);
    }

    /**
     * Writes the report, with extras that the command is still to make (a review after its
     * tornado): the charts, which need only the result, render in the background meanwhile.
     */
    public static void write(
            SimulationResult result, ReportFolder.Destination destination, Options options, ExtrasMaker extras)
            throws IOException {
        ReportFolder.write(destination, dir -> {
            // the charts render in the background while the extras are made and the tables written
            Rendering charts = options.charts() ? render(result, options.lang(), dir) : null;
            try {
                tables(result, dir, options, extras.make(), charts);
            } catch (IOException | RuntimeException e) {
                if (charts != null) {
                    charts.abandon();
                }
                throw e;
            }
        });
    }

    /** The tables, the extras and, once the charts are ready, the HTML. */
    private static void tables(SimulationResult result, Path dir, Options options, Extras extras, Rendering charts)
            throws IOException {
        CsvReport.write(result, dir, options.csv(), options.lang());
        List<HtmlReport.Section> sections = new ArrayList<>(extras.sections());
        nl.ppsim.analysis.Sensitivity.Result why = extras.why();
        if (why != null) {
            SensitivityReport.writeCsv(why, dir, options.csv());
        }
        extras.files().write(dir);
        if (charts == null) {
            XlsxReport.write(result, dir, options.lang(), extras.checks(), List.of());
        } else {
            HtmlReport.Figure tornadoFigure = null;
            if (why != null) {
                byte[] png = null;
                if (why.tornado() != null && !why.tornado().bars().isEmpty()) {
                    // drawn once as PNG, for the section, the workbook and its file, and once as SVG
                    Charts.Chart tornado =
                            Charts.tornado(why.tornado(), result.scenario(), options.lang(), TORNADO_BARS);
                    png = ChartWriter.png(tornado);
                    ChartWriter.write(tornado, png, dir);
                    tornadoFigure = new HtmlReport.Figure(tornado.caption(), tornado.name(), png);
                }
                sections.addAll(SensitivityReport.sections(why, options.lang(), png));
            }
            List<HtmlReport.Figure> figures = charts.figures();
            List<HtmlReport.Figure> inWorkbook = new ArrayList<>(figures);
            if (tornadoFigure != null) {
                inWorkbook.add(tornadoFigure);
            }
            XlsxReport.write(result, dir, options.lang(), extras.checks(), inWorkbook);
            Files.writeString(
                    dir.resolve("report.html"),
                    HtmlReport.render(result, options.lang(), figures, sections),
                    StandardCharsets.UTF_8);
        }
    }
}
