package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.TaskVariables;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Match voorstellen": the school (and so the bestuur) whose HR runs the application procedure. The
 * bestuur code routes the next task; the dossier now shows the match to that bestuur's HR.
 */
@Component("matchVoorgesteld")
class MatchProposed implements TaskListener {

    private final DossierService dossiers;
    private final OrganisationService organisations;
    private final SchoolChoice schoolChoice;

    MatchProposed(DossierService dossiers, OrganisationService organisations, SchoolChoice schoolChoice) {
        this.dossiers = dossiers;
        this.organisations = organisations;
        this.schoolChoice = schoolChoice;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        String school = schoolChoice.require(variables, task, ProcessVariables.SCHOOL, true);
        variables.failIfInvalid();
        String bestuur = organisations.school(school).orElseThrow().getBestuurCode();
        task.getExecution().setVariable(ProcessVariables.BESTUUR, bestuur);
        dossiers.matchWith(variables.caseId(), bestuur, school);
    }
}
