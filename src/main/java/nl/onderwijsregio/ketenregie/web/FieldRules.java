package nl.onderwijsregio.ketenregie.web;

/**
 * The one set of rules for text that people type, as regular expressions for {@code @Pattern}: used by the
 * public intake (loket/Registration) and by the staff's correction of a dossier's details, so a name that
 * one accepts the other accepts too.
 */
public final class FieldRules {

    /**
     * A person's name: letters of any script, combining marks, space, apostrophe (straight or typographic),
     * dot and hyphen ("Ağaoğlu-Özdemir", "d'Ancona", "d’Ancona", "Noë"). Control characters, bidi overrides
     * and zero-width characters are not letters, so a name cannot hide or reorder text on a page or in a mail.
     */
    public static final String NAME = "^\\p{L}[\\p{L}\\p{M} '’.\\-]*$";

    /**
     * Free text on one or more lines: no markup brackets, no control characters except tab and line breaks
     * (a text area sends CR LF), and no bidi override or isolate characters that could reorder what
     * others read. A NUL byte would otherwise fail in PostgreSQL as a server error.
     */
    public static final String TEXT = "^[[^<>\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069][\\t\\r\\n]]*$";

    /** An email address as people type it: no spaces, brackets, control or format characters. */
    public static final String EMAIL = "^[^\\s\\p{Cc}\\p{Cf}@<>()\\[\\],;:\"]+@[^\\s\\p{Cc}\\p{Cf}@<>()\\[\\],;:\"]+"
            + "\\.[^\\s\\p{Cc}\\p{Cf}@<>()\\[\\],;:\"]{2,}$";

    /** A phone number: digits with an optional leading plus, spaces, brackets and hyphens; may be empty. */
    public static final String PHONE = "^$|^\\+?[0-9 ()\\-]{6,30}$";

    private FieldRules() {
    }
}
