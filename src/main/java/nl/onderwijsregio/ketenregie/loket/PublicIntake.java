package nl.onderwijsregio.ketenregie.loket;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method that accepts registrations from anyone. The rate and body-size limits attach to
 * the handler Spring MVC chose, not to a spelling of its path, so no encoding, matrix parameter or double
 * slash that still reaches the handler can pass around them.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface PublicIntake {
}
