package nl.onderwijsregio.ketenregie.casework;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.onderwijsregio.ketenregie.identity.CamundaIdentity;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.identity.StaffByRole;
import nl.onderwijsregio.ketenregie.process.Refusal;
import nl.onderwijsregio.ketenregie.web.ConflictException;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import nl.onderwijsregio.ketenregie.web.RefusedRequestException;
import nl.onderwijsregio.ketenregie.web.ResourceNotFoundException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Picking up ("oppakken"), assigning ("toewijzen aan...") and releasing open tasks of a dossier from
 * Ketenregie. Every change goes through the engine as the acting user, with their groups and regions, so
 * the engine's own authorization and tenant checks decide exactly as they do in Tasklist (where the
 * result shows at once). Our checks come first only to answer in plain Dutch:
 * <ul>
 * <li>a task the user cannot see (another region, gone, unknown) is 404;</li>
 * <li>the colleague must exist (400), work in the task's region (403) and be allowed by the engine to
 * work on the task, i.e. belong to one of its groups (403);</li>
 * <li>a task held by someone else is released first (409); your own you may hand on;</li>
 * <li>whatever the engine refuses for the acting user (e.g. a task of another group) is 403.</li>
 * </ul>
 */
@Service
public class TaskAssignment {

    static final String NOT_FOUND = "Taak niet gevonden. Bestond hij wel, dan heeft iemand anders hem intussen "
            + "afgerond.";

    private final TaskService taskService;
    private final IdentityService identityService;
    private final CamundaIdentity identity;
    private final StaffByRole staff;
    private final TaskAccess access;

    TaskAssignment(TaskService taskService, IdentityService identityService, CamundaIdentity identity,
            StaffByRole staff, TaskAccess access) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.identity = identity;
        this.staff = staff;
        this.access = access;
    }

    /** Gives the task to {@code assigneeId}: the user themselves (picking up) or a colleague. */
    public void assign(KetenregieUser user, String taskId, String assigneeId) {
        Task task = visibleTask(user, taskId);
        KetenregieUser assignee = colleague(assigneeId);
        if (!assignee.regions().contains(task.getTenantId())) {
            throw refused("Je kunt een taak alleen toewijzen aan een collega in dezelfde onderwijsregio als het "
                    + "dossier.");
        }
        if (!access.mayWorkOn(assignee, task.getId())) {
            throw refused(assignee.displayName() + " hoort niet bij een groep die deze taak mag oppakken.");
        }
        if (assignee.userId().equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.userId())) {
            throw new ConflictException("gebruiker", "Deze taak is al opgepakt door " + displayName(task.getAssignee())
                    + ". Geef hem eerst vrij.");
        }
        asUser(user, () -> {
            if (task.getAssignee() == null && assignee.userId().equals(user.userId())) {
                taskService.claim(taskId, user.userId());
            } else {
                taskService.setAssignee(taskId, assignee.userId());
            }
            return null;
        });
    }

    /** Takes the task back to its groups, so anyone of them can pick it up. */
    public void release(KetenregieUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        if (task.getAssignee() == null) {
            return;
        }
        asUser(user, () -> {
            taskService.setAssignee(taskId, null);
            return null;
        });
    }

    /**
     * Colleagues of the user's role in a region, by name: whom a task can be assigned to. Remembered per region
     * and role ({@link StaffByRole}): every work list and dossier page shows them.
     */
    public List<CamundaIdentity.StaffMember> colleagues(KetenregieUser user, String region, String roleGroup) {
        if (!user.regions().contains(region) || !user.groups().contains(roleGroup)) {
            return List.of();
        }
        return staff.inRegion(region, roleGroup);
    }

    private Task visibleTask(KetenregieUser user, String taskId) {
        Task task = access.visible(user, taskId);
        if (task == null) {
            throw new ResourceNotFoundException(NOT_FOUND);
        }
        return task;
    }

    private KetenregieUser colleague(String userId) {
        if (userId == null || userId.isBlank()) {
            throw new InvalidRequestException("gebruiker", "Kies aan wie je de taak toewijst.");
        }
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw new InvalidRequestException("gebruiker", "Deze gebruiker bestaat niet.");
        }
        return identity.load(userId);
    }

    private String displayName(String userId) {
        return Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult())
                .map(CamundaIdentity::displayName).orElse(userId);
    }

    private <T> T asUser(KetenregieUser user, Supplier<T> work) {
        try {
            return access.asUser(user, work);
        } catch (AuthorizationException refused) {
            throw refused("Je mag deze taak niet toewijzen of oppakken: hij hoort bij een groep waar je niet in zit.");
        } catch (TaskAlreadyClaimedException taken) {
            throw new ConflictException("gebruiker", "Iemand anders heeft deze taak net opgepakt.");
        } catch (Refusal refusal) {
            throw switch (refusal.status()) {
                case 404 -> new ResourceNotFoundException(NOT_FOUND);
                case 409 -> new ConflictException("gebruiker", refusal.getMessage());
                case 403 -> refused(refusal.getMessage());
                default -> refusal;
            };
        }
    }

    private static RefusedRequestException refused(String message) {
        return new RefusedRequestException(HttpStatus.FORBIDDEN, "Geen toegang", message, java.util.Map.of());
    }
}
