package nl.onderwijsregio.ketenregie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.StatementCounter;
import nl.onderwijsregio.ketenregie.StatementCounter.Count;
import nl.onderwijsregio.ketenregie.identity.TasklistFilters;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadline reminder job at scale: claimed in chunks, one readable mail per person (the most overdue tasks and
 * a count of the rest), each task once a day, one run at a time, and a cost per run that does not grow with the
 * number of overdue tasks. Tasks are standalone engine tasks (the job reads every open task, whatever its
 * process), assigned to a staff member of the test's own, so other tests' overdue tasks stay out of the mails
 * looked at. The engine clock stands still during a test, so nothing else becomes overdue in between.
 */
@IntegrationTest
class DeadlineRemindersTest {

    /** 1,000 for the figure in docs/benchmarks.md: -Dketenregie.reminders.many=1000. */
    static final int MANY = Integer.getInteger("ketenregie.reminders.many", 100);

    @Autowired
    StaffJobs staffJobs;

    @Autowired
    ReminderQueue queue;

    @Autowired
    JobLease lease;

    @Autowired
    MailSettings settings;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    FilterService filterService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    final List<String> tasks = new ArrayList<>();
    final List<String> users = new ArrayList<>();
    Instant now;

    @BeforeEach
    void standStill() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(java.util.Date.from(now));
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        taskService.deleteTasks(tasks, true);
        users.forEach(identityService::deleteUser);
        // Reminders of everyone's overdue tasks: not for the GreenMail of another test class.
        jdbc.update("delete from mail_outbox where kind = 'DEADLINE_REMINDER' and status = 'PENDING'");
    }

    @Test
    void aLongListShowsTheMostOverdueTasksAndCountsTheRestWithALinkToAllOfThem() {
        int cap = settings.herinneringMaxTaken();
        String user = staffMember();
        List<String> ids = overdue(cap + 3, user, null);

        staffJobs.sendReminders();

        Map<String, Object> mail = onlyReminderTo(user);
        String text = (String) mail.get("body_text");
        assertThat(mail.get("subject")).isEqualTo("Herinnering: " + (cap + 3) + " taken over de termijn");
        // overdue(...) makes each next task an hour more overdue: the first three are the least overdue.
        ids.subList(3, ids.size()).forEach(id -> assertThat(text).contains(link(id)));
        ids.subList(0, 3).forEach(id -> assertThat(text).doesNotContain(link(id)));
        assertThat(text.indexOf(link(ids.get(ids.size() - 1)))).as("most overdue first")
                .isLessThan(text.indexOf(link(ids.get(3))));
        String all = settings.tasklistFilterLink(
                filterService.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult().getId());
        assertThat(text).contains("Je hebt " + (cap + 3) + " verlopen taken; hieronder de " + cap + " die het langst",
                "En nog 3 verlopen taken. Alle verlopen taken staan in Tasklist onder \"Verlopen taken\":\n" + all);
        assertThat((String) mail.get("body_html")).contains("En nog 3 verlopen", "href=\"" + all + "\"");
    }

    @Test
    void aShortListHasNoCountOfTheRest() {
        String user = staffMember();
        overdue(2, user, null);

        staffJobs.sendReminders();

        String text = (String) onlyReminderTo(user).get("body_text");
        assertThat(text).contains("De termijn van deze taken is verstreken").doesNotContain("En nog", "Je hebt");
    }

    @Test
    void chunksMakeOneMailPerPersonAndClaimEachTaskOnce() {
        String user = staffMember();
        List<String> ids = overdue(7, user, null);

        staffJobs.sendReminders(3);

        String text = (String) onlyReminderTo(user).get("body_text");
        ids.forEach(id -> assertThat(text).contains(link(id)));
        assertThat(claims(ids)).isEqualTo(7);
        assertThat(waiting(user)).isZero();
    }

    @Test
    void theNextRunMailsWhatAStoppedRunClaimedAndClaimsTheRestEachOnce() {
        String user = staffMember();
        List<String> ids = overdue(5, user, null);
        // What a run leaves that stopped after a chunk of the first two tasks had committed.
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            queue.claim(ids.subList(0, 2), today());
            queue.add(ids.subList(0, 2).stream().map(id -> new ReminderQueue.Item(user, id, "Herinneringstest", null,
                    now.minus(1, ChronoUnit.DAYS))).toList(), today());
        });

        staffJobs.sendReminders(2);

        String text = (String) onlyReminderTo(user).get("body_text");
        ids.forEach(id -> assertThat(text).containsOnlyOnce(link(id)));
        assertThat(claims(ids)).isEqualTo(5);
    }

    @Test
    void aRunThatDiedIsResumedTheSameDayAndACompletedRunIsNot() {
        String user = staffMember();
        List<String> ids = overdue(2, user, null);
        // What a run leaves whose instance died before its end: started today, its lease ended, not completed.
        runLeftBehind(today(), today().minusDays(1));

        assertThat(lease.take(StaffJobs.REMINDERS, now, Duration.ofMinutes(5), today())).isTrue();
        try {
            assertThat(staffJobs.resumeReminders()).as("a run in progress on another instance").isZero();
            assertThat(claims(ids)).isZero();
        } finally {
            lease.release(StaffJobs.REMINDERS);
        }
        assertThat(staffJobs.resumeReminders()).isPositive();
        String text = (String) onlyReminderTo(user).get("body_text");
        ids.forEach(id -> assertThat(text).contains(link(id)));

        List<String> later = overdue(1, user, null);
        assertThat(staffJobs.resumeReminders()).as("today's run completed").isZero();
        assertThat(claims(later)).as("a task overdue since then waits for tomorrow's run").isZero();
        assertThat(reminderTo(user)).hasSize(1);
    }

    @Test
    void withoutARunTodayThereIsNothingToResume() {
        String user = staffMember();
        List<String> ids = overdue(1, user, null);
        runLeftBehind(today().minusDays(1), null);

        assertThat(staffJobs.resumeReminders()).as("yesterday's unfinished run is today's run's work").isZero();
        assertThat(claims(ids)).isZero();
    }

    @Test
    void eachTaskIsRemindedOncePerDay() {
        String user = staffMember();
        List<String> ids = overdue(2, user, null);

        staffJobs.sendReminders();
        staffJobs.sendReminders();
        assertThat(reminderTo(user)).as("second run of the day").hasSize(1);

        ClockUtil.setCurrentTime(java.util.Date.from(now.plus(1, ChronoUnit.DAYS)));
        staffJobs.sendReminders();
        assertThat(reminderTo(user)).as("the next day").hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from mail_task_reminder where reminded_on < ?", Integer.class,
                Date.valueOf(today().plusDays(1)))).as("a claim matters on its own day only").isZero();
        assertThat(claims(ids)).isEqualTo(2);
    }

    @Test
    void aClaimIsMadeOnceWhoeverClaimsAgain() {
        String user = staffMember();
        List<String> ids = overdue(3, user, null);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        Set<String> first = transaction.execute(status -> queue.claim(ids.subList(0, 2), today()));
        Set<String> again = transaction.execute(status -> queue.claim(ids, today()));
        assertThat(first).containsExactlyInAnyOrderElementsOf(ids.subList(0, 2));
        assertThat(again).as("only the one not claimed before").containsExactly(ids.get(2));
    }

    @Test
    void anotherInstanceHoldingTheRunSkipsIt() {
        String user = staffMember();
        overdue(1, user, null);
        assertThat(lease.take(StaffJobs.REMINDERS, now, Duration.ofMinutes(5), today())).as("the other instance's run").isTrue();
        try {
            assertThat(staffJobs.sendReminders()).isZero();
            assertThat(reminderTo(user)).isEmpty();
            assertThat(lease.take(StaffJobs.REMINDERS, now, Duration.ofMinutes(5), today())).as("still held").isFalse();
        } finally {
            lease.release(StaffJobs.REMINDERS);
        }

        staffJobs.sendReminders();
        assertThat(reminderTo(user)).hasSize(1);
        assertThat(lease.take(StaffJobs.REMINDERS, now, Duration.ofMinutes(5), today())).as("released after the run").isTrue();
        lease.release(StaffJobs.REMINDERS);
    }

    /**
     * Statements are counted like journey/StatementCountTest's, on this thread only (the job runs on it). Ten and {@link #MANY} overdue tasks of the same
     * group in one chunk: the same round trips (the page, its candidate groups, a batch of claims, a batch of
     * queued reminders, and per recipient its mail), only the batches grow.
     */
    @Test
    void theRoundTripsOfARunDoNotGrowWithTheNumberOfOverdueTasks() {
        staffJobs.sendReminders();  // everyone's overdue tasks of today are claimed: the runs below see ours only
        int chunk = 2 * MANY;

        overdue(10, null, "ketenregisseur");
        StatementCounter.startOnThisThread();
        int fewMails = staffJobs.sendReminders(chunk);
        Count few = StatementCounter.stop();

        overdue(MANY, null, "ketenregisseur");
        StatementCounter.startOnThisThread();
        int manyMails = staffJobs.sendReminders(chunk);
        Count many = StatementCounter.stop();

        System.out.printf("Reminder run: 10 overdue tasks %d statements in %d round trips, %d overdue tasks %d statements "
                + "in %d round trips (%d mails each)%n", few.statements(), few.roundTrips(), MANY, many.statements(),
                many.roundTrips(), manyMails);
        assertThat(fewMails).as("the region's ketenregisseurs").isPositive().isEqualTo(manyMails);
        assertThat(many.roundTrips()).isEqualTo(few.roundTrips());
    }

    private String staffMember() {
        String id = "herinnering-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(id);
        user.setFirstName("Rieke");
        user.setEmail(id + "@demo.ketenregie.nl");
        identityService.saveUser(user);
        users.add(id);
        return id;
    }

    /** {@code n} open tasks of Utrecht Stad, due a day ago and each next one an hour earlier. */
    private List<String> overdue(int n, String assignee, String candidateGroup) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Task task = taskService.newTask();
            task.setName("Herinneringstest " + i);
            task.setTenantId("utrecht-stad");
            task.setAssignee(assignee);
            task.setDueDate(java.util.Date.from(now.minus(1, ChronoUnit.DAYS).minus(i, ChronoUnit.HOURS)));
            taskService.saveTask(task);
            if (candidateGroup != null) {
                taskService.addCandidateGroup(task.getId(), candidateGroup);
            }
            ids.add(task.getId());
        }
        tasks.addAll(ids);
        return ids;
    }

    /** A task's line in a mail's text (the link ends its line, so one id is not found inside another). */
    private static String link(String taskId) {
        return "?task=" + taskId + "\n";
    }

    private List<Map<String, Object>> reminderTo(String user) {
        return jdbc.queryForList("select subject, body_text, body_html from mail_outbox where kind = 'DEADLINE_REMINDER' "
                + "and recipient_user = ?", user);
    }

    private Map<String, Object> onlyReminderTo(String user) {
        List<Map<String, Object>> mails = reminderTo(user);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private int claims(List<String> ids) {
        return ids.stream().mapToInt(id -> jdbc.queryForObject("select count(*) from mail_task_reminder where task_id = ?",
                Integer.class, id)).sum();
    }

    private int waiting(String user) {
        return jdbc.queryForObject("select count(*) from mail_reminder_item where user_id = ?", Integer.class, user);
    }

    /** The reminder run's lease as a run leaves it that started on {@code started}; no instance holds it. */
    private void runLeftBehind(LocalDate started, LocalDate completed) {
        jdbc.update("update mail_job_lease set started_on = ?, completed_on = ?, leased_until = null where name = ?",
                Date.valueOf(started), completed == null ? null : Date.valueOf(completed), StaffJobs.REMINDERS);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now, WorkingDays.NETHERLANDS);
    }
}
