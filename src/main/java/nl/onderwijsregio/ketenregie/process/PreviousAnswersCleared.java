package nl.onderwijsregio.ketenregie.process;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Tasks that come round again (a rematch, an extended period, a second escalation) start empty: the
 * answers of the previous round, named in the BPMN property {@code wissen}, are removed when the task is
 * created. Otherwise the form would show them, and an old answer would pass the completion checks.
 */
@Component("vorigeAntwoordenWissen")
class PreviousAnswersCleared implements TaskListener {

    static final String CLEAR_PROPERTY = "wissen";

    @Override
    public void notify(DelegateTask task) {
        ExtensionProperties.get(task.getBpmnModelElementInstance(), CLEAR_PROPERTY).ifPresent(names ->
                Arrays.stream(names.split(",")).map(String::trim).forEach(task.getExecution()::removeVariable));
    }
}
