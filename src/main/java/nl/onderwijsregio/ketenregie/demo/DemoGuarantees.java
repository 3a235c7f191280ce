package nl.onderwijsregio.ketenregie.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.garantiefonds.FundActions;
import nl.onderwijsregio.ketenregie.garantiefonds.FundBudget;
import nl.onderwijsregio.ketenregie.garantiefonds.FundProcess;
import nl.onderwijsregio.ketenregie.garantiefonds.FundRequests;
import nl.onderwijsregio.ketenregie.garantiefonds.FundStatus;
import nl.onderwijsregio.ketenregie.garantiefonds.Motivation;
import nl.onderwijsregio.ketenregie.garantiefonds.RiskType;
import nl.onderwijsregio.ketenregie.identity.Groups;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo garantiefonds applications in Midden Nederland, driven through the real process after the cohorts
 * exist: applied by the ketenregisseur (kr.mnl), checked, decided by the committee (gf.commissie, four eyes
 * by gf.commissie2), training starts confirmed by the institute (lo.hu), claims filed by HR (hr.mnl) and
 * assessed. Every end state exists (vrijgegeven, uitbetaald, afgewezen at the decision and at the claim,
 * ingetrokken) and some are still open (ingediend, bij de commissie, vier ogen, actief). Time is simulated in
 * phases over the last 40 days, so the clock only moves forward and never passes now. Deterministic: the
 * dossiers are taken in a fixed order and every scenario is fixed.
 */
@Component
@Profile("demo")
@Order(2)
class DemoGuarantees implements DemoGenerator {

    static final String REGION = "midden-nederland";
    static final BigDecimal DEMO_BUDGET = new BigDecimal("60000");
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final Logger log = LoggerFactory.getLogger(DemoGuarantees.class);

    /** How far one application goes; {@code amount} requested, {@code granted} by the committee. */
    enum Ending { INGEDIEND, BIJ_COMMISSIE, VIER_OGEN, ACTIEF, VRIJGEGEVEN, UITBETAALD, AFGEWEZEN_BESLUIT, AFGEWEZEN_CLAIM, INGETROKKEN }

    record Scenario(Ending ending, String amount, String granted, String claim, RiskType risk, Motivation motivation) {
    }

    /** End states first, so a database with few suitable dossiers still shows them. */
    static final List<Scenario> SCENARIOS = List.of(
            new Scenario(Ending.VRIJGEGEVEN, "3000", "3000", null, RiskType.LOONKOSTEN_VOOR_START, Motivation.START_VOOR_GESCHIKTHEID),
            new Scenario(Ending.UITBETAALD, "5000", "5000", "4200", RiskType.CONTRACTRISICO_GESCHIKTHEID, Motivation.START_VOOR_GESCHIKTHEID),
            new Scenario(Ending.AFGEWEZEN_BESLUIT, "7000", null, null, RiskType.OVERIG, Motivation.ANDERS),
            new Scenario(Ending.AFGEWEZEN_CLAIM, "3500", "3500", "3500", RiskType.OPLEIDINGSKOSTEN_VOORSCHOT, Motivation.VOORFINANCIERING_OPLEIDING),
            new Scenario(Ending.INGETROKKEN, "2500", null, null, RiskType.LOONKOSTEN_VOOR_START, Motivation.KLEIN_BESTUUR),
            new Scenario(Ending.ACTIEF, "2500", "2500", null, RiskType.LOONKOSTEN_VOOR_START, Motivation.TEKORTVAK),
            new Scenario(Ending.BIJ_COMMISSIE, "4000", null, null, RiskType.OPLEIDINGSKOSTEN_VOORSCHOT, Motivation.TEKORTVAK),
            new Scenario(Ending.VIER_OGEN, "6000", "6000", null, RiskType.CONTRACTRISICO_GESCHIKTHEID, Motivation.KLEIN_BESTUUR),
            new Scenario(Ending.INGEDIEND, "3000", null, null, RiskType.LOONKOSTEN_VOOR_START, Motivation.START_VOOR_GESCHIKTHEID),
            new Scenario(Ending.VRIJGEGEVEN, "4500", "4000", null, RiskType.OPLEIDINGSKOSTEN_VOORSCHOT, Motivation.VOORFINANCIERING_OPLEIDING),
            new Scenario(Ending.UITBETAALD, "6500", "6000", "6000", RiskType.LOONKOSTEN_VOOR_START, Motivation.TEKORTVAK),
            new Scenario(Ending.ACTIEF, "7500", "7500", null, RiskType.LOONKOSTEN_VOOR_START, Motivation.TEKORTVAK));

