package nl.onderwijsregio.ketenregie.journey;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Things that can happen to a running journey at any moment: the candidate stops, or the case is handed
 * over warmly to another region. Both interrupt whatever stage is running (message event sub-processes
 * in the BPMN), which then records the outcome at that stage.
 */
@Service
@Transactional
public class JourneyCommands {

    static final String CANDIDATE_STOPS = "KandidaatStopt";
    static final String WARM_HANDOVER = "WarmeOverdracht";

    private final RuntimeService runtimeService;
    private final DossierService dossiers;

    JourneyCommands(RuntimeService runtimeService, DossierService dossiers) {
        this.runtimeService = runtimeService;
        this.dossiers = dossiers;
    }

    public void candidateStops(UUID dossierId, DropoutReason reason, boolean avoidable, String explanation,
            String actor) {
        if (explanation != null) {
            dossiers.addNote(dossierId, actor, "Uitval geregistreerd: " + explanation);
        }
        runtimeService.createMessageCorrelation(CANDIDATE_STOPS)
                .processInstanceBusinessKey(dossierId.toString())
                .setVariable(ProcessVariables.UITVAL_REDEN, reason.name())
                .setVariable(ProcessVariables.ONNODIG, avoidable)
                .setVariable(ProcessVariables.ACTOR, Variables.stringValue(actor, true))
                .correlate();
    }

    public void handOver(UUID dossierId, String toRegion, String explanation, String actor) {
        if (explanation != null) {
            dossiers.addNote(dossierId, actor, "Warme overdracht: " + explanation);
        }
        runtimeService.createMessageCorrelation(WARM_HANDOVER)
                .processInstanceBusinessKey(dossierId.toString())
                .setVariable(ProcessVariables.NAAR_REGIO, toRegion)
                .setVariable(ProcessVariables.ACTOR, Variables.stringValue(actor, true))
                .correlate();
    }
}
