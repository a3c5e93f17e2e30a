package nl.ppsim.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.ppsim.store.Ids.AccountId;
import nl.ppsim.store.Ids.PlanId;
import nl.ppsim.store.Ids.RoundId;
import nl.ppsim.store.Ids.WorkspaceId;
import nl.ppsim.store.Records.Account;
import nl.ppsim.store.Records.AuditEntry;
import nl.ppsim.store.Records.Invitation;
import nl.ppsim.store.Records.Member;
import nl.ppsim.store.Records.Membership;
import nl.ppsim.store.Records.NewVersion;
import nl.ppsim.store.Records.Plan;
import nl.ppsim.store.Records.PlanVersion;
import nl.ppsim.store.Records.ReviewRound;
import nl.ppsim.store.Records.Submission;
import nl.ppsim.store.Records.Workspace;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What the shared server keeps, as transactions: every change and its line in the audit log are
 * one transaction, so the log misses nothing that happened and holds nothing that did not. A saved
 * version is never changed or deleted; a save names the version it starts from and fails with
 * {@link StoreException.Reason#CONFLICT} when someone saved after it (never a silent overwrite).
 *
 * <p>The store does not check who may do what: the server asks {@link #role} first.
 */
public final class Store {
    private final Jdbi jdbi;
    private final Clock clock;

    /** The store of {@code db}, timestamps from {@code clock}. */
    public Store(Database db, Clock clock) {
        this.jdbi = db.jdbi();
        this.clock = clock;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** An email address as stored and compared: trimmed, lower case. */
    public static String normalEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- accounts

    /** The number of accounts (none: the first to sign up becomes the administrator). */
    public int accounts() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account")
                .mapTo(Integer.class)
                .one());
    }

    /**
     * Makes an account; the first account made becomes the administrator. Fails with
     * {@link StoreException.Reason#EMAIL_TAKEN} when the address has one.
     */
    public Account createAccount(String email, String name, String passwordHash) {
        return jdbi.inTransaction(h -> createAccount(h, email, name, passwordHash));
    }

    private Account createAccount(Handle h, String email, String name, String passwordHash) {
        String e = normalEmail(email);
        if (accountId(h, e).isPresent()) {
            throw new StoreException(StoreException.Reason.EMAIL_TAKEN, 0);
        }
        boolean first = h.createQuery("SELECT COUNT(*) FROM account")
                        .mapTo(Integer.class)
                        .one()
                == 0;
        long id = h.createUpdate("INSERT INTO account (email, name, password_hash, admin, created_at)"
                        + " VALUES (:email, :name, :hash, :admin, :at)")
                .bind("email", e)
                .bind("name", name)
                .bind("hash", passwordHash)
                .bind("admin", first)
                .bind("at", now())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        Account a = new Account(new AccountId(id), e, name, first);
        audit(h, a.id(), null, "account.created", e + (first ? " (administrator)" : ""));
        return a;
    }

    private static Optional<Long> accountId(Handle h, String email) {
        return h.createQuery("SELECT id FROM account WHERE email = :e")
                .bind("e", email)
                .mapTo(Long.class)
                .findOne();
    }

    /** The account with this address, if any. */
    public Optional<Account> account(String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM account WHERE email = :e")
                .bind("e", normalEmail(email))
                .map((rs, ctx) -> account(rs))
                .findOne());
    }

    /** The account with this id, if any. */
    public Optional<Account> account(AccountId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM account WHERE id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> account(rs))
                .findOne());
    }

    /** The stored password hash of the account with this address (empty: no such account). */
    public Optional<String> passwordHash(String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM account WHERE email = :e")
                .bind("e", normalEmail(email))
                .mapTo(String.class)
                .findOne());
    }

    /** Replaces a password hash (a stronger hash after sign-in, or a new password). */
    public void setPasswordHash(AccountId id, String hash) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE account SET password_hash = :h WHERE id = :id")
                .bind("h", hash)
                .bind("id", id.value())
                .execute());
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(
                new AccountId(rs.getLong("id")), rs.getString("email"), rs.getString("name"), rs.getBoolean("admin"));
    }

    // ---------------------------------------------------------------- workspaces

    /** Makes a workspace with {@code owner} as its owner. */
    public Workspace createWorkspace(AccountId owner, String name) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO workspace (name, created_by, created_at) VALUES (:name, :by, :at)")
                    .bind("name", name)
                    .bind("by", owner.value())
                    .bind("at", now())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            WorkspaceId w = new WorkspaceId(id);
            setMember(h, w, owner, Role.OWNER);
            audit(h, owner, w, "workspace.created", name);
            return new Workspace(w, name);
        });
    }

    /** The workspace, if it exists. */
    public Optional<Workspace> workspace(WorkspaceId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name FROM workspace WHERE id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> new Workspace(new WorkspaceId(rs.getLong("id")), rs.getString("name")))
                .findOne());
    }

    /** The role of {@code account} in {@code workspace}; empty when not a member (or no such workspace). */
    public Optional<Role> role(WorkspaceId workspace, AccountId account) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT role FROM membership WHERE workspace_id = :w AND account_id = :a")
                        .bind("w", workspace.value())
                        .bind("a", account.value())
                        .mapTo(String.class)
                        .findOne()
                        .map(Role::of));
    }

    /** The workspaces {@code account} is a member of, with their role, by name. */
    public List<Membership> workspaces(AccountId account) {
        return jdbi.withHandle(h -> h.createQuery("SELECT w.id, w.name, m.role FROM workspace w"
                        + " JOIN membership m ON m.workspace_id = w.id WHERE m.account_id = :a ORDER BY w.name, w.id")
                .bind("a", account.value())
                .map((rs, ctx) -> new Membership(
                        new Workspace(new WorkspaceId(rs.getLong("id")), rs.getString("name")),
                        Role.of(rs.getString("role"))))
                .list());
    }

    /** The members of a workspace, by name. */
    public List<Member> members(WorkspaceId workspace) {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.*, m.role FROM account a"
                        + " JOIN membership m ON m.account_id = a.id WHERE m.workspace_id = :w ORDER BY a.name, a.id")
                .bind("w", workspace.value())
                .map((rs, ctx) -> new Member(account(rs), Role.of(rs.getString("role"))))
                .list());
    }

    /** Gives {@code account} the role {@code role} in the workspace (a member already: changes it). */
    public void setMember(AccountId actor, WorkspaceId workspace, AccountId account, Role role) {
        jdbi.useTransaction(h -> {
            setMember(h, workspace, account, role);
            audit(h, actor, workspace, "member.set", account.value() + " " + role.code());
        });
    }

    private static void setMember(Handle h, WorkspaceId w, AccountId a, Role role) {
        int changed = h.createUpdate("UPDATE membership SET role = :r WHERE workspace_id = :w AND account_id = :a")
                .bind("r", role.code())
                .bind("w", w.value())
                .bind("a", a.value())
                .execute();
        if (changed == 0) {
            h.createUpdate("INSERT INTO membership (workspace_id, account_id, role) VALUES (:w, :a, :r)")
                    .bind("r", role.code())
                    .bind("w", w.value())
                    .bind("a", a.value())
                    .execute();
        }
    }

    /** Keeps an invitation (by the SHA-256 of its token: the token itself is never stored). */
    public void invite(AccountId actor, WorkspaceId workspace, String tokenHash, String email, Role role) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO invitation (token_hash, workspace_id, email, role, invited_by, created_at)"
                            + " VALUES (:t, :w, :e, :r, :by, :at)")
                    .bind("t", tokenHash)
                    .bind("w", workspace.value())
                    .bind("e", normalEmail(email))
                    .bind("r", role.code())
                    .bind("by", actor.value())
                    .bind("at", now())
                    .execute();
            audit(h, actor, workspace, "member.invited", normalEmail(email) + " " + role.code());
        });
    }

    /** The unused invitation with this token hash, if any. */
    public Optional<Invitation> invitation(String tokenHash) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT workspace_id, email, role FROM invitation WHERE token_hash = :t AND used_at IS NULL")
                .bind("t", tokenHash)
                .map((rs, ctx) -> new Invitation(
                        new WorkspaceId(rs.getLong("workspace_id")),
                        rs.getString("email"),
                        Role.of(rs.getString("role"))))
                .findOne());
    }

    /**
     * Makes the invited person's account and membership and uses up the invitation, in one
     * transaction (an invitation is used once).
     */
    public Account acceptInvitation(String tokenHash, String name, String passwordHash) {
        return jdbi.inTransaction(h -> {
            Invitation inv = h.createQuery("SELECT workspace_id, email, role FROM invitation WHERE token_hash = :t"
                            + " AND used_at IS NULL")
                    .bind("t", tokenHash)
                    .map((rs, ctx) -> new Invitation(
                            new WorkspaceId(rs.getLong("workspace_id")),
                            rs.getString("email"),
                            Role.of(rs.getString("role"))))
                    .findOne()
                    .orElseThrow(() -> new StoreException(StoreException.Reason.NO_INVITATION, 0));
            int used = h.createUpdate("UPDATE invitation SET used_at = :at WHERE token_hash = :t AND used_at IS NULL")
                    .bind("at", now())
                    .bind("t", tokenHash)
                    .execute();
            if (used != 1) {
                throw new StoreException(StoreException.Reason.NO_INVITATION, 0);
            }
            Account a = createAccount(h, inv.email(), name, passwordHash);
            setMember(h, inv.workspace(), a.id(), inv.role());
            audit(
                    h,
                    a.id(),
                    inv.workspace(),
                    "member.joined",
                    inv.email() + " " + inv.role().code());
            return a;
        });
    }

    // ---------------------------------------------------------------- plans

    /** Makes a plan with its first version; fails with NAME_TAKEN when the workspace has one of that name. */
    public PlanVersion createPlan(WorkspaceId workspace, String name, NewVersion first) {
        return jdbi.inTransaction(h -> {
            boolean taken = h.createQuery("SELECT COUNT(*) FROM plan WHERE workspace_id = :w AND name = :n")
                            .bind("w", workspace.value())
                            .bind("n", name)
                            .mapTo(Integer.class)
                            .one()
                    > 0;
            if (taken) {
                throw new StoreException(StoreException.Reason.NAME_TAKEN, 0);
            }
            long id = h.createUpdate("INSERT INTO plan (workspace_id, name, head_version, created_at)"
                            + " VALUES (:w, :n, 1, :at)")
                    .bind("w", workspace.value())
                    .bind("n", name)
                    .bind("at", now())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            PlanId plan = new PlanId(id);
            insertVersion(h, plan, 1, first);
            audit(h, first.author(), workspace, "plan.created", id + " " + name);
            return version(h, plan, 1).orElseThrow();
        });
    }

    /** The plans of a workspace, by name. */
    public List<Plan> plans(WorkspaceId workspace) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plan WHERE workspace_id = :w ORDER BY name, id")
                .bind("w", workspace.value())
                .map((rs, ctx) -> plan(rs))
                .list());
    }

    /** The plan, if it exists. */
    public Optional<Plan> plan(PlanId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plan WHERE id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> plan(rs))
                .findOne());
    }

    private static Plan plan(ResultSet rs) throws SQLException {
        return new Plan(
                new PlanId(rs.getLong("id")),
                new WorkspaceId(rs.getLong("workspace_id")),
                rs.getString("name"),
                rs.getInt("head_version"));
    }

    /**
     * Saves a new version on top of {@code base}, which must be the plan's newest: otherwise
     * someone saved after the user loaded it, and the save fails with CONFLICT and the newest
     * version's number (the user's text is not lost: the caller still holds it).
     */
    public PlanVersion save(PlanId plan, int base, NewVersion v) {
        return jdbi.inTransaction(h -> {
            int moved = h.createUpdate("UPDATE plan SET head_version = :next WHERE id = :id AND head_version = :base")
                    .bind("next", base + 1)
                    .bind("id", plan.value())
                    .bind("base", base)
                    .execute();
            if (moved != 1) {
                int head = h.createQuery("SELECT head_version FROM plan WHERE id = :id")
                        .bind("id", plan.value())
                        .mapTo(Integer.class)
                        .findOne()
                        .orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND, 0));
                throw new StoreException(StoreException.Reason.CONFLICT, head);
            }
            insertVersion(h, plan, base + 1, v);
            long workspace = h.createQuery("SELECT workspace_id FROM plan WHERE id = :id")
                    .bind("id", plan.value())
                    .mapTo(Long.class)
                    .one();
            audit(
                    h,
                    v.author(),
                    new WorkspaceId(workspace),
                    v.restoredFrom() == null ? "plan.saved" : "plan.restored",
                    plan.value() + " v" + (base + 1) + (v.restoredFrom() == null ? "" : " from v" + v.restoredFrom()));
            return version(h, plan, base + 1).orElseThrow();
        });
    }

    private void insertVersion(Handle h, PlanId plan, int version, NewVersion v) {
        h.createUpdate(
                        "INSERT INTO plan_version (plan_id, version, yaml, summary, headline, headline_se, iterations,"
                                + " seed, restored_from, author_id, created_at)"
                                + " VALUES (:p, :v, :yaml, :summary, :headline, :se, :iterations, :seed, :restored, :author, :at)")
                .bind("p", plan.value())
                .bind("v", version)
                .bind("yaml", v.yaml())
                .bind("summary", v.summary())
                .bind("headline", v.headline())
                .bind("se", v.headlineSe())
                .bind("iterations", v.iterations())
                .bind("seed", v.seed())
                .bind("restored", v.restoredFrom())
                .bind("author", v.author().value())
                .bind("at", now())
                .execute();
    }

    /** Every version of a plan, newest first, without their YAML. */
    public List<PlanVersion> versions(PlanId plan) {
        return jdbi.withHandle(h -> h.createQuery("SELECT v.plan_id, v.version, v.summary, v.headline, v.headline_se,"
                        + " v.iterations, v.seed, v.restored_from, v.author_id, v.created_at, a.name AS author_name"
                        + " FROM plan_version v JOIN account a ON a.id = v.author_id WHERE v.plan_id = :p"
                        + " ORDER BY v.version DESC")
                .bind("p", plan.value())
                .map((rs, ctx) -> version(rs, null))
                .list());
    }

    /** One version with its YAML. */
    public Optional<PlanVersion> version(PlanId plan, int version) {
        return jdbi.withHandle(h -> version(h, plan, version));
    }

    private static Optional<PlanVersion> version(Handle h, PlanId plan, int version) {
        return h.createQuery("SELECT v.*, a.name AS author_name FROM plan_version v JOIN account a"
                        + " ON a.id = v.author_id WHERE v.plan_id = :p AND v.version = :v")
                .bind("p", plan.value())
                .bind("v", version)
                .map((rs, ctx) -> version(rs, rs.getString("yaml")))
                .findOne();
    }

    private static PlanVersion version(ResultSet rs, String yaml) throws SQLException {
        return new PlanVersion(
                new PlanId(rs.getLong("plan_id")),
                rs.getInt("version"),
                yaml,
                rs.getString("summary"),
                (Double) rs.getObject("headline", Double.class),
                (Double) rs.getObject("headline_se", Double.class),
                (Integer) rs.getObject("iterations", Integer.class),
                (Long) rs.getObject("seed", Long.class),
                (Integer) rs.getObject("restored_from", Integer.class),
                new AccountId(rs.getLong("author_id")),
                rs.getString("author_name"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    // ---------------------------------------------------------------- rounds

    /** Opens a review round; {@code actor} becomes its first reviewer. */
    public ReviewRound openRound(
            AccountId actor, String name, String scheme, String variant, Double budget, OffsetDateTime deadline) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO review_round (name, scheme, variant, budget, deadline, created_by,"
                            + " created_at) VALUES (:name, :scheme, :variant, :budget, :deadline, :by, :at)")
                    .bind("name", name)
                    .bind("scheme", scheme)
                    .bind("variant", variant)
                    .bind("budget", budget)
                    .bind("deadline", deadline.withOffsetSameInstant(ZoneOffset.UTC))
                    .bind("by", actor.value())
                    .bind("at", now())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            h.createUpdate("INSERT INTO round_reviewer (round_id, account_id) VALUES (:r, :a)")
                    .bind("r", id)
                    .bind("a", actor.value())
                    .execute();
            audit(h, actor, null, "round.opened", id + " " + name + " " + scheme);
            return new ReviewRound(new RoundId(id), name, scheme, variant, budget, deadline);
        });
    }

    /** Every round, newest first. */
    public List<ReviewRound> rounds() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM review_round ORDER BY id DESC")
                .map((rs, ctx) -> round(rs))
                .list());
    }

    /** The round, if it exists. */
    public Optional<ReviewRound> round(RoundId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM review_round WHERE id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> round(rs))
                .findOne());
    }

    private static ReviewRound round(ResultSet rs) throws SQLException {
        Object budget = rs.getObject("budget");
        return new ReviewRound(
                new RoundId(rs.getLong("id")),
                rs.getString("name"),
                rs.getString("scheme"),
                rs.getString("variant"),
                budget == null ? null : rs.getDouble("budget"),
                rs.getObject("deadline", OffsetDateTime.class));
    }

    /** True when {@code account} reviews {@code round}. */
    public boolean reviews(RoundId round, AccountId account) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM round_reviewer WHERE round_id = :r AND account_id = :a")
                                .bind("r", round.value())
                                .bind("a", account.value())
                                .mapTo(Integer.class)
                                .one()
                        > 0);
    }

    /** Makes {@code account} a reviewer of {@code round} (no change when it is one). */
    public void addReviewer(AccountId actor, RoundId round, AccountId account) {
        jdbi.useTransaction(h -> {
            boolean is = h.createQuery("SELECT COUNT(*) FROM round_reviewer WHERE round_id = :r AND account_id = :a")
                            .bind("r", round.value())
                            .bind("a", account.value())
                            .mapTo(Integer.class)
                            .one()
                    > 0;
            if (!is) {
                h.createUpdate("INSERT INTO round_reviewer (round_id, account_id) VALUES (:r, :a)")
                        .bind("r", round.value())
                        .bind("a", account.value())
                        .execute();
                audit(h, actor, null, "round.reviewer", round.value() + " " + account.value());
            }
        });
    }

    /**
     * Submits a version of a plan to a round; a plan is submitted once per round (ALREADY_SUBMITTED
     * after that): what a reviewer judges never changes under them.
     */
    public void submit(AccountId actor, RoundId round, PlanId plan, int version) {
        jdbi.useTransaction(h -> {
            boolean done = h.createQuery("SELECT COUNT(*) FROM submission WHERE round_id = :r AND plan_id = :p")
                            .bind("r", round.value())
                            .bind("p", plan.value())
                            .mapTo(Integer.class)
                            .one()
                    > 0;
            if (done) {
                throw new StoreException(StoreException.Reason.ALREADY_SUBMITTED, 0);
            }
            if (version(h, plan, version).isEmpty()) {
                throw new StoreException(StoreException.Reason.NOT_FOUND, 0);
            }
            h.createUpdate("INSERT INTO submission (round_id, plan_id, version, submitted_by, submitted_at)"
                            + " VALUES (:r, :p, :v, :a, :at)")
                    .bind("r", round.value())
                    .bind("p", plan.value())
                    .bind("v", version)
                    .bind("a", actor.value())
                    .bind("at", now())
                    .execute();
            long workspace = h.createQuery("SELECT workspace_id FROM plan WHERE id = :id")
                    .bind("id", plan.value())
                    .mapTo(Long.class)
                    .one();
            audit(
                    h,
                    actor,
                    new WorkspaceId(workspace),
                    "plan.submitted",
                    plan.value() + " v" + version + " round " + round.value());
        });
    }

    /** The submissions of a round, in the order they came in. */
    public List<Submission> submissions(RoundId round) {
        return submissions("s.round_id = :x", round.value());
    }

    /** The rounds a plan was submitted to. */
    public List<Submission> submissionsOf(PlanId plan) {
        return submissions("s.plan_id = :x", plan.value());
    }

    private List<Submission> submissions(String where, long x) {
        return jdbi.withHandle(h -> h.createQuery("SELECT s.*, p.name AS plan_name, p.workspace_id, w.name AS"
                        + " workspace_name, a.name AS by_name FROM submission s JOIN plan p ON p.id = s.plan_id"
                        + " JOIN workspace w ON w.id = p.workspace_id JOIN account a ON a.id = s.submitted_by"
                        + " WHERE " + where + " ORDER BY s.submitted_at, s.plan_id")
                .bind("x", x)
                .map((rs, ctx) -> new Submission(
                        new RoundId(rs.getLong("round_id")),
                        new PlanId(rs.getLong("plan_id")),
                        rs.getString("plan_name"),
                        new WorkspaceId(rs.getLong("workspace_id")),
                        rs.getString("workspace_name"),
                        rs.getInt("version"),
                        rs.getString("by_name"),
                        rs.getObject("submitted_at", OffsetDateTime.class)))
                .list());
    }

    /** A reviewer's comment on a submitted plan. */
    public void comment(AccountId actor, RoundId round, PlanId plan, String text) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO review_comment (round_id, plan_id, author_id, at, text)"
                            + " VALUES (:r, :p, :a, :at, :t)")
                    .bind("r", round.value())
                    .bind("p", plan.value())
                    .bind("a", actor.value())
                    .bind("at", now())
                    .bind("t", text)
                    .execute();
            audit(h, actor, null, "round.comment", round.value() + " plan " + plan.value());
        });
    }

    /** The comments on a submitted plan, oldest first. */
    public List<Records.Comment> comments(RoundId round, PlanId plan) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT c.*, a.name AS author_name FROM review_comment c"
                                + " JOIN account a ON a.id = c.author_id WHERE c.round_id = :r AND c.plan_id = :p ORDER BY c.id")
                .bind("r", round.value())
                .bind("p", plan.value())
                .map((rs, ctx) -> new Records.Comment(
                        rs.getLong("id"),
                        new PlanId(rs.getLong("plan_id")),
                        rs.getString("author_name"),
                        rs.getObject("at", OffsetDateTime.class),
                        rs.getString("text")))
                .list());
    }

    // ---------------------------------------------------------------- audit

    /** Writes a line in the audit log (for what is not a change of the store: a sign-in, a download). */
    public void audit(AccountId account, WorkspaceId workspace, String action, String subject) {
        jdbi.useHandle(h -> audit(h, account, workspace, action, subject));
    }

    private void audit(Handle h, AccountId account, WorkspaceId workspace, String action, String subject) {
        h.createUpdate("INSERT INTO audit (at, account_id, workspace_id, action, subject) VALUES (:at, :a, :w, :x, :s)")
                .bind("at", now())
                .bind("a", account == null ? null : account.value())
                .bind("w", workspace == null ? null : workspace.value())
                .bind("x", action)
                .bind("s", subject.length() > 400 ? subject.substring(0, 400) : subject)
                .execute();
    }

    /** The newest {@code limit} lines of a workspace's audit log, newest first. */
    public List<AuditEntry> auditLog(WorkspaceId workspace, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT l.*, a.name AS account_name FROM audit l"
                        + " LEFT JOIN account a ON a.id = l.account_id WHERE l.workspace_id = :w ORDER BY l.id DESC")
                .bind("w", workspace.value())
                .setMaxRows(limit)
                .map((rs, ctx) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getObject("at", OffsetDateTime.class),
                        rs.getObject("account_id") == null ? null : new AccountId(rs.getLong("account_id")),
                        rs.getString("account_name"),
                        rs.getString("action"),
                        rs.getString("subject")))
                .list());
    }
}
