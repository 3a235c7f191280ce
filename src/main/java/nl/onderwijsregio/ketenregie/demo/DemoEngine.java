package nl.onderwijsregio.ketenregie.demo;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.journey.JourneyCommands;
import nl.onderwijsregio.ketenregie.journey.ZijInstroomJourney;
import nl.onderwijsregio.ketenregie.loket.Registration;
import nl.onderwijsregio.ketenregie.loket.RegistrationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The real entry points a demo candidate passes through: the loket, Tasklist completions by a logged-in
 * staff member, the engine's timers, and the journey commands (withdrawal, warm handover).
 */
@Component
@Profile("demo")
class DemoEngine {

    /** Someone completing a task, with the groups Tasklist would pass for them. */
    record Staff(String userId, List<String> groups) {
    }

    private static final Comparator<Task> BY_CREATION = Comparator.comparing(Task::getCreateTime)
            .thenComparing(Task::getTaskDefinitionKey);

    private final RegistrationService registrations;
    private final JourneyCommands commands;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final JdbcTemplate jdbc;
    /** Activity of each timer's job definition, so timers due at the same moment fire in a fixed order. */
    private final Map<String, String> timerActivities = new ConcurrentHashMap<>();

    DemoEngine(RegistrationService registrations, JourneyCommands commands, TaskService taskService,
            RuntimeService runtimeService, ManagementService managementService, IdentityService identityService,
            JdbcTemplate jdbc) {
        this.registrations = registrations;
        this.commands = commands;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.jdbc = jdbc;
    }

    /** Registers through the public loket and returns the new dossier's id. */
    UUID register(Registration registration) {
        registrations.register(registration);
        return jdbc.queryForObject("select id from dossier where email = ? and region_code = ?", UUID.class,
                registration.email(), registration.regio());
    }

    String processInstanceOf(UUID dossierId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ZijInstroomJourney.PROCESS_KEY)
                .processInstanceBusinessKey(dossierId.toString()).singleResult().getId();
    }

    /**
     * The open tasks of every process of the dossier (the journey and the follow-ups of its overdue tasks). A
     * native query: the full task query builds a large dynamic statement, and this runs after every event.
     */
    List<Task> openTasks(UUID dossierId) {
        return taskService.createNativeTaskQuery()
                .sql("select t.* from " + managementService.getTableName(Task.class) + " t join "
                        + managementService.getTableName(ProcessInstance.class) + " p on p.ID_ = t.PROC_INST_ID_"
                        + " where p.BUSINESS_KEY_ = #{key}")
                .parameter("key", dossierId.toString())
                .list().stream().sorted(BY_CREATION).toList();
    }

    List<Job> timers(String processInstanceId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
                .sorted(Comparator.comparing(Job::getDuedate).thenComparing(this::activityOf)).toList();
    }

    private String activityOf(Job timer) {
        if (timer.getJobDefinitionId() == null) {
            return "";
        }
        return timerActivities.computeIfAbsent(timer.getJobDefinitionId(), definition -> managementService
                .createJobDefinitionQuery().jobDefinitionId(definition).singleResult().getActivityId());
    }

    void fire(Job timer) {
        managementService.executeJob(timer.getId());
    }

    Object variable(String processInstanceId, String name) {
        return runtimeService.getVariable(processInstanceId, name);
    }

    /** The groups the task is offered to, e.g. "ketenregisseur" or "school:spo-zonnewijzer". */
    List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .sorted()
                .toList();
    }

    /** Completes the task as the staff member in the candidate's region, exactly as Tasklist does. */
    void complete(Task task, Staff staff, String region, Map<String, Object> variables) {
        identityService.setAuthentication(staff.userId(), staff.groups(), List.of(region));
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * The staff member cannot act yet (no school with a free place) and moves the task's due date to when
     * they will look again, as Tasklist lets them; only tasks nobody picked up in time stay overdue.
     */
    void postpone(Task task, Staff staff, String region, Instant nextLook) {
        identityService.setAuthentication(staff.userId(), staff.groups(), List.of(region));
        try {
            Task current = taskService.createTaskQuery().taskId(task.getId()).singleResult();
            current.setDueDate(Date.from(nextLook));
            taskService.saveTask(current);
        } finally {
            identityService.clearAuthentication();
        }
    }

    void candidateStops(UUID dossierId, DropoutReason reason, boolean avoidable, String explanation,
            String ketenregisseur) {
        commands.candidateStops(dossierId, reason, avoidable, explanation, ketenregisseur);
    }

    /** Hands the dossier over warmly and returns the receiving region's new dossier. */
    UUID handOver(UUID dossierId, String toRegion, String explanation, String ketenregisseur) {
        commands.handOver(dossierId, toRegion, explanation, ketenregisseur);
        return jdbc.queryForObject("select id from dossier where handed_over_from = ?", UUID.class, dossierId);
    }
}
