package nl.ppsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ppsim.engine.SimulationResult;

/** Writes a complete report folder (CSV, and charts and HTML unless switched off) atomically. */
public final class Report {

    /** What to write and in which language and CSV dialect. */
    public record Options(Lang lang, CsvFormat csv, boolean charts) {
    }

    /**
     * Extra content from other commands: HTML sections (e.g. the review checks), files to add, and
     * the "why" analysis when the command made one (written as sensitivity.csv and, unless a
     * section "waarom" is given, as the report's "Waarom" section). The report only writes; the
     * command runs the analyses.
     */
    public record Extras(List<HtmlReport.Section> sections, Writer files, nl.ppsim.analysis.Sensitivity.Result why,
                         List<nl.ppsim.check.Check> checks) {
        /** No extra content. */
        public static final Extras NONE = new Extras(List.of(), folder -> { }, null, List.of());

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
            return new Extras(List.of(), folder -> { }, why, List.of());
        }

        /** The same extras with the review's checks (a sheet of report.xlsx). */
        public Extras withChecks(List<nl.ppsim.check.Check> checks) {
            return new Extras(sections, files, why, checks);
        }
    }

    /** Writes additional files into the report folder. */
    @FunctionalInterface
    public interface Writer {
        /** Writes the files into {@code folder}. */
        void write(Path folder) throws IOException;
    }

    private Report() {
    }

    /** Renders the charts on all cores (each chart is an independent object); keeps their order. */
    static List<HtmlReport.Figure> renderAll(List<Charts.Chart> charts, Path dir) throws IOException {
        Charts.prepareFonts();
        try {
            return charts.parallelStream().map(c -> {
                try {
                    return new HtmlReport.Figure(c.caption(), c.name(), ChartWriter.write(c, dir));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes the report with no extra content. */
    public static void write(SimulationResult result, ReportFolder.Destination destination, Options options) throws IOException {
        write(result, destination, options, Extras.NONE);
    }

    /** Writes the report into {@code destination} (see {@link ReportFolder} for where ppsim may write). */
    public static void write(SimulationResult result, ReportFolder.Destination destination, Options options, Extras extras)
            throws IOException {
        ReportFolder.write(destination, dir -> {
            CsvReport.write(result, dir, options.csv());
            XlsxReport.write(result, dir, options.lang(), extras.checks());
            List<HtmlReport.Section> sections = new ArrayList<>(extras.sections());
            nl.ppsim.analysis.Sensitivity.Result why = extras.why();
            if (why != null) {
                SensitivityReport.writeCsv(why, dir, options.csv());
            }
            extras.files().write(dir);
            if (options.charts()) {
                if (why != null && extras.sections().stream().noneMatch(sec -> sec.id().equals("waarom"))) {
                    sections.add(SensitivityReport.section(why, options.lang(), null));
                }
                List<Charts.Chart> charts = Charts.all(result, options.lang());
                List<HtmlReport.Figure> figures = renderAll(charts, dir);
                Files.writeString(dir.resolve("report.html"),
                        HtmlReport.render(result, options.lang(), figures, sections), StandardCharsets.UTF_8);
            }
        });
    }
}
