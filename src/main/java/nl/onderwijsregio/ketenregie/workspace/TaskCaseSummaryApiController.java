package nl.onderwijsregio.ketenregie.workspace;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierStatus;
import nl.onderwijsregio.ketenregie.dossier.ReadLog;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.web.ResourceNotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case summary Tasklist shows beside a task (tab "Dossier", webjars/camunda/app/ketenregie/dossier-tab.js):
 * only what a task worker needs to recognise the case, and only for a dossier the user may see. A task of
 * another region, without a dossier, or of a dossier outside the user's scope is 404, like an unknown one.
 * It shows the candidate's name and notes, so every answer is a read in the read log (purpose TAAKAFHANDELING).
 */
@RestController
class TaskCaseSummaryApiController {

    static final int LAST_NOTES = 3;

    record OpenDeadline(String taak, Instant termijn, boolean verlopen) {
    }

    record RecentNote(Instant op, String door, String tekst) {
    }

    record TaskCaseSummary(UUID id, String dossiernummer, String naam, Stage fase, String faseNaam,
            DossierStatus status, String school,
            String regio, List<OpenDeadline> openTermijnen, List<RecentNote> laatsteNotities, String pagina) {
    }

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final CaseFile caseFile;
    private final ReadLog readLog;

    TaskCaseSummaryApiController(TaskService taskService, RuntimeService runtimeService, CaseFile caseFile,
            ReadLog readLog) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.caseFile = caseFile;
        this.readLog = readLog;
    }

    @GetMapping("/api/taken/{taakId}/dossier")
    TaskCaseSummary summary(@PathVariable String taakId) {
        KetenregieUser user = CurrentUser.caseWorker();
        CaseFile.View view = dossierOf(taakId, user).flatMap(id -> caseFile.show(user, id, Optional.empty()))
                .orElseThrow(() -> new ResourceNotFoundException("Taak niet gevonden, of het dossier valt buiten je bereik."));
        Dossier dossier = view.dossier();
        readLog.record(user.userId(), List.of(dossier.getId()), "GET /api/taken/{taakId}/dossier",
                ReadLog.Purpose.TAAKAFHANDELING);
        List<OpenDeadline> deadlines = view.openTaken().stream().filter(t -> t.termijn() != null)
                .map(t -> new OpenDeadline(t.naam(), t.termijn(), t.urgentie() == TaskDeadlines.Urgency.VERLOPEN))
                .toList();
        List<RecentNote> notes = view.tijdlijn().stream().filter(e -> e.soort() == CaseFile.Kind.NOTITIE)
                .sorted(Comparator.comparing(CaseFile.TimelineEntry::op).reversed()).limit(LAST_NOTES)
                .map(e -> new RecentNote(e.op(), e.door(), e.toelichting())).toList();
        return new TaskCaseSummary(dossier.getId(), dossier.getDossierNumber(),
                dossier.getVoornaam() + " " + dossier.getAchternaam(), dossier.getCurrentStage(),
                dossier.getCurrentStage().label(), dossier.getStatus(), view.schoolNaam(), view.regioNaam(), deadlines, notes,
                "/dossiers/" + dossier.getId());
    }

    /** The dossier a task of the user's regions works on: its process instance's business key. */
    private Optional<UUID> dossierOf(String taskId, KetenregieUser user) {
        if (user.regions().isEmpty()) {
            return Optional.empty();
        }
        Task task = taskService.createTaskQuery().taskId(taskId).tenantIdIn(user.regions().toArray(String[]::new))
                .singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        try {
            return Optional.ofNullable(instance).map(ProcessInstance::getBusinessKey).map(UUID::fromString);
        } catch (IllegalArgumentException notADossier) {
            return Optional.empty();
        }
    }
}
