package nl.onderwijsregio.ketenregie.casework;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.process.ProcessRegistry;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * What the engine lets a user do with an open task, asked the engine's way: work runs as the user (their
 * groups and regions), so its authorization and tenant checks decide as they do in Tasklist. Shared by
 * assignment and by completing a task from the dossier page.
 */
@Component
class TaskAccess {

    private final TaskService taskService;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final ProcessRegistry processes;

    TaskAccess(TaskService taskService, IdentityService identityService, AuthorizationService authorizationService,
            ProcessRegistry processes) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.processes = processes;
    }

    /** The open task of one of our processes as the user sees it (null: another region, gone or unknown). */
    Task visible(KetenregieUser user, String taskId) {
        return asUser(user, () -> query(taskId).singleResult());
    }

    /** The same, if it is a task of this dossier (its process instance's business key). */
    Task visibleInDossier(KetenregieUser user, String taskId, UUID dossierId) {
        return asUser(user, () -> query(taskId).processInstanceBusinessKey(dossierId.toString()).singleResult());
    }

    private TaskQuery query(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).processDefinitionKeyIn(processes.keys()).initializeFormKeys();
    }

    /** The engine's own answer: would it let this person claim or complete the task (a candidate, in effect)? */
    boolean mayWorkOn(KetenregieUser person, String taskId) {
        List<String> groups = List.copyOf(person.groups());
        return authorizationService.isUserAuthorized(person.userId(), groups, Permissions.UPDATE, Resources.TASK,
                taskId)
                || authorizationService.isUserAuthorized(person.userId(), groups, TaskPermissions.TASK_WORK,
                        Resources.TASK, taskId);
    }

    /** Runs engine work authenticated as the user; whatever the engine refuses is thrown as it comes. */
    <T> T asUser(KetenregieUser user, Supplier<T> work) {
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(user.userId(), List.copyOf(user.groups()), List.copyOf(user.regions()));
        try {
            return work.get();
        } finally {
            if (previous != null) {
                identityService.setAuthentication(previous);
            } else {
                identityService.clearAuthentication();
            }
        }
    }
}
