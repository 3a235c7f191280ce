package nl.onderwijsregio.ketenregie.journey;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * A warm handover goes to an existing region other than the dossier's own, where the candidate has no
 * open dossier yet (there is one open dossier per candidate and region).
 */
@Component
class HandoverTarget {

    private final OrganisationService organisations;
    private final DossierService dossiers;

    HandoverTarget(OrganisationService organisations, DossierService dossiers) {
        this.organisations = organisations;
        this.dossiers = dossiers;
    }

    /** Why a handover of the dossier to {@code region} is not possible, or null when it is. */
    String problem(UUID dossierId, String currentRegion, Object region) {
        if (!(region instanceof String code) || !organisations.regionExists(code) || code.equals(currentRegion)) {
            return "Kies de onderwijsregio waaraan het dossier wordt overgedragen (een andere dan de huidige).";
        }
        if (dossiers.hasOpenDossierIn(dossierId, code)) {
            return "De kandidaat heeft in die onderwijsregio al een lopend dossier; overleg met de ketenregisseur daar.";
        }
        return null;
    }

    void check(TaskVariables variables, VariableScope scope) {
        String problem = problem(variables.dossierId(), (String) scope.getVariable(ProcessVariables.REGIO),
                scope.getVariable(ProcessVariables.NAAR_REGIO));
        if (problem != null) {
            variables.problem(problem);
        }
    }
}
