package nl.onderwijsregio.ketenregie.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.Groups;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.kwaliteit.CycleActions;
import nl.onderwijsregio.ketenregie.kwaliteit.KwaliteitRequests;
import nl.onderwijsregio.ketenregie.kwaliteit.PanelMember;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The quality cycles of Utrecht Stad in the demo, driven through the real process with simulated time:
 * a monitor round completed this autumn (three partnerships with varied scores, one self-evaluation
 * sent back once), and a peer review in progress (report written, panel composed, the visit planned in
 * the new year, so the panel's guest accounts exist). Deterministic; run once by DemoStart after the
 * cohorts and guarantees.
 */
@Component
@Profile("demo")
@Order(3)
class DemoQuality implements DemoGenerator {

    static final String REGION = "utrecht-stad";
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final Logger log = LoggerFactory.getLogger(DemoQuality.class);
    private static final KetenregieUser WERKGROEP = new KetenregieUser("kw.utrecht", "Lotte",
            Set.of(Groups.WERKGROEP_KWALITEIT), Set.of(REGION));
    private static final List<String> CRITERIA = List.of("OS1", "OS2", "OS3", "BG1", "BG2", "BG3", "BG4", "BO1", "BO2",
            "BO3", "KZ1", "KZ2", "KZ3", "SW1", "SW2", "SW3");
    /**
     * Per partnership a score per criterion, in the order of CRITERIA (grouped per standard: OS, BG, BO, KZ,
     * SW): strong PO, mixed VO, developing MBO.
     */
    static final Map<String, String> SCORES = Map.of(
            "utrecht-po", "344 3443 323 332 443".replace(" ", ""),
            "utrecht-vo", "323 3332 212 323 333".replace(" ", ""),
            "utrecht-mbo", "221 2322 121 222 332".replace(" ", ""));

    private final CycleActions actions;
    private final TaskService taskService;
    private final IdentityService identityService;

    DemoQuality(CycleActions actions, TaskService taskService, IdentityService identityService) {
        this.actions = actions;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    @Override
    public String what() {
        return "monitorronde en peer review";
    }

    /** After the cohorts and the guarantees; DemoStart resets the clock when all generators are done. */
    @Override
    public void generateUntilNow() {
        Ids ids = generate(LocalDate.now(NETHERLANDS));
        log.info("Demo kwaliteit: monitorronde {} afgesloten, peer review {} gepland", ids.round(), ids.review());
    }

    /** Drives the round and the review as they stand on {@code today}, in simulated time up to today. */
    Ids generate(LocalDate today) {
        LocalDate roundStart = today.minusDays(75);
        at(roundStart);
        UUID round = actions.startRound(WERKGROEP, new KwaliteitRequests.Round(REGION, roundStart.getYear()));
        at(roundStart.plusDays(14));
        for (String partnership : List.of("utrecht-po", "utrecht-vo", "utrecht-mbo")) {
            complete(selfEvaluation(round, partnership), "pc." + partnership.replace("-", "."), Groups.partnerschap(partnership),
                    answers(partnership));
        }
        at(roundStart.plusDays(21));
        for (Task review : tasks(round, "Task_ZelfevaluatieBeoordelen")) {
            boolean vo = "utrecht-vo".equals(taskService.getVariable(review.getId(), "partnerschap"));
            complete(review, WERKGROEP.userId(), Groups.WERKGROEP_KWALITEIT, vo
                    ? Map.of("beoordeling", "terugsturen", "vragen", "Kun je het bewijs bij BO2 aanvullen met het kalibratieverslag?")
                    : Map.of("beoordeling", "akkoord"));
        }
        at(roundStart.plusDays(30));
        Map<String, Object> revised = answers("utrecht-vo");
        revised.put("bewijs", "Opleidingsplan VO 2026 en kalibratieverslag juni 2026 (intranet, map Samen Opleiden)");
        complete(selfEvaluation(round, "utrecht-vo"), "pc.utrecht.vo", Groups.partnerschap("utrecht-vo"), revised);
        at(roundStart.plusDays(35));
        complete(tasks(round, "Task_ZelfevaluatieBeoordelen").get(0), WERKGROEP.userId(), Groups.WERKGROEP_KWALITEIT,
                Map.of("beoordeling", "akkoord"));
        at(roundStart.plusDays(45));
        complete(tasks(round, "Task_MonitorrondeAfsluiten").get(0), WERKGROEP.userId(), Groups.WERKGROEP_KWALITEIT,
                Map.of("samenvatting", "Begeleiding is in alle partnerschappen sterk. Beoordeling en kwaliteitszorg "
                        + "vragen aandacht, vooral in het MBO; de regio organiseert een gezamenlijke kalibratiedag."));

        at(today.minusDays(20));
        UUID review = actions.startReview(WERKGROEP, new KwaliteitRequests.Review(REGION));
        at(today.minusDays(12));
        complete(tasks(review, "Task_RapportOpstellen").get(0), WERKGROEP.userId(), Groups.WERKGROEP_KWALITEIT,
                Map.of("vrijeTekst", "Utrecht Stad werkt sinds 2024 met drie partnerschappen samen. Vraag aan het panel: "
                        + "hoe borgen we de kwaliteit van beoordelen over sectoren heen?"));
        at(today.minusDays(6));
        actions.addPanelMember(WERKGROEP, review, new KwaliteitRequests.PanelMember("Ria Verbeek", "ria.verbeek@example.org",
                PanelMember.Role.VOORZITTER, PanelMember.Origin.ANDERE_REGIO, "Onderwijsregio Rotterdam"));
        actions.addPanelMember(WERKGROEP, review, new KwaliteitRequests.PanelMember("Lars de Wit", "lars.dewit@example.org",
                PanelMember.Role.REVIEWER, PanelMember.Origin.LERARENOPLEIDING, "Hogeschool Leiden"));
        actions.addPanelMember(WERKGROEP, review, new KwaliteitRequests.PanelMember("Mirjam Koster", "mirjam.koster@example.org",
                PanelMember.Role.REVIEWER, PanelMember.Origin.ANDERE_REGIO, "Onderwijsregio Twente"));
        complete(tasks(review, "Task_PanelSamenstellen").get(0), WERKGROEP.userId(), Groups.WERKGROEP_KWALITEIT,
                Map.of("panelCompleet", true));
        at(today.minusDays(2));
        complete(tasks(review, "Task_BezoekPlannen").get(0), WERKGROEP.userId(), Groups.WERKGROEP_KWALITEIT,
                Map.of("bezoekdatum", today.plusDays(45).toString(), "rapportdeadline", today.plusDays(75).toString()));
        return new Ids(round, review);
    }

    record Ids(UUID round, UUID review) {
    }

    static Map<String, Object> answers(String partnership) {
        Map<String, Object> answers = new HashMap<>();
        String scores = SCORES.get(partnership);
        for (int i = 0; i < CRITERIA.size(); i++) {
            answers.put("score_" + CRITERIA.get(i), String.valueOf(scores.charAt(i)));
        }
        answers.put("bewijs", "Opleidingsplan " + partnership.substring(partnership.indexOf('-') + 1).toUpperCase()
                + " 2026 (intranet, map Samen Opleiden)");
        answers.put("sterkePunten", "Vaste schoolopleiders op elke school en een gezamenlijk opleidingsplan met de lerarenopleiding.");
        answers.put("verbeterpunten", "Beoordelaars van school en opleiding kalibreren nog niet samen; evaluaties zijn niet jaarlijks.");
        return answers;
    }

    private Task selfEvaluation(UUID round, String partnership) {
        return tasks(round, "Task_ZelfevaluatieInvullen").stream()
                .filter(task -> partnership.equals(taskService.getVariable(task.getId(), "partnerschap"))).findFirst()
                .orElseThrow();
    }

    private List<Task> tasks(UUID caseId, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseId.toString()).taskDefinitionKey(key)
                .orderByTaskCreateTime().asc().list();
    }

    /** A completion as Tasklist does it for the logged-in staff member. */
    private void complete(Task task, String user, String group, Map<String, Object> variables) {
        identityService.setAuthentication(user, List.of(group), List.of(REGION));
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Moves the engine clock to 10:00 on {@code day}; the steps above go forward in time only. */
    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(NETHERLANDS).toInstant()));
    }
}
