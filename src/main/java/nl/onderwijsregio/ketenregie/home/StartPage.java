package nl.onderwijsregio.ketenregie.home;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries.WorkListFilter;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries.WorkListOrder;
import nl.onderwijsregio.ketenregie.dossier.DossierStatus;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.process.ProcessRegistry;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * What each role sees first after logging in: the ketenregisseur their open and overdue tasks, new
 * registrations this week and the candidates waiting longest (earliest open deadline); a schoolopleider
 * the candidates whose coaching hours are behind; HR and institutes their open tasks; management the key
 * figures of their regions, as counts only. Regions by name, people and tasks by name.
 */
@Service
class StartPage {

    static final int SHOWN = 8;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** An open task of the user: its name, the dossier number from its description, deadline and whether overdue. */
    record MyTask(String id, String naam, String dossier, String dossierId, Instant termijn, boolean verlopen) {
    }

    record View(List<String> regios, List<MyTask> taken, long aantalTaken, long verlopen, Long nieuwDezeWeek,
            List<Dossier> langstWachtend, List<Dossier> urenAchter, Map<DossierStatus, Long> kerncijfers) {
    }

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final DossierQueries dossiers;
    private final OrganisationService organisations;
    private final ProcessRegistry processes;
    private final Clock clock;

    StartPage(TaskService taskService, RuntimeService runtimeService, DossierQueries dossiers, OrganisationService organisations,
            ProcessRegistry processes, Clock clock) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.dossiers = dossiers;
        this.organisations = organisations;
        this.processes = processes;
        this.clock = clock;
    }

    View of(KetenregieUser user) {
        List<String> regions = user.regions().stream().sorted()
                .map(code -> organisations.region(code).map(r -> r.getName()).orElse(code)).toList();
        if (user.isManagement() && !user.worksOnCases()) {
            return new View(regions, List.of(), 0, 0, null, List.of(), List.of(),
                    dossiers.countPerStatus(user.regions()));
        }
        Instant now = clock.instant();
        List<Task> open = myTasks(user).orderByDueDate().asc().listPage(0, SHOWN);
        Map<String, String> dossierOf = open.isEmpty() ? Map.of() : runtimeService.createProcessInstanceQuery()
                .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(java.util.stream.Collectors.toSet()))
                .list().stream().collect(java.util.stream.Collectors.toMap(p -> p.getId(), p -> p.getBusinessKey()));
        List<MyTask> tasks = open.stream().map(t -> myTask(t, dossierOf.get(t.getProcessInstanceId()), now)).toList();
        long total = myTasks(user).count();
        long overdue = myTasks(user).dueBefore(java.util.Date.from(now)).count();
        if (user.isKetenregisseur()) {
            Instant monday = LocalDate.ofInstant(now, ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .atStartOfDay(ZONE).toInstant();
            WorkListFilter running = new WorkListFilter(null, null, null, null, null, null, null, null,
                    DossierStatus.LOPEND, null);
            return new View(regions, tasks, total, overdue, dossiers.registeredSince(user, monday),
                    dossiers.workListRows(user, running, WorkListOrder.TERMIJN, 0, 5), List.of(), null);
        }
        List<Dossier> behind = user.schoolCodes().isEmpty() ? List.of() : dossiers.coachingBehind(user, SHOWN);
        return new View(regions, tasks, total, overdue, null, List.of(), behind, null);
    }

    /** Tasks assigned to the user or open to one of their groups, in their regions: as Tasklist shows them. */
    private TaskQuery myTasks(KetenregieUser user) {
        return taskService.createTaskQuery().processDefinitionKeyIn(processes.keys())
                .tenantIdIn(user.regions().toArray(String[]::new)).or().taskAssignee(user.userId())
                .taskCandidateGroupIn(List.copyOf(user.groups())).endOr();
    }

    private static MyTask myTask(Task task, String dossierId, Instant now) {
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        // The description starts with "Dossier UTR-2026-0042" (process/TaskContext), then the task's explanation.
        String description = task.getDescription() == null ? "" : task.getDescription();
        String dossier = description.startsWith("Dossier ") ? description.split(" · ", 2)[0] : null;
        return new MyTask(task.getId(), task.getName(), dossier, dossierId, due, due != null && due.isBefore(now));
    }
}
