package nl.ppsim.server;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Password hashes: Argon2id with OWASP's minimum parameters (19 MiB of memory, 2 iterations, 1
 * lane; OWASP, "Password Storage Cheat Sheet", 2024), by password4j. The hash string carries its
 * parameters and salt, so a stored hash is checked with the parameters it was made with.
 */
final class Passwords {
    /** OWASP's Argon2id minimum: m=19456 KiB, t=2, p=1; a 32-byte hash. */
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

    /** Shortest password accepted (NIST SP 800-63B, 5.1.1.2: at least 8 characters). */
    static final int MIN_LENGTH = 8;
    /** Longest password accepted (a cap on the work one sign-in may cause). */
    static final int MAX_LENGTH = 200;

    /**
     * A hash checked against when the address has no account, so that signing in with an unknown
     * address takes as long as with a wrong password (no timing tells which addresses exist).
     */
    static final String DUMMY = hash("no account has this password");

    private Passwords() {}

    /** The Argon2id hash of {@code password}, with a fresh random salt, as a PHC string. */
    static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    /** True when {@code password} matches {@code hash}. */
    static boolean matches(String password, String hash) {
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException badHash) {
            return false;
        }
    }
}
