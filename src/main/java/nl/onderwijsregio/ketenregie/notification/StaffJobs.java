package nl.onderwijsregio.ketenregie.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.onderwijsregio.ketenregie.identity.TasklistFilters;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily staff jobs: the digest of new tasks, deadline reminders and removing old mails. Each is safe
 * with several application instances: digest items are claimed with SKIP LOCKED; the reminder run is leased to
 * one instance at a time, and a reminder is claimed per task and day in {@code mail_task_reminder} in the same
 * transaction as its queued mail.
 */
@Component
public class StaffJobs {

    private static final Logger log = LoggerFactory.getLogger(StaffJobs.class);

    /** The lease of the reminder run ({@code mail_job_lease}). */
    static final String REMINDERS = "herinneringen";

    /** Far longer than a run at national scale takes (docs/benchmarks.md); ends the lease of a run that died. */
    private static final Duration REMINDER_LEASE = Duration.ofHours(1);

    /** Task ids per engine query of the digest: well below the parameter limits of the JDBC drivers. */
    private static final int TASKS_PER_QUERY = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TaskService taskService;
    private final FilterService filterService;
    private final StaffDirectory directory;
    private final StaffMails staffMails;
    private final OverdueTasks overdueTasks;
    private final ReminderQueue reminders;
    private final JobLease lease;
    private final Outbox outbox;
    private final MailSettings settings;
    private final Clock clock;

    StaffJobs(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, TaskService taskService,
            FilterService filterService, StaffDirectory directory, StaffMails staffMails, OverdueTasks overdueTasks,
            ReminderQueue reminders, JobLease lease, Outbox outbox, MailSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.taskService = taskService;
        this.filterService = filterService;
        this.directory = directory;
        this.staffMails = staffMails;
        this.overdueTasks = overdueTasks;
        this.reminders = reminders;
        this.lease = lease;
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
        OffsetDateTime now = now();
        jdbc.batchUpdate("update mail_digest_item set digested_at = ? where id = ?",
                items.stream().map(item -> new Object[] { now, item.id() }).toList());
        // A task can be in the list twice (first for the group, then assigned): it is mentioned once.
        Map<String, Item> byTask = new LinkedHashMap<>();
        items.forEach(item -> byTask.putIfAbsent(item.taskId(), item));
        Set<String> open = openTasks(byTask.keySet());
        List<Item> stillOpen = byTask.values().stream().filter(item -> open.contains(item.taskId())).toList();
        var member = directory.user(userId);
        if (stillOpen.isEmpty() || member.isEmpty()) {
            return false;
        }
        List<StaffMails.TaskLine> shown = stillOpen.stream().limit(settings.overzichtMaxTaken())
                .map(item -> staffMails.line(item.taskId(), item.taskName(), item.regionCode(),
                        item.due() == null ? null : item.due().toInstant()))
                .toList();
        String region = items.stream().map(Item::regionCode).filter(Objects::nonNull).distinct().count() == 1
                ? items.get(0).regionCode() : null;
        staffMails.digest(member.get(), region, shown, stillOpen.size());
        return true;
    }

    /** Which of these tasks are still open: one engine query per {@value #TASKS_PER_QUERY}, not one per task. */
    private Set<String> openTasks(Collection<String> taskIds) {
        Set<String> open = new HashSet<>();
        List<String> ids = List.copyOf(taskIds);
        for (int from = 0; from < ids.size(); from += TASKS_PER_QUERY) {
            String[] chunk = ids.subList(from, Math.min(ids.size(), from + TASKS_PER_QUERY)).toArray(String[]::new);
            taskService.createTaskQuery().taskIdIn(chunk).list().forEach(task -> open.add(task.getId()));
        }
        return open;
    }

    /**
     * Reminds of open tasks past their due date: one mail per staff member listing their most overdue tasks, each
     * task at most once per day. Returns the number of mails.
     */
    public int sendReminders() {
        return sendReminders(settings.herinneringBlokgrootte());
    }