    private static final KetenregieUser KETENREGISSEUR = new KetenregieUser("kr.mnl", "Ketenregisseur Midden Nederland",
            Set.of(Groups.KETENREGISSEUR), Set.of(REGION));

    private final FundActions actions;
    private final FundBudget budget;
    private final DemoEngine engine;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;
    private Instant clock;

    DemoGuarantees(FundActions actions, FundBudget budget, DemoEngine engine, TaskService taskService,
            RuntimeService runtimeService, ManagementService managementService, JdbcTemplate jdbc) {
        this.actions = actions;
        this.budget = budget;
        this.engine = engine;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    @Override
    public String what() {
        return "garantiefondsaanvragen";
    }

    /** Applications for the dossiers the demo cohorts left in sollicitatie. */
    @Override
    public void generateUntilNow() {
        generate(candidates(), Instant.now());
    }

    /**
     * The region's running dossiers in sollicitatie with a matched bestuur and no application, in a fixed
     * order (HR's demo bestuur first, then by registration).
     */
    List<UUID> candidates() {
        return jdbc.queryForList("select d.id from dossier d where d.region_code = ? and d.status = 'LOPEND' "
                + "and d.current_stage = 'SOLLICITATIE' and d.bestuur_code is not null "
                + "and not exists (select 1 from fund_application f where f.dossier_id = d.id) "
                + "order by case when d.bestuur_code = 'vo-eemland' then 0 else 1 end, d.registered_at, d.email",
                UUID.class, REGION);
    }

    /** Sets the demo budget of this year and drives one scenario per dossier, as far as there are dossiers. */
    Map<FundStatus, Long> generate(List<UUID> dossiers, Instant now) {
        Instant start = now.minus(Duration.ofDays(40));
        List<Driven> driven = new ArrayList<>();
        clock = null;
        try {
            at(start);
            int year = LocalDate.ofInstant(now, NETHERLANDS).getYear();
            if (budget.balance(REGION, year).budget().compareTo(DEMO_BUDGET) < 0) {
                budget.setBudget(REGION, year, DEMO_BUDGET, "admin");
            }
            LocalDate trainingEnds = LocalDate.ofInstant(start.plus(Duration.ofDays(30)), NETHERLANDS);
            LocalDate trainingLater = LocalDate.ofInstant(now.plus(Duration.ofDays(60)), NETHERLANDS);
            for (int i = 0; i < Math.min(dossiers.size(), SCENARIOS.size()); i++) {
                Scenario scenario = SCENARIOS.get(i);
                boolean ends = EnumSetOfEnds.contains(scenario.ending());
                at(start.plus(Duration.ofMinutes(10L * i)));
                actions.apply(KETENREGISSEUR, dossiers.get(i), new FundRequests.Application(new BigDecimal(scenario.amount()),
                        scenario.risk(), i % 2 == 0 ? "hu" : "uu-gst", ends ? trainingEnds : trainingLater,
                        scenario.motivation()));
                driven.add(new Driven(dossiers.get(i), scenario));
            }
            at(start.plus(Duration.ofDays(1)));
            for (Driven d : driven) {
                if (d.scenario.ending() != Ending.INGEDIEND) {
                    complete(d, "Task_AanvraagControleren", "kr.mnl", Map.of("controle",
                            d.scenario.ending() == Ending.INGETROKKEN ? "onvolledig" : "volledig"));
                }
            }
            at(start.plus(Duration.ofDays(2)));
            for (Driven d : driven) {
                if (d.scenario.ending() == Ending.AFGEWEZEN_BESLUIT) {
                    complete(d, "Task_BesluitNemen", "gf.commissie", Map.of("besluit", "afwijzen",
                            "afwijzingReden", "ONVOLDOENDE_ONDERBOUWD"));
                } else if (d.scenario.granted() != null) {
                    complete(d, "Task_BesluitNemen", "gf.commissie", Map.of("besluit", "toekennen",
                            "toegekendBedrag", Double.valueOf(d.scenario.granted())));
                }
            }
            at(start.plus(Duration.ofDays(3)));
            for (Driven d : driven) {
                if (d.scenario.ending() != Ending.VIER_OGEN && task(d, "Task_BesluitBevestigen") != null) {
                    complete(d, "Task_BesluitBevestigen", "gf.commissie2", Map.of("bevestiging", "bevestigd"));
                }
            }
            at(start.plus(Duration.ofDays(12)));
            for (Driven d : driven) {
                if (d.scenario.ending() == Ending.INGETROKKEN) {
                    fireTimer(d, "Timer_AanvullenVerstreken");
                }
            }
            at(start.plus(Duration.ofDays(31)));
            for (Driven d : driven) {
                if (EnumSetOfEnds.contains(d.scenario.ending()) && d.scenario.granted() != null) {
                    fireTimer(d, "Timer_StartOpleiding");
                    completeAs(d, "Task_StartBevestigen", "lo.hu", Map.of("start",
                            d.scenario.ending() == Ending.VRIJGEGEVEN ? "gestart" : "niet_gestart"));
                }
            }
            at(start.plus(Duration.ofDays(33)));
            for (Driven d : driven) {
                if (d.scenario.claim() != null) {
                    completeAs(d, "Task_ClaimIndienen", "hr.mnl", Map.of("claimBedrag", Double.valueOf(d.scenario.claim()),
                            "claimReden", d.scenario.ending() == Ending.UITBETAALD ? "OPLEIDING_NIET_GESTART" : "ANDERS"));
                }
            }
            at(start.plus(Duration.ofDays(35)));
            for (Driven d : driven) {
                if (d.scenario.claim() != null) {
                    complete(d, "Task_ClaimBeoordelen", "gf.commissie", Map.of("claimBesluit",
                            d.scenario.ending() == Ending.UITBETAALD ? "goedkeuren" : "afwijzen"));
                }
            }
        } finally {
            ClockUtil.reset();
        }
        Map<FundStatus, Long> statuses = new EnumMap<>(FundStatus.class);
        for (Driven d : driven) {
            FundStatus status = FundStatus.valueOf(jdbc.queryForObject(
                    "select status from fund_application where dossier_id = ? order by applied_at desc limit 1",
                    String.class, d.dossier));
            statuses.merge(status, 1L, Long::sum);
        }
        log.info("Demo garantiefonds: {} aanvragen in {}: {}", driven.size(), REGION, statuses);
        return statuses;
    }

    private record Driven(UUID dossier, Scenario scenario) {
    }

    /** The scenarios whose guarantee ends before now (the training start lies in the past). */
    private static final java.util.EnumSet<Ending> EnumSetOfEnds = java.util.EnumSet.of(Ending.VRIJGEGEVEN,
            Ending.UITBETAALD, Ending.AFGEWEZEN_CLAIM);

    private void complete(Driven d, String taskKey, String user, Map<String, Object> variables) {
        completeAs(d, taskKey, user, variables);
    }

    /** Completes the task as the user with the task's own candidate groups, as Tasklist would for a member. */
    private void completeAs(Driven d, String taskKey, String user, Map<String, Object> variables) {
        Task task = task(d, taskKey);
        if (task == null) {
            throw new IllegalStateException("Geen open taak " + taskKey + " voor dossier " + d.dossier);
        }
        engine.complete(task, new DemoEngine.Staff(user, engine.candidateGroups(task)), REGION, new HashMap<>(variables));
    }

    private Task task(Driven d, String taskKey) {
        return taskService.createTaskQuery().processDefinitionKey(FundProcess.PROCESS_KEY)
                .processInstanceBusinessKey(d.dossier.toString()).taskDefinitionKey(taskKey).singleResult();
    }

    private void fireTimer(Driven d, String activityId) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(FundProcess.PROCESS_KEY)
                .processInstanceBusinessKey(d.dossier.toString()).singleResult();
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
        if (job == null) {
            throw new IllegalStateException("Geen timer " + activityId + " voor dossier " + d.dossier);
        }
        if (job.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + Duration.ofMinutes(1).toMillis()));
        }
        managementService.executeJob(job.getId());
    }

    /** Moves the engine clock to the moment, never back (a timer may have moved it further already). */
    private void at(Instant moment) {
        if (clock == null || moment.isAfter(ClockUtil.getCurrentTime().toInstant())) {
            clock = moment;
            ClockUtil.setCurrentTime(Date.from(moment));
        }
    }
}
