package nl.onderwijsregio.ketenregie.process;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Checks tasks whose only result is a choice, declared in the BPMN on the user task:
 * {@code keuze = "variable:option1,option2"} and optionally {@code uitvalBij = "option"}, the choice that
 * means the candidate stops (then reason and avoidable flag are required too).
 */
@Component("keuzeGecontroleerd")
class ChoiceTaskCompleted implements TaskListener {

    static final String CHOICE_PROPERTY = "keuze";
    static final String DROPOUT_PROPERTY = "uitvalBij";

    @Override
    public void notify(DelegateTask task) {
        UserTask element = task.getBpmnModelElementInstance();
        String declaration = ExtensionProperties.get(element, CHOICE_PROPERTY).orElseThrow(() ->
                new IllegalStateException("User task " + element.getId() + " declares no property " + CHOICE_PROPERTY));
        String variable = declaration.substring(0, declaration.indexOf(':'));
        List<String> options = Arrays.asList(declaration.substring(declaration.indexOf(':') + 1).split(","));

        TaskVariables variables = new TaskVariables(task);
        // Booleans (a checkbox that must be ticked) are declared as "variable:true".
        Object value = task.getVariable(variable);
        String choice = value == null ? null : value.toString();
        if (!options.contains(choice)) {
            variables.problem("Kies een geldige waarde voor '" + task.getName() + "'.");
        }
        ExtensionProperties.get(element, DROPOUT_PROPERTY)
                .filter(dropoutChoice -> dropoutChoice.equals(choice))
                .ifPresent(dropoutChoice -> variables.requireDropoutDetails());
        variables.failIfInvalid();
    }
}
