package nl.onderwijsregio.ketenregie.workspace;

import nl.onderwijsregio.ketenregie.process.ProcessRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
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
 * Deadlines of dossiers: the due dates of their open tasks in every process on the dossier (the journey,
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

    TaskDeadlines(TaskService taskService, RuntimeService runtimeService, WorkspaceSettings settings, Clock clock,
            ProcessRegistry processes) {
        this.processes = processes;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.settings = settings;
        this.clock = clock;
    }

    /** The earliest due date of open tasks per dossier, for one page of dossiers: two engine queries. */
    Map<UUID, Deadline> earliest(Collection<UUID> dossierIds, Collection<String> regions) {
        Map<UUID, Deadline> result = new HashMap<>();
        if (dossierIds.isEmpty() || regions.isEmpty()) {
            return result;
        }
        String[] keys = dossierIds.stream().map(UUID::toString).toArray(String[]::new);
        List<Task> tasks = taskService.createTaskQuery().processDefinitionKeyIn(processes.keys())
                .tenantIdIn(regions.toArray(String[]::new)).processInstanceBusinessKeyIn(keys).list();
        Map<String, UUID> dossierByInstance = dossierByInstance(tasks.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet()));
        Instant now = clock.instant();
        for (Task task : tasks) {
            UUID dossier = dossierByInstance.get(task.getProcessInstanceId());
            if (dossier == null || task.getDueDate() == null) {
                continue;
            }
            Instant due = task.getDueDate().toInstant();
            Deadline current = result.get(dossier);
            if (current == null || due.isBefore(current.due())) {
                result.put(dossier, new Deadline(due, urgency(due, now)));
            }
        }
        return result;
    }

    /** Dossiers in the regions with an open task due before now (or before now + the warning period). */
    Set<UUID> dueBefore(boolean includeSoon, Collection<String> regions) {
        if (regions.isEmpty()) {
            return Set.of();
        }
        Instant limit = includeSoon ? clock.instant().plus(Duration.ofDays(settings.binnenkortDagen())) : clock.instant();
        List<Task> tasks = taskService.createTaskQuery().processDefinitionKeyIn(processes.keys())
                .tenantIdIn(regions.toArray(String[]::new)).dueBefore(Date.from(limit)).list();
        return new HashSet<>(dossierByInstance(tasks.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet())).values());
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
