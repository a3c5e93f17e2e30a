package nl.ppsim.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The databases the store's tests run against: embedded H2 always, and PostgreSQL when
 * {@code PPSIM_TEST_PG_URL} (with {@code PPSIM_TEST_PG_USER}, {@code PPSIM_TEST_PG_PASSWORD}) names
 * one; {@code .ci/run} installs and starts Debian's PostgreSQL and sets them, so CI runs both. Each
 * PostgreSQL database is a fresh schema, dropped with it.
 */
public final class TestDatabases {
    private TestDatabases() {}

    /** A way to open a fresh database, with a name for the test report. */
    public record Kind(String name, Supplier<Fresh> open) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A fresh database and how to remove it. */
    public interface Fresh extends AutoCloseable {
        /** The open database. */
        Database db();

        /** Closes it and removes what it made. */
        @Override
        void close();
    }

    /** True when the PostgreSQL tests run. */
    public static boolean postgres() {
        return System.getenv("PPSIM_TEST_PG_URL") != null;
    }

    /** H2 in {@code dir}, and PostgreSQL when configured. */
    public static List<Kind> all(Supplier<Path> dir) {
        List<Kind> out = new ArrayList<>();
        out.add(new Kind("H2", () -> {
            try {
                Path d = dir.get().resolve("db-" + System.nanoTime());
                Database db = Database.embedded(d);
                return fresh(db, () -> {});
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        if (postgres()) {
            out.add(new Kind("PostgreSQL", TestDatabases::postgresFresh));
        }
        return out;
    }

    /** A fresh PostgreSQL schema (the tests must have checked {@link #postgres}). */
    public static Fresh postgresFresh() {
        String url = System.getenv("PPSIM_TEST_PG_URL");
        String user = System.getenv().getOrDefault("PPSIM_TEST_PG_USER", "ppsim_test");
        String password = System.getenv().getOrDefault("PPSIM_TEST_PG_PASSWORD", "ppsim_test");
        String schema = "t" + Long.toHexString(System.nanoTime()) + Integer.toHexString((int) (Math.random() * 1e6));
        sql(url, user, password, "CREATE SCHEMA " + schema);
        Database db = Database.at(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
        return fresh(db, () -> sql(url, user, password, "DROP SCHEMA " + schema + " CASCADE"));
    }

    /** The PostgreSQL URL for a fresh schema (for a server started in another process). */
    public static String[] postgresSchema() {
        String url = System.getenv("PPSIM_TEST_PG_URL");
        String user = System.getenv().getOrDefault("PPSIM_TEST_PG_USER", "ppsim_test");
        String password = System.getenv().getOrDefault("PPSIM_TEST_PG_PASSWORD", "ppsim_test");
        String schema = "t" + Long.toHexString(System.nanoTime());
        sql(url, user, password, "CREATE SCHEMA " + schema);
        return new String[] {url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password, schema};
    }

    /** Drops a schema made by {@link #postgresSchema}. */
    public static void dropSchema(String schema) {
        sql(
                System.getenv("PPSIM_TEST_PG_URL"),
                System.getenv().getOrDefault("PPSIM_TEST_PG_USER", "ppsim_test"),
                System.getenv().getOrDefault("PPSIM_TEST_PG_PASSWORD", "ppsim_test"),
                "DROP SCHEMA " + schema + " CASCADE");
    }

    private static Fresh fresh(Database db, Runnable remove) {
        return new Fresh() {
            @Override
            public Database db() {
                return db;
            }

            @Override
            public void close() {
                db.close();
                remove.run();
            }
        };
    }

    private static void sql(String url, String user, String password, String statement) {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
