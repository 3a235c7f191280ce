package nl.onderwijsregio.ketenregie.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver.Journey;
import nl.onderwijsregio.ketenregie.loket.RegistrationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The outbox: written in the transaction of the change, survives an SMTP outage, delivers exactly once,
 * gives up visibly after max-pogingen and can be retried by an administrator. GreenMail is started and
 * stopped by the tests themselves, to simulate the outage.
 */
@IntegrationTest
class OutboxDeliveryTest {

    @Autowired
    TestCandidates candidates;

    @Autowired
    RegistrationService registrations;

    @Autowired
    JourneyDriver driver;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    MailTestSupport mail;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxHealth health;

    @Autowired
    StaffJobs staffJobs;

    @Autowired
    MailSettings settings;

    @Autowired
    TestRestTemplate http;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Autowired
    org.springframework.mail.javamail.JavaMailSender mailSender;

    GreenMail greenMail;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    @Test
    void aRolledBackRegistrationLeavesNoMail() {
        String email = TestCandidates.uniqueEmail("teruggedraaid");
        transaction.executeWithoutResult(status -> {
            registrations.register(TestCandidates.registration(email, "utrecht-stad"));
            assertThat(mail.kinds(email)).as("written in the same transaction").isNotEmpty();
            status.setRollbackOnly();
        });
        assertThat(candidates.dossierCount(email)).isZero();
        assertThat(mail.kinds(email)).isEmpty();
    }

    @Test
    void aRefusedTaskCompletionLeavesNoMailAndACommittedOneHasIt() {
        organisation.ensure();
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        String email = mail.emailOf(journey.dossierId);
        journey.intake("PO", "HBO", false, false).continueWithAdvice("marnix").vliegendeStart(TestOrganisation.PO_SCHOOL, "go");
        journey.asKetenregisseur("Task_MatchVoorstellen", "school", TestOrganisation.PO_SCHOOL);

        // HR forgets the reason of a rejection: the journey refuses the completion, the transaction rolls back.
        assertThatThrownBy(() -> journey.asGroup("Task_Sollicitatieprocedure", "bestuur:spo-utrecht",
                "sollicitatieUitkomst", "afwijzing")).isInstanceOf(ProcessEngineException.class);
        assertThat(mail.kinds(email)).doesNotContain("APPLICATION_OUTCOME");

        journey.asGroup("Task_Sollicitatieprocedure", "bestuur:spo-utrecht", "sollicitatieUitkomst", "afwijzing",
                "afwijzingReden", "GEEN_KLIK");
        assertThat(mail.kinds(email)).containsOnlyOnce("APPLICATION_OUTCOME");
    }

