package nl.ppsim.store;

import java.util.Locale;

/** What a member may do in a workspace: each role may do what the roles after it may. */
public enum Role {
    /** Manages members and invitations, reads the audit log; also edits. */
    OWNER,
    /** Saves versions, restores them, makes plans; also views. */
    EDITOR,
    /** Reads plans, their versions and reports. */
    VIEWER;

    /** True when this role may do what {@code needed} may. */
    public boolean allows(Role needed) {
        return ordinal() <= needed.ordinal();
    }

    /** The code stored and sent: {@code owner}, {@code editor}, {@code viewer}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this code, or null. */
    public static Role of(String code) {
        for (Role r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        return null;
    }
}
