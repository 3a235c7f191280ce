package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.TaskVariables;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.dossier.Appointment;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.FundingStream;
import nl.onderwijsregio.ketenregie.dossier.SubsidyStatus;
import nl.onderwijsregio.ketenregie.identity.CamundaIdentity;
import nl.onderwijsregio.ketenregie.identity.Groups;
import nl.onderwijsregio.ketenregie.organisation.GuidanceCapacity;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Aanstelling regelen": HR records contract start, the schoolopleider, funding stream and subsidy status.
 * The appointment claims one of the school's guidance places; when none is left it cannot be completed.
 * If the appointment falls through (the school is full, the candidate withdraws), HR says so with a reason
 * and the case goes back to matching for a new round, so the task is never a dead end.
 */
@Component("aanstellingGeregeld")
class AppointmentArranged implements TaskListener {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final DossierService dossiers;
    private final GuidanceCapacity capacity;
    private final CamundaIdentity identity;

    AppointmentArranged(DossierService dossiers, GuidanceCapacity capacity, CamundaIdentity identity) {
        this.dossiers = dossiers;
        this.capacity = capacity;
        this.identity = identity;
    }

    static final List<String> OUTCOMES = List.of("geregeld", "gaat_niet_door");
    static final Map<String, String> FALL_THROUGH_REASONS = Map.of("SCHOOL_VOL", "de school heeft geen plek meer",
            "KANDIDAAT_TREKT_ZICH_TERUG", "de kandidaat trekt zich terug", "ANDERS", "een andere reden");

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        if (task.getVariable(ProcessVariables.AANSTELLING_UITKOMST) == null) {
            // API clients from before the choice existed mean an appointment.
            task.getExecution().setVariable(ProcessVariables.AANSTELLING_UITKOMST, "geregeld");
        }
        String outcome = variables.requiredChoice(ProcessVariables.AANSTELLING_UITKOMST, OUTCOMES, "gaat de aanstelling door");
        if ("gaat_niet_door".equals(outcome)) {
            fallThrough(task, variables);
            return;
        }
        variables.failIfInvalid();
        appoint(task, variables);
    }

    private void fallThrough(DelegateTask task, TaskVariables variables) {
        String reason = variables.requiredChoice(ProcessVariables.NIET_DOOR_REDEN, FALL_THROUGH_REASONS.keySet(),
                "reden waarom de aanstelling niet doorgaat");
        variables.failIfInvalid();
        Object round = task.getVariable(ProcessVariables.MATCH_RONDE);
        task.getExecution().setVariable(ProcessVariables.MATCH_RONDE, (round instanceof Number n ? n.intValue() : 1) + 1);
        capacity.release(variables.caseId());
        dossiers.addNote(variables.caseId(), variables.actor(), "Aanstelling gaat niet door: "
                + FALL_THROUGH_REASONS.get(reason) + ". Er volgt een nieuwe matchronde of een besluit.");
    }

    private void appoint(DelegateTask task, TaskVariables variables) {
        LocalDate contractStart = variables.requiredDate(ProcessVariables.CONTRACT_START, "startdatum contract");
        String school = (String) task.getVariable(ProcessVariables.SCHOOL);
        Object schoolopleider = task.getVariable(ProcessVariables.SCHOOLOPLEIDER);
        if (!(schoolopleider instanceof String userId) || !identity.isMember(userId, Groups.school(school))
                || !identity.isMember(userId, Groups.SCHOOLOPLEIDER)) {
            variables.problem("Kies een schoolopleider van de school.");
        }
        FundingStream funding = variables.requiredEnum(ProcessVariables.FINANCIERING, FundingStream.class, "financiering");
        SubsidyStatus subsidy = variables.requiredEnum(ProcessVariables.SUBSIDIE_STATUS, SubsidyStatus.class,
                "status subsidieaanvraag");
        variables.failIfInvalid();
        if (!capacity.claim(school, variables.caseId())) {
            variables.problem("De school heeft geen vrije begeleidingsplek meer. Kies bij \"Gaat de aanstelling door?\" voor nee, met als reden dat de school geen plek meer heeft: de ketenregisseur zoekt dan een andere school.");
            variables.failIfInvalid();
        }
        dossiers.appoint(variables.caseId(), new Appointment(contractStart, (String) schoolopleider, funding, subsidy));
        // The timer waiting for the contract start reads this date.
        task.getExecution().setVariable(ProcessVariables.CONTRACT_START,
                Date.from(contractStart.atStartOfDay(NETHERLANDS).toInstant()));
    }
}
