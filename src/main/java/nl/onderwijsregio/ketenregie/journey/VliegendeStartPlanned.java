package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.TaskVariables;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Vliegende Start plannen": the host school, whose schoolopleiders then guide and complete it. */
@Component("vliegendeStartGepland")
class VliegendeStartPlanned implements TaskListener {

    private final DossierService dossiers;
    private final SchoolChoice schoolChoice;

    VliegendeStartPlanned(DossierService dossiers, SchoolChoice schoolChoice) {
        this.dossiers = dossiers;
        this.schoolChoice = schoolChoice;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        String school = schoolChoice.require(variables, task, ProcessVariables.VLIEGENDE_START_SCHOOL, false);
        variables.failIfInvalid();
        dossiers.hostVliegendeStart(variables.caseId(), school);
    }
}
