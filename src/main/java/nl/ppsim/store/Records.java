package nl.ppsim.store;

import java.time.OffsetDateTime;
import nl.ppsim.store.Ids.AccountId;
import nl.ppsim.store.Ids.PlanId;
import nl.ppsim.store.Ids.RoundId;
import nl.ppsim.store.Ids.WorkspaceId;

/** What the store returns: immutable values. */
public final class Records {
    private Records() {}

    /** An account (its password hash stays in the store: {@link Store#passwordHash}). */
    public record Account(AccountId id, String email, String name, boolean admin) {}

    /** A workspace: the plans and members of one PPS. */
    public record Workspace(WorkspaceId id, String name) {}

    /** A workspace as one of its members sees it: with their role. */
    public record Membership(Workspace workspace, Role role) {}

    /** A member of a workspace. */
    public record Member(Account account, Role role) {}

    /** A plan: its name and the number of its newest version. */
    public record Plan(PlanId id, WorkspaceId workspace, String name, int head) {}

    /**
     * What a save stores: the scenario's YAML as written, what changed in the author's words, the
     * headline at this version (the scenario's own answer: probability, standard error, draws and
     * seed; null when the scenario did not run) and, for a restore, the version restored.
     */
    public record NewVersion(
            String yaml,
            String summary,
            Double headline,
            Double headlineSe,
            Integer iterations,
            Long seed,
            Integer restoredFrom,
            AccountId author) {}

    /** A saved version ({@code yaml} null in a listing). */
    public record PlanVersion(
            PlanId plan,
            int version,
            String yaml,
            String summary,
            Double headline,
            Double headlineSe,
            Integer iterations,
            Long seed,
            Integer restoredFrom,
            AccountId author,
            String authorName,
            OffsetDateTime at) {}

    /** One line of the audit log: who did what to what, when. */
    public record AuditEntry(
            long id, OffsetDateTime at, AccountId account, String accountName, String action, String subject) {}

    /** An invitation found by its token. */
    public record Invitation(WorkspaceId workspace, String email, Role role) {}

    /**
     * A review round: for one scheme (and variant), with a budget (null: the scheme's ceiling) and
     * a deadline after which nothing more is submitted.
     */
    public record ReviewRound(
            RoundId id, String name, String scheme, String variant, Double budget, OffsetDateTime deadline) {}

    /** A plan's version submitted to a round (frozen: a version never changes). */
    public record Submission(
            RoundId round,
            PlanId plan,
            String planName,
            WorkspaceId workspace,
            String workspaceName,
            int version,
            String submittedBy,
            OffsetDateTime at) {}

    /** A reviewer's comment on a submitted plan. */
    public record Comment(long id, PlanId plan, String author, OffsetDateTime at, String text) {}
}
