package nl.onderwijsregio.ketenregie.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Who takes a step, for histories and notes: the logged-in Camunda user; else the transient {@code actor}
 * variable our own code passes (e.g. "loket" for a registration); else "systeem" (timers, jobs).
 */
public final class Actor {

    public static final String SYSTEM = "systeem";

    private Actor() {
    }

    public static String of(VariableScope scope) {
        String user = authenticatedUser();
        if (user != null) {
            return user;
        }
        Object actor = scope.getVariable(PlatformVariables.ACTOR);
        return actor == null ? SYSTEM : actor.toString();
    }

    public static String of(DelegateExecution execution) {
        return of((VariableScope) execution);
    }

    private static String authenticatedUser() {
        if (Context.getCommandContext() == null) {
            return null;
        }
        Authentication authentication = Context.getCommandContext().getAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
