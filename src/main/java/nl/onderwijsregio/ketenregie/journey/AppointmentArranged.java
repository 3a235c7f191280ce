package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.TaskVariables;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
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

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
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
            variables.problem("De school heeft geen vrije begeleidingsplek meer. Overleg met de ketenregisseur.");
            variables.failIfInvalid();
        }
        dossiers.appoint(variables.caseId(), new Appointment(contractStart, (String) schoolopleider, funding, subsidy));
        // The timer waiting for the contract start reads this date.
        task.getExecution().setVariable(ProcessVariables.CONTRACT_START,
                Date.from(contractStart.atStartOfDay(NETHERLANDS).toInstant()));
    }
}
