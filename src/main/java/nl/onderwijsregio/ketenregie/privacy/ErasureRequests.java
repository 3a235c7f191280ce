package nl.onderwijsregio.ketenregie.privacy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.ErasureRequested;
import nl.onderwijsregio.ketenregie.process.KetenProcess;
import nl.onderwijsregio.ketenregie.process.PlatformVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * A candidate's erasure request becomes the process {@value #PROCESS_KEY}: one task "Verwijderverzoek
 * beoordelen" for the privacy officers of the dossier's region. The engine knows the candidate by dossier id
 * and number only. One open request per dossier: asking again while one is open changes nothing.
 */
@Service
public class ErasureRequests implements KetenProcess {

    public static final String PROCESS_KEY = "VerwijderverzoekAfhandelen";
    static final String REVIEW_TASK = "Task_VerwijderverzoekBeoordelen";
    private static final Logger log = LoggerFactory.getLogger(ErasureRequests.class);

    /** An open request: which dossier, since when, and its task for the link to Tasklist. */
    public record Open(UUID dossier, String dossiernummer, Instant sinds, String taakId) {
    }

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final DossierService dossiers;

    ErasureRequests(@Lazy RuntimeService runtimeService, @Lazy TaskService taskService, DossierService dossiers) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.dossiers = dossiers;
    }

    @Override
    public String key() {
        return PROCESS_KEY;
    }

    @Override
    public String label() {
        return "Verwijderverzoek afhandelen";
    }

    @EventListener
    void requested(ErasureRequested request) {
        UUID dossierId = request.dossierId();
        if (runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(dossierId.toString()).count() > 0) {
            return;
        }
        Dossier dossier = dossiers.get(dossierId);
        runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(dossierId.toString())
                .setVariable(PlatformVariables.REGIO, dossier.getRegionCode())
                .setVariable(PlatformVariables.DOSSIERNUMMER, dossier.getDossierNumber())
                .execute();
        log.info("Erasure request for dossier {} is waiting for the privacy officer", dossierId);
    }

    /** The open requests of the regions, oldest first (the privacy officer's list). */
    public List<Open> open(Collection<String> regions) {
        if (regions.isEmpty()) {
            return List.of();
        }
        return open(reviews().tenantIdIn(regions.toArray(String[]::new)).orderByTaskCreateTime().asc().list());
    }

    /** The open request of the dossier, if any (for the privacy officer's page). */
    public Optional<Open> pending(UUID dossierId) {
        return open(reviews().processInstanceBusinessKey(dossierId.toString()).list()).stream().findFirst();
    }

    private TaskQuery reviews() {
        return taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY).taskDefinitionKey(REVIEW_TASK);
    }

    /** The tasks as requests; a list holds a handful, so one variable read per task is fine. */
    private List<Open> open(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, String> dossierOf = runtimeService.createProcessInstanceQuery()
                .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list()
                .stream().collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return tasks.stream().map(task -> new Open(UUID.fromString(dossierOf.get(task.getProcessInstanceId())),
                String.valueOf(taskService.getVariableLocal(task.getId(), PlatformVariables.DOSSIERNUMMER)),
                task.getCreateTime().toInstant(), task.getId())).toList();
    }
}
