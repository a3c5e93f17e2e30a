package nl.ppsim.store;

/** A store operation that cannot be done as asked: the caller tells the user why. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, as an id the presentation layer words. */
    public enum Reason {
        /** The email address already has an account. */
        EMAIL_TAKEN,
        /** The workspace already has a plan of that name. */
        NAME_TAKEN,
        /** Someone saved a newer version since the one the save starts from. */
        CONFLICT,
        /** The invitation is unknown or was used. */
        NO_INVITATION,
        /** No such plan or version. */
        NOT_FOUND,
        /** The plan is already submitted to this round (a submission is frozen). */
        ALREADY_SUBMITTED
    }

    private final Reason reason;
    private final int head;

    /** A failure for {@code reason}; {@code head} the plan's newest version for a conflict, else 0. */
    public StoreException(Reason reason, int head) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.head = head;
    }

    /** Why. */
    public Reason reason() {
        return reason;
    }

    /** The plan's newest version (a conflict). */
    public int head() {
        return head;
    }
}
