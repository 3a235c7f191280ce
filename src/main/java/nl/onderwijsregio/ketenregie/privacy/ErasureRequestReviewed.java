package nl.onderwijsregio.ketenregie.privacy;

import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.process.TaskVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Verwijderverzoek beoordelen": the privacy officer erases (the same erasure as {@code POST
 * /api/dossiers/{id}/wissen}, in the completion's transaction, so a failure leaves the task open) or declines
 * with a reason code, which is noted on the dossier. Reasons are codes: free text would stay in the engine's
 * history, which must hold no personal data.
 */
@Component("verwijderverzoekBeoordeeld")
class ErasureRequestReviewed implements TaskListener {

    static final String DECISION = "besluit";
    static final String ERASE = "wissen";
    static final String DECLINE = "afwijzen";
    static final String DECLINE_REASON = "afwijzingReden";

    /** Why a request is declined (art. 17(3) AVG and practice). */
    enum DeclineReason {
        WETTELIJKE_PLICHT("een wettelijke plicht om de gegevens te bewaren"),
        GESCHIL("de gegevens zijn nodig voor een klacht of geschil"),
        NIET_VAN_KANDIDAAT("het verzoek kwam niet van de kandidaat zelf"),
        INGETROKKEN("de kandidaat heeft het verzoek ingetrokken");

        private final String label;

        DeclineReason(String label) {
            this.label = label;
        }
    }

    private final Erasure erasure;
    private final DossierService dossiers;

    ErasureRequestReviewed(Erasure erasure, DossierService dossiers) {
        this.erasure = erasure;
        this.dossiers = dossiers;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        UUID dossierId = variables.caseId();
        String decision = variables.requiredChoice(DECISION, List.of(ERASE, DECLINE), "besluit");
        DeclineReason reason = DECLINE.equals(decision)
                ? variables.requiredEnum(DECLINE_REASON, DeclineReason.class, "reden van afwijzing") : null;
        variables.failIfInvalid();
        if (ERASE.equals(decision)) {
            erasure.erase(variables.actor(), dossierId, "verzoek van de kandidaat via de stoplink.");
        } else {
            dossiers.addNote(dossierId, variables.actor(), "Verzoek om gegevens te wissen (art. 17 AVG) afgewezen: "
                    + reason.label + ".");
        }
    }
}
