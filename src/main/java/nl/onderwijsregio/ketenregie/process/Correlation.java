package nl.onderwijsregio.ketenregie.process;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Delivers a message to the running instance of one process for one case. A dossier can have several
 * instances at once (the journey and a garantiefonds application, say), so the business key alone is not
 * enough: the instance is chosen by process key and business key, then correlated by its id.
 */
@Component
public class Correlation {

    private final RuntimeService runtimeService;

    Correlation(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /** Whether {@code processKey} runs for the case. */
    public boolean isRunning(String processKey, UUID caseId) {
        return instance(processKey, caseId) != null;
    }

    /**
     * Correlates {@code message} with the case's instance of {@code processKey}; variables whose value is a
     * transient typed value (e.g. the actor) are never stored.
     *
     * @return false when no instance of that process runs for the case, or it does not wait for the message
     */
    public boolean correlate(String processKey, UUID caseId, String message, Map<String, Object> variables) {
        ProcessInstance instance = instance(processKey, caseId);
        if (instance == null) {
            return false;
        }
        MessageCorrelationBuilder correlation = runtimeService.createMessageCorrelation(message)
                .processInstanceId(instance.getId());
        variables.forEach(correlation::setVariable);
        return !correlation.correlateAllWithResult().isEmpty();
    }

    private ProcessInstance instance(String processKey, UUID caseId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(caseId.toString()).active().singleResult();
    }
}
