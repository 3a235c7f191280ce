package nl.onderwijsregio.ketenregie.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries;
import nl.onderwijsregio.ketenregie.dossier.DossierNote;
import nl.onderwijsregio.ketenregie.dossier.Outcome;
import nl.onderwijsregio.ketenregie.dossier.StageTransition;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.notification.Outbox;
import nl.onderwijsregio.ketenregie.notification.OutboxMessage;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;

/**
 * Everything the dossier page shows: the dossier, its timeline (stage history, notes and the tasks
 * completed in Camunda, with who and when) and its open tasks. A fixed number of queries per page.
 */
@Service
class CaseFile {

    enum Kind { FASE, NOTITIE, TAAK, MAIL }

    record TimelineEntry(Instant op, Kind soort, String titel, String toelichting, String door, Instant tot) {
    }

    record View(Dossier dossier, String bestuurNaam, String schoolNaam, String opleidingNaam, String regioNaam,
            List<TimelineEntry> tijdlijn, List<TaskDeadlines.OpenTask> openTaken) {
    }

    private final DossierQueries queries;
    private final OrganisationService organisations;
    private final HistoryService historyService;
    private final TaskDeadlines deadlines;
    private final Outbox outbox;

    CaseFile(DossierQueries queries, OrganisationService organisations, HistoryService historyService,
            TaskDeadlines deadlines, Outbox outbox) {
        this.queries = queries;
        this.organisations = organisations;
        this.historyService = historyService;
        this.deadlines = deadlines;
        this.outbox = outbox;
    }

    Optional<View> show(KetenregieUser user, UUID id) {
        return queries.find(user, id).map(dossier -> {
            String key = id.toString();
            String[] tenants = { dossier.getRegionCode() };
            List<TimelineEntry> timeline = new ArrayList<>();
            for (StageTransition t : queries.timeline(id)) {
                timeline.add(new TimelineEntry(t.getEnteredAt(), Kind.FASE, "Fase " + t.getStage().label(),
                        describe(t), t.getActor(), t.getLeftAt()));
            }
            for (DossierNote note : queries.notes(id)) {
                timeline.add(new TimelineEntry(note.getCreatedAt(), Kind.NOTITIE, "Notitie", note.getText(),
                        note.getAuthor(), null));
            }
            for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery()
                    .processInstanceBusinessKey(key).tenantIdIn(tenants).finished().taskDeleteReason("completed")
                    .orderByHistoricActivityInstanceStartTime().asc().list()) {
                timeline.add(new TimelineEntry(task.getEndTime().toInstant(), Kind.TAAK, "Taak afgerond: " + task.getName(),
                        null, task.getAssignee(), null));
            }
            for (OutboxMessage mail : outbox.forDossier(id)) {
                timeline.add(new TimelineEntry(mail.createdAt().toInstant(), Kind.MAIL, "Mail: " + mail.subject(),
                        mailStatus(mail), null, null));
            }
            timeline.sort(Comparator.comparing(TimelineEntry::op).thenComparing(TimelineEntry::soort));
            List<TaskDeadlines.OpenTask> open = deadlines.open(List.of(id), List.of(tenants))
                    .getOrDefault(id, List.of());
            String opleiding = dossier.getOpleidingCode() == null ? null : organisations.opleidingen().stream()
                    .filter(o -> o.getCode().equals(dossier.getOpleidingCode())).map(o -> o.getName()).findFirst()
                    .orElse(dossier.getOpleidingCode());
            String regio = organisations.region(dossier.getRegionCode()).map(r -> r.getName())
                    .orElse(dossier.getRegionCode());
            return new View(dossier, organisations.bestuurNames().get(dossier.getBestuurCode()),
                    organisations.schoolNames().get(dossier.getSchoolCode()), opleiding, regio, timeline, open);
        });
    }

    private static String mailStatus(OutboxMessage mail) {
        return switch (mail.status()) {
            case SENT -> "Verstuurd aan " + mail.recipient();
            case PENDING -> "Wacht op verzending aan " + mail.recipient();
            case FAILED -> "Verzenden mislukt aan " + mail.recipient() + "; zie Beheer, mail";
        };
    }

    private static String describe(StageTransition t) {
        if (t.getOutcome() == null) {
            return "Loopt nog.";
        }
        String text = switch (t.getOutcome()) {
            case DOORGESTROOMD -> "Doorgestroomd naar de volgende fase";
            case UITGEVALLEN -> "Uitgevallen";
            case OVERGEDRAGEN -> "Warm overgedragen";
            case AFGEROND -> "Traject afgerond";
        };
        if (t.getOutcome() == Outcome.UITGEVALLEN) {
            text += ": " + (t.getReason() == null ? "geen reden" : t.getReason().label())
                    + (Boolean.TRUE.equals(t.getAvoidable()) ? " (onnodige uitval)" : " (niet te voorkomen)");
        }
        return text + ".";
    }
}
