package nl.onderwijsregio.ketenregie.workspace;

import nl.onderwijsregio.ketenregie.process.ProcessRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Open tasks and deadlines of dossiers: the open tasks, who holds them and their due dates in every process on the dossier (the journey,
 * the follow-ups of overdue tasks, and the processes beside the journey; see ProcessRegistry). Read through the
 * engine's public API with a fixed number of queries per list (never one per dossier). The engine has no
 * authenticated user here, so every query is limited to the user's regions (tenants) explicitly; the
 * dossier query then applies the organisation scope.
 */
@Component
class TaskDeadlines {

    /** How urgent a dossier's earliest open task is. */
    enum Urgency {
        VERLOPEN("Termijn verlopen"), BINNENKORT("Termijn verloopt binnenkort"), OP_SCHEMA("Op schema");

        private final String label;

        Urgency(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Deadline(Instant due, Urgency urgency) {
    }

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final WorkspaceSettings settings;
    private final Clock clock;
    private final ProcessRegistry processes;
    private final StaffNames staff;

    TaskDeadlines(TaskService taskService, RuntimeService runtimeService, WorkspaceSettings settings, Clock clock,
            ProcessRegistry processes, StaffNames staff) {
        this.staff = staff;
        this.processes = processes;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.settings = settings;
        this.clock = clock;
    }

    /** An open task of a dossier: what it is, who holds it (display name; null: nobody yet), when it is due. */
    record OpenTask(String id, String naam, String behandelaarId, String behandelaar, Instant termijn,
            Urgency urgentie) {

        /** "Match voorstellen — niet opgepakt", "Aanstelling regelen — Kees Jansen". */
        public String omschrijving() {
            return naam + " — " + (behandelaar == null ? "niet opgepakt" : behandelaar);
        }
    }

    /**
     * The open tasks per dossier, earliest deadline first, for one page of dossiers: three queries (tasks,
     * their process instances, the names of who holds them), never one per dossier.
     */
    Map<UUID, List<OpenTask>> open(Collection<UUID> dossierIds, Collection<String> regions) {
        Map<UUID, List<OpenTask>> result = new HashMap<>();
        if (dossierIds.isEmpty() || regions.isEmpty()) {
            return result;
        }
        String[] keys = dossierIds.stream().map(UUID::toString).toArray(String[]::new);
        List<Task> tasks = taskService.createTaskQuery().processDefinitionKeyIn(processes.keys())
                .tenantIdIn(regions.toArray(String[]::new)).processInstanceBusinessKeyIn(keys).list();
        Map<String, UUID> dossierByInstance = dossierByInstance(tasks.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet()));
        Map<String, String> names = staff.names(tasks.stream().map(Task::getAssignee).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Instant now = clock.instant();
        for (Task task : tasks) {
            UUID dossier = dossierByInstance.get(task.getProcessInstanceId());
            if (dossier == null) {
                continue;
            }
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            result.computeIfAbsent(dossier, id -> new ArrayList<>()).add(new OpenTask(task.getId(), task.getName(),
                    task.getAssignee(), task.getAssignee() == null ? null
                            : names.getOrDefault(task.getAssignee(), task.getAssignee()),
                    due, due == null ? null : urgency(due, now)));
        }
        result.values().forEach(list -> list.sort(Comparator.comparing(OpenTask::termijn,
                Comparator.nullsLast(Comparator.naturalOrder()))));
        return result;
    }

    /** The earliest deadline among a dossier's open tasks, or null. */
    static Deadline earliest(List<OpenTask> tasks) {
        return tasks == null ? null : tasks.stream().filter(t -> t.termijn() != null).findFirst()
                .map(t -> new Deadline(t.termijn(), t.urgentie())).orElse(null);
    }

    Urgency urgency(Instant due, Instant now) {
        if (due.isBefore(now)) {
            return Urgency.VERLOPEN;
        }
        if (due.isBefore(now.plus(Duration.ofDays(settings.binnenkortDagen())))) {
            return Urgency.BINNENKORT;
        }
        return Urgency.OP_SCHEMA;
    }

    private Map<String, UUID> dossierByInstance(Set<String> instanceIds) {
        Map<String, UUID> map = new HashMap<>();
        if (instanceIds.isEmpty()) {
            return map;
        }
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                .processInstanceIds(instanceIds).list()) {
            try {
                map.put(instance.getId(), UUID.fromString(instance.getBusinessKey()));
            } catch (IllegalArgumentException | NullPointerException notADossier) {
                // An instance started without a dossier id as business key is not part of a work list.
            }
        }
        return map;
    }
}
