package nl.onderwijsregio.ketenregie.web;

/**
 * The request is valid, but the state of the case does not allow it (HTTP 409), e.g. a handover to a
 * region where the candidate already has a running dossier. Field and message are Dutch, for the user.
 */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
