package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.TaskVariables;
import java.math.BigDecimal;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Begeleidingsuren registreren": the month's coaching hours go into the dossier. */
@Component("begeleidingsurenGeregistreerd")
class CoachingHoursLogged implements TaskListener {

    private final DossierService dossiers;

    CoachingHoursLogged(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        BigDecimal hours = variables.requiredNumber(ProcessVariables.UREN, 0, 200, "begeleidingsuren");
        variables.failIfInvalid();
        dossiers.logCoachingHours(variables.caseId(), hours, variables.actor());
    }
}
