package nl.ppsim.scenario;

/**
 * A scheme's own text (a note, a variant's description, how a committee assesses) in Dutch and,
 * where the scheme file gives it, in English. A scheme file writes it as a string (Dutch) or as
 * {@code {nl: ..., en: ...}}; the presentation layer picks the reader's language. Sources are
 * not Wordings: they quote Dutch regulations and stay as cited.
 */
public record Wording(String nl, String en) {
    /** No text. */
    public static final Wording NONE = new Wording("", null);

    /** Requires the Dutch text; {@code en} is null when the scheme file gives none. */
    public Wording {
        java.util.Objects.requireNonNull(nl, "nl");
        if (en != null && en.isEmpty()) {
            en = null;
        }
    }

    /** A text in Dutch only. */
    public static Wording dutch(String nl) {
        return new Wording(nl, null);
    }

    /** True when there is no text. */
    public boolean isEmpty() {
        return nl.isEmpty();
    }
}
