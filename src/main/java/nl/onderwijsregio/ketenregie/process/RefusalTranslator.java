package nl.onderwijsregio.ketenregie.process;

import nl.onderwijsregio.ketenregie.web.ConflictException;
import nl.onderwijsregio.ketenregie.web.DatabaseUnavailable;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import nl.onderwijsregio.ketenregie.web.ResourceNotFoundException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The outermost command interceptor. The engine wraps an exception from a listener in its own
 * ("ENGINE-03051 There was an exception while invoking the TaskListener…"); this takes our {@link Refusal}
 * out again, so callers and {@link EngineRestRefusals} see the Dutch message alone. During an HTTP
 * request it also turns engine errors into refusals: a concurrent change of the same task or case, or a
 * task claimed by someone else in the meantime (409); an object of another region (ENGINE-13034) and an
 * object that does not exist (any more, e.g. a task completed a moment ago by someone else), both answered
 * 404 with the same text, so an id of another region cannot be told from a missing one; and a database
 * that cannot be reached (503). Jobs and our own code keep the engine's exceptions, so the job executor
 * still retries optimistic-locking failures itself.
 */
class RefusalTranslator extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    RefusalTranslator(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    static final String OTHER_TENANT = "ENGINE-13034";
    static final String CHANGED_BY_SOMEONE_ELSE = "Deze taak is intussen door iemand anders afgerond of gewijzigd. "
            + "Laad de pagina opnieuw; er is niets opgeslagen.";
    static final String NOT_FOUND = "Niet gevonden. Bestond het wel, dan heeft iemand anders het intussen afgerond.";

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (RuntimeException e) {
            RuntimeException translated = translate(e);
            if ((!(translated instanceof Refusal refusal) || refusal.status() == 400) && taskGoneMeanwhile(command)) {
                translated = Refusal.conflict(CHANGED_BY_SOMEONE_ELSE);
            }
            RefusalContext.record(translated);
            throw translated;
        }
    }

    static RuntimeException translate(RuntimeException exception) {
        Refusal refusal = refusalIn(exception);
        if (refusal != null) {
            return refusal;
        }
        if (!RefusalContext.isActive()) {
            return exception;
        }
        if (DatabaseUnavailable.causedBy(exception)) {
            return Refusal.unavailable(DatabaseUnavailable.MESSAGE);
        }
        if (exception instanceof OptimisticLockingException || exception instanceof TaskAlreadyClaimedException) {
            return Refusal.conflict(CHANGED_BY_SOMEONE_ELSE);
        }
        if (exception instanceof NotFoundException || isMissingObject(exception) || exception instanceof ProcessEngineException
                && exception.getMessage() != null && exception.getMessage().startsWith(OTHER_TENANT)) {
            return Refusal.notFound(NOT_FOUND);
        }
        return exception;
    }

    /**
     * Our refusal, or the Dutch refusal of a service a listener called (the services answer the API with
     * their own exceptions, e.g. a conflict of the erasure that the privacy officer's review runs): each keeps
     * its status and message when it reaches Tasklist or the dossier page through the engine. The service's
     * exception stays the cause, so our API's handlers, which match causes, answer it as before.
     */
    private static Refusal refusalIn(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return refusal;
            }
            if (cause instanceof ConflictException conflict) {
                return (Refusal) Refusal.conflict(conflict.getMessage()).initCause(conflict);
            }
            if (cause instanceof InvalidRequestException invalid) {
                return (Refusal) Refusal.invalid(invalid.getMessage()).initCause(invalid);
            }
            if (cause instanceof ResourceNotFoundException missing) {
                return (Refusal) Refusal.notFound(missing.getMessage()).initCause(missing);
            }
        }
        return null;
    }

    /**
     * Two people complete one task at the same moment. The loser reads the task just before the winner
     * commits, and then reads the rest of the case after it: the task's authorization is gone, its
     * execution's parent (a NullPointerException deep in the engine), or a listener finds the winner's
     * answers and refuses the form (400). Whatever unexpected error or form refusal follows, the task was done
     * by someone else, so during an HTTP request it is answered as that conflict. A task that was already
     * gone before the request stays a plain 404 (see {@link #translate}).
     */
    private boolean taskGoneMeanwhile(Command<?> command) {
        if (!RefusalContext.isActive() || !(command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)) {
            return false;
        }
        String taskId = (String) CommandGuard.field(command instanceof CompleteTaskCmd ? CompleteTaskCmd.class
                : SubmitTaskFormCmd.class, "taskId", command);
        return configuration.getCommandExecutorTxRequired()
                .execute(context -> context.getTaskManager().findTaskById(taskId)) == null;
    }

    /** The engine's "Cannot find task with id …: task is null" (a NullValueException, not a NotFoundException). */
    private static boolean isMissingObject(RuntimeException exception) {
        return exception instanceof NullValueException && exception.getMessage() != null
                && exception.getMessage().startsWith("Cannot find ");
    }
}
