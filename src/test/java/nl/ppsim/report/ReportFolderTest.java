package nl.ppsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report folder is replaced whole or not at all. */
class ReportFolderTest {

    @Test
    void replacesAnExistingReportWhole(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("r");
        ReportFolder.write(target, d -> {
            Files.writeString(d.resolve("a.csv"), "old");
            Files.writeString(d.resolve("stale.csv"), "old");
        });
        ReportFolder.write(target, d -> Files.writeString(d.resolve("a.csv"), "new"));
        assertEquals("new", Files.readString(target.resolve("a.csv")));
        assertEquals(false, Files.exists(target.resolve("stale.csv")));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void aFailingWriterLeavesTheOldReportIntact(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("r");
        ReportFolder.write(target, d -> Files.writeString(d.resolve("a.csv"), "old"));
        assertThrows(IOException.class, () -> ReportFolder.write(target, d -> {
            Files.writeString(d.resolve("a.csv"), "half");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target.resolve("a.csv")));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "temp folder removed");
        }
    }
}
