package nl.onderwijsregio.ketenregie.garantiefonds;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.organisation.Lerarenopleiding;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;

/**
 * What the garantiefonds pages show: the scoped work list with organisation names, and one application with
 * its decision trail (status history, decisions, completed tasks with who and when), its ledger and its open
 * task for Tasklist. Access goes through {@link FundQueries}; a fixed number of queries per page.
 */
@Service
class FundFile {

    record OpenTask(String id, String naam, Instant termijn) {
    }

    record DoneTask(String naam, String door, Instant op) {
    }

    record Detail(FundJson.Detail aanvraag, String bestuurNaam, String opleidingNaam, String regioNaam,
            List<OpenTask> openTaken, List<DoneTask> afgerondeTaken) {
    }

    record WorkList(FundJson.Page pagina, Map<String, String> besturen, Map<String, String> opleidingen) {
    }

    private final FundQueries queries;
    private final OrganisationService organisations;
    private final TaskService taskService;
    private final HistoryService historyService;

    FundFile(FundQueries queries, OrganisationService organisations, TaskService taskService,
            HistoryService historyService) {
        this.queries = queries;
        this.organisations = organisations;
        this.taskService = taskService;
        this.historyService = historyService;
    }

    WorkList workList(KetenregieUser user, FundStatus status, int page, int size) {
        return new WorkList(queries.list(user, status, page, size), organisations.bestuurNames(), opleidingNames());
    }

    Detail detail(KetenregieUser user, UUID id) {
        FundJson.Detail application = queries.detail(user, id);
        String key = application.dossierId().toString();
        List<OpenTask> open = taskService.createTaskQuery().processDefinitionKey(FundProcess.PROCESS_KEY)
                .processInstanceBusinessKey(key).tenantIdIn(application.regio())
                .processVariableValueEquals(FundProcess.APPLICATION, id.toString()).orderByTaskCreateTime().asc().list()
                .stream().map(t -> new OpenTask(t.getId(), t.getName(),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant()))
                .toList();
        List<DoneTask> done = historyService.createHistoricTaskInstanceQuery().processDefinitionKey(FundProcess.PROCESS_KEY)
                .processInstanceBusinessKey(key).tenantIdIn(application.regio())
                .processVariableValueEquals(FundProcess.APPLICATION, id.toString()).finished()
                .taskDeleteReason("completed").orderByHistoricTaskInstanceEndTime().asc().list().stream()
                .map(t -> new DoneTask(t.getName(), t.getAssignee(), t.getEndTime().toInstant()))
                .toList();
        String region = organisations.region(application.regio()).map(r -> r.getName()).orElse(application.regio());
        return new Detail(application, organisations.bestuurNames().getOrDefault(application.bestuur(), application.bestuur()),
                opleidingNames().getOrDefault(application.opleiding(), application.opleiding()), region, open, done);
    }

    private Map<String, String> opleidingNames() {
        return organisations.opleidingen().stream()
                .collect(Collectors.toMap(Lerarenopleiding::getCode, Lerarenopleiding::getName, (a, b) -> a));
    }
}
