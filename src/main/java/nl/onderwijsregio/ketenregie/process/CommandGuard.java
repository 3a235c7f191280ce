package nl.onderwijsregio.ketenregie.process;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Guards every engine command, whatever the way in (Tasklist, /engine-rest, our own code):
 * <ul>
 * <li>a task completion (complete, submit-form, resolve) may set only the variables its task declares
 * ({@link DeclaredVariables}); read-only form fields may only come back unchanged;</li>
 * <li>setting or removing task or process variables outside a completion is for {@code camunda-admin}
 * only; staff change a case by completing their task.</li>
 * </ul>
 * A refused command changes nothing. It runs inside the command context, before the command itself.
 * The command classes are Camunda internals; {@code CommandGuardTest} fails loudly if an upgrade changes
 * the fields read here.
 */
class CommandGuard extends CommandInterceptor {

    private final DeclaredVariables declared;

    CommandGuard(DeclaredVariables declared) {
        this.declared = declared;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof CompleteTaskCmd) {
            checkCompletion((String) field(CompleteTaskCmd.class, "taskId", command),
                    (Map<?, ?>) field(CompleteTaskCmd.class, "variables", command));
        } else if (command instanceof SubmitTaskFormCmd) {
            checkCompletion((String) field(SubmitTaskFormCmd.class, "taskId", command),
                    (Map<?, ?>) field(SubmitTaskFormCmd.class, "properties", command));
        } else if (writesVariables(command)) {
            checkVariableWrite();
        }
        return next.execute(command);
    }

    static boolean writesVariables(Command<?> command) {
        return command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd
                || command instanceof RemoveTaskVariablesCmd || command instanceof RemoveExecutionVariablesCmd
                || command instanceof SetVariablesToProcessInstancesBatchCmd;
    }

    private void checkCompletion(String taskId, Map<?, ?> submitted) {
        if (taskId == null || submitted == null || submitted.isEmpty()) {
            return;
        }
        CommandContext context = Context.getCommandContext();
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null || task.getProcessDefinitionId() == null) {
            return; // the command itself reports an unknown task; standalone tasks carry no case
        }
        if (task.getExecution() == null) {
            // Another node completed the task a moment ago: its execution is gone, the task row not yet.
            throw Refusal.conflict(RefusalTranslator.CHANGED_BY_SOMEONE_ELSE);
        }
        DeclaredVariables.Declaration declaration = declared.of(task,
                context.getProcessEngineConfiguration().getFormService());
        TreeSet<String> undeclared = new TreeSet<>();
        for (Map.Entry<?, ?> entry : submitted.entrySet()) {
            String name = String.valueOf(entry.getKey());
            if (!declaration.all().contains(name)) {
                undeclared.add(name);
            } else if (declaration.readOnly().contains(name) && !sameValue(task.getVariable(name), entry.getValue())) {
                throw Refusal.invalid("Het veld '" + name + "' van de taak '" + task.getName()
                        + "' kun je niet wijzigen. Er is niets opgeslagen.");
            }
        }
        if (!undeclared.isEmpty()) {
            throw Refusal.invalid("De taak '" + task.getName() + "' kent " + (undeclared.size() == 1 ? "het veld " : "de velden ")
                    + String.join(", ", undeclared.stream().map(name -> "'" + name + "'").toList())
                    + " niet. Er is niets opgeslagen.");
        }
    }

    private void checkVariableWrite() {
        CommandContext context = Context.getCommandContext();
        String user = context.getAuthenticatedUserId();
        if (user != null && !context.getAuthenticatedGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
            throw Refusal.forbidden("Gegevens van een taak of proces wijzig je door de taak af te ronden, "
                    + "niet los. Er is niets opgeslagen.");
        }
    }

    static boolean sameValue(Object current, Object submitted) {
        Object value = submitted instanceof TypedValue typed ? typed.getValue() : submitted;
        if (current == null) {
            return value == null || "".equals(value); // an empty read-only field comes back empty
        }
        if (current instanceof Number a && value instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return Objects.equals(current, value);
    }

    static Object field(Class<?> type, String name, Object command) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Camunda's " + type.getSimpleName() + " has no field " + name
                    + "; check CommandGuard after an upgrade", e);
        }
    }
}
