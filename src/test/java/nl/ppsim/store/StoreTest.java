package nl.ppsim.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.ppsim.store.Ids.AccountId;
import nl.ppsim.store.Records.Account;
import nl.ppsim.store.Records.NewVersion;
import nl.ppsim.store.Records.PlanVersion;
import nl.ppsim.store.Records.Workspace;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store on every database the suite has (H2 always; PostgreSQL in CI, see {@link TestDatabases}). */
class StoreTest {
    @TempDir
    static Path dir;

    static List<TestDatabases.Kind> databases() {
        return TestDatabases.all(() -> dir);
    }

    private static NewVersion v(String yaml, String summary, AccountId author) {
        return new NewVersion(yaml, summary, 0.25, 0.01, 10000, 42L, null, author);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theFirstAccountIsTheAdministratorAndAnAddressHasOneAccount(TestDatabases.Kind kind) {
        try (TestDatabases.Fresh f = kind.open().get()) {
            Store s = new Store(f.db(), Clock.systemUTC());
            assertEquals(0, s.accounts());
            Account first = s.createAccount(" Anna@Example.NL ", "Anna", "hash-a");
            Account second = s.createAccount("bert@example.nl", "Bert", "hash-b");
            assertTrue(first.admin());
            assertFalse(second.admin());
            assertEquals("anna@example.nl", first.email(), "addresses compared in lower case");
            StoreException taken =
                    assertThrows(StoreException.class, () -> s.createAccount("ANNA@example.nl", "Other", "x"));
            assertEquals(StoreException.Reason.EMAIL_TAKEN, taken.reason());
            assertEquals("hash-b", s.passwordHash("Bert@example.nl").orElseThrow());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void workspacesKeepTheirMembersAndPlansApart(TestDatabases.Kind kind) {
        try (TestDatabases.Fresh f = kind.open().get()) {
            Store s = new Store(f.db(), Clock.systemUTC());
            Account anna = s.createAccount("anna@example.nl", "Anna", "h");
            Account bert = s.createAccount("bert@example.nl", "Bert", "h");
            Workspace a = s.createWorkspace(anna.id(), "PPS Techniek");
            Workspace b = s.createWorkspace(bert.id(), "PPS Zorg");
            assertEquals(Role.OWNER, s.role(a.id(), anna.id()).orElseThrow());
            assertTrue(s.role(a.id(), bert.id()).isEmpty(), "Bert is no member of Anna's workspace");
            s.setMember(anna.id(), a.id(), bert.id(), Role.VIEWER);
            assertEquals(Role.VIEWER, s.role(a.id(), bert.id()).orElseThrow());
            assertEquals(2, s.workspaces(bert.id()).size());
            PlanVersion p = s.createPlan(a.id(), "plan", v("title: x", "eerste versie", anna.id()));
            assertEquals(1, p.version());
            assertEquals(1, s.plans(a.id()).size());
            assertEquals(0, s.plans(b.id()).size(), "another workspace's plans are not listed");
            assertEquals(
                    StoreException.Reason.NAME_TAKEN,
                    assertThrows(StoreException.class, () -> s.createPlan(a.id(), "plan", v("y", "", anna.id())))
                            .reason());
            // the same name in another workspace is another plan
            s.createPlan(b.id(), "plan", v("title: b", "", bert.id()));
            List<String> actions = s.auditLog(a.id(), 100).stream()
                    .map(Records.AuditEntry::action)
                    .toList();
            assertEquals(List.of("plan.created", "member.set", "workspace.created"), actions);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSaveStartsFromTheNewestVersionOrFailsWithAConflict(TestDatabases.Kind kind) {
        try (TestDatabases.Fresh f = kind.open().get()) {
            Store s = new Store(f.db(), Clock.systemUTC());
            Account anna = s.createAccount("anna@example.nl", "Anna", "h");
            Workspace w = s.createWorkspace(anna.id(), "PPS");
            PlanVersion one = s.createPlan(w.id(), "plan", v("title: een", "eerste", anna.id()));
            PlanVersion two = s.save(one.plan(), 1, v("title: twee", "tweede", anna.id()));
            assertEquals(2, two.version());
            StoreException conflict = assertThrows(
                    StoreException.class, () -> s.save(one.plan(), 1, v("title: oud", "van versie 1", anna.id())));
            assertEquals(StoreException.Reason.CONFLICT, conflict.reason());
            assertEquals(2, conflict.head(), "the conflict names the newest version");
            assertEquals("title: twee", s.version(one.plan(), 2).orElseThrow().yaml(), "nothing overwritten");
            PlanVersion restored = s.save(
                    one.plan(), 2, new NewVersion("title: een", "hersteld", null, null, null, null, 1, anna.id()));
            assertEquals(3, restored.version());
            assertEquals(1, restored.restoredFrom());
            assertNull(restored.headline());
            List<PlanVersion> all = s.versions(one.plan());
            assertEquals(
                    List.of(3, 2, 1), all.stream().map(PlanVersion::version).toList());
            assertNull(all.get(0).yaml(), "a listing holds no YAML");
            assertEquals("Anna", all.get(0).authorName());
            assertEquals(0.25, s.version(one.plan(), 2).orElseThrow().headline());
        }
    }

    /**
     * Two users saving on top of the same version at the same moment: exactly one save wins, the
     * other gets a conflict; no version is lost or doubled (20 rounds of 2 racing threads).
     */
    @ParameterizedTest
    @MethodSource("databases")
    void racingSavesNeverOverwriteEachOther(TestDatabases.Kind kind) throws Exception {
        try (TestDatabases.Fresh f = kind.open().get()) {
            Store s = new Store(f.db(), Clock.systemUTC());
            Account anna = s.createAccount("anna@example.nl", "Anna", "h");
            Workspace w = s.createWorkspace(anna.id(), "PPS");
            PlanVersion first = s.createPlan(w.id(), "plan", v("v1", "", anna.id()));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 20; round++) {
                    int base = s.plan(first.plan()).orElseThrow().head();
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<Boolean>> tries = new java.util.ArrayList<>();
                    for (int t = 0; t < 2; t++) {
                        String text = "round " + round + " by " + t;
                        tries.add(pool.submit(() -> {
                            start.await();
                            try {
                                s.save(first.plan(), base, v(text, "", anna.id()));
                                return true;
                            } catch (StoreException e) {
                                assertEquals(StoreException.Reason.CONFLICT, e.reason());
                                return false;
                            }
                        }));
                    }
                    start.countDown();
                    int won = 0;
                    for (Future<Boolean> t : tries) {
                        won += t.get() ? 1 : 0;
                    }
                    assertEquals(1, won, "exactly one of two racing saves wins");
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(21, s.versions(first.plan()).size());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anInvitationMakesTheAccountAndMembershipOnce(TestDatabases.Kind kind) {
        try (TestDatabases.Fresh f = kind.open().get()) {
            Store s = new Store(f.db(), Clock.systemUTC());
            Account anna = s.createAccount("anna@example.nl", "Anna", "h");
            Workspace w = s.createWorkspace(anna.id(), "PPS");
            s.invite(anna.id(), w.id(), "tokenhash", "Carla@Example.nl", Role.EDITOR);
            assertEquals(
                    "carla@example.nl", s.invitation("tokenhash").orElseThrow().email());
            Account carla = s.acceptInvitation("tokenhash", "Carla", "hc");
            assertEquals(Role.EDITOR, s.role(w.id(), carla.id()).orElseThrow());
            assertFalse(carla.admin());
            assertTrue(s.invitation("tokenhash").isEmpty(), "used once");
            assertEquals(
                    StoreException.Reason.NO_INVITATION,
                    assertThrows(StoreException.class, () -> s.acceptInvitation("tokenhash", "X", "h"))
                            .reason());
        }
    }

    /** The embedded database's folder (PostgreSQL keeps its own files). */
    @org.junit.jupiter.api.Test
    void theDataFolderIsPpsimsOwnOrRefused() throws Exception {
        Path users = Files.createDirectories(dir.resolve("users-folder"));
        Files.writeString(users.resolve("notes.txt"), "mine");
        assertThrows(Database.NotOurs.class, () -> Database.embedded(users));
        assertEquals("mine", Files.readString(users.resolve("notes.txt")));
        Path ours = dir.resolve("ours");
        try (Database db = Database.embedded(ours)) {
            new Store(db, Clock.systemUTC()).createAccount("a@b.nl", "A", "h");
        }
        Path backup;
        try (Database db = Database.embedded(ours)) {
            assertEquals(1, new Store(db, Clock.systemUTC()).accounts(), "reopened with its data");
            backup = db.backup(Clock.systemUTC());
            assertTrue(backup.startsWith(ours.resolve("backups")), "a backup in the data folder's own backups/");
            new Store(db, Clock.systemUTC()).createAccount("after@b.nl", "After", "h");
        }
        assertThrows(Database.NotOurs.class, () -> Database.restore(backup, users), "never into a used folder");
        Path restored = dir.resolve("restored");
        Database.restore(backup, restored);
        try (Database db = Database.embedded(restored)) {
            Store s = new Store(db, Clock.systemUTC());
            assertEquals(1, s.accounts(), "the state at the backup: the later account is not in it");
            assertTrue(s.account("a@b.nl").isPresent());
        }
    }
}
