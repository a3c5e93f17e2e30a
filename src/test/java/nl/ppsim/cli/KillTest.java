package nl.ppsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.ppsim.report.ReportFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ppsim process killed with SIGKILL at any moment (kill -9, a laptop lid, an out-of-memory
 * killer) leaves the previous report or the new one, whole, and every leftover is cleaned up by the
 * next run. The kill points are spread evenly over a full run's duration, measured first, so they
 * fall in reading, simulating, drawing charts, writing and swapping folders.
 */
class KillTest {

    private static final int KILL_POINTS = 14;

    private static Process start(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("process.log").toFile())
                .start();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static long seedOf(Path report) throws IOException {
        ReportFolder.check(report, List.of());
        com.google.gson.JsonObject m = com.google.gson.JsonParser.parseString(
                        Files.readString(report.resolve(ReportFolder.MANIFEST)))
                .getAsJsonObject();
        return m.get("seed").getAsLong();
    }

    @Test
    void aKilledRunLeavesTheOldOrTheNewReportAndTheNextRunCleansUp(@TempDir Path dir) throws Exception {
        Path scenario = Files.writeString(dir.resolve("s.yaml"), Files.readString(Path.of("scenarios/voorbeeld.yaml")));
        Path work = Files.createDirectories(dir.resolve("werk"));
        Path report = work.resolve("r");
        String[] run = {"run", scenario.toString(), "--out", report.toString(), "--iterations", "4000"};
        long t0 = System.nanoTime();
        Process full = start(dir, concat(run, "--seed", "1"));
        assertTrue(full.waitFor(120, TimeUnit.SECONDS), "a full run ends");
        assertEquals(0, full.exitValue(), Files.readString(dir.resolve("process.log")));
        long duration = System.nanoTime() - t0;
        long previous = seedOf(report);
        int missing = 0;
        for (int k = 0; k < KILL_POINTS; k++) {
            long seed = 100 + k;
            Process p = start(dir, concat(run, "--seed", Long.toString(seed)));
            TimeUnit.NANOSECONDS.sleep(duration * (k + 1) / (KILL_POINTS + 1));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            if (!Files.exists(report)) {
                missing++; // killed between the two renames of the swap: the old report is aside; the next run moves it
                // back
                List<String> aside = names(work).stream()
                        .filter(n -> n.startsWith(".r.old-"))
                        .toList();
                assertEquals(1, aside.size(), names(work).toString());
                assertEquals(previous, seedOf(work.resolve(aside.get(0))));
                Files.move(work.resolve(aside.get(0)), report);
            }
            long found = seedOf(report);
            assertTrue(
                    found == previous || found == seed,
                    "kill point " + k + ": the old report (seed " + previous + ") or the new one (seed " + seed
                            + "), whole; found seed " + found);
            previous = found;
        }
        Process last = start(dir, concat(run, "--seed", "2"));
        assertTrue(last.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue(), Files.readString(dir.resolve("process.log")));
        assertEquals(2, seedOf(report));
        assertEquals(
                List.of("r"),
                names(work),
                "no temporary folder, old folder or lock file left (" + missing + " kills in the swap)");
    }

    @Test
    void aKilledTemplateLeavesNoHalfWorkbookThatBlocksARetry(@TempDir Path dir) throws Exception {
        Path book = dir.resolve("plan.xlsx");
        long t0 = System.nanoTime();
        Process full = start(dir, "template", "--xlsx", book.toString());
        assertTrue(full.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, full.exitValue(), Files.readString(dir.resolve("process.log")));
        long duration = System.nanoTime() - t0;
        String id = nl.ppsim.io.WorkbookReader.read(book).id();
        int whole = 0;
        for (int k = 0; k < 6; k++) {
            Files.deleteIfExists(book);
            Process p = start(dir, "template", "--xlsx", book.toString());
            TimeUnit.NANOSECONDS.sleep(duration * (k + 2) / 8);
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            // a workbook's bytes differ from run to run (its time stamps), so "whole" is: it reads as the scenario
            assertTrue(
                    !Files.exists(book)
                            || nl.ppsim.io.WorkbookReader.read(book).id().equals(id),
                    "no half workbook at kill point " + k);
            whole += Files.exists(book) ? 1 : 0;
        }
        Files.deleteIfExists(book);
        Process retry = start(dir, "template", "--xlsx", book.toString());
        assertTrue(retry.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, retry.exitValue(), Files.readString(dir.resolve("process.log")));
        assertEquals(id, nl.ppsim.io.WorkbookReader.read(book).id());
        assertEquals(
                List.of("plan.xlsx", "process.log"),
                names(dir),
                "no temporary file left (" + whole + " of 6 kills came after the file)");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
