package nl.ppsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The promise "same scenario, same seed, same numbers" across versions: the CSVs of two shipped
 * scenarios are compared byte for byte with the ones in {@code src/test/resources/golden/}, for one
 * and for three threads. A change that is meant to change numbers regenerates them with
 * {@code mvn -B test -Dtest=GoldenTest -Dppsim.golden=update} and says why in its commit; any other
 * difference is a regression.
 */
class GoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @CsvSource({"voorbeeld, 4000", "techniek-mbo, 4000"})
    void csvFilesAreByteIdenticalToTheGoldenOnes(String scenario, int iterations, @TempDir Path dir)
            throws IOException {
        Path expected = GOLDEN.resolve(scenario);
        boolean update = "update".equals(System.getProperty("ppsim.golden"));
        for (String threads : new String[] {"1", "3"}) {
            Path out = dir.resolve("t" + threads);
            CliTest.Outcome o = CliTest.exec(
                    "run",
                    "scenarios/" + scenario + ".yaml",
                    "--iterations",
                    Integer.toString(iterations),
                    "--threads",
                    threads,
                    "--no-charts",
                    "--out",
                    out.toString());
            assertEquals(0, o.code(), o.err());
            List<Path> csvs = csvs(out);
            assertTrue(csvs.size() >= 4, "summary, yearly, models, one_off and sensitivity: " + csvs);
            if (update && threads.equals("1")) {
                Files.createDirectories(expected);
                for (Path f : csvs) {
                    Files.copy(
                            f,
                            expected.resolve(f.getFileName().toString()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            assertEquals(names(csvs(expected)), names(csvs), "the same files");
            for (Path f : csvs) {
                assertEquals(
                        Files.readString(expected.resolve(f.getFileName().toString())),
                        Files.readString(f),
                        scenario + "/" + f.getFileName() + " with " + threads
                                + " thread(s); if the change is meant to change numbers,"
                                + " regenerate with -Dppsim.golden=update and say why in the commit");
            }
        }
    }

    private static List<Path> csvs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }
}
