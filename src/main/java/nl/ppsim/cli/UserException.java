package nl.ppsim.cli;

/** A mistake in how the command was called (not in the scenario): shown as one line, exit 2. */
final class UserException extends RuntimeException {
    UserException(String message) {
        super(message);
    }
}
