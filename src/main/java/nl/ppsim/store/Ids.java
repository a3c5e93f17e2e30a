package nl.ppsim.store;

/** Typed ids of what the store keeps, so an account's id is never passed where a plan's is meant. */
public final class Ids {
    private Ids() {}

    /** An account's id. */
    public record AccountId(long value) {}

    /** A workspace's id (one PPS). */
    public record WorkspaceId(long value) {}

    /** A plan's id; its versions are numbered 1, 2, ... within it. */
    public record PlanId(long value) {}

    /** A review round's id. */
    public record RoundId(long value) {}
}
