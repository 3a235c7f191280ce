package nl.onderwijsregio.ketenregie.demo;

import java.nio.charset.StandardCharsets;
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
import nl.onderwijsregio.ketenregie.identity.Groups;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.langstudeerders.ImportJson;
import nl.onderwijsregio.ketenregie.langstudeerders.LangstudeerderImport;
import nl.onderwijsregio.ketenregie.langstudeerders.LangstudeerderProcess;
import nl.onderwijsregio.ketenregie.langstudeerders.LangstudeerderStatus;
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
 * Demo langstudeerders: each demo institute uploads a realistic list through the real import (HU about 40 students
 * in both regions, Marnix about 15 pabo students in Utrecht), and the guidance runs through the real process in
 * simulated time over the last eleven months: intakes, the schools' agreements, three quarterly check-ins (on
 * track, off track and steered, qualified, stopped, referred to zij-instroom, not reachable) and a second upload
 * whose new credits count as check-ins. Deterministic: every student's course follows from their place in the
 * list. The clock only moves forward and never passes now. Runs after the cohorts and the garantiefonds
 * ({@link DemoStart}).
 */
@Component
@Profile("demo")
@Order(3)
class DemoLangstudeerders implements DemoGenerator {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final Logger log = LoggerFactory.getLogger(DemoLangstudeerders.class);
    private static final String UTRECHT = "utrecht-stad";
    private static final String MIDDEN_NEDERLAND = "midden-nederland";
    private static final String[] FIRST = { "Sanne", "Daan", "Fatima", "Lucas", "Noor", "Mehmet", "Eva", "Thijs", "Yara",
        "Bram", "Lotte", "Samir", "Iris", "Jesse", "Amira", "Ruben", "Femke", "Youssef", "Lisa", "Tim", "Esra" };
    private static final String[] LAST = { "de Vries", "Jansen", "El Amrani", "Bakker", "Visser", "Yılmaz", "Smit", "Meijer",
        "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Kaya", "Dekker", "van Leeuwen", "Brouwer" };

    /** An institute's demo list: who uploads it, how many students, and where they study and teach. */
    record InstituteList(KetenregieUser uploader, int size, String sector, List<String> programmes,
            List<String[]> placements) {
    }

    static final InstituteList HU = new InstituteList(new KetenregieUser("lo.hu", "Anouk Visser",
            Set.of(Groups.LERARENOPLEIDING, Groups.opleiding("hu")), Set.of(UTRECHT, MIDDEN_NEDERLAND)), 40, "VO",
            List.of("Leraar Wiskunde tweedegraads", "Leraar Engels tweedegraads", "Leraar Nederlands tweedegraads",
                    "Leraar Biologie tweedegraads", "Leraar Economie tweedegraads"),
            // region and school: a school with a demo schoolopleider, one without, and none
            List.of(new String[] { MIDDEN_NEDERLAND, "eemland-college" }, new String[] { UTRECHT, "" },
                    new String[] { UTRECHT, "nuovo-domstad" }, new String[] { UTRECHT, "" }));
    static final InstituteList MARNIX = new InstituteList(new KetenregieUser("lo.marnix", "Thomas Mulder",
            Set.of(Groups.LERARENOPLEIDING, Groups.opleiding("marnix")), Set.of(UTRECHT)), 15, "PO",
            List.of("Leraar Basisonderwijs (pabo)", "Leraar Basisonderwijs (pabo), deeltijd"),
            List.of(new String[] { UTRECHT, "spo-zonnewijzer" }, new String[] { UTRECHT, "" },
                    new String[] { UTRECHT, "ksu-regenboog" }));

    private final LangstudeerderImport imports;
    private final DemoEngine engine;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;

