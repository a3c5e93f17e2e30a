package nl.ppsim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture as rules on the compiled classes (docs/architecture.md): the packages form
 * layers, each using only those below it, without cycles; the numerical core (distributions,
 * model, scenario values, engine, statistics, analyses, checks) does no file I/O and no
 * presentation: reading scenarios, schemes and workbooks is the {@code io} room's, which only the
 * report, the web app and the command line use.
 */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void read() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.ppsim");
    }

    @Test
    void packagesAreLayersThatOnlyLookDown() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("dist")
                .definedBy("nl.ppsim.dist..")
                .layer("stats")
                .definedBy("nl.ppsim.stats..")
                .layer("parallel")
                .definedBy("nl.ppsim.parallel..")
                .layer("model")
                .definedBy("nl.ppsim.model..")
                .layer("scenario")
                .definedBy("nl.ppsim.scenario..")
                .layer("engine")
                .definedBy("nl.ppsim.engine..")
                .layer("io")
                .definedBy("nl.ppsim.io..")
                .layer("bench")
                .definedBy("nl.ppsim.bench..")
                .layer("analysis")
                .definedBy("nl.ppsim.analysis..")
                .layer("check")
                .definedBy("nl.ppsim.check..")
                .layer("report")
                .definedBy("nl.ppsim.report..")
                .layer("portfolio")
                .definedBy("nl.ppsim.portfolio..")
                .layer("web")
                .definedBy("nl.ppsim.web..")
                .layer("store")
                .definedBy("nl.ppsim.store..")
                .layer("server")
                .definedBy("nl.ppsim.server..")
                .layer("cli")
                .definedBy("nl.ppsim.cli..")
                .optionalLayer("spark")
                .definedBy("nl.ppsim.spark..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("spark")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("portfolio")
                .mayOnlyBeAccessedByLayers("cli", "spark")
                .whereLayer("server")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("store")
                .mayOnlyBeAccessedByLayers("server", "cli")
                .whereLayer("web")
                .mayOnlyBeAccessedByLayers("server", "cli")
                .whereLayer("report")
                .mayOnlyBeAccessedByLayers("web", "server", "cli", "portfolio", "spark")
                .whereLayer("check")
                .mayOnlyBeAccessedByLayers("report", "web", "server", "cli", "portfolio", "spark")
                .whereLayer("io")
                .mayOnlyBeAccessedByLayers("report", "web", "server", "cli", "portfolio", "spark")
                .whereLayer("bench")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("analysis")
                .mayOnlyBeAccessedByLayers("check", "report", "web", "server", "cli", "portfolio", "spark")
                .whereLayer("engine")
                .mayOnlyBeAccessedByLayers(
                        "bench", "analysis", "check", "report", "web", "server", "cli", "portfolio", "spark")
                .whereLayer("scenario")
                .mayOnlyBeAccessedByLayers(
                        "io",
                        "engine",
                        "bench",
                        "analysis",
                        "check",
                        "report",
                        "web",
                        "server",
                        "cli",
                        "portfolio",
                        "spark")
                .whereLayer("model")
                .mayOnlyBeAccessedByLayers(
                        "scenario",
                        "io",
                        "engine",
                        "bench",
                        "analysis",
                        "check",
                        "report",
                        "web",
                        "server",
                        "cli",
                        "portfolio",
                        "spark")
                .whereLayer("stats")
                .mayOnlyBeAccessedByLayers(
                        "engine", "analysis", "check", "report", "web", "server", "cli", "portfolio", "spark")
                .whereLayer("parallel")
                .mayOnlyBeAccessedByLayers(
                        "engine", "bench", "analysis", "check", "report", "web", "server", "cli", "portfolio", "spark")
                .check(classes);
    }

    /**
     * The engine is a facade ({@code nl.ppsim.engine}) over its kernel: nothing else reaches into
     * the kernel, so what a run does can change there without touching its users.
     */
    @Test
    void onlyTheEngineFacadeUsesTheKernel() {
        noClasses()
                .that()
                .resideOutsideOfPackages("nl.ppsim.engine", "nl.ppsim.engine.kernel")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("nl.ppsim.engine.kernel")
                .check(classes);
    }

    /** Inside a room too: the engine's facade, settings, results and kernel (and every other package) have no cycles. */
    @Test
    void noCyclesBetweenAnyPackages() {
        slices().matching("nl.ppsim.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("nl.ppsim.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theCoreDoesNoFileIoAndNoPresentation() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "nl.ppsim.dist..",
                        "nl.ppsim.stats..",
                        "nl.ppsim.model..",
                        "nl.ppsim.scenario..",
                        "nl.ppsim.engine..",
                        "nl.ppsim.parallel..",
                        "nl.ppsim.bench..",
                        "nl.ppsim.analysis..",
                        "nl.ppsim.check..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.nio.file..",
                        "java.awt..",
                        "javax.imageio..",
                        "org.jfree..",
                        "org.apache.batik..",
                        "com.opencsv..",
                        "picocli..",
                        "org.yaml..",
                        "java.sql..",
                        "io.javalin..",
                        "org.eclipse.jetty..",
                        "org.jdbi..",
                        "org.flywaydb..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.File")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileInputStream")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.PrintWriter")
                .check(classes);
    }
}
