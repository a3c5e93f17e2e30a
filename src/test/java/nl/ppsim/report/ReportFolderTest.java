package nl.ppsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report folder is replaced whole or not at all, only when it is ppsim's own, and leftovers of a
 * killed run are cleaned up without touching anything else.
 */
class ReportFolderTest {

    private static ReportFolder.Destination at(Path folder, Path... inputs) {
        return new ReportFolder.Destination(
                folder, List.of(inputs), new ReportFolder.Manifest("run", "test", "test.yaml", 7, 100, "dev"));
    }

    private static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesAnExistingReportWhole(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("r");
        ReportFolder.write(at(target), d -> {
            Files.writeString(d.resolve("a.csv"), "old");
            Files.writeString(d.resolve("stale.csv"), "old");
        });
        ReportFolder.write(at(target), d -> Files.writeString(d.resolve("a.csv"), "new"));
        assertEquals("new", Files.readString(target.resolve("a.csv")));
        assertFalse(Files.exists(target.resolve("stale.csv")));
        assertEquals(List.of("r"), names(dir));
        assertEquals(List.of("a.csv", ReportFolder.MANIFEST), names(target));
    }

    @Test
    void theManifestNamesTheRunAndItsFiles(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("r");
        ReportFolder.write(at(target), d -> {
            Files.writeString(d.resolve("b.csv"), "b");
            Files.writeString(d.resolve("a.csv"), "a");
        });
        String json = Files.readString(target.resolve(ReportFolder.MANIFEST));
        assertTrue(
                json.contains("\"seed\": 7")
                        && json.contains("\"scenario\": \"test\"")
                        && json.contains("\"command\": \"run\""),
                json);
        assertEquals(List.of("a.csv", "b.csv"), ReportFolder.manifestFiles(target.resolve(ReportFolder.MANIFEST)));
    }

    @Test
    void aFailingWriterLeavesTheOldReportIntact(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("r");
        ReportFolder.write(at(target), d -> Files.writeString(d.resolve("a.csv"), "old"));
        assertThrows(
                IOException.class,
                () -> ReportFolder.write(at(target), d -> {
                    Files.writeString(d.resolve("a.csv"), "half");
                    throw new IOException("disk full");
                }));
        assertEquals("old", Files.readString(target.resolve("a.csv")));
        assertEquals(List.of("r"), names(dir), "temp folder removed");
    }

    @Test
    void aUsersFileInAReportFolderIsNeverDeleted(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("r");
        ReportFolder.write(at(target), d -> Files.writeString(d.resolve("a.csv"), "old"));
        Files.writeString(target.resolve("notities.txt"), "mijn aantekeningen");
        ReportFolder.Refused e = assertThrows(
                ReportFolder.Refused.class,
                () -> ReportFolder.write(at(target), d -> Files.writeString(d.resolve("a.csv"), "new")));
        assertTrue(e.getMessage().contains("notities.txt"), e.getMessage());
        assertEquals("mijn aantekeningen", Files.readString(target.resolve("notities.txt")));
        assertEquals("old", Files.readString(target.resolve("a.csv")));
        assertEquals(List.of("r"), names(dir), "nothing written beside it");
    }

