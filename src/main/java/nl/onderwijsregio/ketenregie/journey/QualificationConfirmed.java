package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.TaskVariables;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Bevoegdheid bevestigen": the lerarenopleiding records the qualification date; follow-ups count from it. */
@Component("bevoegdheidBevestigd")
class QualificationConfirmed implements TaskListener {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final DossierService dossiers;

    QualificationConfirmed(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        LocalDate qualifiedOn = variables.requiredDate(ProcessVariables.BEVOEGD_OP, "datum bevoegdheid");
        variables.failIfInvalid();
        dossiers.recordQualification(variables.caseId(), qualifiedOn);
        task.getExecution().setVariable(ProcessVariables.BEVOEGD_OP,
                Date.from(qualifiedOn.atStartOfDay(NETHERLANDS).toInstant()));
    }
}
