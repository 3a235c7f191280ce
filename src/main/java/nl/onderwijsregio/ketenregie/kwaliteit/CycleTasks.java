package nl.onderwijsregio.ketenregie.kwaliteit;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Small helpers the task listeners of the quality cycles share. */
final class CycleTasks {

    private CycleTasks() {
    }

    static UUID round(DelegateTask task) {
        return UUID.fromString((String) task.getVariable(KwaliteitProcess.ROUND));
    }

    static UUID review(DelegateTask task) {
        return UUID.fromString((String) task.getVariable(KwaliteitProcess.REVIEW));
    }

    static String partnership(DelegateTask task) {
        return (String) task.getVariable(KwaliteitProcess.PARTNERSHIP);
    }

}
