package nl.onderwijsregio.ketenregie.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * A task's Camunda Form outside Tasklist, through the same engine calls Tasklist makes over the REST API:
 * the deployed form ({@code GET task/{id}/deployed-form}), its variables in REST shape
 * ({@code GET task/{id}/form-variables?deserializeValues=false}) and the submission
 * ({@code POST task/{id}/submit-form}: {@link FormService#submitTaskForm}, variables converted by Camunda's
 * own {@link VariableValueDto}). So the command guard, the task listeners and every other check apply
 * unchanged. The caller authenticates the user with the engine first. During a submission refusals are
 * translated as during a REST request: a task done or changed by someone else meanwhile is a 409 refusal,
 * never an engine error.
 */
@Component
public class TaskForms {

    /** What a user hears when the task was done, changed or claimed by someone else meanwhile (409). */
    public static final String CHANGED_MEANWHILE = RefusalTranslator.CHANGED_BY_SOMEONE_ELSE;

    private final FormService formService;
    private final TaskService taskService;
    private final ProcessEngine engine;
    private final ObjectMapper json;

    TaskForms(FormService formService, TaskService taskService, ProcessEngine engine, ObjectMapper json) {
        this.formService = formService;
        this.taskService = taskService;
        this.engine = engine;
        this.json = json;
    }

    /** The form-js schema of the task's Camunda Form (JSON text, as deployed from forms/). */
    public String schema(String taskId) {
        try (InputStream form = formService.getDeployedTaskForm(taskId)) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The task's variables as Tasklist receives them: name to {@code {type, value, valueInfo}}, JSON text. */
    public String variables(String taskId) {
        VariableMap variables = formService.getTaskFormVariables(taskId, null, false);
        try {
            return json.writeValueAsString(VariableValueDto.fromMap(variables));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Variables of task " + taskId + " cannot be written as JSON", e);
        }
    }

    /**
     * Completes the task with the form's values in Tasklist's submit-form shape (JSON text: name to
     * {@code {type, value, valueInfo}}), after Tasklist's claim by {@code claimant} when that is not null.
     * Throws a {@link Refusal} for what Ketenregie refuses; run it in one transaction to make it all or nothing.
     */
    public void submit(String taskId, String claimant, String variables) {
        VariableMap values;
        try {
            values = VariableValueDto.toMap(json.readValue(variables,
                    new TypeReference<Map<String, VariableValueDto>>() { }), engine, json);
        } catch (JsonProcessingException | RuntimeException unreadable) {
            // Not JSON, or a type Camunda's REST layer would refuse as well.
            throw Refusal.invalid("Het formulier kon niet worden gelezen. Er is niets opgeslagen.");
        }
        boolean outer = !RefusalContext.isActive();
        if (outer) {
            RefusalContext.activate();
        }
        try {
            // RefusalTranslator, the outermost command interceptor, translates while the context is active: a task
            // claimed or done by someone else a moment ago is a 409 refusal, not an engine error.
            if (claimant != null) {
                taskService.claim(taskId, claimant);
            }
            formService.submitTaskForm(taskId, values);
        } finally {
            if (outer) {
                RefusalContext.clear();
            }
        }
    }
}
