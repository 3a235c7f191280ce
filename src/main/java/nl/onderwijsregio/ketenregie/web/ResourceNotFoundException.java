package nl.onderwijsregio.ketenregie.web;

/** Answered with 404. Also used for things that exist but are outside the caller's scope. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
