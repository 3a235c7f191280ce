package nl.onderwijsregio.ketenregie.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;

import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the Camunda identity in line with our model at every start (idempotent): a tenant per region,
 * the role groups from the design, a group per school, bestuur and institute for task routing, and the
 * authorizations of each role. Users themselves come from the administrator (or, in the demo, from
 * DemoUsers).
 */
@Component
public class IdentitySetup {

    static final String TYPE_ROLE = "ROLE";
    static final String TYPE_ORGANISATION = "ORGANISATIE";

    private static final Map<String, String> ROLE_GROUPS = Map.of(
            Groups.KETENREGISSEUR, "Ketenregisseurs",
            Groups.SCHOOLOPLEIDER, "Schoolopleiders",
            Groups.HR, "HR-adviseurs",
            Groups.LERARENOPLEIDING, "Lerarenopleidingen",
            Groups.GARANTIEFONDS_COMMISSIE, "Garantiefondscommissie",
            Groups.WERKGROEP_KWALITEIT, "Werkgroep kwaliteit",
            Groups.MANAGEMENT, "Management",
            Groups.PEERREVIEW_PANEL, "Peer-reviewpanels",
            Groups.CAMUNDA_ADMIN, "Beheerders",
            Groups.PRIVACY, "Privacyfunctionarissen");

    /**
     * Who works in Tasklist; management reads aggregates in Ketenregie and has no task work. The privacy officer
     * reviews candidates' erasure requests there.
     */
    private static final List<String> TASK_WORKERS = List.of(Groups.KETENREGISSEUR, Groups.SCHOOLOPLEIDER,
            Groups.HR, Groups.LERARENOPLEIDING, Groups.GARANTIEFONDS_COMMISSIE, Groups.WERKGROEP_KWALITEIT,
            Groups.PEERREVIEW_PANEL, Groups.PRIVACY);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final OrganisationService organisations;

    IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
            OrganisationService organisations) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.organisations = organisations;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(1)
    public void apply() {
        organisations.regions().forEach(region -> tenant(region.getCode(), region.getName()));
        ROLE_GROUPS.forEach((id, name) -> group(id, name, TYPE_ROLE));
        organisations.schools().forEach(school -> group(Groups.school(school.getCode()),
                "Schoolopleiders " + school.getName(), TYPE_ORGANISATION));
        organisations.besturen().forEach(bestuur -> group(Groups.bestuur(bestuur.getCode()),
                "HR " + bestuur.getName(), TYPE_ORGANISATION));
        organisations.opleidingen().forEach(opleiding -> group(Groups.opleiding(opleiding.getCode()),
                opleiding.getName(), TYPE_ORGANISATION));
        organisations.partnerships(null).forEach(partnership -> partnershipGroup(partnership.code(), partnership.name()));
        authorizeRoles();
    }

    /**
     * The group of a partnership's coordinators, who fill in its self-evaluations in Tasklist; also called
     * when an administrator adds a partnership.
     */
    public void partnershipGroup(String code, String name) {
        group(Groups.partnerschap(code), "Coördinatoren " + name, TYPE_ORGANISATION);
        taskWorker(Groups.partnerschap(code));
    }

    private void authorizeRoles() {
        // Administrators manage users, groups and authorizations in Camunda Admin; group membership alone
        // does not open the webapps.
        for (Resource resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        TASK_WORKERS.forEach(this::taskWorker);
        // The ketenregisseur follows every case of the region in Cockpit and Tasklist (tenant-checked).
        grant(Groups.KETENREGISSEUR, Resources.APPLICATION, "cockpit", ACCESS);
        // No CREATE_INSTANCE: journeys start from Ketenregie, which sets the region; a start through
        // /engine-rest could name another region's dossier as business key.
        grant(Groups.KETENREGISSEUR, Resources.PROCESS_DEFINITION, Authorization.ANY, READ, READ_INSTANCE,
                READ_HISTORY);
        grant(Groups.KETENREGISSEUR, Resources.PROCESS_INSTANCE, Authorization.ANY, READ);
        grant(Groups.KETENREGISSEUR, Resources.TASK, Authorization.ANY, READ);
        grant(Groups.KETENREGISSEUR, Resources.DECISION_DEFINITION, Authorization.ANY, READ);
    }

    private void taskWorker(String group) {
        grant(group, Resources.APPLICATION, "tasklist", ACCESS);
        // Tasklist shows the process name and the task's Camunda Form, which needs these reads.
        grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, READ);
        grant(group, Resources.DEPLOYMENT, Authorization.ANY, READ);
    }

    private void tenant(String id, String name) {
        if (identityService.createTenantQuery().tenantId(id).count() == 0) {
            Tenant tenant = identityService.newTenant(id);
            tenant.setName(name);
            identityService.saveTenant(tenant);
        }
    }

    private void group(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
