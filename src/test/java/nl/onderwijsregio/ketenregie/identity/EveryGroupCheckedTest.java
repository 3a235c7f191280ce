package nl.onderwijsregio.ketenregie.identity;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Permissions are checked for all of a user's groups without Camunda's per-command read of every group that has an
 * authorization (docs/adr/0023), and still only a group's grant gives access.
 */
@IntegrationTest
class EveryGroupCheckedTest {

    @Autowired
    TaskService tasks;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    IdentityService identity;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private String taskId;
    private String grantId;

    @AfterEach
    void cleanUp() {
        identity.clearAuthentication();
        if (grantId != null) {
            authorizations.deleteAuthorization(grantId);
        }
        if (taskId != null) {
            tasks.deleteTask(taskId, true);
        }
    }

    @Test
    void aGroupsGrantGivesAccessWithoutReadingEveryAuthorizedGroup() {
        Task task = tasks.newTask();
        task.setName("Groepstoets");
        tasks.saveTask(task);
        taskId = task.getId();
        String granted = "toegestaan-" + run;
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(granted);
        grant.setResource(Resources.TASK);
        grant.setResourceId(taskId);
        grant.addPermission(Permissions.READ);
        grantId = authorizations.saveAuthorization(grant).getId();

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
}
