package nl.onderwijsregio.ketenregie.notification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pages of the open, active tasks past their due date that were not reminded of on a day, each with its
 * candidate groups, read from the engine's tables. Two queries a page, however many tasks it holds: the engine's
 * API reads the identity links of one task per query, and its task query cannot leave out the tasks in
 * {@code mail_task_reminder}. A page follows the due date, most overdue first, on the engine's due-date index
 * (process/EngineIndexes), and starts after the last task of the page before (due date, then id), so a run
 * reads each task once and no page costs more than the first.
 */
@Component
class OverdueTasks {

    /** An overdue task; {@code due} as the engine stores it, so the next page can start right after it. */
    record OverdueTask(String id, String name, String regionCode, Timestamp due, String assignee,
            List<String> candidateGroups) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    OverdueTasks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Up to {@code size} tasks due before {@code now} and not reminded of on {@code day}, after {@code after}
     * (null: from the start).
     */
    List<OverdueTask> page(Instant now, LocalDate day, OverdueTask after, int size) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("now", Timestamp.from(now))
                .addValue("day", Date.valueOf(day));
        String next = "";
        if (after != null) {
            // Written out rather than as (due, id) > (:due, :id), so PostgreSQL ranges over the due-date index.
            next = "and t.DUE_DATE_ >= :afterDue and (t.DUE_DATE_ > :afterDue or t.ID_ > :afterId) ";
            parameters.addValue("afterDue", after.due()).addValue("afterId", after.id());
        }
        List<OverdueTask> tasks = jdbc.query("select t.ID_, t.NAME_, t.TENANT_ID_, t.DUE_DATE_, t.ASSIGNEE_ "
                + "from ACT_RU_TASK t where t.DUE_DATE_ < :now and t.SUSPENSION_STATE_ = 1 " + next
                + "and not exists (select 1 from mail_task_reminder r where r.task_id = t.ID_ and r.reminded_on = :day) "
                + "order by t.DUE_DATE_, t.ID_ fetch first " + size + " rows only", parameters,
                (rs, row) -> new OverdueTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4),
                        rs.getString(5), new ArrayList<>()));
        List<String> unassigned = tasks.stream().filter(task -> task.assignee() == null).map(OverdueTask::id).toList();
        if (!unassigned.isEmpty()) {
            Map<String, OverdueTask> byId = new HashMap<>();
            tasks.forEach(task -> byId.put(task.id(), task));
            jdbc.query("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate' "
                    + "and GROUP_ID_ is not null and TASK_ID_ in (:tasks) order by TASK_ID_, GROUP_ID_",
                    new MapSqlParameterSource("tasks", unassigned),
                    rs -> {
                        byId.get(rs.getString(1)).candidateGroups().add(rs.getString(2));
                    });
        }
        return tasks;
    }
}
