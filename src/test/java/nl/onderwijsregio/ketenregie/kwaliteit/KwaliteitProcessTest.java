package nl.onderwijsregio.ketenregie.kwaliteit;

import static nl.onderwijsregio.ketenregie.kwaliteit.CycleDriver.REGION;
import static nl.onderwijsregio.ketenregie.kwaliteit.CycleDriver.WERKGROEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.process.Refusal;
import nl.onderwijsregio.ketenregie.web.ConflictException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Every path of PeerReviewCyclus on the real engine with the real listeners and tables: a monitor round
 * with a self-evaluation sent back and closed with a summary; a peer review from the report to the
 * printable close, with the panel rules, guest accounts that expire with the review, improvement actions
 * whose owners report (and are escalated when overdue); and the early warning when no visit is planned.
 */
@IntegrationTest
@Import(KwaliteitProcessCoverage.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class KwaliteitProcessTest {

    @Autowired
    CycleDriver driver;

    @Autowired
    CycleActions actions;

    @Autowired
    MonitorRounds rounds;

    @Autowired
    PeerReviews reviews;

    @Autowired
    CycleHistory history;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aRoundAsksEveryPartnershipSendsBackAndClosesWithASummary() {
        UUID round = driver.startRound();
        assertThat(driver.tasks(round, "Task_ZelfevaluatieInvullen")).extracting(t -> taskService.getVariable(t.getId(), "partnerschap"))
                .containsExactlyInAnyOrder("mnl-mbo", "mnl-vo");

        Map<String, Object> incomplete = new HashMap<>(CycleDriver.answers(3));
        incomplete.remove("score_BO2");
        incomplete.put("score_OS1", "5");
        Task vo = driver.tasks(round, "Task_ZelfevaluatieInvullen").stream()
                .filter(t -> "mnl-vo".equals(taskService.getVariable(t.getId(), "partnerschap"))).findFirst().orElseThrow();
        assertThatThrownBy(() -> driver.complete(vo, "pc.mnl-vo", "partnerschap:mnl-vo", incomplete))
                .isInstanceOf(Refusal.class).hasMessageContaining("BO2").hasMessageContaining("OS1");
        assertThat(rounds.evaluation(round, "mnl-vo").orElseThrow().status()).isEqualTo(SelfEvaluation.Status.OPEN);

        driver.selfEvaluate(round, "mnl-vo", 2);
        driver.selfEvaluate(round, "mnl-mbo", 3);
        assertThat(taskService.getVariable(driver.tasks(round, "Task_ZelfevaluatieBeoordelen").get(0).getId(), "score_OS1"))
                .as("each partnership's answers stay in its own part of the process").isIn("2", "3");

        List<Task> reviewsOfRound = driver.tasks(round, "Task_ZelfevaluatieBeoordelen");
        Task voReview = reviewsOfRound.stream().filter(t -> "mnl-vo".equals(taskService.getVariable(t.getId(), "partnerschap")))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> driver.complete(voReview, WERKGROEP.userId(), "werkgroep-kwaliteit",
                Map.of("beoordeling", "terugsturen"))).isInstanceOf(Refusal.class).hasMessageContaining("vragen");
        driver.complete(voReview, WERKGROEP.userId(), "werkgroep-kwaliteit",
                Map.of("beoordeling", "terugsturen", "vragen", "Welk bewijs is er voor BG2?"));
        assertThat(rounds.evaluation(round, "mnl-vo").orElseThrow().status()).isEqualTo(SelfEvaluation.Status.TERUGGESTUURD);
        Task again = driver.tasks(round, "Task_ZelfevaluatieInvullen").get(0);
        assertThat(taskService.getVariable(again.getId(), "vragen")).isEqualTo("Welk bewijs is er voor BG2?");
        assertThat(taskService.getVariable(again.getId(), "score_OS1")).as("the earlier answers are filled in").isEqualTo("2");

        driver.selfEvaluate(round, "mnl-vo", 3);
        for (Task task : driver.tasks(round, "Task_ZelfevaluatieBeoordelen")) {
            driver.complete(task, WERKGROEP.userId(), "werkgroep-kwaliteit", Map.of("beoordeling", "akkoord"));
        }
        assertThatThrownBy(() -> driver.complete(round, "Task_MonitorrondeAfsluiten", WERKGROEP.userId(),
                "werkgroep-kwaliteit", Map.of("samenvatting", "<script>"))).isInstanceOf(Refusal.class);
        driver.complete(round, "Task_MonitorrondeAfsluiten", WERKGROEP.userId(), "werkgroep-kwaliteit",
                Map.of("samenvatting", "Begeleiding is sterk, beoordeling vraagt aandacht."));

        MonitorRound closed = rounds.get(round).orElseThrow();
        assertThat(closed.status()).isEqualTo(CycleStatus.AFGESLOTEN);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.summary()).startsWith("Begeleiding is sterk");
        assertThat(rounds.evaluations(round)).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(SelfEvaluation.Status.GOEDGEKEURD);
            assertThat(e.scores()).hasSize(16).containsEntry("OS1", 3);
        });
        assertThat(jdbc.queryForList("select distinct framework_version from self_evaluation_score where round_id = ?",
                Integer.class, round)).containsExactly(1);
        assertThat(history.of(round)).extracting(CycleHistory.Entry::status)
                .containsExactly(CycleStatus.ZELFEVALUATIES, CycleStatus.AFSLUITEN, CycleStatus.AFGESLOTEN);
    }

    @Test
    void aSecondOpenRoundOfTheSameRegionAndYearIsAConflict() {
        int year = driver.freshYear();
        actions.startRound(WERKGROEP, new KwaliteitRequests.Round(REGION, year));
        assertThatThrownBy(() -> actions.startRound(WERKGROEP, new KwaliteitRequests.Round(REGION, year)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("loopt al een monitorronde");
    }

    @Test
    void aPeerReviewRunsFromReportToPrintableCloseAndItsGuestsExpire() {
        UUID round = driver.closedRound(3);
        UUID review = driver.startReview();
        assertThat(driver.tasks(review, "Task_PlanningWaarschuwing")).isEmpty();

        driver.complete(review, "Task_RapportOpstellen", WERKGROEP.userId(), "werkgroep-kwaliteit",
                Map.of("vrijeTekst", "Drie jaar Samen Opleiden in de regio."));
        assertThat(reviews.get(review).orElseThrow().roundId()).as("the report builds on the latest round").isEqualTo(round);

        assertThatThrownBy(() -> driver.complete(review, "Task_PanelSamenstellen", WERKGROEP.userId(), "werkgroep-kwaliteit",
                Map.of("panelCompleet", true))).isInstanceOf(Refusal.class)
                .hasMessageContaining("voorzitter").hasMessageContaining("andere onderwijsregio")
                .hasMessageContaining("lerarenopleiding");
        actions.addPanelMember(WERKGROEP, review, new KwaliteitRequests.PanelMember("Ria Voorzitter", "ria@example.org",
                PanelMember.Role.VOORZITTER, PanelMember.Origin.ANDERE_REGIO, "Onderwijsregio Rotterdam"));
        actions.addPanelMember(WERKGROEP, review, new KwaliteitRequests.PanelMember("Lars Opleider", "lars@example.org",
                PanelMember.Role.REVIEWER, PanelMember.Origin.LERARENOPLEIDING, "Hogeschool Leiden"));
        driver.complete(review, "Task_PanelSamenstellen", WERKGROEP.userId(), "werkgroep-kwaliteit", Map.of("panelCompleet", true));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        assertThatThrownBy(() -> driver.complete(review, "Task_BezoekPlannen", WERKGROEP.userId(), "werkgroep-kwaliteit",
                Map.of("bezoekdatum", today.plusDays(30).toString(), "rapportdeadline", today.plusDays(20).toString())))
                .isInstanceOf(Refusal.class).hasMessageContaining("na de visitatie");
        driver.complete(review, "Task_BezoekPlannen", WERKGROEP.userId(), "werkgroep-kwaliteit",
                Map.of("bezoekdatum", today.plusDays(30).toString(), "rapportdeadline", today.plusDays(51).toString()));
        List<PanelMember> panel = reviews.panel(review);
        assertThat(panel).allSatisfy(member -> assertThat(member.guestUserId()).isNotNull());
        String guest = panel.get(0).guestUserId();
        assertThat(identityService.createUserQuery().userId(guest).singleResult()).isNotNull();
        assertThat(identityService.createGroupQuery().groupMember(guest).list()).extracting(g -> g.getId())
                .containsExactlyInAnyOrder("peerreview-panel", "peerreview:" + review);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where kind = 'PEER_REVIEW_INVITATION' "
                + "and recipient_user = ?", Integer.class, guest)).isOne();

        driver.fireTimer(review, "Timer_Visitatie");
        Task findings = driver.task(review, "Task_BevindingenVastleggen");
        assertThat(LocalDate.ofInstant(findings.getDueDate().toInstant(), ZoneId.of("Europe/Amsterdam")))
                .as("due on the planned report deadline").isEqualTo(today.plusDays(51));
        Map<String, Object> answers = new HashMap<>(Map.of("aanbevelingen", "Investeer in kalibratie."));
        for (String standard : List.of("OS", "BG", "BO", "KZ")) {
            answers.put("bevinding_" + standard, "Bevinding bij " + standard + ".");
        }
        assertThatThrownBy(() -> driver.complete(findings, guest, "peerreview:" + review, answers))
                .isInstanceOf(Refusal.class).hasMessageContaining("Samenwerking");
        answers.put("bevinding_SW", "De stuurgroep werkt goed.");
        driver.complete(findings, guest, "peerreview:" + review, answers);
        assertThat(reviews.findings(review)).hasSize(5).containsEntry("SW", "De stuurgroep werkt goed.");

        assertThatThrownBy(() -> driver.complete(review, "Task_VerbeteractiesVaststellen", WERKGROEP.userId(),
                "werkgroep-kwaliteit", Map.of("actiesCompleet", true))).isInstanceOf(Refusal.class);
        UUID action = actions.addAction(WERKGROEP, review, new KwaliteitRequests.Action("mnl-vo", "BO",
                "Twee kalibratiesessies per jaar.", today.plusDays(120)));
        UUID second = actions.addAction(WERKGROEP, review, new KwaliteitRequests.Action("mnl-mbo", "KZ",
                "Jaarlijkse evaluatie met zij-instromers.", today.plusDays(150)));
        driver.complete(review, "Task_VerbeteractiesVaststellen", WERKGROEP.userId(), "werkgroep-kwaliteit",
                Map.of("actiesCompleet", true));

        driver.fireTimer(review, "Timer_Meldmoment");
        Task first = driver.task(review, "Task_ActieRapporteren");
        assertThat(taskService.getIdentityLinksForTask(first.getId())).anyMatch(l -> "partnerschap:mnl-vo".equals(l.getGroupId()));
        driver.fireTimer(review, "Task_ActieRapporteren");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("VerlopenTaakOpvolgen")
                .processInstanceBusinessKey(review.toString()).count()).as("overdue: escalated").isOne();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(review.toString())
                .processDefinitionKey("VerlopenTaakOpvolgen").singleResult()).satisfies(t ->
                        assertThat(taskService.getIdentityLinksForTask(t.getId()))
                                .anyMatch(l -> "werkgroep-kwaliteit".equals(l.getGroupId())));
        assertThat(reviews.action(action).orElseThrow().overdue(today.plusDays(121))).as("not reported after the deadline")
                .isTrue();
        driver.complete(first, "pc.mnl-vo", "partnerschap:mnl-vo", Map.of("voortgang", "afgerond", "toelichting", "Gedaan."));
        driver.fireTimer(review, "Timer_Meldmoment");
        driver.complete(review, "Task_ActieRapporteren", "pc.mnl-mbo", "partnerschap:mnl-mbo",
                Map.of("voortgang", "loopt_door", "toelichting", "Eerste evaluatie gehouden."));
        assertThat(reviews.action(action).orElseThrow().status()).isEqualTo(ImprovementAction.Status.AFGEROND);
        assertThat(reviews.action(second).orElseThrow().status()).isEqualTo(ImprovementAction.Status.LOOPT_DOOR);

        driver.complete(review, "Task_PeerReviewAfsluiten", WERKGROEP.userId(), "werkgroep-kwaliteit",
                Map.of("conclusie", "De regio werkt aantoonbaar aan kwaliteit."));
        PeerReview done = reviews.get(review).orElseThrow();
        assertThat(done.status()).isEqualTo(CycleStatus.AFGESLOTEN);
        assertThat(done.conclusion()).startsWith("De regio");
        assertThat(identityService.createUserQuery().userId(guest).count()).as("the guest account expired").isZero();
        assertThat(reviews.panel(review)).allSatisfy(m -> assertThat(m.guestExpiresAt()).isNotNull());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(review.toString()).count())
                .as("the follow-up ended with the review").isZero();
        assertThat(history.of(review)).extracting(CycleHistory.Entry::status).containsExactly(CycleStatus.VOORBEREIDING,
                CycleStatus.PANEL, CycleStatus.PLANNING, CycleStatus.VISITATIE, CycleStatus.BEVINDINGEN,
                CycleStatus.VERBETERACTIES, CycleStatus.OPVOLGING, CycleStatus.AFSLUITEN, CycleStatus.AFGESLOTEN);
    }

    @Test
    void theWerkgroepIsWarnedTwelveMonthsBeforeTheDueDateWhileTheVisitIsNotPlanned() {
        UUID review = driver.startReview();
        driver.fireTimer(review, "Timer_Waarschuwing");
        assertThat(ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate())
                .isEqualTo(LocalDate.of(2028, 12, 31));
        Task warning = driver.task(review, "Task_PlanningWaarschuwing");
        assertThat(driver.task(review, "Task_RapportOpstellen")).as("the review itself goes on").isNotNull();
        driver.complete(warning, WERKGROEP.userId(), "werkgroep-kwaliteit", Map.of("gezien", "ja"));
        assertThat(driver.tasks(review, "Task_PlanningWaarschuwing")).isEmpty();
    }
}
