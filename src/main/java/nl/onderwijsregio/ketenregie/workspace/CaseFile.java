package nl.onderwijsregio.ketenregie.workspace;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierNote;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries.LoggedHours;
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
 * Everything the dossier page shows: the dossier, its timeline (stage history, tasks completed in
 * Camunda, coaching hours, notes, corrections, mails; newest first, people by name and role) and its open
 * tasks. A fixed number of queries per page.
 */
@Service
class CaseFile {

    /** Kinds of timeline entries, as the filter on the page names them. */
    enum Kind {
        FASE("fasen", "Fasen"), TAAK("taken", "Taken"), NOTITIE("notities", "Notities"), MAIL("mails", "Mails"),
        CORRECTIE("correcties", "Correcties");

        private final String parameter;
        private final String label;

        Kind(String parameter, String label) {
            this.parameter = parameter;
            this.label = label;
        }

        public String parameter() {
            return parameter;
        }

        public String label() {
            return label;
        }

        static Optional<Kind> of(String parameter) {
            for (Kind kind : values()) {
                if (kind.parameter.equals(parameter)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** One line of the timeline; {@code door} names who did it, {@code tot} when a stage was left. */
    record TimelineEntry(Instant op, Kind soort, String titel, String toelichting, String door, Instant tot) {
    }

    record View(Dossier dossier, String bestuurNaam, String schoolNaam, String opleidingNaam, String regioNaam,
            String schoolopleiderNaam, List<TimelineEntry> tijdlijn, List<TaskDeadlines.OpenTask> openTaken,
            CoachingCurve begeleiding) {
    }

    /** The coaching hours task: its hours show as coaching hour entries instead of completed tasks. */
    static final String HOURS_TASK = "Task_Begeleidingsuren";
    /** How DossierService words a correction of contact details in its note. */
    static final String CORRECTION_NOTE = "Gegevens van de kandidaat gewijzigd";

    private final DossierQueries queries;
    private final OrganisationService organisations;
    private final HistoryService historyService;
    private final TaskDeadlines deadlines;
    private final Outbox outbox;
    private final StaffNames staff;
    private final WorkspaceSettings settings;
    private final Clock clock;

    CaseFile(DossierQueries queries, OrganisationService organisations, HistoryService historyService,
            TaskDeadlines deadlines, Outbox outbox, StaffNames staff, WorkspaceSettings settings, Clock clock) {
        this.queries = queries;
        this.organisations = organisations;
        this.historyService = historyService;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.staff = staff;
        this.settings = settings;
        this.clock = clock;
    }

    /** The dossier page; {@code only} limits the timeline to one kind of entry (empty: everything). */
    Optional<View> show(KetenregieUser user, UUID id, Optional<Kind> only) {
        return queries.find(user, id).map(dossier -> {
            String key = id.toString();
            String[] tenants = { dossier.getRegionCode() };
            List<StageTransition> stages = queries.timeline(id);
            List<DossierNote> notes = queries.notes(id);
            List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                    .processInstanceBusinessKey(key).tenantIdIn(tenants).finished().taskDeleteReason("completed")
                    .list();
            List<LoggedHours> hours = queries.coachingHours(id);

            Set<String> people = new HashSet<>();
            stages.forEach(t -> people.add(t.getEndedBy()));
            notes.forEach(n -> people.add(n.getAuthor()));
            tasks.forEach(t -> people.add(t.getAssignee()));
            hours.forEach(h -> people.add(h.loggedBy()));
            people.add(dossier.getSchoolopleider());
            people.remove(null);
            Map<String, String> names = staff.namesWithRole(people);

            List<TimelineEntry> timeline = new ArrayList<>();
            for (StageTransition t : stages) {
                timeline.add(new TimelineEntry(t.getEnteredAt(), Kind.FASE, "Fase " + t.getStage().label(),
                        describe(t), ended(t) && t.getEndedBy() != null ? "geregistreerd door " + name(names, t.getEndedBy())
                                : null, t.getLeftAt()));
            }
            for (DossierNote note : notes) {
                boolean correction = note.getText().startsWith(CORRECTION_NOTE);
                timeline.add(new TimelineEntry(note.getCreatedAt(), correction ? Kind.CORRECTIE : Kind.NOTITIE,
                        correction ? "Gegevens gewijzigd" : "Notitie", note.getText(),
                        "door " + name(names, note.getAuthor()), null));
            }
            for (HistoricTaskInstance task : tasks) {
                if (!HOURS_TASK.equals(task.getTaskDefinitionKey())) {
                    timeline.add(new TimelineEntry(task.getEndTime().toInstant(), Kind.TAAK,
                            "Taak afgerond: " + task.getName(), null,
                            task.getAssignee() == null ? null : "door " + name(names, task.getAssignee()), null));
                }
            }
            timeline.addAll(groupedHours(hours));
            for (OutboxMessage mail : outbox.forDossier(id)) {
                timeline.add(new TimelineEntry(mail.createdAt().toInstant(), Kind.MAIL, "Mail: " + mail.subject(),
                        mailStatus(mail), null, null));
            }
            timeline.sort(Comparator.comparing(TimelineEntry::op).reversed().thenComparing(TimelineEntry::soort));
            List<TimelineEntry> shown = only.map(kind -> timeline.stream().filter(e -> e.soort() == kind).toList())
                    .orElse(timeline);

            List<TaskDeadlines.OpenTask> open = deadlines.open(List.of(id), List.of(tenants)).getOrDefault(id, List.of());
            String opleiding = dossier.getOpleidingCode() == null ? null : organisations.opleidingen().stream()
                    .filter(o -> o.getCode().equals(dossier.getOpleidingCode())).map(o -> o.getName()).findFirst()
                    .orElse(dossier.getOpleidingCode());
            String regio = organisations.region(dossier.getRegionCode()).map(r -> r.getName())
                    .orElse(dossier.getRegionCode());
            return new View(dossier, organisations.bestuurNames().get(dossier.getBestuurCode()),
                    organisations.schoolNames().get(dossier.getSchoolCode()), opleiding, regio,
                    dossier.getSchoolopleider() == null ? null : name(names, dossier.getSchoolopleider()), shown, open,
                    CoachingCurve.of(dossier.getContractStart(), hours, settings.streefuren(),
                            LocalDate.ofInstant(clock.instant(), DateDisplay.ZONE)));
        });
    }

    /**
     * Coaching hours are logged every few weeks for two years; one line per registration would bury the
     * rest of the timeline. Registrations of one person become one line at the latest of them:
     * "11× begeleidingsuren geregistreerd, totaal 96 uur".
     */
    private List<TimelineEntry> groupedHours(List<LoggedHours> hours) {
        Map<String, List<LoggedHours>> byPerson = new LinkedHashMap<>();
        hours.forEach(h -> byPerson.computeIfAbsent(h.loggedBy(), p -> new ArrayList<>()).add(h));
        Map<String, String> names = staff.namesWithRole(byPerson.keySet());
        List<TimelineEntry> entries = new ArrayList<>();
        byPerson.forEach((person, logged) -> {
            BigDecimal total = logged.stream().map(LoggedHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            String title = logged.size() == 1 ? "Begeleidingsuren geregistreerd: " + hoursText(total)
                    : logged.size() + "× begeleidingsuren geregistreerd, totaal " + hoursText(total);
            String period = logged.size() == 1 ? null : "Van " + DateDisplay.day(logged.get(0).loggedAt()) + " tot "
                    + DateDisplay.day(logged.get(logged.size() - 1).loggedAt()) + ".";
            entries.add(new TimelineEntry(logged.get(logged.size() - 1).loggedAt(), Kind.TAAK, title, period,
                    "door " + name(names, person), null));
        });
        return entries;
    }

    private static String hoursText(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString().replace('.', ',') + " uur";
    }

    private static boolean ended(StageTransition t) {
        return t.getOutcome() == Outcome.UITGEVALLEN || t.getOutcome() == Outcome.OVERGEDRAGEN;
    }

    private static String name(Map<String, String> names, String userId) {
        return names.getOrDefault(userId, userId);
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
