package nl.ppsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a report into a temporary folder beside its destination and moves it into place only
 * when complete. An existing report is moved aside first and restored if the swap fails, so a
 * report folder is always either the old report or the new one, never a mix.
 */
public final class ReportFolder {

    /** Writes the files of one report into a folder it is given. */
    @FunctionalInterface
    public interface Writer {
        void write(Path folder) throws IOException;
    }

    private ReportFolder() {
    }

    public static void write(Path destination, Writer writer) throws IOException {
        Path target = destination.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        Path temp = Files.createTempDirectory(parent, "." + name + ".tmp-");
        try {
            Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default permissions
        }
        try {
            writer.write(temp);
        } catch (IOException | RuntimeException | Error e) {
            deleteTree(temp);
            throw e;
        }
        Path old = null;
        if (Files.exists(target)) {
            old = parent.resolve("." + name + ".old-" + Long.toHexString(System.nanoTime()));
            move(target, old);
        }
        try {
            move(temp, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            deleteTree(temp);
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
