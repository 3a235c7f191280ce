package nl.onderwijsregio.ketenregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.dossier.DossierRetention;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.journey.JourneyCommands;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention job: ended dossiers past their period lose their personal data, reports keep every figure,
 * a second run changes nothing, and two instances never anonymise the same dossier twice.
 */
@IntegrationTest
class RetentionTest {

    /** Dossiers of this test are moved back to a year no other test uses, so the report can select them. */
    static final int OLD_YEAR = 2011;

    @Autowired
    JourneyDriver driver;

    @Autowired
    JourneyCommands journey;

    @Autowired
    DossierService dossiers;

    @Autowired
    RetentionJob job;

    @Autowired
    Anonymisation anonymisation;

    @Autowired
    PrivacySettings settings;

    @Autowired
    RepositoryService repository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anonymisationRemovesPersonalDataAndKeepsEveryReportFigure() {
        List<UUID> ended = endedLongAgo(12);
        String reportBefore = report();

        RetentionJob.Result first = job.run();
        String reportAfter = report();
        RetentionJob.Result second = job.run();

        assertThat(first.anonymised()).isGreaterThanOrEqualTo(ended.size());
        assertThat(reportAfter).as("funnel, reasons, lead times, bestuur and retention tables").isEqualTo(reportBefore);
        assertThat(reportBefore).contains("\"fase\":\"ORIENTATIE\"");
        for (UUID id : ended) {
            assertThat(jdbc.queryForMap("select voornaam, achternaam, email, telefoon, huidig_beroep, anonymised_reason "
                    + "from dossier where id = ?", id)).containsValues("Geanonimiseerd", "", "BEWAARTERMIJN")
                    .doesNotContainValue("Leraar in opleiding");
            assertThat(jdbc.queryForList("select text from dossier_note where dossier_id = ?", String.class, id))
                    .isNotEmpty().allMatch("[verwijderd]"::equals);
            assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dossier_id = ?", Integer.class, id))
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from stage_transition where dossier_id = ?", Integer.class,
                    id)).as("stage history stays").isGreaterThanOrEqualTo(2);
        }
        assertThat(second.anonymised()).as("a second run finds nothing left to do").isZero();
    }

    @Test
    void aDossierWithinItsPeriodKeepsItsData() {
        UUID recent = driver.start("utrecht-stad", "PO", "HBO").dossierId;
        journey.candidateStops(recent, DropoutReason.WERKDRUK, false, "Te druk met Jan Jansen", "kr.test");

        job.run();

        assertThat(jdbc.queryForObject("select anonymised_at from dossier where id = ?", Object.class, recent)).isNull();
        assertThat(jdbc.queryForObject("select voornaam from dossier where id = ?", String.class, recent))
                .isNotEqualTo("Geanonimiseerd");
    }

    @Test
    void aDossierAnotherInstanceIsAnonymisingIsSkippedNotDoneTwice() throws Exception {
        List<UUID> ended = endedLongAgo(3);
        UUID busy = ended.get(0);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> other = otherNode.submit(() -> new TransactionTemplate(transactions).execute(status -> {
                boolean done = anonymisation.anonymise(busy, DossierRetention.Reason.BEWAARTERMIJN);
                claimed.countDown();
                await(release);
                return done;
            }));
            assertThat(claimed.await(60, TimeUnit.SECONDS)).isTrue();

            RetentionJob.Result thisNode = job.run();
            release.countDown();

            assertThat(other.get(60, TimeUnit.SECONDS)).isTrue();
            assertThat(thisNode.skipped()).as("the busy dossier is left to the other instance").isGreaterThanOrEqualTo(1);
            assertThat(jdbc.queryForList("select id from dossier where anonymised_at is not null and id in (?, ?, ?)",
                    UUID.class, ended.toArray())).containsExactlyInAnyOrderElementsOf(ended);
            assertThat(job.run().anonymised()).isZero();
        } finally {
            release.countDown();
            otherNode.shutdownNow();
        }
    }

    @Test
    void twoInstancesRunningAtOnceAnonymiseEachDossierOnce() throws Exception {
        endedLongAgo(10);
        int before = anonymisedCount();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<RetentionJob.Result> a = nodes.submit(() -> {
                start.await();
                return job.run();
            });
            Future<RetentionJob.Result> b = nodes.submit(() -> {
                start.await();
                return job.run();
            });
            int done = a.get(120, TimeUnit.SECONDS).anonymised() + b.get(120, TimeUnit.SECONDS).anonymised();

            assertThat(done).as("anonymisations reported by both instances").isEqualTo(anonymisedCount() - before)
                    .isGreaterThanOrEqualTo(10);
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void engineHistoryIsKeptNoLongerThanTheLongestRetentionPeriod() {
        long longest = List.of(settings.bewaartermijn().zonderIntake(), settings.bewaartermijn().uitgevallen(),
                settings.bewaartermijn().overgedragen(), settings.bewaartermijn().afgerond()).stream()
                .mapToLong(period -> Duration.between(new Date(0).toInstant(),
                        new Date(0).toInstant().atOffset(java.time.ZoneOffset.UTC).plus(period).toInstant()).toDays())
                .max().orElseThrow();
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();

        assertThat(definitions).isNotEmpty().allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive())
                .as(definition.getKey()).isNotNull().isLessThanOrEqualTo((int) longest));
    }

    /**
     * Candidates who ended long ago in several ways: dropped out in ORIENTATIE, or after moving on (with a lead
     * time) dropped out later. Each has a note and a mail; everything is moved back to {@link #OLD_YEAR}.
     */
    private List<UUID> endedLongAgo(int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JourneyDriver.Journey candidate = driver.start("utrecht-stad", "PO", "HBO");
            if (i % 2 == 1) {
                ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(3L * i).toMillis()));
                candidate.intake("PO", "HBO", false, false);
            }
            dossiers.addNote(candidate.dossierId, "kr.test", "Gebeld met de kandidaat over haar gezin.");
            journey.candidateStops(candidate.dossierId, i % 3 == 0 ? DropoutReason.WERKDRUK : DropoutReason.ANDERE_BAAN,
                    i % 4 == 0, null, "kr.test");
            ClockUtil.reset();
            ids.add(candidate.dossierId);
        }
        for (UUID id : ids) {
            jdbc.update("update dossier set registered_at = registered_at - interval '15' year where id = ?", id);
            jdbc.update("update stage_transition set entered_at = entered_at - interval '15' year, "
                    + "left_at = left_at - interval '15' year where dossier_id = ?", id);
        }
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dossier_id in (" + "?,".repeat(count - 1)
                + "?)", Integer.class, ids.toArray())).as("mails to remove").isPositive();
        return ids;
    }

    private String report() {
        ResponseEntity<String> response = http.withBasicAuth("mgmt.utrecht", "demo")
                .getForEntity("/api/rapportage/uitval-per-fase?regio=utrecht-stad&jaar=" + OLD_YEAR, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private int anonymisedCount() {
        return jdbc.queryForObject("select count(*) from dossier where anonymised_at is not null", Integer.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