    @Test
    void refusesEverythingThatIsNotItsOwn(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        Path folder = Files.createDirectories(dir.resolve("foto's"));
        Files.writeString(folder.resolve("vakantie.jpg"), "x");
        Path scenario = Files.writeString(
                Files.createDirectories(dir.resolve("plannen")).resolve("s.yaml"), "x");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("elders"));
        for (Path p : List.of(
                file,
                folder,
                dir.resolve("plannen"),
                dir,
                link,
                Path.of("/"),
                Path.of(""),
                Path.of("."),
                Path.of(".."),
                Path.of(System.getProperty("user.home")),
                Path.of("/dev/null"))) {
            assertThrows(ReportFolder.Refused.class, () -> ReportFolder.check(p, List.of(scenario)), p.toString());
        }
        assertEquals("x", Files.readString(file));
        assertEquals("x", Files.readString(folder.resolve("vakantie.jpg")));
        assertEquals(List.of("foto's", "link", "notes.txt", "plannen"), names(dir));
    }

    @Test
    void anEmptyFolderMayBeUsedButReportNamesWithoutAValidManifestAreRefused(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("leeg"));
        ReportFolder.write(at(empty), d -> Files.writeString(d.resolve("summary.csv"), "metric,value\n"));
        assertTrue(Files.exists(empty.resolve(ReportFolder.MANIFEST)));
        Path legacy = Files.createDirectories(dir.resolve("oud"));
        Files.writeString(legacy.resolve("summary.csv"), "metric,value\n");
        Files.writeString(legacy.resolve("yearly.csv"), "year\n");
        Files.writeString(legacy.resolve("kans-zelfstandig.png"), "png");
        ReportFolder.Refused r = assertThrows(
                ReportFolder.Refused.class,
                () -> ReportFolder.write(
                        at(legacy), d -> Files.writeString(d.resolve("summary.csv"), "metric,value\nnew\n")),
                "a user's summary.csv without a manifest may be theirs");
        assertTrue(r.getMessage().contains("summary.csv"), r.getMessage());
        assertEquals("metric,value\n", Files.readString(legacy.resolve("summary.csv")));
        Files.writeString(
                legacy.resolve(ReportFolder.MANIFEST),
                "{\"ppsim_report\": 1, \"files\": [\"summary.csv\", \"yearly.csv\", \"kans-zelfstandig.png\"]}");
        assertThrows(
                ReportFolder.Refused.class,
                () -> ReportFolder.check(legacy, List.of()),
                "a manifest without hashes proves nothing");
        Files.writeString(
                legacy.resolve(ReportFolder.MANIFEST), "{\"ppsim_report\": 1, \"files\": [\"../../etc/passwd\"]}");
        assertThrows(
                ReportFolder.Refused.class,
                () -> ReportFolder.check(legacy, List.of()),
                "a manifest that names paths is not ppsim's");
        assertEquals(List.of("kans-zelfstandig.png", "ppsim-report.json", "summary.csv", "yearly.csv"), names(legacy));
    }

    @Test
    void leftoversOfAKilledRunAreCleanedUpAndAMissingReportRestored(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("r");
        ReportFolder.write(at(target), d -> Files.writeString(d.resolve("a.csv"), "previous"));
        // a kill between the two moves: the report is aside as .r.old-*, a finished temp beside it
        Path old = dir.resolve(".r.old-1");
        Files.move(target, old);
        Path temp = Files.createDirectories(dir.resolve(".r.tmp-2"));
        Files.writeString(temp.resolve(ReportFolder.PARTIAL), "");
        Files.writeString(temp.resolve("a.csv"), "half");
        ReportFolder.recover(dir, "r", target);
        assertEquals("previous", Files.readString(target.resolve("a.csv")), "restored before anything else");
        assertEquals(List.of("r"), names(dir));
        ReportFolder.write(at(target), d -> Files.writeString(d.resolve("a.csv"), "next"));
        assertEquals("next", Files.readString(target.resolve("a.csv")));
        assertEquals(List.of("r"), names(dir));
    }

    @Test
    void aTemporaryFolderOfARunStillWritingIsLeftAlone(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("r");
        Path temp = Files.createDirectories(dir.resolve(".r.tmp-live"));
        Path partial = temp.resolve(ReportFolder.PARTIAL);
        try (FileChannel c = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                FileLock lock = c.lock()) {
            ReportFolder.write(at(target), d -> Files.writeString(d.resolve("a.csv"), "mine"));
            assertTrue(Files.exists(partial), "a live writer's folder survives another run into the same place");
        }
        ReportFolder.write(at(target), d -> Files.writeString(d.resolve("a.csv"), "again"));
        assertFalse(Files.exists(temp), "once its writer is gone, the next run removes it");
    }

    @Test
    void aForgedOrCopiedManifestDoesNotMakeAFolderPpsims(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("r");
        ReportFolder.write(at(target), d -> Files.writeString(d.resolve("a.csv"), "old"));
        String genuine = Files.readString(target.resolve(ReportFolder.MANIFEST));
        Path thesis = dir.resolve("scriptie");
        Files.createDirectories(thesis);
        Files.writeString(thesis.resolve("thesis.txt"), "vier jaar werk");
        Files.writeString(thesis.resolve("a.csv"), "mijn tabel");
        Files.writeString(thesis.resolve(ReportFolder.MANIFEST), genuine);
        assertThrows(
                ReportFolder.Refused.class,
                () -> ReportFolder.check(thesis, List.of()),
                "a copied manifest: a.csv's hash differs");
        Files.writeString(
                thesis.resolve(ReportFolder.MANIFEST),
                "{\"ppsim_report\": 2, \"files\": {\"thesis.txt\": \"sha256:00\", \"a.csv\": \"sha256:00\"}}");
        assertThrows(
                ReportFolder.Refused.class,
                () -> ReportFolder.check(thesis, List.of()),
                "a forged manifest naming the user's file");
        assertEquals("vier jaar werk", Files.readString(thesis.resolve("thesis.txt")));
        Files.writeString(target.resolve("a.csv"), "changed by hand");
        assertThrows(
                ReportFolder.Refused.class,
                () -> ReportFolder.check(target, List.of()),
                "an edited report file may now be the user's");
        assertEquals("changed by hand", Files.readString(target.resolve("a.csv")));
    }

    @Test
    void nothingIsWrittenThroughASymlinkInAReport(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("r");
        ReportFolder.write(at(target), d -> Files.writeString(d.resolve("yearly.csv"), "old"));
        Path users = Files.writeString(dir.resolve("begroting.csv"), "mijn begroting");
        Files.delete(target.resolve("yearly.csv"));
        Files.createSymbolicLink(target.resolve("yearly.csv"), users);
        assertThrows(
                ReportFolder.Refused.class,
                () -> ReportFolder.write(at(target), d -> Files.writeString(d.resolve("yearly.csv"), "new")));
        assertEquals("mijn begroting", Files.readString(users));
        assertTrue(Files.isSymbolicLink(target.resolve("yearly.csv")));
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefusedWhileTheFirstWrites(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("r");
        ReportFolder.write(at(target), d -> Files.writeString(d.resolve("a.csv"), "first"));
        try (FileChannel c =
                        FileChannel.open(dir.resolve(".r.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = c.lock()) {
            ReportFolder.Refused r = assertThrows(
                    ReportFolder.Refused.class,
                    () -> ReportFolder.write(at(target), d -> Files.writeString(d.resolve("a.csv"), "second")));
            assertTrue(r.getMessage().contains("andere ppsim-run"), r.getMessage());
        }
        assertEquals("first", Files.readString(target.resolve("a.csv")));
        ReportFolder.write(at(target), d -> Files.writeString(d.resolve("a.csv"), "third"));
        assertEquals("third", Files.readString(target.resolve("a.csv")));
    }

    @Test
    void aNewFileAppearsWholeAndNeverReplacesAnother(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.xlsx");
        assertThrows(
                IOException.class,
                () -> ReportFolder.writeNewFile(file, os -> {
                    os.write(new byte[] {1, 2, 3});
                    throw new IOException("killed halfway");
                }));
        assertEquals(List.of(), names(dir), "nothing half-written stays behind");
        ReportFolder.writeNewFile(file, os -> os.write(new byte[] {4, 5}));
        assertEquals(2, Files.size(file));
        assertThrows(ReportFolder.Refused.class, () -> ReportFolder.writeNewFile(file, os -> os.write(new byte[] {6})));
        assertEquals(2, Files.size(file));
        assertEquals(List.of("plan.xlsx"), names(dir));
    }
}
