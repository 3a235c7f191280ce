package nl.onderwijsregio.ketenregie.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one listener that writes every process's track (ADR 0005): it reads the extension properties
 * {@code stage} and {@code outcome} of the element an execution starts and hands them to the track of
 * that element's process. Executions arrive through the Camunda Spring event bridge, in the engine's
 * transaction, and the bridge is registered as not skippable.
 */
@Component
class TrackListener {

    static final String STAGE_PROPERTY = "stage";
    static final String OUTCOME_PROPERTY = "outcome";

    private final ProcessRegistry registry;
    private final Escalation escalation;

    TrackListener(ProcessRegistry registry, Escalation escalation) {
        this.registry = registry;
        this.escalation = escalation;
    }

    @EventListener(condition = "#execution.eventName == 'start'")
    public void onStart(DelegateExecution execution) {
        FlowElement element = execution.getBpmnModelElementInstance();
        if (element == null || isProcessInstanceStart(execution)) {
            return;
        }
        var stage = ExtensionProperties.get(element, STAGE_PROPERTY);
        var outcome = ExtensionProperties.get(element, OUTCOME_PROPERTY);
        if (stage.isEmpty() && outcome.isEmpty()) {
            return;
        }
        String processKey = ProcessModel.keyOf(execution);
        Track track = registry.track(processKey).orElseThrow(() -> new IllegalStateException(
                "Element " + element.getId() + " declares a track step, but process " + processKey + " has no Track"));
        stage.ifPresent(code -> track.enter(BusinessKey.of(execution), code, Actor.of(execution), execution));
        outcome.ifPresent(code -> {
            track.end(BusinessKey.of(execution), code, Actor.of(execution), execution);
            // Overdue work of an ended track needs no follow-up any more.
            escalation.endFollowUps(processKey, BusinessKey.of(execution));
        });
    }

    /** The process instance's own start event names its start event as element too; only the element counts. */
    private static boolean isProcessInstanceStart(DelegateExecution execution) {
        String activityInstanceId = execution.getActivityInstanceId();
        return activityInstanceId == null || activityInstanceId.equals(execution.getProcessInstanceId());
    }
}
