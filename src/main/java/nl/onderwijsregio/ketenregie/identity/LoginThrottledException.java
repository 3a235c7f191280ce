package nl.onderwijsregio.ketenregie.identity;

import org.springframework.security.authentication.LockedException;

/** A login attempt refused unchecked because this client failed too often; carries the wait in seconds. */
public class LoginThrottledException extends LockedException {

    private final long retryAfterSeconds;

    LoginThrottledException(long retryAfterSeconds) {
        super("Te veel pogingen, probeer het over " + retryAfterSeconds + " seconden opnieuw.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
