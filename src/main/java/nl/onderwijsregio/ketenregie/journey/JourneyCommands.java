package nl.onderwijsregio.ketenregie.journey;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import java.util.Map;
import nl.onderwijsregio.ketenregie.process.Correlation;
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

    private final Correlation correlation;
    private final DossierService dossiers;
    private final HandoverTarget handoverTarget;

    JourneyCommands(Correlation correlation, DossierService dossiers, HandoverTarget handoverTarget) {
        this.correlation = correlation;
        this.dossiers = dossiers;
        this.handoverTarget = handoverTarget;
    }

    /**
     * The candidate stops; {@code explanation} (optional) becomes a note.
     *
     * @return false when no journey runs for the dossier (the caller rolls back the note)
     */
    public boolean candidateStops(UUID dossierId, DropoutReason reason, boolean avoidable, String explanation,
            String actor) {
        if (explanation != null) {
            dossiers.addNote(dossierId, actor, "Uitval geregistreerd: " + explanation);
        }
        return correlation.correlate(ZijInstroomJourney.PROCESS_KEY, dossierId, CANDIDATE_STOPS, Map.of(
                ProcessVariables.UITVAL_REDEN, reason.name(), ProcessVariables.ONNODIG, avoidable,
                ProcessVariables.ACTOR, Variables.stringValue(actor, true)));
    }

    /** Whether the dossier can be handed over to {@code toRegion} (see {@link HandoverTarget}). */
    public HandoverTarget.Verdict handoverTarget(UUID dossierId, String currentRegion, String toRegion) {
        return handoverTarget.verdict(dossierId, currentRegion, toRegion);
    }

    /**
     * Warm handover to {@code toRegion}, which the caller checked with {@link #handoverTarget}.
     *
     * @return false when no journey runs for the dossier (the caller rolls back the note)
     */
    public boolean handOver(UUID dossierId, String toRegion, String explanation, String actor) {
        if (explanation != null) {
            dossiers.addNote(dossierId, actor, "Warme overdracht: " + explanation);
        }
        return correlation.correlate(ZijInstroomJourney.PROCESS_KEY, dossierId, WARM_HANDOVER, Map.of(
                ProcessVariables.NAAR_REGIO, toRegion, ProcessVariables.ACTOR, Variables.stringValue(actor, true)));
    }
}
