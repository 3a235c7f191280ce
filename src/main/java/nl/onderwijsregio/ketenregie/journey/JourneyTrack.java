package nl.onderwijsregio.ketenregie.journey;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.Outcome;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.organisation.GuidanceCapacity;
import nl.onderwijsregio.ketenregie.process.PlatformVariables;
import nl.onderwijsregio.ketenregie.process.Track;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The journey's track: the dossier's stage history. Entering a stage that uses no guidance place frees
 * the dossier's place; every end of the track frees it too.
 */
@Component
class JourneyTrack implements Track {

    private final DossierService dossiers;
    private final GuidanceCapacity capacity;

    JourneyTrack(DossierService dossiers, GuidanceCapacity capacity) {
        this.dossiers = dossiers;
        this.capacity = capacity;
    }

    @Override
    public String processKey() {
        return ZijInstroomJourney.PROCESS_KEY;
    }

    @Override
    public void enter(UUID dossierId, String code, String actor, DelegateExecution execution) {
        Stage stage = Stage.valueOf(code);
        dossiers.enterStage(dossierId, stage, actor);
        if (!stage.usesGuidanceCapacity()) {
            capacity.release(dossierId);
        }
    }

    @Override
    public void end(UUID dossierId, String code, String actor, DelegateExecution execution) {
        Outcome outcome = Outcome.valueOf(code);
        DropoutReason reason = null;
        Boolean avoidable = null;
        if (outcome == Outcome.UITGEVALLEN) {
            Object reasonCode = execution.getVariable(PlatformVariables.UITVAL_REDEN);
            if (!(reasonCode instanceof String text)) {
                throw new IllegalStateException("Dropout at " + execution.getCurrentActivityId()
                        + " without a reason code (variable " + PlatformVariables.UITVAL_REDEN + ")");
            }
            reason = DropoutReason.valueOf(text);
            avoidable = Boolean.TRUE.equals(execution.getVariable(PlatformVariables.ONNODIG));
        }
        dossiers.endTrack(dossierId, outcome, reason, avoidable, actor);
        capacity.release(dossierId);
    }
}
