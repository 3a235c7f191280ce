package nl.onderwijsregio.ketenregie.process;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Due dates and escalation timers of every process, as BPMN expressions like
 * {@code ${termijnen.taak('traject', 'intakegesprek')}}. The periods come from the settings
 * {@code ketenregie.<proces>.termijnen.<taak>} and {@code ketenregie.<proces>.escalatie-na} (ISO-8601, e.g.
 * P10D), so a region changes them without touching a model. A missing setting fails the step loudly,
 * and the model-rules test checks that every task's period exists.
 */
@Component("termijnen")
public class Deadlines {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Binder settings;
    private final Clock clock;
    private final Map<String, Map<String, Period>> periods = new ConcurrentHashMap<>();

    Deadlines(Environment environment, Clock clock) {
        this.settings = Binder.get(environment);
        this.clock = clock;
    }

    /** Due date of a task of {@code process} created now. */
    public Date taak(String process, String task) {
        return Date.from(clock.instant().atZone(NETHERLANDS).plus(period(process, task)).toInstant());
    }

    /** Timer duration after which an open task escalates: its due period plus the process's escalation period. */
    public String escalatie(String process, String task) {
        return period(process, task).plus(escalationPeriod(process)).normalized().toString();
    }

    /** A task's due period itself, for a timer that closes the task when its deadline passes. */
    public String periode(String process, String task) {
        return period(process, task).toString();
    }

    /**
     * A recurring interval of a process, e.g. {@code ${termijnen.interval('langstudeerders', 'checkin')}} for the
     * setting {@code ketenregie.langstudeerders.checkin}: how long a timer waits between two rounds.
     */
    public String interval(String process, String name) {
        return settings.bind("ketenregie." + process + "." + name, Period.class)
                .orElseThrow(() -> new IllegalArgumentException("No interval configured (ketenregie." + process + "."
                        + name + ")")).toString();
    }

    /**
     * Timer duration of a reminder before the task is due: its due period minus
     * {@code ketenregie.<process>.herinnering-voor} (never less than one day after creation).
     */
    public String herinnering(String process, String task) {
        Period before = settings.bind("ketenregie." + process + ".herinnering-voor", Period.class)
                .orElseThrow(() -> new IllegalArgumentException("No reminder period configured (ketenregie."
                        + process + ".herinnering-voor)"));
        int days = Math.max(1, period(process, task).getDays() - before.getDays());
        return Period.ofDays(days).toString();
    }

    private Period period(String process, String task) {
        Period period = periodsOf(process).get(task);
        if (period == null) {
            throw new IllegalArgumentException("No due period configured for task '" + task
                    + "' (ketenregie." + process + ".termijnen." + task + ")");
        }
        return period;
    }

    private Map<String, Period> periodsOf(String process) {
        return periods.computeIfAbsent(process, key -> settings
                .bind("ketenregie." + key + ".termijnen", Bindable.mapOf(String.class, Period.class))
                .orElse(Map.of()));
    }

    private Period escalationPeriod(String process) {
        return settings.bind("ketenregie." + process + ".escalatie-na", Period.class)
                .orElseThrow(() -> new IllegalArgumentException("No escalation period configured (ketenregie."
                        + process + ".escalatie-na)"));
    }
}
