package nl.onderwijsregio.ketenregie.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.TestCandidates;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Drives one candidate through the journey on the real engine: completes tasks as a user of the group
 * that owns them and fires timers by moving the engine clock and executing the due job (never sleeping).
 */
@Component
public class JourneyDriver {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final TestCandidates candidates;
    private final JdbcTemplate jdbc;

    JourneyDriver(TaskService taskService, RuntimeService runtimeService, ManagementService managementService,
            IdentityService identityService, TestCandidates candidates, JdbcTemplate jdbc) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.candidates = candidates;
        this.jdbc = jdbc;
    }

    /** A running journey for a new candidate. */
    public Journey start(String region, String sector, String level) {
        String email = TestCandidates.uniqueEmail("traject");
        candidates.registerAgain(email, region, sector, level);
        return new Journey(candidates.dossierIdOf(email), region);
    }

    /** The journey of a dossier registered some other way (e.g. through the loket with chosen details). */
    public Journey of(UUID dossierId, String region) {
        return new Journey(dossierId, region);
    }

    /**
     * A VO candidate in Midden Nederland whose match with the test school (TestOrganisation) is proposed: in
     * SOLLICITATIE with a matched bestuur, as the garantiefonds needs it. Call TestOrganisation.ensure() first.
     */
    public Journey matchedInMiddenNederland() {
        return start("midden-nederland", "VO", "HBO").intake("VO", "HBO", false, false).continueWithAdvice("hu")
                .asKetenregisseur("Task_MatchVoorstellen", "school", TestOrganisation.VO_SCHOOL_MNL);
    }

    public class Journey {

        public final UUID dossierId;
        public final String region;

        Journey(UUID dossierId, String region) {
            this.dossierId = dossierId;
            this.region = region;
        }

        public ProcessInstance instance() {
            return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(dossierId.toString())
                    .processDefinitionKey("ZijInstroomTraject").singleResult();
        }

        public Task task(String key) {
            List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(dossierId.toString())
                    .taskDefinitionKey(key).list();
            assertThat(tasks).as("open task " + key).hasSize(1);
            return tasks.get(0);
        }

        /**
         * Completes the task as {@code user} in {@code groups} of this region, as Tasklist would; a member of
         * an organisation group also has its role group, as the real staff do.
         */
        public Journey complete(String key, String user, List<String> groups, Map<String, Object> variables) {
            Task task = task(key);
            List<String> withRoles = new java.util.ArrayList<>(groups);
            groups.forEach(group -> roleOf(group).ifPresent(withRoles::add));
            identityService.setAuthentication(user, withRoles, List.of(region));
            try {
                taskService.complete(task.getId(), variables);
            } finally {
                identityService.clearAuthentication();
            }
            return this;
        }

        public Journey asKetenregisseur(String key, Object... keyValues) {
            return complete(key, "kr.test", List.of("ketenregisseur"), map(keyValues));
        }

        public Journey asGroup(String key, String group, Object... keyValues) {
            return complete(key, "medewerker.test", List.of(group), map(keyValues));
        }

        /** Fires the one timer of this journey that is due first, moving the engine clock to it. */
        public Journey fireTimer(String activityId) {
            Job job = managementService.createJobQuery().processInstanceId(instance().getId()).activityId(activityId)
                    .singleResult();
            assertThat(job).as("timer " + activityId).isNotNull();
            if (job.getDuedate() != null && job.getDuedate().after(ClockUtil.getCurrentTime())) {
                ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + Duration.ofMinutes(1).toMillis()));
            }
            managementService.executeJob(job.getId());
            return this;
        }

        public List<String> stages() {
            return jdbc.queryForList("select stage || ':' || coalesce(outcome, 'open') from stage_transition "
                    + "where dossier_id = ? order by id", String.class, dossierId);
        }

        public Map<String, Object> dossierRow() {
            return jdbc.queryForMap("select * from dossier where id = ?", dossierId);
        }

        public boolean ended() {
            return instance() == null;
        }

        // ---- standard steps of the journey ----

        public Journey intake(String sector, String level, boolean foreignDiploma, boolean qualifiedBefore) {
            return asKetenregisseur("Task_IntakeGesprek", "sector", sector, "opleidingsniveau", level,
                    "buitenlandsDiploma", foreignDiploma, "eerderBevoegd", qualifiedBefore);
        }

        public Journey continueWithAdvice(String opleiding) {
            Object advice = runtimeService.getVariable(instance().getId(), "routeAdvies");
            return asKetenregisseur("Task_TrajectadviesVaststellen", "route", advice, "uitkomst", "doorgaan",
                    "opleiding", opleiding);
        }

        public Journey vliegendeStart(String school, String outcome) {
            asKetenregisseur("Task_VliegendeStartPlannen", "vliegendeStartSchool", school);
            Map<String, Object> result = map("vliegendeStartUitkomst", outcome);
            if ("nogo".equals(outcome)) {
                result.put("uitvalReden", "WERKDRUK");
                result.put("onnodig", false);
            }
            return complete("Task_VliegendeStartAfronden", "so.test", List.of("school:" + school), result);
        }

        public Journey match(String school, String bestuur, String outcome) {
            asKetenregisseur("Task_MatchVoorstellen", "school", school);
            Map<String, Object> result = map("sollicitatieUitkomst", outcome);
            if ("afwijzing".equals(outcome)) {
                result.put("afwijzingReden", "GEEN_KLIK");
            }
            return complete("Task_Sollicitatieprocedure", "hr.test", List.of("bestuur:" + bestuur), result);
        }

        public Journey appoint(String bestuur, String schoolopleider, LocalDate contractStart) {
            return complete("Task_AanstellingRegelen", "hr.test", List.of("bestuur:" + bestuur),
                    map("contractStart", contractStart.toString(), "schoolopleider", schoolopleider,
                            "financiering", "SUBSIDIE_ZIJINSTROOM", "subsidieStatus", "AANGEVRAAGD"));
        }
    }

    private static java.util.Optional<String> roleOf(String organisationGroup) {
        if (organisationGroup.startsWith("school:")) {
            return java.util.Optional.of("schoolopleider");
        }
        if (organisationGroup.startsWith("bestuur:")) {
            return java.util.Optional.of("hr");
        }
        if (organisationGroup.startsWith("opleiding:")) {
            return java.util.Optional.of("lerarenopleiding");
        }
        return java.util.Optional.empty();
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