    /**
     * {@link #sendReminders()} in chunks of {@code chunkSize} tasks. First every overdue task is claimed, a chunk
     * per transaction: the claim, the task's recipients and a waiting reminder per recipient commit together.
     * Then each staff member's waiting reminders become one mail, in a transaction per member. A run that stops
     * midway leaves claimed reminders waiting, and the next run of the day mails them and claims the rest.
     */
    int sendReminders(int chunkSize) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, WorkingDays.NETHERLANDS);
        if (!lease.take(REMINDERS, now, REMINDER_LEASE, today)) {
            log.info("Deadline reminders are being sent by another instance");
            return 0;
        }
        try {
            transaction.executeWithoutResult(status -> reminders.forgetBefore(today));
            StaffDirectory.Lookup lookup = directory.lookup();
            OverdueTasks.OverdueTask last = null;
            List<OverdueTasks.OverdueTask> page;
            do {
                OverdueTasks.OverdueTask after = last;
                page = transaction.execute(status -> claimChunk(now, today, after, chunkSize, lookup));
                last = page.isEmpty() ? last : page.get(page.size() - 1);
            } while (page.size() == chunkSize);
            int mails = mailWaitingReminders();
            lease.completed(REMINDERS, today);
            return mails;
        } finally {
            lease.release(REMINDERS);
        }
    }

    /**
     * Runs today's reminders again if today's run started and did not get to its end (the instance died, the
     * database went away): claimed reminders are mailed and the rest claimed, each task still once a day. A run
     * that completed is not repeated, so nobody gets a second reminder mail the same day.
     */
    public int resumeReminders() {
        Instant now = clock.instant();
        if (!lease.unfinishedOn(REMINDERS, LocalDate.ofInstant(now, WorkingDays.NETHERLANDS), now)) {
            return 0;
        }
        log.warn("Today's deadline reminder run did not finish; resuming it");
        return sendReminders();
    }

    /** Claims one page of overdue tasks for today and queues a reminder for each recipient; returns the page. */
    private List<OverdueTasks.OverdueTask> claimChunk(Instant now, LocalDate today, OverdueTasks.OverdueTask after,
            int chunkSize, StaffDirectory.Lookup lookup) {
        List<OverdueTasks.OverdueTask> page = overdueTasks.page(now, today, after, chunkSize);
        if (page.isEmpty()) {
            return page;
        }
        Set<String> claimed = reminders.claim(page.stream().map(OverdueTasks.OverdueTask::id).toList(), today);
        List<OverdueTasks.OverdueTask> ours = page.stream().filter(task -> claimed.contains(task.id())).toList();
        lookup.readUsers(ours.stream().map(OverdueTasks.OverdueTask::assignee).toList());
        List<ReminderQueue.Item> items = new ArrayList<>();
        for (OverdueTasks.OverdueTask task : ours) {
            for (StaffDirectory.StaffMember member : lookup.forTask(task.assignee(), task.candidateGroups(),
                    task.regionCode())) {
                items.add(new ReminderQueue.Item(member.userId(), task.id(), task.name(), task.regionCode(),
                        task.due().toInstant()));
            }
        }
        reminders.add(items, today);
        return page;
    }

    private int mailWaitingReminders() {
        Filter overdue = filterService.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
        String allOverdue = overdue == null ? settings.link("/camunda/app/tasklist/")
                : settings.tasklistFilterLink(overdue.getId());
        int mails = 0;
        for (String userId : reminders.waitingUsers()) {
            if (Boolean.TRUE.equals(transaction.execute(status -> mailReminder(userId, allOverdue)))) {
                mails++;
            }
        }
        return mails;
    }

    private boolean mailReminder(String userId, String allOverdue) {
        Optional<ReminderQueue.Taken> taken = reminders.take(userId, settings.herinneringMaxTaken());
        if (taken.isEmpty()) {
            return false;
        }
        // Gone from the identity, or without an address since the claim: the reminders go with the transaction.
        Optional<StaffDirectory.StaffMember> member = directory.user(userId);
        if (member.isEmpty()) {
            return false;
        }
        List<StaffMails.TaskLine> lines = taken.get().first().stream()
                .map(item -> staffMails.line(item.taskId(), item.taskName(), item.regionCode(), item.due())).toList();
        staffMails.reminder(member.get(), taken.get().regionCode(), lines, taken.get().total(), allOverdue);
        return true;
    }

    /** Removes sent mails and handled digest items older than {@code bewaartermijn}: they hold personal data. */
    public int removeOld() {
        OffsetDateTime cutoff = now().minus(settings.bewaartermijn());
        Integer removed = transaction.execute(status -> {
            jdbc.update("delete from mail_digest_item where digested_at < ?", cutoff);
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
