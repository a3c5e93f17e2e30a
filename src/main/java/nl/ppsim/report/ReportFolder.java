package nl.ppsim.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where ppsim may write a report, and how it replaces one without ever losing a user's file.
 *
 * <p><b>Ownership.</b> A report goes into a folder that does not exist yet (ppsim makes it), an
 * empty folder, or a folder that ppsim can prove it wrote: the folder carries the manifest
 * {@value #MANIFEST} with the SHA-256 fingerprint of every file ppsim wrote there, every file in the
 * folder is listed, each is a regular file (no symbolic link) with a name of the kinds ppsim writes
 * (csv, html, png, svg, xlsx), and each still has its fingerprint. Anything else is refused before
 * any work is done ({@link Refused}): an existing file, a device, a symbolic link, a folder without a
 * valid manifest (also one holding only files with ppsim's names: they may be the user's), a
 * manifest that lists a file that is not ppsim's kind or whose content changed (a copied or forged
 * manifest), the file system's root, the home folder, the working folder and the folder of an input
 * file, and every folder that contains one of these. The ownership is checked again just before
 * the old report is replaced, so a file added while ppsim computed is kept.
 *
 * <p><b>One writer at a time.</b> From the check until the report is in place, ppsim holds a lock on
 * {@code .NAME.lock} beside the destination; a second run into the same place is refused at once
 * with the process that holds it. The lock file is removed when the first run ends.
 *
 * <p><b>Atomic replacement.</b> The report is written into a hidden temporary folder beside its
 * destination ({@code .NAME.tmp-*}, holding a lock on its {@value #PARTIAL} file while it is
 * written) and moved into place only when complete. An existing report is first moved aside
 * ({@code .NAME.old-*}) and removed once the new one is in place, so the destination holds the old
 * report or the new one, never a mix. A run that is killed leaves such hidden folders behind; the
 * next run into the same place removes them (a temporary folder only when no live process holds its
 * lock) and, if the kill fell between the two moves so that the destination is missing, first moves
 * the previous report back. By hand: rename {@code .NAME.old-*} to {@code NAME}.
 */
public final class ReportFolder {

    /** The manifest that marks a folder as a ppsim report. */
    public static final String MANIFEST = "ppsim-report.json";
    /** Present (and locked) while a temporary report folder is being written. */
    static final String PARTIAL = ".ppsim-partial";
    /** The manifest's format: 2 carries a SHA-256 per file (1, without fingerprints, is no longer trusted). */
    static final int MANIFEST_VERSION = 2;

    private static final String TMP = ".tmp-";
    private static final String OLD = ".old-";
    private static final String LOCK = ".lock";
    /** The names of the files ppsim writes into a report (a manifest that lists another name is not ppsim's). */
    static final java.util.regex.Pattern OWN_NAME =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,150}\\.(csv|html|png|svg|xlsx)");
    /** The report names of earlier versions: a folder of them without a manifest may be the user's and is refused by name. */
    private static final Set<String> KNOWN_NAMES = Set.of(
            "summary.csv",
            "yearly.csv",
            "models.csv",
            "sensitivity.csv",
            "checks.csv",
            "assumptions.csv",
            "round.csv",
            "compare.csv",
            "report.html",
            "report.xlsx",
            "round.html");

    private static final com.google.gson.Gson GSON = new com.google.gson.GsonBuilder()
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .create();
    /** The name locks this process holds, by destination. */
    private static final Map<Path, NameLock> HELD = new java.util.concurrent.ConcurrentHashMap<>();

    /** Writes the files of one report into a folder it is given. */
    @FunctionalInterface
    public interface Writer {
        /** Writes the report's files into {@code folder} (a temporary folder that is swapped in when complete). */
        void write(Path folder) throws IOException;
    }

    /** What the manifest records about the run that wrote the report (files are added when it is written). */
    public record Manifest(
            String command, String scenario, String scenarioFile, long seed, int iterations, String version) {
        String json(Map<String, String> fingerprints) {
            Map<String, Object> doc = new java.util.LinkedHashMap<>();
            doc.put("ppsim_report", MANIFEST_VERSION);
            doc.put("ppsim_version", version);
            doc.put("command", command);
            doc.put("scenario", scenario);
            doc.put("scenario_file", scenarioFile);
            doc.put("seed", seed);
            doc.put("iterations", iterations);
            doc.put("files", fingerprints);
            return GSON.toJson(doc) + "\n";
        }
    }

    /** Where a report goes, the input files whose folders it may not replace, and what its manifest records. */
    public record Destination(Path folder, List<Path> inputs, Manifest manifest) {
        /** Copies the inputs. */
        public Destination {
            inputs = List.copyOf(inputs);
        }

        /**
         * {@link ReportFolder#check} for this destination, and the lock that keeps a second run out
         * until this one has written its report: call it before any work.
         */
        public void check() {
            ReportFolder.check(folder, inputs);
            claim(target(folder), folder);
        }
    }

    /**
     * A destination ppsim will not write to: the path as given, what it is, and what to do instead.
     * The command line reports it as a user error (exit 2); nothing has been touched.
     */
    public static final class Refused extends RuntimeException {
        private final transient Path path;
        private final String english;
        private final boolean folder;

        Refused(Path path, Reason reason) {
            super("'" + path + "' " + reason.dutch()
                    + ". ppsim schrijft alleen in een nieuwe of lege map, of over een eerder rapport van"
                    + " ppsim (met " + MANIFEST + "); kies met --out een nieuwe map, bv. --out reports/nieuw");
            this.english = "'" + path + "' " + reason.english()
                    + ". ppsim writes only into a new or empty folder, or over an earlier" + " report of ppsim (with "
                    + MANIFEST + "); choose a new folder with --out, e.g. --out reports/new";
            this.path = path;
            this.folder = true;
        }

        /** A refusal about a single file ({@link #writeNewFile}) or a folder that is in use. */
        private Refused(Path path, String dutch, String english) {
            this(path, dutch, english, false);
        }

        private Refused(Path path, String dutch, String english, boolean folder) {
            super("'" + path + "' " + dutch);
            this.english = "'" + path + "' " + english;
            this.path = path;
            this.folder = folder;
        }

        /** Whether the refused destination is a report folder (else a single file). */
        public boolean folder() {
            return folder;
        }

        /** The destination as the user gave it. */
        public Path path() {
            return path;
        }

        /** The refusal in the run's language. */
        public String message(Lang l) {
            return l == Lang.EN ? english : getMessage();
        }
    }

    /** Why a destination is refused, in Dutch and English. */
    record Reason(String dutch, String english) {}

    private ReportFolder() {}

    /**
     * Throws {@link Refused} when a report may not be written to {@code destination}; call it before
     * any work, so that a refused destination costs nothing. {@code inputs} are the files the command
     * reads: their folders may not be replaced.
     */
    public static void check(Path destination, Collection<Path> inputs) {
        Path target = target(destination);
        Path real = real(target);
        for (Path p : protectedFolders(inputs)) {
            if (real.equals(p)) {
                throw new Refused(destination, reasonProtected(p, inputs));
            }
        }
        if (Files.isSymbolicLink(target)) {
            throw new Refused(
                    destination,
                    new Reason(
                            "is een symbolische koppeling; ppsim vervangt die niet",
                            "is a symbolic link; ppsim does not replace it"));
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused(
                    destination,
                    Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                            ? new Reason("is een bestaand bestand, geen map", "is an existing file, not a folder")
                            : new Reason(
                                    "is geen map (een apparaat of speciaal bestand)",
                                    "is not a folder (a device or special file)"));
        }
        Ownership o = ownership(target);
        if (o.kind == Kind.FOREIGN) {
            throw new Refused(destination, o.reason);
        }
    }

    /**
     * Writes a complete report to {@code destination} (checked as by {@link #check}), replacing a
     * previous ppsim report there atomically, and marks it with the manifest.
     */
    public static void write(Destination destination, Writer writer) throws IOException {
        destination.check();
        Path target = target(destination.folder());
        try {
            writeClaimed(destination, target, writer);
        } finally {
            release(target);
        }
    }

    private static void writeClaimed(Destination destination, Path target, Writer writer) throws IOException {
        Manifest manifest = destination.manifest();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        recover(parent, name, target);
        Path temp = newFolder(parent, "." + name + TMP);
        try {
            Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default permissions
        }
        Path partial = temp.resolve(PARTIAL);
        Thread cleanup = new Thread(() -> deleteOwnTemp(temp), "ppsim-report-cleanup");
        boolean hook = addHook(cleanup);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            try {
                writer.write(temp);
                Map<String, String> files = new java.util.TreeMap<>();
                for (String f : entries(temp)) {
                    if (f.equals(PARTIAL) || f.equals(MANIFEST)) {
                        continue;
                    }
                    Path p = temp.resolve(f);
                    if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                            || !OWN_NAME.matcher(f).matches()) {
                        throw new IllegalStateException(
                                "a report may hold only regular files with a report name, got " + f);
                    }
                    files.put(f, fingerprint(p));
                }
                Files.writeString(temp.resolve(MANIFEST), manifest.json(files), StandardCharsets.UTF_8);
                // what the user did to the old report while ppsim computed counts: check it once more
                check(destination.folder(), destination.inputs());
            } catch (IOException | RuntimeException | Error e) {
                deleteOwnTemp(temp);
                throw e;
            }
            if (hook) {
                removeHook(cleanup);
                hook = false;
            }
            swap(temp, target, parent, name);
        } finally {
            if (hook) {
                removeHook(cleanup);
            }
        }
        Files.deleteIfExists(target.resolve(PARTIAL));
    }

    /**
     * A new, empty folder {@code prefix} + a name of this process and moment in {@code parent}:
     * {@link Files#createDirectory} fails rather than take a folder that exists, so it is ours.
     * Not {@link Files#createTempDirectory}: its random names cost every run 20-30 ms of
     * SecureRandom set-up before the charts can start.
     */
    private static Path newFolder(Path parent, String prefix) throws IOException {
        String pid = Long.toHexString(ProcessHandle.current().pid());
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + pid + "-" + Long.toHexString(System.nanoTime())));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt == 99) {
                    throw e;
                }
            }
        }
    }

    /** Moves the finished temporary folder into place, the previous report aside and then away. */
    private static void swap(Path temp, Path target, Path parent, String name) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(temp, target);
            return;
        }
        Path old = parent.resolve("." + name + OLD + Long.toHexString(System.nanoTime()));
        Path oldManifest = target.resolve(MANIFEST);
        // held across the move: another run then sees this old report as in use and leaves it alone
        try (FileChannel channel = Files.isRegularFile(oldManifest, LinkOption.NOFOLLOW_LINKS)
                        ? FileChannel.open(oldManifest, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)
                        : null;
                FileLock lock = channel == null ? null : channel.lock()) {
            move(target, old);
            try {
                move(temp, target);
            } catch (IOException e) {
                move(old, target);
                deleteOwnTemp(temp);
                throw e;
            }
        }
        deleteReport(old);
    }

    // ------------------------------------------------------------------ a single new file

    /** Writes the content of a single new file. */
    @FunctionalInterface
    public interface FileContent {
        /** Writes the file's bytes to {@code out} (closed by the caller). */
        void write(java.io.OutputStream out) throws IOException;
    }

    /**
     * Writes a new file (such as {@code template --xlsx plan.xlsx}) atomically and never over an
     * existing one: the content goes into a hidden {@code .NAME.tmp-*} file beside it (locked while it
     * is written, removed on failure or Ctrl-C), which is then linked into place; a link fails when a
     * file of that name appeared meanwhile, so nothing is overwritten. Where the file system has no
     * hard links the file is moved into place without replacing. Leftovers of a killed run (whose
     * lock is gone) are removed by the next write of the same name.
     */
    public static void writeNewFile(Path file, FileContent content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new Refused(
                    file,
                    "kan niet geschreven worden: de map " + parent + " bestaat niet",
                    "cannot be written: the folder " + parent + " does not exist");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused(
                    file,
                    "bestaat al; ppsim overschrijft geen bestanden: kies een nieuwe naam",
                    "exists; ppsim never overwrites files: choose a new name");
        }
        String name = target.getFileName().toString();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, "." + globEscape(name) + TMP + "*")) {
            for (Path p : s) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !inUse(p)) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Path temp = parent.resolve("." + name + TMP
                + Long.toHexString(ProcessHandle.current().pid()) + "-" + Long.toHexString(System.nanoTime()));
        Thread cleanup = new Thread(
                () -> {
                    try {
                        Files.deleteIfExists(temp);
                    } catch (IOException e) {
                        // removed by the next write of this name
                    }
                },
                "ppsim-file-cleanup");
        boolean hook = addHook(cleanup);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                java.io.OutputStream out = java.nio.channels.Channels.newOutputStream(channel);
                content.write(new java.io.FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() {
                        // the channel stays open (and locked) until the file is complete
                    }
                });
                channel.force(true);
            }
            try {
                Files.createLink(target, temp);
                Files.delete(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw new Refused(
                        file,
                        "bestaat al (net gemaakt door iets anders); ppsim overschrijft geen bestanden: kies een nieuwe naam",
                        "exists (just made by something else); ppsim never overwrites files: choose a new name");
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new Refused(
                            file,
                            "bestaat al; ppsim overschrijft geen bestanden: kies een nieuwe naam",
                            "exists; ppsim never overwrites files: choose a new name");
                }
                Files.move(temp, target);
            }
        } finally {
            Files.deleteIfExists(temp);
            if (hook) {
                removeHook(cleanup);
            }
        }
    }

    // ------------------------------------------------------------------ one writer per destination

    /** A lock this process holds on {@code .NAME.lock} beside a destination. */
    private record NameLock(Path file, FileChannel channel, FileLock lock) {}

    /**
     * Takes the lock of {@code target} for this process (again: nothing), or throws {@link Refused}
     * when another process holds it. The lock file is verified to be the one at its path after
     * locking (a file removed by a run that just finished is not a lock).
     */
    static void claim(Path target, Path asGiven) {
        if (HELD.containsKey(target)) {
            return;
        }
        Path parent = target.getParent();
        Path file = parent.resolve("." + target.getFileName() + LOCK);
        try {
            Files.createDirectories(parent);
            for (int attempt = 0; attempt < 100; attempt++) {
                if (Files.isSymbolicLink(file)
                        || (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                                && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))) {
                    throw new Refused(
                            asGiven,
                            new Reason(
                                    "heeft een " + file.getFileName() + " ernaast dat geen gewoon bestand is",
                                    "has a " + file.getFileName() + " beside it that is not a regular file"));
                }
                FileChannel channel = FileChannel.open(
                        file,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.READ,
                        StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    String holder = holder(channel);
                    channel.close();
                    throw new Refused(
                            asGiven,
                            "wordt op dit moment door een andere ppsim-run geschreven" + holder
                                    + "; wacht tot die klaar is, of kies met --out een andere map",
                            "is being written by another ppsim run right now" + holder
                                    + "; wait until it is done, or choose another folder" + " with --out",
                            true);
                }
                if (!stillAt(file)) {
                    lock.release();
                    channel.close();
                    continue;
                }
                channel.truncate(0);
                channel.write(java.nio.ByteBuffer.wrap(
                        (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
                HELD.put(target, new NameLock(file, channel, lock));
                releaseOnExit();
                return;
            }
            throw new IOException("the lock file " + file + " keeps changing");
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new Refused(
                    asGiven,
                    new Reason(
                            "kan niet gemaakt worden: " + e.getFile() + " is een bestand, geen map",
                            "cannot be made: " + e.getFile() + " is a file, not a folder"));
        } catch (java.nio.file.FileSystemException e) {
            throw new Refused(
                    asGiven,
                    new Reason(
                            "kan niet beschreven worden (" + e.getMessage() + ")",
                            "cannot be written (" + e.getMessage() + ")"));
        } catch (IOException e) {
            throw new Refused(
                    asGiven,
                    new Reason(
                            "kan niet vergrendeld worden (" + e.getMessage() + ")",
                            "cannot be locked (" + e.getMessage() + ")"));
        }
    }

    /**
     * Whether the file at {@code path} is one this process has open: false when the lock file was
     * removed (by a run that just finished) between opening and locking it, so that the lock taken
     * is on a file nobody else will see. Linux tells through /proc/self/fd; elsewhere the path is trusted.
     */
    private static boolean stillAt(Path path) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(fds)) {
            for (Path fd : s) {
                try {
                    if (Files.isSameFile(fd, path)) {
                        return true;
                    }
                } catch (IOException e) {
                    // a descriptor closed meanwhile, or the path is gone
                }
            }
        }
        return false;
    }

    /** " (process 1234)" from a lock file's content, or "". */
    private static String holder(FileChannel channel) {
        try {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(32);
            channel.read(b, 0);
            String pid = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip();
            return pid.matches("[0-9]{1,12}") ? " (" + "proces/process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Gives up the lock of {@code target} and removes its lock file (while still holding it). */
    static void release(Path target) {
        NameLock held = HELD.remove(target);
        if (held == null) {
            return;
        }
        try {
            Files.deleteIfExists(held.file());
        } catch (IOException e) {
            // an empty lock file stays; the next run takes it
        }
        try {
            held.lock().release();
            held.channel().close();
        } catch (IOException e) {
            // closed with the process
        }
    }

    /** Whether the hook that removes this process's lock files at its end is in place. */
    private static boolean releaseOnExit;

    /** Removes the lock files of this process when it ends without writing its report (an error, Ctrl-C): adds the hook once. */
    private static synchronized void releaseOnExit() {
        if (!releaseOnExit) {
            releaseOnExit = addHook(
                    new Thread(() -> List.copyOf(HELD.keySet()).forEach(ReportFolder::release), "ppsim-report-locks"));
        }
    }

    // ------------------------------------------------------------------ what a folder is

    private enum Kind {
        EMPTY,
        REPORT,
        FOREIGN
    }

    private record Ownership(Kind kind, Set<String> files, Reason reason) {
        static Ownership foreign(String dutch, String english) {
            return new Ownership(Kind.FOREIGN, Set.of(), new Reason(dutch, english));
        }
    }

    /** Whether a folder is empty, a report ppsim can prove it wrote (and which files are its own), or something else. */
    private static Ownership ownership(Path folder) {
        List<String> entries;
        try {
            entries = entries(folder);
        } catch (IOException e) {
            return Ownership.foreign(
                    "kan niet gelezen worden (" + e.getMessage() + ")", "cannot be read (" + e.getMessage() + ")");
        }
        if (entries.isEmpty()) {
            return new Ownership(Kind.EMPTY, Set.of(), null);
        }
        if (!entries.contains(MANIFEST)) {
            List<String> named = entries.stream().filter(KNOWN_NAMES::contains).toList();
            if (!named.isEmpty()) {
                return Ownership.foreign(
                        "bestaat al en er staat geen " + MANIFEST + " in" + listOf(", wel ", named, " en meer")
                                + ": bestanden met de namen van een rapport kunnen van u zijn, dus ppsim vervangt ze niet",
                        "exists and holds no " + MANIFEST + listOf(" but ", named, " and more")
                                + ": files with a report's names may be yours, so ppsim does not replace them");
            }
            return Ownership.foreign(
                    "bestaat al en is geen rapport van ppsim: er staat geen " + MANIFEST + " in"
                            + listOf(", wel ", entries, " en meer"),
                    "exists and is not a report of ppsim: it holds no " + MANIFEST
                            + listOf(" but ", entries, " and more"));
        }
        Map<String, String> listed = manifest(folder.resolve(MANIFEST));
        if (listed == null) {
            return Ownership.foreign(
                    "bevat een " + MANIFEST + " dat ppsim niet herkent als het zijne (of van een versie zonder"
                            + " vingerafdrukken van de bestanden)",
                    "holds a " + MANIFEST + " that ppsim does not recognise as its own (or of a"
                            + " version without fingerprints of the files)");
        }
        List<String> foreign = new ArrayList<>();
        for (String e : entries) {
            if (!listed.containsKey(e) && !e.equals(MANIFEST) && !e.equals(PARTIAL)) {
                foreign.add(e);
            }
        }
        if (!foreign.isEmpty()) {
            return Ownership.foreign(
                    "is een rapport van ppsim, maar bevat ook wat ppsim niet schreef"
                            + listOf(": ", foreign, " en meer") + "; ppsim verwijdert dat niet",
                    "is a report of ppsim but also holds what ppsim did not write" + listOf(": ", foreign, " and more")
                            + "; ppsim does not delete that");
        }
        Set<String> own = new LinkedHashSet<>();
        for (Map.Entry<String, String> f : listed.entrySet()) {
            Path p = folder.resolve(f.getKey());
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                return Ownership.foreign(
                        "bevat " + f.getKey()
                                + ", dat geen gewoon bestand is (maar bv. een koppeling); ppsim schrijft daar"
                                + " niet doorheen",
                        "holds " + f.getKey() + ", which is not a regular file (but e.g. a link); ppsim does not write"
                                + " through it");
            }
            String actual;
            try {
                actual = fingerprint(p);
            } catch (IOException e) {
                actual = "";
            }
            if (!actual.equals(f.getValue())) {
                return Ownership.foreign(
                        "bevat " + f.getKey() + ", dat veranderd is sinds ppsim het schreef; ppsim vervangt het niet",
                        "holds " + f.getKey() + ", which has changed since ppsim wrote it; ppsim does not replace it");
            }
            own.add(f.getKey());
        }
        own.add(MANIFEST);
        own.add(PARTIAL);
        return new Ownership(Kind.REPORT, own, null);
    }

    private static String listOf(String prefix, List<String> names, String more) {
        List<String> shown = names.stream().sorted().limit(3).toList();
        return shown.isEmpty() ? "" : prefix + String.join(", ", shown) + (names.size() > 3 ? more : "");
    }

    /** The files a manifest lists, in order, or null when it is not a manifest ppsim wrote. */
    static List<String> manifestFiles(Path manifest) {
        Map<String, String> m = manifest(manifest);
        return m == null ? null : List.copyOf(m.keySet());
    }

    /** The files a manifest lists with their fingerprints, or null when it is not a manifest of this version's kind. */
    private static Map<String, String> manifest(Path manifest) {
        try {
            if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS) || Files.size(manifest) > 1 << 20) {
                return null;
            }
            com.google.gson.JsonElement doc =
                    com.google.gson.JsonParser.parseString(Files.readString(manifest, StandardCharsets.UTF_8));
            if (!doc.isJsonObject()) {
                return null;
            }
            com.google.gson.JsonObject o = doc.getAsJsonObject();
            if (!o.has("ppsim_report")
                    || !o.get("ppsim_report").isJsonPrimitive()
                    || o.get("ppsim_report").getAsInt() != MANIFEST_VERSION
                    || !o.has("files")
                    || !o.get("files").isJsonObject()) {
                return null;
            }
            Map<String, String> out = new java.util.TreeMap<>();
            for (Map.Entry<String, com.google.gson.JsonElement> f :
                    o.getAsJsonObject("files").entrySet()) {
                if (!OWN_NAME.matcher(f.getKey()).matches()
                        || !f.getValue().isJsonPrimitive()
                        || !f.getValue().getAsString().matches("sha256:[0-9a-f]{64}")) {
                    return null;
                }
                out.put(f.getKey(), f.getValue().getAsString());
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The SHA-256 of a file's content, as {@code sha256:HEX}. */
    static String fingerprint(Path file) throws IOException {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (java.io.InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return "sha256:" + java.util.HexFormat.of().formatHex(sha.digest());
    }

    // ------------------------------------------------------------------ protected places

    private static Path target(Path destination) {
        if (destination.toString().isBlank()) {
            throw new Refused(destination, new Reason("is leeg", "is empty"));
        }
        Path target = destination.toAbsolutePath().normalize();
        if (target.getParent() == null || target.getFileName() == null) {
            throw new Refused(
                    destination,
                    new Reason("is de hoofdmap van het bestandssysteem", "is the root of the file system"));
        }
        return target;
    }

    /** The real path of {@code p} as far as it exists, the rest appended. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        List<Path> rest = new ArrayList<>();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            rest.add(0, existing.getFileName());
            existing = existing.getParent();
        }
        Path out;
        try {
            out = existing == null ? abs.getRoot() : existing.toRealPath();
        } catch (IOException e) {
            out = existing;
        }
        for (Path r : rest) {
            out = out.resolve(r);
        }
        return out;
    }

    /** The working folder, the home folder, the folders of the inputs, and everything above them. */
    private static Set<Path> protectedFolders(Collection<Path> inputs) {
        Set<Path> out = new LinkedHashSet<>();
        List<Path> bases = new ArrayList<>();
        bases.add(Path.of("").toAbsolutePath());
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank()) {
            bases.add(Path.of(home));
        }
        for (Path in : inputs) {
            Path parent = in.toAbsolutePath().normalize().getParent();
            if (parent != null) {
                bases.add(parent);
            }
        }
        for (Path b : bases) {
            for (Path p = real(b); p != null; p = p.getParent()) {
                out.add(p);
            }
        }
        return out;
    }

    private static Reason reasonProtected(Path p, Collection<Path> inputs) {
        if (p.getParent() == null) {
            return new Reason("is de hoofdmap van het bestandssysteem", "is the root of the file system");
        }
        if (p.equals(real(Path.of("").toAbsolutePath()))) {
            return new Reason("is de map waarin u werkt", "is the folder you work in");
        }
        String home = System.getProperty("user.home");
        if (home != null && p.equals(real(Path.of(home)))) {
            return new Reason("is uw thuismap", "is your home folder");
        }
        for (Path in : inputs) {
            Path parent = in.toAbsolutePath().normalize().getParent();
            if (parent != null && p.equals(real(parent))) {
                return new Reason(
                        "is de map van het invoerbestand " + in.getFileName(),
                        "is the folder of the input file " + in.getFileName());
            }
        }
        return new Reason(
                "bevat de map waarin u werkt, uw thuismap of een invoerbestand",
                "holds the folder you work in, your home folder or an input file");
    }

    // ------------------------------------------------------------------ leftovers of killed runs

    /**
     * Cleans up after runs into {@code parent/name} that were killed: moves the previous report back
     * when a kill fell between the two moves, removes old reports that were already replaced, and
     * removes temporary folders whose writer is gone. Folders in use by a live run are left alone.
     */
    static void recover(Path parent, String name, Path target) throws IOException {
        List<Path> temps = new ArrayList<>();
        List<Path> olds = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, "." + globEscape(name) + ".{tmp,old}-*")) {
            for (Path p : s) {
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String f = p.getFileName().toString();
                if (f.startsWith("." + name + TMP)) {
                    temps.add(p);
                } else if (f.startsWith("." + name + OLD)) {
                    olds.add(p);
                }
            }
        }
        for (Path t : temps) {
            if (!inUse(t.resolve(PARTIAL))) {
                deleteOwnTemp(t);
            }
        }
        olds.sort((a, b) -> modified(b).compareTo(modified(a)));
        for (Path o : olds) {
            if (ownership(o).kind != Kind.REPORT || inUse(o.resolve(MANIFEST))) {
                continue;
            }
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                move(o, target);
            } else {
                deleteReport(o);
            }
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Whether another run holds the lock on {@code file} (a missing file is not in use). */
    private static boolean inUse(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    private static String globEscape(String s) {
        return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    // ------------------------------------------------------------------ moving and deleting

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static List<String> entries(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            for (Path p : s) {
                out.add(p.getFileName().toString());
            }
        }
        return out;
    }

    /**
     * Deletes a temporary folder ppsim made for a report: only regular files directly inside it, then
     * the folder; anything unexpected (a subfolder) stays.
     */
    static void deleteOwnTemp(Path temp) {
        try {
            if (!Files.isDirectory(temp, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            for (String e : entries(temp)) {
                Path p = temp.resolve(e);
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !e.equals(PARTIAL)) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(temp.resolve(PARTIAL));
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a leftover the next run removes
        }
    }

    /**
     * Deletes a replaced report: the files it owns (as its manifest lists them, or its legacy
     * names), the manifest last, then the folder if it is empty; never a file it does not own.
     */
    static void deleteReport(Path folder) throws IOException {
        Ownership o = ownership(folder);
        if (o.kind == Kind.FOREIGN) {
            return;
        }
        for (String f : o.files) {
            if (!f.equals(MANIFEST)) {
                Path p = folder.resolve(f);
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Files.deleteIfExists(folder.resolve(MANIFEST));
        try {
            Files.deleteIfExists(folder);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // something appeared that is not ours: leave it
        }
    }

    private static boolean addHook(Thread t) {
        try {
            Runtime.getRuntime().addShutdownHook(t);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static void removeHook(Thread t) {
        try {
            Runtime.getRuntime().removeShutdownHook(t);
        } catch (IllegalStateException e) {
            // shutting down already
        }
    }
}
