package nl.onderwijsregio.ketenregie.journey;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates and timer durations for the BPMN, as expressions like ${termijnen.taak('intakegesprek')}. All
 * values come from {@link JourneySettings}, so a region can change them without touching the model.
 */
@Component("termijnen")
public class Deadlines {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final JourneySettings settings;
    private final Clock clock;

    Deadlines(JourneySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Due date of a task created now. */
    public Date taak(String task) {
        return Date.from(clock.instant().atZone(NETHERLANDS).plus(period(task)).toInstant());
    }

    /** Timer duration after which an open task escalates: its due period plus the escalation period. */
    public String escalatie(String task) {
        return period(task).plus(settings.escalatieNa()).normalized().toString();
    }

    public String dubbeleBezetting() {
        return settings.dubbeleBezetting().toString();
    }

    public String begeleidingsjaar() {
        return settings.begeleidingsjaar().toString();
    }

    public String inductie() {
        return settings.inductie().toString();
    }

    public String begeleidingsurenCyclus() {
        return settings.begeleidingsurenCyclus();
    }

    /** The moment of the retention follow-up {@code years} after the qualification date. */
    public Date navraag(Date qualifiedOn, int years) {
        return Date.from(qualifiedOn.toInstant().atZone(NETHERLANDS).plusYears(years).toInstant());
    }

    public int maxMatchRondes() {
        return settings.matching().maxRondes();
    }

    private Period period(String task) {
        Period period = settings.termijnen().get(task);
        if (period == null) {
            throw new IllegalArgumentException("No due period configured for task '" + task
                    + "' (ketenregie.traject.termijnen." + task + ")");
        }
        return period;
    }
}
