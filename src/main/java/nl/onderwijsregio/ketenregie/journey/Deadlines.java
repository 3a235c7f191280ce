package nl.onderwijsregio.ketenregie.journey;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Due dates of the journey's tasks, configured under ketenregie.termijnen.* (ISO-8601 periods). */
@Component("termijnen")
public class Deadlines {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;
    private final Period intakeConversation;

    Deadlines(Clock clock, @Value("${ketenregie.termijnen.intakegesprek}") Period intakeConversation) {
        this.clock = clock;
        this.intakeConversation = intakeConversation;
    }

    /** Due date of the intake conversation, counted from now. Used in the BPMN as ${termijnen.intakegesprek()}. */
    public Date intakegesprek() {
        return Date.from(clock.instant().atZone(NETHERLANDS).plus(intakeConversation).toInstant());
    }
}
