package nl.ppsim.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The shared server's database: embedded H2 in a data folder (the default: no set-up) or
 * PostgreSQL at a JDBC URL. Opening it brings its schema up to date with Flyway
 * ({@code db/migration}); connections come from a HikariCP pool.
 *
 * <p>Durability: PostgreSQL commits durably by itself. H2 writes a commit to its file in the
 * background after up to half a second by default, so a {@code kill -9} right after a save could
 * lose it (H2 Database Engine, "Commands: SET WRITE_DELAY",
 * https://h2database.com/html/commands.html#set_write_delay: 500 ms by default); the embedded URL
 * therefore sets {@code WRITE_DELAY=0}, and a save is acknowledged only after its commit (tested by
 * killing a saving server: with the default, acknowledged saves were lost).
 */
public final class Database implements AutoCloseable {
    /** The file that marks a data folder as ppsim's own (ppsim writes into no other folder). */
    public static final String MARKER = "ppsim-server-data.txt";

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Kind kind;
    /** The embedded database's folder (null for PostgreSQL). */
    private Path folder;

    /** Which database. */
    public enum Kind {
        /** Embedded H2 in a data folder. */
        H2,
        /** A PostgreSQL server. */
        POSTGRESQL
    }

    private Database(HikariDataSource pool, Kind kind) {
        this.pool = pool;
        this.kind = kind;
        this.jdbi = Jdbi.create(pool);
    }

    /**
     * Opens (and if needed makes) the embedded database in {@code folder}: a new or empty folder
     * is made ppsim's with {@value #MARKER}; a folder with other files and no marker is refused.
     */
    public static Database embedded(Path folder) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        Path marker = dir.resolve(MARKER);
        if (!Files.exists(marker)) {
            try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                if (files.findAny().isPresent()) {
                    throw new NotOurs(dir);
                }
            }
            Files.writeString(
                    marker,
                    "This folder holds the database of a ppsim shared server (ppsim serve --shared).\n"
                            + "Back it up with the server's backup (docs/server.md); do not edit it.\n");
        }
        String url = "jdbc:h2:file:" + dir.resolve("ppsim") + ";WRITE_DELAY=0";
        Database db = open(url, "sa", "", Kind.H2);
        db.folder = dir;
        return db;
    }

    /**
     * Makes {@code folder} (new or empty) the embedded database restored from a backup that
     * {@link #backup} wrote; opening it then continues from the backup's state.
     */
    public static void restore(Path zip, Path folder) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir)) {
            try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                if (files.findAny().isPresent()) {
                    throw new NotOurs(dir);
                }
            }
        }
        Files.createDirectories(dir);
        boolean found = false;
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("ppsim.mv.db")) {
                    Files.copy(in, dir.resolve("ppsim.mv.db"));
                    found = true;
                }
            }
        }
        if (!found) {
            throw new IOException(zip + " is no backup of a ppsim server (it holds no ppsim.mv.db)");
        }
        Files.writeString(
                dir.resolve(MARKER),
                "This folder holds the database of a ppsim shared server (ppsim serve --shared),\n" + "restored from "
                        + zip.getFileName() + ".\n");
    }

    /** Opens the database at a JDBC URL: {@code jdbc:postgresql://...} or {@code jdbc:h2:...}. */
    public static Database at(String url, String user, String password) {
        Kind kind = url.startsWith("jdbc:postgresql:") ? Kind.POSTGRESQL : Kind.H2;
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("a database URL starts with jdbc:postgresql: or jdbc:h2:");
        }
        return open(url, user, password, kind);
    }

    private static Database open(String url, String user, String password, Kind kind) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        c.setUsername(user);
        c.setPassword(password);
        c.setMaximumPoolSize(8);
        c.setPoolName("ppsim-db");
        c.setInitializationFailTimeout(10_000);
        HikariDataSource pool = new HikariDataSource(c);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, kind);
    }

    /** Queries and transactions. */
    Jdbi jdbi() {
        return jdbi;
    }

    /** Which database this is. */
    public Kind kind() {
        return kind;
    }

    /**
     * A consistent copy of the whole embedded database while it runs (H2's {@code BACKUP TO}),
     * written as {@code backups/ppsim-<time>.zip} in its own folder; {@link #restore} makes a new
     * data folder of it. For PostgreSQL use {@code pg_dump} (docs/server.md): this returns null.
     */
    public Path backup(java.time.Clock clock) throws IOException {
        if (kind != Kind.H2 || folder == null) {
            return null;
        }
        Path backups = Files.createDirectories(folder.resolve("backups"));
        String time = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(java.time.LocalDateTime.now(clock));
        Path zip = backups.resolve("ppsim-" + time + ".zip");
        for (int n = 2; Files.exists(zip); n++) {
            zip = backups.resolve("ppsim-" + time + "-" + n + ".zip");
        }
        String target = zip.toString();
        jdbi.useHandle(h -> h.execute("BACKUP TO ?", target));
        return zip;
    }

    @Override
    public void close() {
        pool.close();
    }

    /** A data folder that holds other files and is not marked as ppsim's. */
    public static final class NotOurs extends IOException {
        private static final long serialVersionUID = 1L;

        NotOurs(Path dir) {
            super(dir.toString());
        }
    }
}
