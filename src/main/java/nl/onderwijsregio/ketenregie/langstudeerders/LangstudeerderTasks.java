package nl.onderwijsregio.ketenregie.langstudeerders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.onderwijsregio.ketenregie.process.TaskVariables;

/** Checks the task listeners of the guidance share: a plan's target date and pace. */
final class LangstudeerderTasks {

    static final String TARGET_DATE = "streefdatum";
    static final String PACE = "ecPerPeriode";
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    /** A plan: when the student should be qualified and how many credits per check-in period. */
    record Plan(LocalDate targetDate, Integer creditsPerPeriod) {
    }

    private LangstudeerderTasks() {
    }

    static Plan plan(TaskVariables variables, Clock clock) {
        LocalDate target = variables.requiredDate(TARGET_DATE, "streefdatum");
        if (target != null && !target.isAfter(today(clock))) {
            variables.problem("De streefdatum moet in de toekomst liggen.");
        }
        Integer pace = variables.requiredInteger(PACE, 1, 120, "studiepunten per periode");
        return new Plan(target, pace);
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(NETHERLANDS));
    }
}