    @Test
    void duringAnSmtpOutageNothingIsLostAndAfterwardsEveryMailArrivesExactlyOnce() {
        // SMTP is down: GreenMail is not running, the port is closed.
        List<String> emails = List.of(TestCandidates.uniqueEmail("storing"), TestCandidates.uniqueEmail("storing"),
                TestCandidates.uniqueEmail("storing"));
        emails.forEach(email -> candidates.registerAgain(email, "midden-nederland"));
        organisation.ensure();
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        journey.intake("PO", "HBO", false, false).continueWithAdvice("marnix").vliegendeStart(TestOrganisation.PO_SCHOOL, "go");
        String journeyEmail = mail.emailOf(journey.dossierId);

        mail.drain();
        List<UUID> ids = emails.stream().flatMap(email -> mail.outboxIds(email).stream()).collect(Collectors.toList());
        ids.addAll(mail.outboxIds(journeyEmail));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(3 * 2 + 3);
        for (UUID id : ids) {
            assertThat(row(id)).as("kept, with its failed attempt counted")
                    .containsEntry("STATUS", "PENDING").containsEntry("ATTEMPTS", 1);
            assertThat((String) row(id).get("LAST_ERROR")).isNotBlank();
        }
        assertThat(health.health().getStatus()).as("waiting mails alone are no reason for DOWN").isEqualTo(Status.UP);

        // SMTP is back. Retries wait for their backoff; once it passed, each mail arrives exactly once.
        greenMail = new GreenMail(ServerSetupTest.SMTP);
        greenMail.start();
        mail.drain();
        assertThat(receivedCounts(ids)).as("backoff not yet passed").isEmpty();
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(settings.backoff(1))
                .plusSeconds(1)));
        mail.drain();
        mail.drain();
        Map<String, Long> received = receivedCounts(ids);
        assertThat(received).hasSize(ids.size()).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
        for (UUID id : ids) {
            assertThat(row(id)).containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 2);
        }
        assertThat(MailTestSupport.to(greenMail, journeyEmail)).extracting(MailTestSupport.Received::subject)
                .contains("Uitnodiging voor de Vliegende Start, Test");
    }

    @Test
    void aMailThatKeepsFailingIsMarkedFailedShownToTheAdministratorAndCanBeSentAgain() {
        String email = TestCandidates.uniqueEmail("mislukt");
        candidates.registerAgain(email, "utrecht-stad");
        List<UUID> ids = mail.outboxIds(email);
        for (int attempt = 1; attempt <= settings.maxPogingen(); attempt++) {
            mail.drain();
            ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(settings.maxWachttijd())
                    .plusSeconds(1)));
        }
        for (UUID id : ids) {
            assertThat(row(id)).containsEntry("STATUS", "FAILED").containsEntry("ATTEMPTS", settings.maxPogingen());
        }
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat((Long) health.health().getDetails().get("mislukt")).isPositive();

        BrowserSession admin = BrowserSession.login(http, "admin", "demo");
        ResponseEntity<String> page = admin.get("/beheer/mail?status=FAILED");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Uitgaande e-mail", "Mislukt", email.charAt(0) + "***@example.nl")
                .as("the candidate's address is masked").doesNotContain(email);
        ResponseEntity<String> detail = admin.get("/beheer/mail/" + ids.get(0));
        assertThat(detail.getBody()).contains("Opnieuw versturen", "Laatste fout", "Beste Test");
        assertThat(admin.get("/beheer/mail/" + ids.get(0) + "/html").getBody()).contains("<html lang=\"nl\"");
        ResponseEntity<String> metrics = admin.get("/actuator/metrics/ketenregie.mail.outbox?tag=status:failed");
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("\"VALUE\"");

        // The administrator retries all failed mails once SMTP is back.
        greenMail = new GreenMail(ServerSetupTest.SMTP);
        greenMail.start();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", admin.csrfTokenFrom("/beheer/mail"));
        assertThat(admin.postForm("/beheer/mail/opnieuw", form).getStatusCode()).isEqualTo(HttpStatus.FOUND);
        mail.drain();
        for (UUID id : ids) {
            assertThat(row(id)).containsEntry("STATUS", "SENT");
        }
        assertThat(receivedCounts(ids)).hasSize(ids.size());
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void inLocalOutboxModeNothingLeavesTheMachine() {
        greenMail = new GreenMail(ServerSetupTest.SMTP);
        greenMail.start();
        String email = TestCandidates.uniqueEmail("lokaal");
        candidates.registerAgain(email, "utrecht-stad");
        MailSettings local = new MailSettings(false, settings.afzender(), settings.basisUrl(), settings.verzendInterval(),
                settings.maxPogingen(), settings.eersteWachttijd(), settings.maxWachttijd(), settings.batchGrootte(),
                settings.tokenSecret(), settings.stoplinkGeldig(), settings.bewaartermijn(), false,
                settings.overzichtCron(), settings.herinneringCron(), settings.directBinnenWerkdagen(),
                settings.herinneringMaxTaken(), settings.herinneringBlokgrootte(), settings.overzichtMaxTaken());
        OutboxSender localSender = new OutboxSender(jdbc, transactionManager, mailSender, local, java.time.Clock.systemUTC());

        assertThat(localSender.sendDue()).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        for (UUID id : mail.outboxIds(email)) {
            assertThat(row(id)).as("kept in the local outbox").containsEntry("STATUS", "PENDING")
                    .containsEntry("ATTEMPTS", 0);
        }
        BrowserSession admin = BrowserSession.login(http, "admin", "demo");
        assertThat(admin.get("/beheer/mail?status=PENDING").getBody()).contains("Bedankt voor je aanmelding, Test")
                .doesNotContain(email);
    }

    @Test
    void onlyAdministratorsSeeTheOutbox() {
        assertThat(BrowserSession.login(http, "kr.utrecht", "demo").get("/beheer/mail").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> anonymous = new PublicSession(http).get("/beheer/mail");
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(anonymous.getHeaders().getLocation().getPath()).isEqualTo("/login");
    }

    @Test
    void sentMailsAreRemovedAfterTheRetentionPeriod() {
        String email = TestCandidates.uniqueEmail("oud");
        candidates.registerAgain(email, "utrecht-stad");
        List<UUID> ids = mail.outboxIds(email);
        OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minus(settings.bewaartermijn()).minusDays(1);
        jdbc.update("update mail_outbox set status = 'SENT', sent_at = ? where id = ?", longAgo, ids.get(0));
        jdbc.update("update mail_outbox set status = 'SENT', sent_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC), ids.get(1));

        staffJobs.removeOld();

        assertThat(mail.outboxIds(email)).containsExactly(ids.get(1));
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.queryForMap("select status, attempts, last_error from mail_outbox where id = ?", id);
    }

    /** How often each of these outbox ids arrived at GreenMail (ids that did not arrive are absent). */
    private Map<String, Long> receivedCounts(List<UUID> ids) {
        if (greenMail == null) {
            return Map.of();
        }
        List<String> wanted = ids.stream().map(UUID::toString).toList();
        return Arrays.stream(greenMail.getReceivedMessages()).map(MailTestSupport::decode)
                .map(MailTestSupport.Received::outboxId)
                .filter(wanted::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

}
