package nl.onderwijsregio.ketenregie.journey;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.Outcome;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.organisation.GuidanceCapacity;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one listener that writes the stage history. A BPMN element that starts a stage carries the
 * extension property {@code stage} (a stage code); an end event that ends the track carries
 * {@code outcome} (AFGEROND, UITGEVALLEN or OVERGEDRAGEN). Adding a stage is therefore a BPMN-only change.
 * Executions arrive through the Camunda Spring event bridge, in the engine's transaction.
 */
@Component
class StageListener {

    static final String STAGE_PROPERTY = "stage";
    static final String OUTCOME_PROPERTY = "outcome";
    private static final String SYSTEM_ACTOR = "systeem";

    private final DossierService dossiers;
    private final GuidanceCapacity capacity;

    StageListener(DossierService dossiers, GuidanceCapacity capacity) {
        this.dossiers = dossiers;
        this.capacity = capacity;
    }

    @EventListener(condition = "#execution.eventName == 'start'")
    public void onStart(DelegateExecution execution) {
        FlowElement element = execution.getBpmnModelElementInstance();
        if (element == null || isProcessInstanceStart(execution)) {
            return;
        }
        ExtensionProperties.get(element, STAGE_PROPERTY).map(Stage::valueOf).ifPresent(stage -> {
            dossiers.enterStage(dossierId(execution), stage, actor(execution));
            if (!stage.usesGuidanceCapacity()) {
                capacity.release(dossierId(execution));
            }
        });
        ExtensionProperties.get(element, OUTCOME_PROPERTY).ifPresent(outcome -> endTrack(execution, Outcome.valueOf(outcome)));
    }

    /** The process instance's own start event names its start event as element too; only the element counts. */
    private static boolean isProcessInstanceStart(DelegateExecution execution) {
        String activityInstanceId = execution.getActivityInstanceId();
        return activityInstanceId == null || activityInstanceId.equals(execution.getProcessInstanceId());
    }

    private void endTrack(DelegateExecution execution, Outcome outcome) {
        DropoutReason reason = null;
        Boolean avoidable = null;
        if (outcome == Outcome.UITGEVALLEN) {
            Object code = execution.getVariable(ProcessVariables.UITVAL_REDEN);
            if (!(code instanceof String text)) {
                throw new IllegalStateException("Dropout at " + execution.getCurrentActivityId()
                        + " without a reason code (variable " + ProcessVariables.UITVAL_REDEN + ")");
            }
            reason = DropoutReason.valueOf(text);
            avoidable = Boolean.TRUE.equals(execution.getVariable(ProcessVariables.ONNODIG));
        }
        dossiers.endTrack(dossierId(execution), outcome, reason, avoidable);
        // Every exit frees the school's guidance place.
        capacity.release(dossierId(execution));
    }

    private static UUID dossierId(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }

    static String actor(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        Object actor = execution.getVariable(ProcessVariables.ACTOR);
        return actor == null ? SYSTEM_ACTOR : actor.toString();
    }
}
