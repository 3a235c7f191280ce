package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.TaskVariables;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.Route;
import nl.onderwijsregio.ketenregie.organisation.Lerarenopleiding;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Trajectadvies vaststellen": the ketenregisseur takes the advice or chooses another route with a reason,
 * and decides: continue (with the lerarenopleiding that will train the candidate), stop, or hand over.
 */
@Component("trajectadviesVastgesteld")
class RouteDecided implements TaskListener {

    static final List<String> OUTCOMES = List.of("doorgaan", "niet_nu", "overdragen");
    static final Set<String> DEVIATION_REASONS = Set.of("KANDIDAAT_VOORKEUR", "ERVARING_IN_ONDERWIJS",
            "DIPLOMAWAARDERING", "ADVIES_OPLEIDING", "ANDERS");

    private final DossierService dossiers;
    private final OrganisationService organisations;
    private final HandoverTarget handoverTarget;

    RouteDecided(DossierService dossiers, OrganisationService organisations, HandoverTarget handoverTarget) {
        this.dossiers = dossiers;
        this.organisations = organisations;
        this.handoverTarget = handoverTarget;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        String outcome = variables.requiredChoice(ProcessVariables.UITKOMST, OUTCOMES, "vervolg");
        Route route = variables.requiredEnum(ProcessVariables.ROUTE, Route.class, "route");
        String reason = null;
        if (route != null && !route.name().equals(task.getVariable(ProcessVariables.ROUTE_ADVIES))) {
            reason = variables.requiredChoice(ProcessVariables.AFWIJKING_REDEN, DEVIATION_REASONS,
                    "reden om van het advies af te wijken");
        }
        String opleiding = null;
        if ("doorgaan".equals(outcome)) {
            opleiding = variables.requiredChoice(ProcessVariables.OPLEIDING, opleidingCodes(), "lerarenopleiding");
        } else if ("niet_nu".equals(outcome)) {
            variables.requireDropoutDetails();
        } else if ("overdragen".equals(outcome)) {
            handoverTarget.check(variables, task);
        }
        variables.failIfInvalid();
        dossiers.chooseRoute(variables.caseId(), route, reason, variables.actor());
        task.getExecution().setVariable(ProcessVariables.GESCHIKTHEIDSONDERZOEK, route.needsSuitabilityAssessment());
        if (opleiding != null) {
            dossiers.referTo(variables.caseId(), opleiding);
        }
    }

    private List<String> opleidingCodes() {
        return organisations.opleidingen().stream().map(Lerarenopleiding::getCode).toList();
    }
}
