package nl.onderwijsregio.ketenregie.process;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Every Ketenregie process instance carries the id of the case it works on as business key: the dossier
 * id for the journey and the processes beside it. Case data is found through it, never through
 * personal data in process variables.
 */
public final class BusinessKey {

    private BusinessKey() {
    }

    public static UUID of(DelegateExecution execution) {
        return parse(execution.getProcessBusinessKey());
    }

    public static UUID of(DelegateTask task) {
        return of(task.getExecution());
    }

    public static UUID parse(String businessKey) {
        if (businessKey == null) {
            throw new IllegalStateException("Process instance without business key");
        }
        return UUID.fromString(businessKey);
    }
}
