package nl.onderwijsregio.ketenregie.process;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The outermost command interceptor. The engine wraps an exception from a listener in its own
 * ("ENGINE-03051 There was an exception while invoking the TaskListener…"); this takes our {@link Refusal}
 * out again, so callers and {@link EngineRestRefusals} see the Dutch message alone. During an HTTP
 * request it also turns two engine errors into refusals: a concurrent change of the same task or case
 * (409) and an object of another region (ENGINE-13034, answered 404 like an unknown id, so an id of
 * another region cannot be told from a missing one). Jobs and our own code keep the engine's exceptions,
 * so the job executor still retries optimistic-locking failures itself.
 */
class RefusalTranslator extends CommandInterceptor {

    static final String OTHER_TENANT = "ENGINE-13034";

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (RuntimeException e) {
            RuntimeException translated = translate(e);
            RefusalContext.record(translated);
            throw translated;
        }
    }

    static RuntimeException translate(RuntimeException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return refusal;
            }
        }
        if (!RefusalContext.isActive()) {
            return exception;
        }
        if (exception instanceof OptimisticLockingException) {
            return Refusal.conflict("Iemand anders heeft dit net gewijzigd. Laad de pagina opnieuw en probeer het "
                    + "nog eens; er is niets opgeslagen.");
        }
        if (exception instanceof ProcessEngineException && exception.getMessage() != null
                && exception.getMessage().startsWith(OTHER_TENANT)) {
            return Refusal.notFound("Niet gevonden.");
        }
        return exception;
    }
}
