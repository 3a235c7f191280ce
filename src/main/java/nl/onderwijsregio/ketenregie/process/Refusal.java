package nl.onderwijsregio.ketenregie.process;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A step that Ketenregie refuses, with a Dutch message meant for the person who tried it. Thrown by task
 * listeners and checks inside the engine; {@link RefusalTranslator} takes it out of the engine's wrapping
 * exceptions, and {@link EngineRestRefusals} answers it over HTTP with its status and the message alone.
 */
public class Refusal extends BadUserRequestException {

    private final int status;

    private Refusal(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The input is not acceptable (HTTP 400); nothing changed. */
    public static Refusal invalid(String message) {
        return new Refusal(400, message);
    }

    /** The user may not do this (HTTP 403). */
    public static Refusal forbidden(String message) {
        return new Refusal(403, message);
    }

    /** Not visible to the user, which to them is the same as not existing (HTTP 404). */
    public static Refusal notFound(String message) {
        return new Refusal(404, message);
    }

    /** Somebody else changed the same thing at the same moment (HTTP 409). */
    public static Refusal conflict(String message) {
        return new Refusal(409, message);
    }

    /** The database cannot be reached; nothing changed, try again shortly (HTTP 503, with Retry-After). */
    public static Refusal unavailable(String message) {
        return new Refusal(503, message);
    }

    public int status() {
        return status;
    }
}
