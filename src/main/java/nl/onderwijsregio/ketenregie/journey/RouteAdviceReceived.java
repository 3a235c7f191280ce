package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.BusinessKey;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.Route;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After the Trajectadvies decision: records the advice in the dossier and lays it out for the next task
 * (the advice and its Dutch label for the form; the advised route is preselected).
 */
@Component("trajectadviesOntvangen")
class RouteAdviceReceived implements ExecutionListener {

    private final DossierService dossiers;

    RouteAdviceReceived(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) execution.getVariable(ProcessVariables.TRAJECTADVIES);
        Route advice = Route.valueOf((String) result.get(ProcessVariables.ROUTE_ADVIES));
        execution.removeVariable(ProcessVariables.TRAJECTADVIES);
        execution.setVariable(ProcessVariables.ROUTE_ADVIES, advice.name());
        execution.setVariable(ProcessVariables.ROUTE_ADVIES_LABEL, advice.label());
        execution.setVariable(ProcessVariables.ROUTE, advice.name());
        dossiers.recordRouteAdvice(BusinessKey.of(execution), advice);
    }
}
