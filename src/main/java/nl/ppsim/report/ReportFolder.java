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
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Where ppsim may write a report, and how it replaces one without ever losing a user's file.
 *
 * <p><b>Ownership.</b> A report goes into a folder that does not exist yet (ppsim makes it), an
 * empty folder, or a folder that is a ppsim report: it carries the manifest {@value #MANIFEST}
 * (command, scenario, seed, version and the list of files ppsim wrote) and holds nothing but those
 * files. Reports of ppsim versions before the manifest are recognised by holding only files with
 * ppsim's report names. Anything else is refused before any work is done ({@link Refused}): an
 * existing file, a device, a symbolic link, a non-empty folder that is not a report (or a report a
 * user added files to), the file system's root, the home folder, the working folder and the folder
 * of an input file, and every folder that contains one of these.
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
    private static final String TMP = ".tmp-";
    private static final String OLD = ".old-";

    /** File names of reports written before the manifest existed (ppsim 0.1 before December 2026). */
    static final Set<String> LEGACY_NAMES = Set.of("summary.csv", "yearly.csv", "models.csv", "sensitivity.csv", "checks.csv",
            "register.csv", "compare.csv", "report.html");
    private static final Set<String> LEGACY_CHARTS = Set.of("kans-zelfstandig", "reserve-waaier", "financieringsmix",
            "jaar-zelfstandig", "eindreserve", "bedrijfsmodellen", "convergentie", "tornado", "vergelijking");

    /** Writes the files of one report into a folder it is given. */
    @FunctionalInterface
    public interface Writer {
        /** Writes the report's files into {@code folder} (a temporary folder that is swapped in when complete). */
        void write(Path folder) throws IOException;
    }

    /** What the manifest records about the run that wrote the report (files are added when it is written). */
    public record Manifest(String command, String scenario, String scenarioFile, long seed, int iterations, String version) {
        String json(Collection<String> files) {
            StringBuilder sb = new StringBuilder("{\n");
            sb.append("  \"ppsim_report\": 1,\n");
            sb.append("  \"ppsim_version\": ").append(quote(version)).append(",\n");
            sb.append("  \"command\": ").append(quote(command)).append(",\n");
            sb.append("  \"scenario\": ").append(quote(scenario)).append(",\n");
            sb.append("  \"scenario_file\": ").append(quote(scenarioFile)).append(",\n");
            sb.append("  \"seed\": ").append(seed).append(",\n");
            sb.append("  \"iterations\": ").append(iterations).append(",\n");
            sb.append("  \"files\": [");
            int k = 0;
            for (String f : files) {
                sb.append(k++ == 0 ? "\n    " : ",\n    ").append(quote(f));
            }
            sb.append(k == 0 ? "]\n" : "\n  ]\n").append("}\n");
            return sb.toString();
        }
    }

    /** Where a report goes, the input files whose folders it may not replace, and what its manifest records. */
    public record Destination(Path folder, List<Path> inputs, Manifest manifest) {
        /** Checks the folder and manifest are given. */
        public Destination {
            inputs = List.copyOf(inputs);
        }

        /** {@link ReportFolder#check} for this destination: call it before any work. */
        public void check() {
            ReportFolder.check(folder, inputs);
        }
    }

    /**
     * A destination ppsim will not write to: the path as given, what it is, and what to do instead.
     * The command line reports it as a user error (exit 2); nothing has been touched.
     */
    public static final class Refused extends RuntimeException {
        private final transient Path path;
        private final String english;

        Refused(Path path, Reason reason) {
            super("'" + path + "' " + reason.dutch() + ". ppsim schrijft alleen in een nieuwe of lege map, of over een eerder rapport van"
                    + " ppsim (met " + MANIFEST + "); kies met --out een nieuwe map, bv. --out reports/nieuw");
            this.english = "'" + path + "' " + reason.english() + ". ppsim writes only into a new or empty folder, or over an earlier"
                    + " report of ppsim (with " + MANIFEST + "); choose a new folder with --out, e.g. --out reports/new";
            this.path = path;
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
    record Reason(String dutch, String english) {
    }

    private ReportFolder() {
    }

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
            throw new Refused(destination, new Reason("is een symbolische koppeling; ppsim vervangt die niet",
                    "is a symbolic link; ppsim does not replace it"));
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused(destination, Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    ? new Reason("is een bestaand bestand, geen map", "is an existing file, not a folder")
                    : new Reason("is geen map (een apparaat of speciaal bestand)", "is not a folder (a device or special file)"));
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
        Manifest manifest = destination.manifest();
        Path target = target(destination.folder());
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
                Set<String> files = new TreeSet<>(entries(temp));
                files.remove(PARTIAL);
                files.remove(MANIFEST);
                Files.writeString(temp.resolve(MANIFEST), manifest.json(files), StandardCharsets.UTF_8);
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
        try (FileChannel channel = Files.exists(oldManifest) ? FileChannel.open(oldManifest, StandardOpenOption.WRITE) : null;
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

    // ------------------------------------------------------------------ what a folder is

    private enum Kind { EMPTY, REPORT, FOREIGN }

    private record Ownership(Kind kind, Set<String> files, Reason reason) {
    }

    /** Whether a folder is empty, a ppsim report (and which files are its own), or something else. */
    private static Ownership ownership(Path folder) {
        List<String> entries;
        try {
            entries = entries(folder);
        } catch (IOException e) {
            return new Ownership(Kind.FOREIGN, Set.of(), new Reason("kan niet gelezen worden (" + e.getMessage() + ")",
                    "cannot be read (" + e.getMessage() + ")"));
        }
        if (entries.isEmpty()) {
            return new Ownership(Kind.EMPTY, Set.of(), null);
        }
        Set<String> own = new LinkedHashSet<>();
        if (entries.contains(MANIFEST)) {
            List<String> listed = manifestFiles(folder.resolve(MANIFEST));
            if (listed == null) {
                return new Ownership(Kind.FOREIGN, Set.of(), new Reason("bevat een " + MANIFEST + " dat ppsim niet kan lezen",
                        "holds a " + MANIFEST + " that ppsim cannot read"));
            }
            own.addAll(listed);
            own.add(MANIFEST);
            own.add(PARTIAL);
        } else {
            for (String e : entries) {
                if (legacyName(e)) {
                    own.add(e);
                }
            }
            boolean looksLikeReport = entries.contains("summary.csv") || entries.contains("compare.csv");
            if (!looksLikeReport || own.size() < entries.size()) {
                return new Ownership(Kind.FOREIGN, Set.of(), new Reason("bestaat al en is geen rapport van ppsim: er staat geen " + MANIFEST
                        + " in" + listOf(", wel ", entries, " en meer"), "exists and is not a report of ppsim: it holds no " + MANIFEST
                        + listOf(" but ", entries, " and more")));
            }
        }
        List<String> foreign = new ArrayList<>();
        for (String e : entries) {
            if (!own.contains(e) || Files.isDirectory(folder.resolve(e), LinkOption.NOFOLLOW_LINKS)) {
                foreign.add(e);
            }
        }
        if (!foreign.isEmpty()) {
            return new Ownership(Kind.FOREIGN, Set.of(), new Reason("is een rapport van ppsim, maar bevat ook wat ppsim niet schreef"
                    + listOf(": ", foreign, " en meer") + "; ppsim verwijdert dat niet", "is a report of ppsim but also holds what ppsim"
                    + " did not write" + listOf(": ", foreign, " and more") + "; ppsim does not delete that"));
        }
        return new Ownership(Kind.REPORT, own, null);
    }

    private static boolean legacyName(String e) {
        if (LEGACY_NAMES.contains(e)) {
            return true;
        }
        int dot = e.lastIndexOf('.');
        return dot > 0 && (e.endsWith(".png") || e.endsWith(".svg")) && LEGACY_CHARTS.contains(e.substring(0, dot));
    }

    private static String listOf(String prefix, List<String> names, String more) {
        List<String> shown = names.stream().sorted().limit(3).toList();
        return shown.isEmpty() ? "" : prefix + String.join(", ", shown) + (names.size() > 3 ? more : "");
    }

    /** The files a manifest lists, or null when it is not a manifest ppsim wrote. */
    static List<String> manifestFiles(Path manifest) {
        try {
            if (Files.size(manifest) > 1 << 20) {
                return null;
            }
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(manifest, StandardCharsets.UTF_8));
            if (!(doc instanceof Map<?, ?> map) || !Integer.valueOf(1).equals(map.get("ppsim_report"))
                    || !(map.get("files") instanceof List<?> files)) {
                return null;
            }
            List<String> out = new ArrayList<>();
            for (Object f : files) {
                if (!(f instanceof String s) || s.contains("/") || s.contains("\\") || s.equals("..") || s.equals(".")) {
                    return null;
                }
                out.add(s);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ protected places

    private static Path target(Path destination) {
        if (destination.toString().isBlank()) {
            throw new Refused(destination, new Reason("is leeg", "is empty"));
        }
        Path target = destination.toAbsolutePath().normalize();
        if (target.getParent() == null || target.getFileName() == null) {
            throw new Refused(destination, new Reason("is de hoofdmap van het bestandssysteem", "is the root of the file system"));
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
                return new Reason("is de map van het invoerbestand " + in.getFileName(), "is the folder of the input file " + in.getFileName());
            }
        }
        return new Reason("bevat de map waarin u werkt, uw thuismap of een invoerbestand",
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

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
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
