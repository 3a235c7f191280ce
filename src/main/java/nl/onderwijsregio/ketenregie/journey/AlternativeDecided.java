package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.TaskVariables;
import java.util.List;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.Route;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Alternatief bepalen": after a negative assessment, another route (and on with the appointment) or stop. */
@Component("alternatiefBepaald")
class AlternativeDecided implements TaskListener {

    static final List<String> OUTCOMES = List.of("alternatief", "niet_nu");

    private final DossierService dossiers;

    AlternativeDecided(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        String outcome = variables.requiredChoice(ProcessVariables.UITKOMST, OUTCOMES, "vervolg");
        Route route = null;
        if ("alternatief".equals(outcome)) {
            route = variables.requiredEnum(ProcessVariables.ROUTE, Route.class, "route");
        } else if ("niet_nu".equals(outcome)) {
            variables.requireDropoutDetails();
        }
        variables.failIfInvalid();
        if (route != null) {
            dossiers.chooseRoute(variables.caseId(), route, "negatief geschiktheidsonderzoek", variables.actor());
        }
    }
}
