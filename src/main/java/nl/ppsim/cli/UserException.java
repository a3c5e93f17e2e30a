package nl.ppsim.cli;

import nl.ppsim.report.Lang;

/**
 * A mistake in how the command was called (not in the scenario): shown as one line, exit 2. It
 * carries its text in Dutch and, when written, in English; the run's language picks one.
 */
final class UserException extends RuntimeException {
    private final String english;

    UserException(String dutch) {
        this(dutch, null);
    }

    UserException(String dutch, String english) {
        super(dutch);
        this.english = english;
    }

    String message(Lang lang) {
        return lang == Lang.EN && english != null ? english : getMessage();
    }
}
