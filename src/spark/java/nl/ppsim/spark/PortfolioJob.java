package nl.ppsim.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.ppsim.io.ProblemText;
import nl.ppsim.portfolio.Portfolio;
import nl.ppsim.report.CsvFormat;
import nl.ppsim.report.Lang;
import nl.ppsim.report.ReportFolder;
import nl.ppsim.scenario.InvalidScenarioException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A portfolio of plans explored on Apache Spark (docs/explore.md): the same answers as
 * {@code ppsim explore FOLDER} on one machine, byte for byte. Each plan is one task, explored
 * from its own text at its own seed ({@link Portfolio#explore}): nothing depends on the partition
 * or the executor that runs it. The driver reads and checks the plans before any work and writes
 * the answer folder as the local command does (atomically, in a folder ppsim marks as its own).
 *
 * <pre>
 * spark-submit --class nl.ppsim.spark.PortfolioJob --master spark://host:7077 \
 *   --jars target/ppsim.jar target/ppsim-0.1.0-spark.jar plans/ --out reports/network
 * </pre>
 */
@Command(name = "PortfolioJob", mixinStandardHelpOptions = true, description = "ppsim explore FOLDER on Apache Spark")
public final class PortfolioJob implements Callable<Integer> {
    @Parameters(paramLabel = "FOLDER", description = "a folder with one scenario (.yaml) per plan, or one scenario")
    Path folder;

    @Option(names = "--out", paramLabel = "DIR", description = "the answer folder (default reports/<folder>-portfolio)")
    Path out;

    @Option(names = "--lang", paramLabel = "nl|en", description = "language of the answer (default nl)")
    String lang = "nl";

    @Option(names = "--csv", paramLabel = "rfc4180|excel-nl", description = "CSV format, as ppsim's --csv")
    String csvFormat = "rfc4180";

    @Option(names = "--iterations", paramLabel = "N", description = "first round's draws for every plan")
    Integer iterations;

    @Option(names = "--seed", paramLabel = "S", description = "seed for every plan (default: each plan's own)")
    Long seed;

    @Option(
            names = "--threads-per-task",
            paramLabel = "N",
            description = "threads one plan's exploration uses (default 1; match spark.task.cpus)")
    int threadsPerTask = 1;

    @Option(names = "--no-charts", description = "no trade-off charts")
    boolean noCharts;

    private final JavaSparkContext given;
    private final PrintWriter console;

    private PortfolioJob(JavaSparkContext given, PrintWriter console) {
        this.given = given;
        this.console = console;
    }

    /** spark-submit's entry: the master and resources come from spark-submit; exits with ppsim's codes. */
    public static void main(String[] args) {
        System.exit(run(args, null, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the job on {@code context} (null: a new one from spark-submit's settings, closed at the
     * end); returns ppsim's exit code (0, or 2 for bad input or a plan the exploration could not
     * answer).
     */
    public static int run(String[] args, JavaSparkContext context, PrintWriter out, PrintWriter err) {
        System.setProperty("java.awt.headless", "true");
        PortfolioJob job = new PortfolioJob(context, out);
        CommandLine cl = new CommandLine(job).setOut(out).setErr(err);
        cl.setExecutionExceptionHandler((e, c, p) -> {
            Lang l = "en".equals(job.lang) ? Lang.EN : Lang.NL;
            String error = l.t("Fout: ", "Error: ");
            if (e instanceof InvalidScenarioException x) {
                err.println(error + ProblemText.message(x, l == Lang.EN));
                return 2;
            }
            if (e instanceof ReportFolder.Refused r) {
                err.println(error + r.message(l));
                return 2;
            }
            throw e;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        Lang l;
        CsvFormat csv;
        try {
            l = Lang.of(lang);
            csv = CsvFormat.of(csvFormat);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "--lang is nl or en and --csv is rfc4180 or excel-nl: " + e.getMessage());
        }
        List<Portfolio.Plan> plans = Portfolio.read(folder);
        Portfolio.check(plans);
        Portfolio.Settings settings = new Portfolio.Settings(iterations == null ? 0 : iterations, seed, threadsPerTask);
        String version = PortfolioJob.class.getPackage().getImplementationVersion();
        var destination = Portfolio.destination(folder, out, plans, settings, version == null ? "dev" : version);
        JavaSparkContext sc = given != null ? given : new JavaSparkContext(new SparkConf().setAppName("ppsim portfolio"));
        try {
            long start = System.nanoTime();
            // one partition per plan: a plan is a task, explored at its own seed wherever it runs
            List<Portfolio.Explored> answers = sc.parallelize(plans, plans.size())
                    .map(p -> Portfolio.explore(p, settings))
                    .collect();
            double seconds = (System.nanoTime() - start) / 1e9;
            ReportFolder.write(destination, d -> Portfolio.write(plans, answers, l, csv, d, !noCharts));
            for (Portfolio.Explored a : answers) {
                if (a.problem() != null) {
                    console.println(a.id() + ": " + ProblemText.message(a.problem(), l == Lang.EN));
                }
            }
            console.println(Portfolio.done(answers, seconds, destination.folder(), l) + " (Spark)");
            return answers.stream().anyMatch(a -> a.problem() != null) ? 2 : 0;
        } finally {
            if (given == null) {
                sc.close();
            }
        }
    }
}
