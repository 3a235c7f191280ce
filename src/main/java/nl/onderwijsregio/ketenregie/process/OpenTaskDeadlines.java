package nl.onderwijsregio.ketenregie.process;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierDeadlines;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mirrors the earliest due date of a dossier's open tasks, in every process of the registry, onto the
 * dossier, so the work list can sort by deadline with one indexed query. Task events arrive through the
 * Camunda Spring event bridge in the engine's transaction (like {@link TrackListener}).
 *
 * <p>A new task can only bring the date forward: one conditional update at once. A task that ends or whose
 * due date moves needs the dossier's open tasks read again; that is done once per dossier just before the
 * transaction commits, when the engine has written everything, new tasks included. So a journey step (its
 * task completes, the next one is created, in one transaction) reads the tasks and writes the dossier once,
 * in one statement, instead of computing the date halfway and correcting it for the next task.
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
                if (task.getDueDate() != null && !recomputingBeforeCommit(dossier)) {
                    deadlines.taskOpened(dossier, task.getDueDate().toInstant());
                }
            }
            case TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE ->
                    recomputeBeforeCommit(dossier);
            default -> {
                // Assignment and timeout do not change deadlines.
            }
        }
    }

    /** Whether the dossier's date is read again before this transaction commits, new tasks included. */
    private boolean recomputingBeforeCommit(UUID dossier) {
        Recompute pending = (Recompute) TransactionSynchronizationManager.getResource(this);
        return pending != null && pending.dossiers.contains(dossier);
    }

    /** Once per dossier and transaction, after the engine flushed its changes. */
    private void recomputeBeforeCommit(UUID dossier) {
        Recompute pending = (Recompute) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Recompute();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.dossiers.add(dossier);
    }

    private final class Recompute implements TransactionSynchronization {

        final Set<UUID> dossiers = new LinkedHashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            dossiers.forEach(dossier -> deadlines.recomputedFromOpenTasks(dossier, Arrays.asList(registry.keys())));
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(OpenTaskDeadlines.this);
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
