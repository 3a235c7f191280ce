package nl.onderwijsregio.ketenregie.process;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierDeadlines;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mirrors the earliest due date of a dossier's open tasks, in every process of the registry, onto the
 * dossier, so the work list can sort by deadline with one indexed query. Task events arrive through the
 * Camunda Spring event bridge in the engine's transaction (like {@link TrackListener}).
 */
@Component
class OpenTaskDeadlines {

    private final ProcessRegistry registry;
    private final DossierDeadlines deadlines;

    OpenTaskDeadlines(ProcessRegistry registry, DossierDeadlines deadlines) {
        this.registry = registry;
        this.deadlines = deadlines;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        String event = task.getEventName();
        UUID dossier = dossierOf(task);
        if (dossier == null) {
            return;
        }
        switch (event) {
            case TaskListener.EVENTNAME_CREATE -> {
                if (task.getDueDate() != null) {
                    deadlines.taskOpened(dossier, task.getDueDate().toInstant());
                }
            }
            case TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE ->
                    deadlines.recomputed(dossier, earliestOpen(task, !TaskListener.EVENTNAME_UPDATE.equals(event)));
            default -> {
                // Assignment and timeout do not change deadlines.
            }
        }
    }

    /**
     * The earliest due date among the dossier's open tasks, read regardless of who acts (the engine
     * would otherwise hide tasks of other groups). The task of the event counts with its new due date,
     * or not at all when it ends.
     */
    private Instant earliestOpen(DelegateTask current, boolean currentEnds) {
        CommandContext context = Context.getCommandContext();
        boolean tenantCheck = context.isTenantCheckEnabled();
        context.disableTenantCheck();
        try {
            return context.runWithoutAuthorization(() -> {
                Date earliest = currentEnds ? null : current.getDueDate();
                for (Task task : current.getProcessEngineServices().getTaskService().createTaskQuery()
                        .processInstanceBusinessKey(current.getExecution().getProcessBusinessKey())
                        .processDefinitionKeyIn(registry.keys()).list()) {
                    if (!Objects.equals(task.getId(), current.getId()) && task.getDueDate() != null
                            && (earliest == null || task.getDueDate().before(earliest))) {
                        earliest = task.getDueDate();
                    }
                }
                return earliest == null ? null : earliest.toInstant();
            });
        } finally {
            if (tenantCheck) {
                context.enableTenantCheck();
            }
        }
    }

    private UUID dossierOf(DelegateTask task) {
        if (!Arrays.asList(registry.keys()).contains(ProcessModel.keyOf(task))) {
            return null;
        }
        try {
            return BusinessKey.of(task);
        } catch (IllegalStateException | IllegalArgumentException notADossier) {
            return null;
        }
    }
}
