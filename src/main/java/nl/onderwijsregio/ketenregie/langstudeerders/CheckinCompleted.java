package nl.onderwijsregio.ketenregie.langstudeerders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.process.PlatformVariables;
import nl.onderwijsregio.ketenregie.process.TaskVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Check-in langstudeerder" by the institute: credits now and on track or not, and whether guidance goes on or
 * ends (qualified with a date, stopped with a reason code, referred, not reachable). The off-track series it
 * leaves decides whether the ketenregisseur steers.
 */
@Component("langstudeerderCheckin")
class CheckinCompleted implements TaskListener {

    static final String OUTCOME = "checkinUitkomst";
    static final String CREDITS = "ecBehaald";
    static final String ON_TRACK = "opKoers";
    static final String QUALIFIED_ON = "bevoegdOp";
    static final String SOURCE = "CHECKIN";

    private final Langstudeerders students;
    private final Clock clock;

    CheckinCompleted(Langstudeerders students, Clock clock) {
        this.students = students;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        UUID id = variables.caseId();
        Langstudeerder student = students.get(id).orElseThrow();
        String outcome = variables.requiredChoice(OUTCOME,
                List.of("doorgaan", "bevoegd", "gestopt", "doorverwezen", "niet_bereikbaar"), "uitkomst van de check-in");
        Integer credits = variables.requiredInteger(CREDITS, 0, student.creditsRequired(),
                "behaalde studiepunten (van de " + student.creditsRequired() + ")");
        boolean onTrack = variables.requiredBoolean(ON_TRACK, "ligt de student op koers");
        LocalDate qualifiedOn = null;
        DropoutReason reason = null;
        if ("bevoegd".equals(outcome)) {
            qualifiedOn = variables.requiredDate(QUALIFIED_ON, "datum bevoegd");
            if (qualifiedOn != null && qualifiedOn.isAfter(LangstudeerderTasks.today(clock))) {
                variables.problem("De datum bevoegd mag niet in de toekomst liggen.");
            }
        } else if ("gestopt".equals(outcome)) {
            reason = variables.requiredEnum(PlatformVariables.UITVAL_REDEN, DropoutReason.class, "reden van stoppen");
        }
        variables.failIfInvalid();
        int series = students.checkIn(id, credits, onTrack, SOURCE, variables.actor(), clock.instant());
        task.getExecution().setVariable(LangstudeerderProcess.OFF_TRACK_SERIES, series);
        if (qualifiedOn != null) {
            students.qualified(id, qualifiedOn);
        }
        if (reason != null) {
            students.stopped(id, reason.name());
        }
    }
}
