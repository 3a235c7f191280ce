package nl.onderwijsregio.ketenregie.notification;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily staff jobs: the digest of new tasks, deadline reminders and removing old mails. Each is safe
 * with several application instances: digest items are claimed with SKIP LOCKED, and a reminder is
 * claimed per task and day in {@code mail_task_reminder} in the same transaction as its mails.
 */
@Component
public class StaffJobs {

    private static final Logger log = LoggerFactory.getLogger(StaffJobs.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TaskService taskService;
    private final StaffDirectory directory;
    private final StaffMails staffMails;
    private final Outbox outbox;
    private final MailSettings settings;
    private final Clock clock;

    StaffJobs(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, TaskService taskService,
            StaffDirectory directory, StaffMails staffMails, Outbox outbox, MailSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.taskService = taskService;
        this.directory = directory;
        this.staffMails = staffMails;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    private record Item(long id, String taskId, String taskName, String regionCode, OffsetDateTime due) {
    }

    /** One digest mail per staff member with new tasks that are still open. Returns the number of mails. */
    public int sendDigests() {
        List<String> users = jdbc.queryForList(
                "select distinct user_id from mail_digest_item where digested_at is null", String.class);
        int mails = 0;
        for (String userId : users) {
            Boolean sent = transaction.execute(status -> digest(userId));
            if (Boolean.TRUE.equals(sent)) {
                mails++;
            }
        }
        return mails;
    }

    private boolean digest(String userId) {
        List<Item> items = jdbc.query("select id, task_id, task_name, region_code, due_at from mail_digest_item "
                + "where user_id = ? and digested_at is null order by created_at, id for update skip locked",
                (rs, row) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)), userId);
        if (items.isEmpty()) {
            return false;
        }
        List<StaffMails.TaskLine> open = items.stream()
                .filter(item -> taskService.createTaskQuery().taskId(item.taskId()).count() > 0)
                .map(item -> staffMails.line(item.taskId(), item.taskName(), item.regionCode(),
                        item.due() == null ? null : item.due().toInstant()))
                .toList();
        OffsetDateTime now = now();
        for (Item item : items) {
            jdbc.update("update mail_digest_item set digested_at = ? where id = ?", now, item.id());
        }
        var member = directory.user(userId);
        if (open.isEmpty() || member.isEmpty()) {
            return false;
        }
        String region = items.stream().map(Item::regionCode).filter(Objects::nonNull).distinct().count() == 1
                ? items.get(0).regionCode() : null;
        staffMails.mail(MailKind.TASK_DIGEST, member.get(), region, open, Map.of());
        return true;
    }

    /**
     * Reminds of open tasks past their due date: one mail per staff member listing their overdue tasks, each
     * task at most once per day. Returns the number of mails.
     */
    public int sendReminders() {
        try {
            Integer mails = transaction.execute(status -> reminders());
            return mails == null ? 0 : mails;
        } catch (org.springframework.dao.DataIntegrityViolationException otherInstance) {
            log.info("Deadline reminders of today were claimed by another instance");
            return 0;
        }
    }

    private int reminders() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, WorkingDays.NETHERLANDS);
        Map<String, StaffDirectory.StaffMember> members = new LinkedHashMap<>();
        Map<String, List<StaffMails.TaskLine>> tasksPerUser = new LinkedHashMap<>();
        Map<String, String> regionPerUser = new LinkedHashMap<>();
        for (Task task : taskService.createTaskQuery().active().dueBefore(java.util.Date.from(now)).list()) {
            if (jdbc.queryForObject("select count(*) from mail_task_reminder where task_id = ? and reminded_on = ?",
                    Integer.class, task.getId(), Date.valueOf(today)) > 0) {
                continue;
            }
            // A second instance doing the same inserts the same key and rolls back: no double reminder.
            jdbc.update("insert into mail_task_reminder (task_id, reminded_on) values (?, ?)", task.getId(),
                    Date.valueOf(today));
            List<String> groups = task.getAssignee() != null ? List.of()
                    : taskService.getIdentityLinksForTask(task.getId()).stream()
                            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                            .map(IdentityLink::getGroupId)
                            .filter(Objects::nonNull)
                            .toList();
            StaffMails.TaskLine line = staffMails.line(task.getId(), task.getName(), task.getTenantId(),
                    task.getDueDate().toInstant());
            for (StaffDirectory.StaffMember member : directory.forTask(task.getAssignee(), groups, task.getTenantId())) {
                members.putIfAbsent(member.userId(), member);
                tasksPerUser.computeIfAbsent(member.userId(), id -> new ArrayList<>()).add(line);
                regionPerUser.merge(member.userId(), task.getTenantId() == null ? "" : task.getTenantId(),
                        (a, b) -> a.equals(b) ? a : "");
            }
        }
        tasksPerUser.forEach((userId, lines) -> staffMails.mail(MailKind.DEADLINE_REMINDER, members.get(userId),
                regionPerUser.get(userId).isEmpty() ? null : regionPerUser.get(userId), lines, Map.of()));
        return tasksPerUser.size();
    }

    /** Removes sent mails and handled digest items older than {@code bewaartermijn}: they hold personal data. */
    public int removeOld() {
        OffsetDateTime cutoff = now().minus(settings.bewaartermijn());
        Integer removed = transaction.execute(status -> {
            jdbc.update("delete from mail_digest_item where digested_at < ?", cutoff);
            jdbc.update("delete from mail_task_reminder where reminded_on < ?", Date.valueOf(cutoff.toLocalDate()));
            return outbox.removeSentBefore(cutoff);
        });
        if (removed != null && removed > 0) {
            log.info("Removed {} sent mails older than {}", removed, settings.bewaartermijn());
        }
        return removed == null ? 0 : removed;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
