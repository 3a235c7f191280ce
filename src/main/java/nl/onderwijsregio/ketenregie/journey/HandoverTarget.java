package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A warm handover goes to an existing region other than the dossier's own. */
final class HandoverTarget {

    private HandoverTarget() {
    }

    static void check(TaskVariables variables, VariableScope scope, OrganisationService organisations) {
        Object target = scope.getVariable(ProcessVariables.NAAR_REGIO);
        if (!(target instanceof String region) || !organisations.regionExists(region)
                || region.equals(scope.getVariable(ProcessVariables.REGIO))) {
            variables.problem("Kies de onderwijsregio waaraan het dossier wordt overgedragen (een andere dan de huidige).");
        }
    }
}
