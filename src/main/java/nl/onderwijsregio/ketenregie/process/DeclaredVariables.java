package nl.onderwijsregio.ketenregie.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * What a task completion may set: the keys of the task's Camunda Form, plus the names a BPMN user task
 * declares in its property {@code variabelen} (for answers given through our own API). Read-only form
 * fields are declared too, but only to be sent back unchanged. Nothing else may be set by a completion,
 * so a completion can never change routing or another task's answers (see {@link CommandGuard}).
 */
@Component
public class DeclaredVariables {

    static final String VARIABLES_PROPERTY = "variabelen";

    /** The variables a task declares; {@code readOnly} is a subset of {@code all}. */
    public record Declaration(Set<String> all, Set<String> readOnly) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Declaration> cache = new ConcurrentHashMap<>();

    Declaration of(TaskEntity task, FormService forms) {
        return cache.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
                key -> read(task, forms));
    }

    private Declaration read(TaskEntity task, FormService forms) {
        Set<String> all = new HashSet<>();
        Set<String> readOnly = new HashSet<>();
        UserTask element = (UserTask) task.getBpmnModelElementInstance();
        if (element.getCamundaFormRef() != null) {
            try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
                collect(json.readTree(form), all, readOnly);
            } catch (IOException e) {
                throw new IllegalStateException("Form of task " + task.getTaskDefinitionKey() + " is not readable", e);
            }
        }
        ExtensionProperties.get(element, VARIABLES_PROPERTY).ifPresent(names ->
                Arrays.stream(names.split(",")).map(String::trim).filter(name -> !name.isEmpty()).forEach(all::add));
        return new Declaration(Set.copyOf(all), Set.copyOf(readOnly));
    }

    /** Form keys, including those of fields nested in groups. */
    static void collect(JsonNode container, Set<String> all, Set<String> readOnly) {
        for (JsonNode component : container.path("components")) {
            if (component.hasNonNull("key")) {
                all.add(component.get("key").asText());
                if (component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false)) {
                    readOnly.add(component.get("key").asText());
                }
            }
            collect(component, all, readOnly);
        }
    }
}
