package nl.onderwijsregio.ketenregie.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** Which process a running element belongs to, read from the BPMN model (not from id formats). */
public final class ProcessModel {

    private ProcessModel() {
    }

    /** The key of the process whose model holds the execution's current element, or null outside a model. */
    public static String keyOf(DelegateExecution execution) {
        ModelElementInstance element = execution.getBpmnModelElementInstance();
        while (element != null && !(element instanceof Process)) {
            element = element.getParentElement();
        }
        return element == null ? null : ((Process) element).getId();
    }

    /** The process element of the task's model, for properties the BPMN declares on the whole process. */
    public static Process processOf(DelegateTask task) {
        ModelElementInstance element = task.getBpmnModelElementInstance();
        while (element != null && !(element instanceof Process)) {
            element = element.getParentElement();
        }
        return (Process) element;
    }

    public static String keyOf(DelegateTask task) {
        return task.getExecution() == null ? null : keyOf(task.getExecution());
    }
}
