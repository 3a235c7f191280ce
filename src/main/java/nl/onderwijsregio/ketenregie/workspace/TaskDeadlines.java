package nl.onderwijsregio.ketenregie.workspace;

import nl.onderwijsregio.ketenregie.process.ProcessRegistry;

import java.sql.Timestamp;
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
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Open tasks and deadlines of dossiers: the open tasks, who holds them and their due dates in every process on the dossier (the journey,
 * the follow-ups of overdue tasks, and the processes beside the journey; see ProcessRegistry). Read through the
 * engine's tables with a fixed number of queries per list (never one per dossier). Every query is limited to the
 * user's regions (tenants) explicitly; the dossier query then applies the organisation scope.
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

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkspaceSettings settings;
    private final Clock clock;
    private final ProcessRegistry processes;
    private final StaffNames staff;

    TaskDeadlines(NamedParameterJdbcTemplate jdbc, WorkspaceSettings settings, Clock clock, ProcessRegistry processes,
            StaffNames staff) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.processes = processes;
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

    /** An open task as read from the engine's tables, with the dossier its process instance belongs to. */
    private record TaskRow(UUID dossier, String id, String name, String assignee, Instant due) {
    }

    /**
     * The open tasks per dossier, earliest deadline first, for one page of dossiers: one query for the tasks with
     * the business key of their process instance, and the names of who holds them (remembered, {@link StaffNames}),
     * never one per dossier.
     */
    Map<UUID, List<OpenTask>> open(Collection<UUID> dossierIds, Collection<String> regions) {
        Map<UUID, List<OpenTask>> result = new HashMap<>();
        if (dossierIds.isEmpty() || regions.isEmpty()) {
            return result;
        }
        List<TaskRow> tasks = openTasks(dossierIds, regions);
        Map<String, String> names = staff.names(tasks.stream().map(TaskRow::assignee).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Instant now = clock.instant();
        for (TaskRow task : tasks) {
            result.computeIfAbsent(task.dossier(), id -> new ArrayList<>()).add(new OpenTask(task.id(), task.name(),
                    task.assignee(), task.assignee() == null ? null
                            : names.getOrDefault(task.assignee(), task.assignee()),
                    task.due(), task.due() == null ? null : urgency(task.due(), now)));
        }
        result.values().forEach(list -> list.sort(Comparator.comparing(OpenTask::termijn,
                Comparator.nullsLast(Comparator.naturalOrder()))));
        return result;
    }

    /**
     * What the engine's task query with {@code processInstanceBusinessKeyIn}, {@code tenantIdIn} and {@code
     * processDefinitionKeyIn} selects (the same joins, in the engine's order by id), read from its tables in one
     * round trip: the engine's {@code Task} does not carry its process instance's business key, which took a
     * second query for the process instances. The engine has no authenticated user here, so its query added no
     * authorization or tenant check either; the regions are the tenant check.
     */
    private List<TaskRow> openTasks(Collection<UUID> dossierIds, Collection<String> regions) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("keys",
                dossierIds.stream().map(UUID::toString).toList())
                .addValue("regions", List.copyOf(regions)).addValue("processes", List.of(processes.keys()));
        return jdbc.query("select p.BUSINESS_KEY_, t.ID_, t.NAME_, t.ASSIGNEE_, t.DUE_DATE_ from ACT_RU_TASK t "
                + "join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_ join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ "
                + "where p.BUSINESS_KEY_ in (:keys) and t.TENANT_ID_ in (:regions) and d.KEY_ in (:processes) "
                + "order by t.ID_", parameters, (rs, row) -> {
                    Timestamp due = rs.getTimestamp(5);
                    return new TaskRow(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4), due == null ? null : due.toInstant());
                });
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
}
