package nl.onderwijsregio.ketenregie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.StatementCounter;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver.Journey;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Mails to staff: new tasks in a daily digest (default) or at once (preference), deadline reminders and
 * escalations to the ketenregisseur; addresses from the Camunda identity, links into Tasklist.
 */
@IntegrationTest
class StaffMailsTest {

    static final String KR_UTRECHT = "kr.utrecht@demo.ketenregie.nl";
    static final String KR_MNL = "kr.mnl@demo.ketenregie.nl";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    JourneyDriver driver;

    @Autowired
    MailTestSupport mail;

    @Autowired
    StaffJobs staffJobs;

    @Autowired
    MailPreferences preferences;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MailSettings settings;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        preferences.set("kr.mnl", MailPreferences.Mode.DIGEST);
    }

    @Test
    void aNewTaskGoesIntoTheDailyDigestOfTheGroupMembersOfTheRegion() throws Exception {
        digestsOfEarlierTestsSent();
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        Task intake = journey.task("Task_IntakeGesprek");
        mail.drain();
        assertThat(MailTestSupport.to(greenMail, KR_UTRECHT)).as("digest by default: nothing at once").isEmpty();
        assertThat(jdbc.queryForList("select user_id from mail_digest_item where task_id = ?", String.class,
                intake.getId())).as("ketenregisseurs of Utrecht only")
                .containsExactlyInAnyOrder("kr.utrecht", "kr2.utrecht");

        staffJobs.sendDigests();
        mail.drain();

        MailTestSupport.Received digest = MailTestSupport.only(greenMail, KR_UTRECHT, "Overzicht van nieuwe taken");
        assertThat(digest.text()).contains("Beste Marloes", "Intakegesprek voeren", "Onderwijsregio Utrecht Stad",
                "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + intake.getId())
                .as("no candidate data in staff mail").doesNotContain(mail.emailOf(journey.dossierId));
        assertThat(digest.html()).contains("?task=" + intake.getId());
        ResponseEntity<String> tasklist = BrowserSession.login(http, "kr.utrecht", "demo")
                .get("/camunda/app/tasklist/default/");
        assertThat(tasklist.getStatusCode()).as("the Tasklist link works for the recipient").isEqualTo(HttpStatus.OK);

        staffJobs.sendDigests();
        mail.drain();
        assertThat(MailTestSupport.to(greenMail, KR_UTRECHT)).as("each task once in a digest").hasSize(1);
    }

    /**
     * A busy group's digest lists the oldest new tasks up to the cap and counts the rest; closed tasks and a task
     * listed twice are left out; the work per person does not grow with the number of tasks.
     */
    @Test
    void aLongDigestListsTheFirstTasksAndCountsTheRest() throws Exception {
        digestsOfEarlierTestsSent();
        int cap = settings.overzichtMaxTaken();
        for (int i = 0; i < cap + 3; i++) {
            driver.start("utrecht-stad", "PO", "HBO");
        }
        jdbc.update("insert into mail_digest_item (user_id, task_id, task_name, region_code, due_at, created_at) "
                + "values ('kr.utrecht', 'afgerond-" + java.util.UUID.randomUUID() + "', 'Afgeronde taak', 'utrecht-stad', "
                + "null, current_timestamp)");
        List<String> pending = jdbc.queryForList("select distinct task_id from mail_digest_item where user_id = "
                + "'kr.utrecht' and digested_at is null", String.class);
        long open = taskService.createTaskQuery().taskIdIn(pending.toArray(String[]::new)).count();
        assertThat(pending).hasSize((int) open + 1);

        StatementCounter.startOnThisThread();
        staffJobs.sendDigests();
        StatementCounter.Count work = StatementCounter.stop();
        mail.drain();

        MailTestSupport.Received digest = MailTestSupport.only(greenMail, KR_UTRECHT, "Overzicht van nieuwe taken");
        assertThat(digest.text()).contains("(" + open + "; hieronder de eerste " + cap + ")",
                "En nog " + (open - cap) + " nieuwe taken.").doesNotContain("Afgeronde taak");
        assertThat(digest.text().split("\\?task=", -1)).as("task links").hasSize(cap + 1);
        assertThat(digest.html()).contains("En nog " + (open - cap));
        // Two recipients (the Utrecht ketenregisseurs), each: items, marking them, the open tasks, the outbox.
        assertThat(work.roundTrips()).as("round trips of two digests of %s tasks", open).isLessThan(30);
    }

    /** The recipients of a group's tasks are remembered, but a change in the identity store applies at once. */
    @Test
    void aNewMemberOfTheGroupGetsTheNextTaskAndAFormerMemberDoesNot() {
        Task before = driver.start("utrecht-stad", "PO", "HBO").task("Task_IntakeGesprek");
        User user = identityService.newUser("kr3.utrecht");
        user.setFirstName("Sanne");
        user.setLastName("Visser");
        user.setEmail("kr3.utrecht@demo.ketenregie.nl");
        user.setPassword("demo-only-password");
        identityService.saveUser(user);
        try {
            identityService.createMembership("kr3.utrecht", "ketenregisseur");
            identityService.createTenantUserMembership("utrecht-stad", "kr3.utrecht");
            Task after = driver.start("utrecht-stad", "PO", "HBO").task("Task_IntakeGesprek");

            assertThat(digestRecipients(before)).containsExactlyInAnyOrder("kr.utrecht", "kr2.utrecht");
            assertThat(digestRecipients(after)).containsExactlyInAnyOrder("kr.utrecht", "kr2.utrecht", "kr3.utrecht");
        } finally {
            identityService.deleteUser("kr3.utrecht");
        }
        Task removed = driver.start("utrecht-stad", "PO", "HBO").task("Task_IntakeGesprek");
        assertThat(digestRecipients(removed)).containsExactlyInAnyOrder("kr.utrecht", "kr2.utrecht");
    }

    /** Other tests leave new tasks for the digest: sent and received before a test counts its own. */
    private void digestsOfEarlierTestsSent() throws Exception {
        staffJobs.sendDigests();
        mail.drain();
        greenMail.purgeEmailFromAllMailboxes();
    }

    private List<String> digestRecipients(Task task) {
        return jdbc.queryForList("select user_id from mail_digest_item where task_id = ?", String.class, task.getId());
    }

    @Test
    void whoChoseImmediateMailGetsEachNewTaskAtOnce() {
        BrowserSession kr = BrowserSession.login(http, "kr.mnl", "demo");
        ResponseEntity<String> page = kr.get("/instellingen/meldingen");
        assertThat(page.getBody()).contains("Meldingen per e-mail", "Eén overzicht per dag");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", kr.csrfTokenFrom("/instellingen/meldingen"));
        form.add("keuze", "IMMEDIATE");
        assertThat(kr.postForm("/instellingen/meldingen", form).getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(preferences.of("kr.mnl")).isEqualTo(MailPreferences.Mode.IMMEDIATE);

        Journey journey = driver.start("midden-nederland", "VO", "HBO");
        Task intake = journey.task("Task_IntakeGesprek");
        mail.drain();

        MailTestSupport.Received now = MailTestSupport.only(greenMail, KR_MNL, "Nieuwe taak");
        assertThat(now.subject()).isEqualTo("Nieuwe taak: Intakegesprek voeren");
        assertThat(now.text()).contains("Beste Joost", "?task=" + intake.getId(),
                "Onderwijsregio Midden Nederland Leert VO MBO");
        assertThat(MailTestSupport.to(greenMail, KR_UTRECHT)).as("not to another region").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from mail_digest_item where task_id = ?", Integer.class,
                intake.getId())).isZero();
    }

    @Test
    void overdueTasksAreRemindedOncePerDayAndEscalationsGoToTheKetenregisseur() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        Task intake = journey.task("Task_IntakeGesprek");
        intake.setDueDate(Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));
        taskService.saveTask(intake);

        staffJobs.sendReminders();
        mail.drain();
        MailTestSupport.Received reminder = MailTestSupport.only(greenMail, KR_UTRECHT, "over de termijn");
        assertThat(reminder.subject()).startsWith("Herinnering: ");
        assertThat(reminder.text()).contains("is verstreken", "?task=" + intake.getId());

        staffJobs.sendReminders();
        mail.drain();
        assertThat(MailTestSupport.to(greenMail, KR_UTRECHT).stream()
                .filter(m -> m.text().contains("?task=" + intake.getId()))).as("once a day").hasSize(1);

        journey.fireTimer("Task_IntakeGesprek");
        Task escalation = journey.task("Task_VerlopenTaakOpvolgen");
        mail.drain();
        // Only this case's escalation: the outbox may also send other tests' escalations at this drain.
        List<MailTestSupport.Received> escalated = MailTestSupport.to(greenMail, KR_UTRECHT).stream()
                .filter(m -> m.subject().startsWith("Escalatie") && m.text().contains("?task=" + escalation.getId()))
                .toList();
        assertThat(escalated).as("one escalation mail").hasSize(1);
        assertThat(escalated.get(0).subject()).isEqualTo("Escalatie: Verlopen taak opvolgen: Intakegesprek voeren");
        assertThat(escalated.get(0).text()).contains("Als ketenregisseur", "Onderwijsregio Utrecht Stad");
        // Other region: nothing about this case (other tests' cases may remind kr.mnl of their own tasks).
        assertThat(MailTestSupport.to(greenMail, KR_MNL)).noneMatch(m -> m.text().contains("?task=" + intake.getId())
                || m.text().contains("?task=" + escalation.getId()));
    }

    @Test
    void tasksDueWithinTwoWorkingDaysAreUrgent() {
        Instant friday = Instant.parse("2026-03-06T09:00:00Z");
        assertThat(WorkingDays.plus(friday, 2)).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
        assertThat(WorkingDays.dueWithin(Instant.parse("2026-03-09T16:00:00Z"), friday, 2)).isTrue();
        assertThat(WorkingDays.dueWithin(Instant.parse("2026-03-10T09:00:00Z"), friday, 2)).isTrue();
        assertThat(WorkingDays.dueWithin(Instant.parse("2026-03-11T09:00:00Z"), friday, 2)).isFalse();
        assertThat(WorkingDays.dueWithin(null, friday, 2)).isFalse();
    }
}
