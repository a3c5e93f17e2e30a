package nl.ppsim.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #FAILURES} failed sign-ins for one email address,
 * or {@value #FAILURES_PER_CLIENT} from one client address (a school's whole network may share
 * one), within {@value #WINDOW_SECONDS} s, further attempts for it are refused (429) until the
 * window has passed. A success clears the email address's count. Well inside OWASP's
 * Application Security Verification Standard 4.0.3, requirement 2.2.1 (no more than 100 failed
 * attempts per hour on one account; https://owasp.org/www-project-application-security-verification-standard/).
 */
final class SignInLimiter {
    static final int FAILURES = 5;
    static final int FAILURES_PER_CLIENT = 50;
    static final int WINDOW_SECONDS = 900;
    /** Most keys kept; beyond it the oldest windows are dropped (a cap on the limiter's memory). */
    private static final int MAX_KEYS = 100_000;

    private record Window(long start, int failures) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final java.util.function.LongSupplier clock;

    SignInLimiter(java.util.function.LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    /** True when {@code key} (an email address, or a client) may try again, below {@code limit} failures. */
    boolean allowed(String key, int limit) {
        Window w = windows.get(key);
        return w == null || expired(w) || w.failures() < limit;
    }

    /** Counts a failure for each key. */
    void failed(String... keys) {
        if (windows.size() > MAX_KEYS) {
            windows.values().removeIf(this::expired);
        }
        for (String key : keys) {
            windows.compute(
                    key,
                    (k, w) -> w == null || expired(w)
                            ? new Window(clock.getAsLong(), 1)
                            : new Window(w.start(), w.failures() + 1));
        }
    }

    /** Forgets a key's failures (after a success). */
    void succeeded(String key) {
        windows.remove(key);
    }

    private boolean expired(Window w) {
        return clock.getAsLong() - w.start() > WINDOW_SECONDS * 1_000_000_000L;
    }
}
