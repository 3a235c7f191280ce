package nl.onderwijsregio.ketenregie.identity;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The shared Dutch work lists in Camunda Tasklist, readable by every user; created once. */
@Component
public class TasklistFilters {

    /** The shared list of overdue tasks; deadline reminders link to it (notification/StaffJobs). */
    public static final String OVERDUE = "Verlopen taken";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(2)
    public void apply() {
        create("Mijn taken", "Taken die aan mij zijn toegewezen", -10, "#3e4d2f",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        create("Taken van mijn groep", "Nog niet toegewezen taken van mijn groepen", -5, "#3d6ea8",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
        create(OVERDUE, "Taken waarvan de termijn is verstreken", 0, "#b5152b",
                taskService.createTaskQuery().dueBeforeExpression("${now()}"));
    }

    private void create(String name, String description, int priority, String color, TaskQuery query) {
        // Each list shows the dossier number beside the task name, so identical task names can be told apart.
        Map<String, Object> properties = Map.of("description", description, "priority", priority, "color", color,
                "refresh", true, "variables", List.of(Map.of("name", "dossiernummer", "label", "Dossiernummer")));
        Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            if (!properties.equals(existing.getProperties())) {
                filterService.saveFilter(existing.setProperties(properties));
            }
            return;
        }
        Filter filter = filterService.newTaskFilter(name).setProperties(properties).setQuery(query);
        filterService.saveFilter(filter);
        Authorization readForAll = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        readForAll.setResource(Resources.FILTER);
        readForAll.setResourceId(filter.getId());
        readForAll.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(readForAll);
    }
}
