package nl.onderwijsregio.ketenregie.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.StatementCounter;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Camunda's permission checks without the reads that cannot change their answer, and the same answers: all of a
 * user's groups are checked without the per-command read of every authorized group (docs/adr/0023), and a task
 * query of a user who may read every task is not joined with the authorizations (docs/adr/0024).
 */
@IntegrationTest
class LeanAuthorizationChecksTest {

    @Autowired
    TaskService tasks;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    IdentityService identity;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> taskIds = new ArrayList<>();
    private final List<String> grantIds = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        identity.clearAuthentication();
        grantIds.forEach(authorizations::deleteAuthorization);
        taskIds.forEach(id -> tasks.deleteTask(id, true));
    }

    @Test
    void aGroupsGrantGivesAccessWithoutReadingEveryAuthorizedGroup() {
        String taskId = task(null);
        String granted = "toegestaan-" + run;
        grantRead(granted, taskId);

        StatementCounter.startOnThisThread();
        identity.setAuthentication("lid-" + run, List.of("zonder-rechten-" + run, granted));
        long seenWithGrant = tasks.createTaskQuery().taskId(taskId).count();
        identity.setAuthentication("ander-" + run, List.of("zonder-rechten-" + run));
        long seenWithout = tasks.createTaskQuery().taskId(taskId).count();
        identity.clearAuthentication();
        StatementCounter.stop();

        assertThat(seenWithGrant).as("the granted group among others").isEqualTo(1);
        assertThat(seenWithout).as("only a group without grants").isZero();
        assertThat(StatementCounter.sql()).as("no read of every authorized group")
                .noneMatch(sql -> sql.toLowerCase(Locale.ROOT).contains("distinct(a.group_id_)"));
    }

    @Test
    void aGrantOnEveryTaskSkipsTheJoinWithTheAuthorizationsAndKeepsTheRegion() {
        String everyTask = "alle-taken-" + run;
        grantRead(everyTask, Authorization.ANY);
        String region = "regio-" + run;
        String ownTask = task(region);
        String otherRegionsTask = task("andere-" + region);
        String onlyGranted = "een-taak-" + run;
        grantRead(onlyGranted, ownTask);

        StatementCounter.startOnThisThread();
        identity.setAuthentication("kr-" + run, List.of(everyTask), List.of(region));
        List<String> seenByEveryTaskReader = visible(ownTask, otherRegionsTask);
        List<String> taskQueriesOfEveryTaskReader = taskQueries();
        identity.setAuthentication("so-" + run, List.of(onlyGranted), List.of(region, "andere-" + region));
        List<String> seenByOneTaskReader = visible(ownTask, otherRegionsTask);
        identity.clearAuthentication();
        StatementCounter.stop();

        assertThat(seenByEveryTaskReader).as("every task of the own region, none of another").containsExactly(ownTask);
        assertThat(taskQueriesOfEveryTaskReader).as("task queries of a user who may read every task").isNotEmpty()
                .noneMatch(sql -> sql.contains("act_ru_authorization"));
        assertThat(seenByOneTaskReader).as("a grant on one task still checked per task").containsExactly(ownTask);
        assertThat(taskQueries()).as("the per-task check for a user with a grant on one task")
                .anyMatch(sql -> sql.contains("act_ru_authorization"));
    }

    private List<String> visible(String... taskIds) {
        List<String> ids = tasks.createTaskQuery().taskIdIn(taskIds).list().stream().map(Task::getId).toList();
        assertThat(tasks.createTaskQuery().taskIdIn(taskIds).count()).as("count and list agree").isEqualTo(ids.size());
        return ids;
    }

    private static List<String> taskQueries() {
        return StatementCounter.sql().stream().map(sql -> sql.toLowerCase(Locale.ROOT))
                .filter(sql -> sql.contains("from act_ru_task res")).toList();
    }

    private String task(String tenantId) {
        Task task = tasks.newTask();
        task.setName("Groepstoets");
        task.setTenantId(tenantId);
        tasks.saveTask(task);
        taskIds.add(task.getId());
        return task.getId();
    }

    private void grantRead(String groupId, String taskId) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(groupId);
        grant.setResource(Resources.TASK);
        grant.setResourceId(taskId);
        grant.addPermission(Permissions.READ);
        grantIds.add(authorizations.saveAuthorization(grant).getId());
    }
}