    DemoLangstudeerders(LangstudeerderImport imports, DemoEngine engine, TaskService taskService,
            RuntimeService runtimeService, ManagementService managementService, JdbcTemplate jdbc) {
        this.imports = imports;
        this.engine = engine;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    @Override
    public String what() {
        return "langstudeerders";
    }

    /** The lists of HU and Marnix, after the cohorts and the garantiefonds. */
    @Override
    public void generateUntilNow() {
        generate(List.of(HU, MARNIX), Instant.now());
    }

    /** One student of a list and the course their guidance takes. */
    private record Student(InstituteList list, int index, String number, String region, String school, int credits) {

        /** The course follows from the place in the list: 0-3 on track, 4 steered, 6 stops, and so on. */
        int kind() {
            return index % 10;
        }
    }

    /** Uploads the lists and drives the guidance up to {@code now}; returns the students per status. */
    Map<LangstudeerderStatus, Long> generate(List<InstituteList> lists, Instant now) {
        Instant start = now.minus(Duration.ofDays(335));
        List<Student> students = new ArrayList<>();
        try {
            ClockUtil.setCurrentTime(Date.from(start));
            for (InstituteList list : lists) {
                List<Student> listed = students(list);
                upload(list, listed, 0);
                students.addAll(listed);
            }
            at(start.plus(Duration.ofDays(10)));
            students.forEach(this::intake);
            at(start.plus(Duration.ofDays(24)));
            students.forEach(this::schoolAgreement);
            for (int round = 1; round <= 3; round++) {
                at(start.plus(Duration.ofDays(24 + 92L * round)));
                for (Student student : students) {
                    checkIn(student, round);
                }
                at(start.plus(Duration.ofDays(30 + 92L * round)));
                students.forEach(this::steer);
                if (round == 2) {
                    // The institutes' second upload: new credits count as a check-in, without a task.
                    at(start.plus(Duration.ofDays(40 + 92L * round)));
                    for (InstituteList list : lists) {
                        upload(list, students.stream().filter(s -> s.list() == list).toList(), 8);
                    }
                }
            }
        } finally {
            ClockUtil.reset();
        }
        Map<LangstudeerderStatus, Long> statuses = new EnumMap<>(LangstudeerderStatus.class);
        for (Student student : students) {
            statuses.merge(LangstudeerderStatus.valueOf(jdbc.queryForObject("select status from langstudeerder where "
                    + "opleiding_code = ? and student_number = ?", String.class, institute(student.list()),
                    student.number())), 1L, Long::sum);
        }
        log.info("Demo langstudeerders: {} studenten: {}", students.size(), statuses);
        return statuses;
    }

    private List<Student> students(InstituteList list) {
        List<Student> students = new ArrayList<>();
        int year = LocalDate.now(NETHERLANDS).getYear();
        for (int i = 0; i < list.size(); i++) {
            String[] placement = list.placements().get(i % list.placements().size());
            String number = String.valueOf((year - 8 + i % 4) % 100) + String.format("%05d", 10007 * (i + 1) % 100000)
                    + institute(list).length();
            students.add(new Student(list, i, number, placement[0], placement[1], 90 + (i * 37) % 100));
        }
        return students;
    }

    private void upload(InstituteList list, List<Student> students, int extraCredits) {
        StringBuilder csv = new StringBuilder("studentnummer;voornaam;achternaam;email;opleiding;sector;startjaar;"
                + "ec_behaald;ec_totaal;school;regio\r\n");
        int year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), NETHERLANDS).getYear();
        for (Student s : students) {
            String first = FIRST[s.index() % FIRST.length];
            String last = LAST[(s.index() * 7 + institute(list).length()) % LAST.length];
            // In the second upload only the students on track (kinds 0-3 and 5) gained credits.
            int credits = Math.min(235, s.credits() + (extraCredits > 0 && (s.kind() <= 3 || s.kind() == 5) ? extraCredits
                    + 30 : 0));
            csv.append(String.join(";", s.number(), first, last,
                    (first + "." + last).toLowerCase().replace(" ", "").replace("ı", "i") + s.index() + "@student."
                            + institute(list) + ".example.nl",
                    list.programmes().get(s.index() % list.programmes().size()), list.sector(),
                    String.valueOf(year - 6 - s.index() % 5), String.valueOf(credits), "240", s.school(), s.region()))
                    .append("\r\n");
        }
        ImportJson.Result result = imports.importFile(list.uploader(), null, "langstudeerders-" + institute(list) + ".csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        if (!result.fouten().isEmpty()) {
            throw new IllegalStateException("Demolijst van " + institute(list) + " afgewezen: " + result.fouten());
        }
    }

    private void intake(Student s) {
        Map<String, Object> answers = new HashMap<>();
        if (s.index() % 20 == 7) {
            answers.put("intakeUitkomst", "niet_bereikbaar");
        } else if (s.kind() == 7) {
            answers.put("intakeUitkomst", "geen_begeleiding");
            answers.put("belemmeringen", List.of("COMBINATIE_WERK_STUDIE"));
        } else {
            List<List<String>> obstacles = List.of(List.of("COMBINATIE_WERK_STUDIE", "TOETS_OF_SCRIPTIE"),
                    List.of("FINANCIEEL"), List.of("STUDIEVAARDIGHEDEN", "MOTIVATIE"), List.of("STAGEPLEK"),
                    List.of("PERSOONLIJKE_OMSTANDIGHEDEN"), List.of("COMBINATIE_WERK_STUDIE"));
            answers.put("intakeUitkomst", "begeleiding");
            answers.put("belemmeringen", obstacles.get(s.index() % obstacles.size()));
            answers.put("streefdatum", today().plusMonths(15 + s.index() % 9).toString());
            answers.put("ecPerPeriode", 10 + s.index() % 4 * 5);
            answers.put("ondersteuning", s.index() % 2 == 0 ? List.of("STUDIECOACH", "SCRIPTIEBEGELEIDING") : List.of("BIJLES"));
        }
        complete(s, "Task_Intake", s.list().uploader().userId(), answers);
    }

    private void schoolAgreement(Student s) {
        Task task = task(s, "Task_AfspraakSchool");
        String schoolopleider = switch (s.school()) {
            case "eemland-college" -> "so.mnl.amersfoort";
            case "spo-zonnewijzer" -> "so.spo.overvecht";
            case "ksu-regenboog" -> "so.ksu.leidscherijn";
            default -> null; // no demo schoolopleider: the task stays open
        };
        if (task != null && schoolopleider != null) {
            complete(s, "Task_AfspraakSchool", schoolopleider, s.index() % 4 == 0
                    ? Map.of("afspraakSchool", "geen_ondersteuning")
                    : Map.of("afspraakSchool", "afgesproken", "studieverlofUren", 40 + s.index() % 3 * 20,
                            "roosterAanpassing", s.index() % 2 == 1));
        }
    }

    private void checkIn(Student s, int round) {
        if (!fireTimer(s)) {
            return;
        }
        int credits = Math.min(240, s.credits() + round * 14 + (round >= 3 ? 38 : 0));
        boolean onTrack = switch (s.kind()) {
            case 4 -> round == 3;
            case 5 -> round != 1;
            case 9 -> round != 2;
            default -> true;
        };
        Map<String, Object> answers = new HashMap<>(Map.of("ecBehaald", onTrack ? credits : s.credits() + round,
                "opKoers", onTrack, "checkinUitkomst", "doorgaan"));
        if (round == 3 && s.kind() <= 1 && s.index() % 3 != 2) {
            answers.put("checkinUitkomst", "bevoegd");
            answers.put("ecBehaald", 240);
            answers.put("bevoegdOp", today().minusDays(3).toString());
        } else if (round == 2 && s.kind() == 6) {
            answers.put("checkinUitkomst", "gestopt");
            answers.put("uitvalReden", s.index() % 20 == 6 ? "PERSOONLIJKE_OMSTANDIGHEDEN" : "WERKDRUK");
        } else if (round == 2 && s.index() == 8) {
            answers.put("checkinUitkomst", "doorverwezen");
        } else if (round == 3 && s.index() % 20 == 9) {
            answers.put("checkinUitkomst", "niet_bereikbaar");
        }
        complete(s, "Task_Checkin", s.list().uploader().userId(), answers);
    }

    private void steer(Student s) {
        if (task(s, "Task_Bijsturen") != null) {
            complete(s, "Task_Bijsturen", s.region().equals(UTRECHT) ? "kr.utrecht" : "kr.mnl", Map.of("bijsturing",
                    "plan_bijgesteld", "streefdatum", today().plusMonths(12).toString(), "ecPerPeriode", 10));
        }
    }

    private void complete(Student s, String taskKey, String user, Map<String, Object> variables) {
        Task task = task(s, taskKey);
        if (task == null) {
            return; // the student's course ended earlier
        }
        engine.complete(task, new DemoEngine.Staff(user, withRole(engine.candidateGroups(task))), s.region(),
                new HashMap<>(variables));
    }

    /** Tasklist users carry their role group besides the organisation group the task is offered to. */
    private static List<String> withRole(List<String> groups) {
        List<String> all = new ArrayList<>(groups);
        groups.forEach(group -> {
            if (group.startsWith(Groups.OPLEIDING_PREFIX)) {
                all.add(Groups.LERARENOPLEIDING);
            } else if (group.startsWith(Groups.SCHOOL_PREFIX)) {
                all.add(Groups.SCHOOLOPLEIDER);
            }
        });
        return all;
    }

    private Task task(Student s, String taskKey) {
        UUID id = id(s);
        return id == null ? null : taskService.createTaskQuery().processDefinitionKey(LangstudeerderProcess.PROCESS_KEY)
                .processInstanceBusinessKey(id.toString()).taskDefinitionKey(taskKey).singleResult();
    }

    private boolean fireTimer(Student s) {
        UUID id = id(s);
        ProcessInstance instance = id == null ? null : runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(LangstudeerderProcess.PROCESS_KEY).processInstanceBusinessKey(id.toString())
                .singleResult();
        Job job = instance == null ? null : managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId("Timer_Checkin").singleResult();
        if (job == null) {
            return false;
        }
        if (job.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + Duration.ofMinutes(1).toMillis()));
        }
        managementService.executeJob(job.getId());
        return true;
    }

    private UUID id(Student s) {
        return jdbc.queryForList("select id from langstudeerder where opleiding_code = ? and student_number = ?",
                UUID.class, institute(s.list()), s.number()).stream().findFirst().orElse(null);
    }

    private static String institute(InstituteList list) {
        return list.uploader().opleidingCodes().iterator().next();
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), NETHERLANDS);
    }

    /** Moves the engine clock to the moment, never back (a timer may have moved it further already). */
    private static void at(Instant moment) {
        if (moment.isAfter(ClockUtil.getCurrentTime().toInstant())) {
            ClockUtil.setCurrentTime(Date.from(moment));
        }
    }
}
