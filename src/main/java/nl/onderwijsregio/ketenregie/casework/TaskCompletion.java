package nl.onderwijsregio.ketenregie.casework;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.CamundaIdentity;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.process.Refusal;
import nl.onderwijsregio.ketenregie.process.TaskForms;
import nl.onderwijsregio.ketenregie.web.ConflictException;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import nl.onderwijsregio.ketenregie.web.RefusedRequestException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completing an open task of a dossier with its Camunda Form from the dossier page: a shortcut to what
 * Tasklist does, never a second set of rules. Who may: as in Tasklist, the user the task is assigned to, or,
 * while nobody holds it, a user the engine lets work on it (a member of a candidate group); the task is then
 * claimed and completed in one transaction, so a refused form leaves it as it was, unclaimed. The form's
 * values go through {@link TaskForms} (FormService.submitTaskForm as the user), so the command guard, the
 * task listeners and the engine's authorization decide, with their Dutch messages:
 * <ul>
 * <li>a refused form (400) names what is wrong; nothing is stored;</li>
 * <li>a task done, changed or claimed by someone else meanwhile, or no longer in this dossier, is 409;</li>
 * <li>a task the user may not work on is 403.</li>
 * </ul>
 */
@Service
public class TaskCompletion {

    static final String FIELD = "taakformulier";
    private static final String NOT_YOURS = "Je mag deze taak niet afronden: hij hoort bij een groep waar je niet in zit.";

    /** The form of a task the user may complete, for the page: JSON texts as Tasklist receives them. */
    public record Form(String taakId, String naam, String schema, String variabelen) {
    }

    private final TaskAccess access;
    private final TaskForms forms;
    private final CamundaIdentity identity;
    private final TransactionTemplate transaction;

    TaskCompletion(TaskAccess access, TaskForms forms, CamundaIdentity identity, TransactionTemplate transaction) {
        this.access = access;
        this.forms = forms;
        this.identity = identity;
        this.transaction = transaction;
    }

    /** Whether the page offers the form for this open task: the user holds it, or may pick it up. */
    public boolean mayComplete(KetenregieUser user, String taskId, String assignee) {
        return assignee == null ? access.mayWorkOn(user, taskId) : assignee.equals(user.userId());
    }

    /** The task's form with its current variables; refused like a submission would be. */
    public Form open(KetenregieUser user, UUID dossierId, String taskId) {
        Task task = workable(user, dossierId, taskId);
        return access.asUser(user, () -> new Form(task.getId(), task.getName(), forms.schema(task.getId()),
                forms.variables(task.getId())));
    }

    /** Claims the task if nobody holds it and submits the form's values, all or nothing; returns the task's name. */
    public String complete(KetenregieUser user, UUID dossierId, String taskId, String variables) {
        Task task = workable(user, dossierId, taskId);
        try {
            access.asUser(user, () -> transaction.execute(status -> {
                forms.submit(task.getId(), task.getAssignee() == null ? user.userId() : null, variables);
                return null;
            }));
        } catch (Refusal refusal) {
            throw switch (refusal.status()) {
                case 400 -> new InvalidRequestException(FIELD, refusal.getMessage());
                case 403 -> refused(refusal.getMessage());
                case 404, 409 -> new ConflictException(FIELD, TaskForms.CHANGED_MEANWHILE);
                default -> refusal;
            };
        } catch (AuthorizationException notAllowed) {
            throw refused(NOT_YOURS);
        }
        return task.getName();
    }

    /** The open task in this dossier, if the user may work on it (see the class comment). */
    private Task workable(KetenregieUser user, UUID dossierId, String taskId) {
        Task task = taskId == null || taskId.isBlank() ? null : access.visibleInDossier(user, taskId, dossierId);
        if (task == null) {
            // Done a moment ago by someone else, or never a task of this dossier: to the user the same.
            throw new ConflictException(FIELD, TaskForms.CHANGED_MEANWHILE);
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.userId())) {
            throw new ConflictException(FIELD, "Deze taak ligt bij " + identity.load(task.getAssignee()).displayName()
                    + ". Alleen wie de taak heeft opgepakt rondt hem af; er is niets opgeslagen.");
        }
        if (task.getAssignee() == null && !access.mayWorkOn(user, task.getId())) {
            throw refused(NOT_YOURS);
        }
        if (task.getCamundaFormRef() == null) {
            throw new InvalidRequestException(FIELD, "Deze taak heeft geen formulier; rond hem af in Tasklist.");
        }
        return task;
    }

    private static RefusedRequestException refused(String message) {
        return new RefusedRequestException(HttpStatus.FORBIDDEN, "Geen toegang", message, java.util.Map.of());
    }
}
