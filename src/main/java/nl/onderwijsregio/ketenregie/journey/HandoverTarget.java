package nl.onderwijsregio.ketenregie.journey;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.process.TaskVariables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * A warm handover goes to an existing region other than the dossier's own, where the candidate has no
 * open dossier yet (there is one open dossier per candidate and region). The same rule, with the same
 * Dutch message, holds for the forms in Tasklist and for the case actions of the API and the dossier page.
 */
@Component
public class HandoverTarget {

    /** Whether a handover to a region can go ahead, and if not, why, in the words the user reads. */
    public enum Verdict {
        ACCEPTED(null),
        NOT_A_REGION("Kies de onderwijsregio waaraan het dossier wordt overgedragen (een andere dan de huidige)."),
        ALREADY_RUNNING_THERE("De kandidaat heeft in die onderwijsregio al een lopend dossier; overleg met de "
                + "ketenregisseur daar.");

        private final String message;

        Verdict(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private final OrganisationService organisations;
    private final DossierService dossiers;

    HandoverTarget(OrganisationService organisations, DossierService dossiers) {
        this.organisations = organisations;
        this.dossiers = dossiers;
    }

    Verdict verdict(UUID dossierId, String currentRegion, Object region) {
        if (!(region instanceof String code) || !organisations.regionExists(code) || code.equals(currentRegion)) {
            return Verdict.NOT_A_REGION;
        }
        if (dossiers.hasOpenDossierIn(dossierId, code)) {
            return Verdict.ALREADY_RUNNING_THERE;
        }
        return Verdict.ACCEPTED;
    }

    void check(TaskVariables variables, VariableScope scope) {
        Verdict verdict = verdict(variables.caseId(), (String) scope.getVariable(ProcessVariables.REGIO),
                scope.getVariable(ProcessVariables.NAAR_REGIO));
        if (verdict != Verdict.ACCEPTED) {
            variables.problem(verdict.message());
        }
    }
}
