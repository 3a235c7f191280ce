package nl.onderwijsregio.ketenregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention job: ended dossiers past their period lose their personal data and keep their history,
 * a second run changes nothing, and two instances never anonymise the same dossier twice.
 */
@IntegrationTest
class RetentionTest {

    @Autowired
    EndedCandidates ended;

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
    PlatformTransactionManager transactions;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anonymisationRemovesPersonalDataAndKeepsHistoryCodesAndDates() {
        List<UUID> ended = this.ended.endedLongAgo(6);
        List<Map<String, Object>> historyBefore = history(ended);

        RetentionJob.Result first = job.run();
        RetentionJob.Result second = job.run();

        assertThat(first.anonymised()).isGreaterThanOrEqualTo(ended.size());
        assertThat(history(ended)).isEqualTo(historyBefore);
        for (UUID id : ended) {
            assertThat(jdbc.queryForMap("select voornaam, achternaam, email, telefoon, huidig_beroep, anonymised_reason "
                    + "from dossier where id = ?", id)).containsValues("Geanonimiseerd", "", "BEWAARTERMIJN")
                    .doesNotContainValue("Leraar in opleiding");
            assertThat(jdbc.queryForList("select text from dossier_note where dossier_id = ?", String.class, id))
                    .doesNotContain(EndedCandidates.NOTE)
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
    void aRegistrationWithoutIntakeGoesAfterOneYearADropoutAfterTwo() {
        UUID withoutIntake = driver.start("utrecht-stad", "PO", "HBO").dossierId;
        journey.candidateStops(withoutIntake, DropoutReason.ANDERE_BAAN, false, null, "kr.test");
        JourneyDriver.Journey dropout = driver.start("utrecht-stad", "PO", "HBO").intake("PO", "HBO", false, false)
                .continueWithAdvice("hu");
        journey.candidateStops(dropout.dossierId, DropoutReason.WERKDRUK, false, null, "kr.test");

        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(550).toMillis()));
        job.run();

        assertThat(jdbc.queryForObject("select anonymised_reason from dossier where id = ?", String.class, withoutIntake))
                .isEqualTo("BEWAARTERMIJN");
        assertThat(jdbc.queryForObject("select anonymised_at from dossier where id = ?", Object.class, dropout.dossierId))
                .as("a dropout after the intake keeps its data for two years").isNull();
    }

    @Test
    void aDossierAnotherInstanceIsAnonymisingIsSkippedNotDoneTwice() throws Exception {
        List<UUID> ended = this.ended.endedLongAgo(3);
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
        ended.endedLongAgo(10);
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

    /** Everything reports count: the dossier's codes and dates and its stage history. */
    private List<Map<String, Object>> history(List<UUID> ids) {
        return jdbc.queryForList("select d.id, d.region_code, d.sector, d.route, d.status, d.registered_at, d.bestuur_code, "
                + "d.school_code, d.opleiding_code, d.funding_stream, t.stage, t.entered_at, t.left_at, t.outcome, t.reason, "
                + "t.avoidable, t.actor from dossier d join stage_transition t on t.dossier_id = d.id where d.id in ("
                + EndedCandidates.in(ids) + ") order by t.id", ids.toArray());
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
