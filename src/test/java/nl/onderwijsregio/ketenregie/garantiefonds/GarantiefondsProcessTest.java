package nl.onderwijsregio.ketenregie.garantiefonds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.journey.JourneyCommands;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver.Journey;
import nl.onderwijsregio.ketenregie.process.Refusal;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Every path of a garantiefonds application on the real engine, with the real listeners, case data and
 * ledger: grant, reject, four eyes, incomplete and withdrawn, released, claim paid, claim rejected, and the
 * journey ending before the decision and during a guarantee. Timers fire by moving the engine clock.
 */
@IntegrationTest
@Import(FundProcessCoverage.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class GarantiefondsProcessTest {

    static final String REGION = "midden-nederland";
    static final KetenregieUser KR = new KetenregieUser("kr.mnl", "Joost", java.util.Set.of("ketenregisseur"), java.util.Set.of(REGION));

    @Autowired
    JourneyDriver driver;

    @Autowired
    JourneyCommands commands;

    @Autowired
    FundActions actions;

    @Autowired
    FundApplications applications;

    @Autowired
    FundBudget budget;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    JdbcTemplate jdbc;

    int year;

    @BeforeEach
    void setUp() {
        organisation.ensure();
        year = LocalDate.now().getYear();
        budget.setBudget(REGION, year, budget.balance(REGION, year).budget().add(new BigDecimal("100000")), "admin");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aGrantIsReservedAndReleasedWhenTheTrainingStarts() {
        Application application = apply("3000");
        assertThat(application.journey.task("Task_AanvraagControleren")).isNotNull();
        assertThat(runtimeService.getVariable(application.instance().getId(), "advies")).asString().startsWith("Toelaatbaar.");

        application.check("volledig").decide("toekennen", "2500.00");
        assertThat(status(application)).isEqualTo(FundStatus.ACTIEF);
        assertThat(budget.reservedFor(application.id)).isEqualByComparingTo("2500");

        application.fireTimer("Timer_StartOpleiding");
        application.asGroup("Task_StartBevestigen", "opleiding:hu", "start", "gestart");

        assertThat(status(application)).isEqualTo(FundStatus.VRIJGEGEVEN);
        assertThat(budget.reservedFor(application.id)).isZero();
        assertThat(history(application)).containsExactly("INGEDIEND", "BIJ_COMMISSIE", "ACTIEF", "VRIJGEGEVEN");
        assertThat(application.journey.stages()).as("the journey's track is untouched").last().isEqualTo("SOLLICITATIE:open");
        assertThat(mails("FUND_DECISION", application)).isOne();
    }

    @Test
    void aRejectionNeedsAReasonAndClosesTheApplication() {
        Application application = apply("3000").check("volledig");
        assertThatThrownBy(() -> application.decide("afwijzen", null)).isInstanceOf(Refusal.class)
                .hasMessageContaining("reden van afwijzing");

        application.asCommittee("Task_BesluitNemen", "besluit", "afwijzen", "afwijzingReden", "ONVOLDOENDE_ONDERBOUWD");

        assertThat(status(application)).isEqualTo(FundStatus.AFGEWEZEN);
        assertThat(applications.get(application.id).orElseThrow().rejectionReason()).isEqualTo(RejectionReason.ONVOLDOENDE_ONDERBOUWD);
        assertThat(applications.hasOpen(application.journey.dossierId)).as("the dossier may apply again").isFalse();
        assertThat(budget.ledger(application.id)).isEmpty();
    }

    @Test
    void aGrantAboveTheFourEyesLimitNeedsASecondDifferentMember() {
        Application application = apply("6000").check("volledig").decide("toekennen", "6000");
        assertThat(status(application)).isEqualTo(FundStatus.VIER_OGEN);
        assertThat(budget.reservedFor(application.id)).as("nothing reserved before the confirmation").isZero();

        assertThatThrownBy(() -> application.complete("Task_BesluitBevestigen", "gf.commissie", "bevestiging", "bevestigd"))
                .isInstanceOf(Refusal.class).hasMessageContaining("tweede, ander commissielid");
        application.complete("Task_BesluitBevestigen", "gf.commissie2", "bevestiging", "niet_bevestigd");
        assertThat(status(application)).as("back to the decision").isEqualTo(FundStatus.BIJ_COMMISSIE);

        application.decide("toekennen", "5500").complete("Task_BesluitBevestigen", "gf.commissie2", "bevestiging", "bevestigd");

        assertThat(status(application)).isEqualTo(FundStatus.ACTIEF);
        assertThat(budget.reservedFor(application.id)).isEqualByComparingTo("5500");
        assertThat(applications.get(application.id).orElseThrow().confirmedBy()).isEqualTo("gf.commissie2");
    }

    @Test
    void theCommitteeIsRemindedBeforeTheFourEyesDeadline() {
        Application application = apply("6000").check("volledig").decide("toekennen", "6000");

        application.fireTimer("Timer_HerinneringVierOgen");

        assertThat(mails("FUND_FOUR_EYES_REMINDER", application)).isPositive();
        assertThat(application.journey.task("Task_BesluitBevestigen")).as("the task stays open").isNotNull();
    }

    @Test
    void anIncompleteApplicationIsSupplementedOrWithdrawnAfterItsDeadline() {
        Application supplemented = apply("3000").check("onvolledig");
        assertThat(status(supplemented)).isEqualTo(FundStatus.ONVOLLEDIG);
        assertThatThrownBy(() -> supplemented.asGroup("Task_AanvraagAanvullen", "bestuur:vo-eemland", "bedrag", 99999.0,
                "risico", "OVERIG", "opleiding", "marnix", "startdatumOpleiding", "2001-01-01", "motivatie", "ANDERS"))
                .isInstanceOf(Refusal.class).hasMessageContaining("bedrag").hasMessageContaining("lerarenopleiding")
                .hasMessageContaining("toekomst");
        supplemented.asGroup("Task_AanvraagAanvullen", "bestuur:vo-eemland", "bedrag", 4000.0, "risico", "OVERIG",
                "opleiding", "uu-gst", "startdatumOpleiding", LocalDate.now().plusDays(90).toString(), "motivatie", "TEKORTVAK");
        assertThat(status(supplemented)).isEqualTo(FundStatus.INGEDIEND);
        assertThat(applications.get(supplemented.id).orElseThrow().requestedAmount()).isEqualByComparingTo("4000");
        assertThat(supplemented.journey.task("Task_AanvraagControleren")).isNotNull();

        Application withdrawn = apply("3000").check("onvolledig");
        withdrawn.fireTimer("Timer_AanvullenVerstreken");
        assertThat(status(withdrawn)).isEqualTo(FundStatus.INGETROKKEN);
        assertThat(withdrawn.instance()).isNull();
    }

    @Test
    void aClaimIsPaidFromTheReservation() {
        Application application = apply("5000").check("volledig").decide("toekennen", "5000");
        application.fireTimer("Timer_StartOpleiding");
        application.asGroup("Task_StartBevestigen", "opleiding:hu", "start", "niet_gestart");
        assertThat(status(application)).isEqualTo(FundStatus.CLAIM);
        assertThatThrownBy(() -> application.asGroup("Task_ClaimIndienen", "bestuur:vo-eemland", "claimBedrag", 5000.01,
                "claimReden", "OPLEIDING_NIET_GESTART")).isInstanceOf(Refusal.class).hasMessageContaining("geclaimd bedrag");
        application.asGroup("Task_ClaimIndienen", "bestuur:vo-eemland", "claimBedrag", 4200.0, "claimReden", "OPLEIDING_NIET_GESTART");
        application.asCommittee("Task_ClaimBeoordelen", "claimBesluit", "goedkeuren");

        assertThat(status(application)).isEqualTo(FundStatus.UITBETAALD);
        assertThat(budget.ledger(application.id)).extracting(FundBudget.Entry::kind, e -> e.amount().stripTrailingZeros())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LedgerKind.RESERVERING, new BigDecimal("5E+3")),
                        org.assertj.core.groups.Tuple.tuple(LedgerKind.VRIJGAVE, new BigDecimal("5E+3")),
                        org.assertj.core.groups.Tuple.tuple(LedgerKind.UITBETALING, new BigDecimal("4.2E+3")));
        assertThat(budget.reservedFor(application.id)).isZero();
    }

    @Test
    void aRejectedClaimGivesTheReservationBack() {
        Application application = apply("3000").check("volledig").decide("toekennen", "3000");
        application.fireTimer("Timer_StartOpleiding");
        application.asGroup("Task_StartBevestigen", "opleiding:hu", "start", "niet_gestart");
        application.asGroup("Task_ClaimIndienen", "bestuur:vo-eemland", "claimBedrag", 3000.0, "claimReden", "ANDERS");
        application.asCommittee("Task_ClaimBeoordelen", "claimBesluit", "afwijzen");

        assertThat(status(application)).isEqualTo(FundStatus.AFGEWEZEN);
        assertThat(budget.reservedFor(application.id)).isZero();
        assertThat(budget.ledger(application.id)).extracting(FundBudget.Entry::kind)
                .containsExactly(LedgerKind.RESERVERING, LedgerKind.VRIJGAVE);
    }

    @Test
    void whenTheJourneyEndsDuringAGuaranteeTheClaimOpensAtOnce() {
        Application application = apply("3000").check("volledig").decide("toekennen", "3000");

        commands.candidateStops(application.journey.dossierId, DropoutReason.WERKDRUK, false, null, "kr.mnl");

        assertThat(status(application)).isEqualTo(FundStatus.CLAIM);
        assertThat(application.journey.task("Task_ClaimIndienen")).isNotNull();
        assertThat(application.journey.stages()).last().isEqualTo("SOLLICITATIE:UITGEVALLEN");
    }

    @Test
    void whenTheJourneyEndsBeforeTheDecisionTheApplicationIsWithdrawn() {
        Application application = apply("3000");

        commands.candidateStops(application.journey.dossierId, DropoutReason.WERKDRUK, false, null, "kr.mnl");

        assertThat(status(application)).isEqualTo(FundStatus.INGETROKKEN);
        assertThat(application.instance()).isNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
                application.journey.dossierId.toString()).count()).as("no follow-up of the ended work remains").isZero();
    }

    @Test
    void aGrantBeyondTheBudgetIsRefusedAndTheTaskStaysOpen() {
        int nextYear = year + 10 + Math.floorMod(System.nanoTime(), 1000); // a year of its own in a reused database
        Application application = apply("3000").check("volledig");
        jdbc.update("update fund_application set budget_year = ? where id = ?", nextYear, application.id);
        assertThat(budget.setBudget(REGION, nextYear, new BigDecimal("1000"), "admin")).isTrue();

        assertThatThrownBy(() -> application.decide("toekennen", "3000")).isInstanceOf(Refusal.class)
                .hasMessageContaining("niet toereikend").hasMessageContaining("1.000,00");

        assertThat(status(application)).isEqualTo(FundStatus.BIJ_COMMISSIE);
        assertThat(budget.balance(REGION, nextYear).beschikbaar()).isEqualByComparingTo("1000");
        application.decide("toekennen", "1000");
        assertThat(budget.balance(REGION, nextYear).beschikbaar()).isZero();
    }

    // ---- helpers ----

    private Application apply(String amount) {
        Journey journey = driver.matchedInMiddenNederland();
        UUID id = actions.apply(KR, journey.dossierId, new FundRequests.Application(new BigDecimal(amount),
                RiskType.LOONKOSTEN_VOOR_START, "hu", LocalDate.now().plusDays(60), Motivation.START_VOOR_GESCHIKTHEID));
        return new Application(id, journey);
    }

    private FundStatus status(Application application) {
        return applications.get(application.id).orElseThrow().status();
    }

    private List<String> history(Application application) {
        return applications.history(application.id).stream().map(entry -> entry.status().name()).toList();
    }

    /** Mails of a kind about this application: the decision links to its dossier; reminders go out after it. */
    private int mails(String kind, Application application) {
        if ("FUND_DECISION".equals(kind)) {
            return jdbc.queryForObject("select count(*) from mail_outbox where kind = ? and body_text like ?",
                    Integer.class, kind, "%" + application.journey.dossierId + "%");
        }
        return jdbc.queryForObject("select count(*) from mail_outbox where kind = ? and created_at >= ?", Integer.class,
                kind, java.sql.Timestamp.from(applications.get(application.id).orElseThrow().appliedAt()));
    }

    private final class Application {

        final UUID id;
        final Journey journey;

        Application(UUID id, Journey journey) {
            this.id = id;
            this.journey = journey;
        }

        ProcessInstance instance() {
            return runtimeService.createProcessInstanceQuery().processDefinitionKey(FundProcess.PROCESS_KEY)
                    .processInstanceBusinessKey(journey.dossierId.toString()).singleResult();
        }

        Application check(String outcome) {
            journey.complete("Task_AanvraagControleren", "kr.mnl", List.of("ketenregisseur"), Map.of("controle", outcome));
            return this;
        }

        Application decide(String decision, String amount) {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("besluit", decision));
            if (amount != null) {
                variables.put("toegekendBedrag", Double.valueOf(amount));
            }
            journey.complete("Task_BesluitNemen", "gf.commissie", List.of("garantiefonds-commissie"), variables);
            return this;
        }

        Application complete(String task, String user, Object... keyValues) {
            journey.complete(task, user, List.of("garantiefonds-commissie"), map(keyValues));
            return this;
        }

        Application asCommittee(String task, Object... keyValues) {
            return complete(task, "gf.commissie", keyValues);
        }

        Application asGroup(String task, String group, Object... keyValues) {
            journey.complete(task, "medewerker.test", List.of(group), map(keyValues));
            return this;
        }

        void fireTimer(String activityId) {
            Job job = managementService.createJobQuery().processInstanceId(instance().getId()).activityId(activityId)
                    .singleResult();
            assertThat(job).as("timer " + activityId).isNotNull();
            if (job.getDuedate().after(ClockUtil.getCurrentTime())) {
                ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + Duration.ofMinutes(1).toMillis()));
            }
            managementService.executeJob(job.getId());
        }

        private Map<String, Object> map(Object... keyValues) {
            Map<String, Object> map = new java.util.HashMap<>();
            for (int i = 0; i < keyValues.length; i += 2) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
            return map;
        }
    }
}
