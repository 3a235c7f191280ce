package nl.onderwijsregio.ketenregie.notification;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline reminders between their claim and their mail. {@code mail_task_reminder} holds which tasks were
 * claimed on which day: its key makes a task reminded at most once a day, also when two instances claim at once.
 * {@code mail_reminder_item} holds a claimed task per staff member until their mail takes it. Every change joins
 * the caller's transaction; claims and items of a chunk commit together.
 */
@Component
class ReminderQueue {

    /** A reminder for one staff member. */
    record Item(String userId, String taskId, String taskName, String regionCode, Instant due) {
    }

    /**
     * What one mail takes: the {@code total} reminders waiting for the member, of which the most overdue in
     * {@code first}; {@code regionCode} when they are all of one region.
     */
    record Taken(int total, String regionCode, List<Item> first) {
    }

    private final JdbcTemplate jdbc;
    private final String claimStatement;

    ReminderQueue(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
            // Both insert the claim unless the day's claim exists, and count 0 then instead of failing: a claim
            // another instance holds uncommitted is waited for, then skipped. H2 (the single-node embedded
            // default, docs/adr/0003) has no ON CONFLICT: the standard MERGE.
            this.claimStatement = postgres
                    ? "insert into mail_task_reminder (task_id, reminded_on) values (?, ?) on conflict do nothing"
                    : "merge into mail_task_reminder r using (select cast(? as varchar(64)) as task_id, "
                            + "cast(? as date) as reminded_on) s on (r.task_id = s.task_id and r.reminded_on = s.reminded_on) "
                            + "when not matched then insert (task_id, reminded_on) values (s.task_id, s.reminded_on)";
        }
    }

    /** Claims these tasks for {@code day} in one batch; returns the ones this call claimed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<String> claim(List<String> taskIds, LocalDate day) {
        Date date = Date.valueOf(day);
        int[] inserted = jdbc.batchUpdate(claimStatement, taskIds.stream().map(id -> new Object[] {id, date}).toList());
        Set<String> claimed = new HashSet<>();
        for (int i = 0; i < inserted.length; i++) {
            if (inserted[i] == Statement.SUCCESS_NO_INFO) {
                // E.g. reWriteBatchedInserts=true in the JDBC URL: whose claim is whose can no longer be told.
                throw new IllegalStateException("The database driver does not report per-row counts of a batch");
            }
            if (inserted[i] > 0) {
                claimed.add(taskIds.get(i));
            }
        }
        return claimed;
    }

    /** Queues claimed reminders in one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(List<Item> items, LocalDate day) {
        Date date = Date.valueOf(day);
        jdbc.batchUpdate("insert into mail_reminder_item (user_id, task_id, reminded_on, task_name, region_code, due_at) "
                + "values (?, ?, ?, ?, ?, ?)", items.stream().map(item -> new Object[] {item.userId(), item.taskId(),
                        date, item.taskName(), item.regionCode(), OffsetDateTime.ofInstant(item.due(), ZoneOffset.UTC)})
                .toList());
    }

    /** The staff members with reminders waiting. */
    public List<String> waitingUsers() {
        return jdbc.queryForList("select distinct user_id from mail_reminder_item where mail_id is null", String.class);
    }

    /**
     * Takes every reminder waiting for the member, for one mail: they are gone when the caller's transaction
     * commits. A second instance taking the same member's at the same moment waits for the first, then finds none.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Taken> take(String userId, int first) {
        UUID mail = UUID.randomUUID();
        int total = jdbc.update("update mail_reminder_item set mail_id = ? where user_id = ? and mail_id is null", mail,
                userId);
        if (total == 0) {
            return Optional.empty();
        }
        String[] region = new String[1];
        List<Item> items = jdbc.query("select task_id, task_name, region_code, due_at, "
                + "case when min(region_code) over () = max(region_code) over () and count(region_code) over () = ? "
                + "then min(region_code) over () end as one_region from mail_reminder_item where user_id = ? and mail_id = ? "
                + "order by due_at, task_id fetch first " + first + " rows only", (rs, row) -> {
                    region[0] = rs.getString(5);
                    return new Item(userId, rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant());
                }, total, userId, mail);
        jdbc.update("delete from mail_reminder_item where user_id = ? and mail_id = ?", userId, mail);
        return Optional.of(new Taken(total, region[0], items));
    }

    /**
     * Forgets the claims and waiting reminders of days before {@code day}. A claim matters on its own day only;
     * a reminder still waiting from an earlier day (its run stopped before its mail) is claimed again today when
     * its task is still overdue, as every overdue task is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgetBefore(LocalDate day) {
        Date date = Date.valueOf(day);
        jdbc.update("delete from mail_reminder_item where reminded_on < ?", date);
        jdbc.update("delete from mail_task_reminder where reminded_on < ?", date);
    }
}
