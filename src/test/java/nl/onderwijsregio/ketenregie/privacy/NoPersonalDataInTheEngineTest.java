package nl.onderwijsregio.ketenregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.ErasureRequested;
import nl.onderwijsregio.ketenregie.journey.JourneyCommands;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import nl.onderwijsregio.ketenregie.loket.Registration;
import nl.onderwijsregio.ketenregie.loket.RegistrationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After full journeys through the engine, with a handover, a dropout with an explanation, a correction of
 * contact details and reads of every screen, no engine table (ACT_*) and no log line holds a candidate's name,
 * email or phone. The demo cohorts get the same scan in DemoCohortsTest.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInTheEngineTest {

    @Autowired
    RegistrationService registrations;

    @Autowired
    JourneyDriver driver;

    @Autowired
    TestCandidates candidates;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JourneyCommands journeyCommands;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theEngineTablesAndTheLogHoldNoCandidatePersonalData(CapturedOutput log) throws Exception {
        organisation.ensure();
        List<EngineTableScan.Person> people = new ArrayList<>();

        EngineTableScan.Person appointed = register("PO");
        JourneyDriver.Journey journey = driver.of(appointed.dossier(), "utrecht-stad");
        journey.intake("PO", "HBO", false, false).continueWithAdvice("marnix")
                .vliegendeStart(TestOrganisation.PO_SCHOOL, "go").match(TestOrganisation.PO_SCHOOL, "spo-utrecht", "aanbod")
                .asGroup("Task_Geschiktheidsonderzoek", "opleiding:marnix", "geschiktheid", "positief")
                .appoint("spo-utrecht", TestOrganisation.SCHOOLOPLEIDER, LocalDate.now().plusDays(14))
                .fireTimer("Timer_ContractStart").fireTimer("Timer_DubbeleBezetting")
                .asGroup("Task_DubbeleBezettingEvalueren", "school:" + TestOrganisation.PO_SCHOOL, "evaluatie", "zelfstandig");
        people.add(appointed);

        EngineTableScan.Person handedOver = register("PO");
        assertThat(kr().postForEntity("/api/dossiers/" + handedOver.dossier() + "/overdracht",
                Map.of("naarRegio", "midden-nederland", "toelichting", "Verhuist, " + handedOver.name() + " belt zelf"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        people.add(handedOver);

        EngineTableScan.Person droppedOut = register("VO");
        assertThat(kr().postForEntity("/api/dossiers/" + droppedOut.dossier() + "/uitval", Map.of("reden", "OVERIG",
                "onnodig", false, "toelichting", droppedOut.name() + " mailde vanaf " + droppedOut.email()), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        people.add(droppedOut);

        EngineTableScan.Person corrected = register("PO");
        String newEmail = TestCandidates.uniqueEmail("gecorrigeerd");
        kr().put("/api/dossiers/" + corrected.dossier() + "/gegevens", Map.of("voornaam", "Wubbe", "achternaam",
                corrected.name().split(" ")[1], "email", newEmail, "telefoon", corrected.phone(), "reden", "Typefout"));
        people.add(corrected);
        people.add(new EngineTableScan.Person(corrected.dossier(), "Wubbe " + corrected.name().split(" ")[1], newEmail,
                corrected.phone()));

        // Stops and asks for erasure; the privacy officer declines in Tasklist.
        EngineTableScan.Person askedErasure = register("VO");
        assertThat(journeyCommands.candidateStops(askedErasure.dossier(), DropoutReason.KANDIDAAT_GESTOPT, false,
                askedErasure.name() + " stopt", "kandidaat")).isTrue();
        events.publishEvent(new ErasureRequested(askedErasure.dossier()));
        String review = taskService.createTaskQuery().processDefinitionKey(ErasureRequests.PROCESS_KEY)
                .processInstanceBusinessKey(askedErasure.dossier().toString()).singleResult().getId();
        // Through the engine as the privacy officer; the same completion over REST and Tasklist is
        // ErasureRequestProcessTest's. What matters here is what the review leaves in the engine's tables.
        identityService.setAuthentication("privacy.utrecht", List.of("privacy"), List.of("utrecht-stad"));
        try {
            taskService.complete(review, Map.of("besluit", "afwijzen", "afwijzingReden", "GESCHIL"));
        } finally {
            identityService.clearAuthentication();
        }
        people.add(askedErasure);

        BrowserSession page = BrowserSession.login(http, "kr.utrecht", "demo");
        for (EngineTableScan.Person person : people) {
            page.get("/dossiers/" + person.dossier());
            kr().getForEntity("/api/dossiers/" + person.dossier(), String.class);
        }

        List<String> hits = EngineTableScan.hits(EngineTableScan.engineTables(dataSource), people);
        hits.addAll(EngineTableScan.hits(Map.of("application log", log.getAll()), people));

        assertThat(EngineTableScan.engineTables(dataSource)).as("engine tables scanned").hasSizeGreaterThan(40);
        assertThat(EngineTableScan.hits(Map.of("dossier_note", String.join("\n", jdbc.queryForList(
                "select text from dossier_note where dossier_id = ?", String.class, droppedOut.dossier()))), people))
                .as("the scan finds personal data where it is").isNotEmpty();
        assertThat(hits).isEmpty();
    }

    /** A candidate with a name, email and phone no other test uses. */
    private EngineTableScan.Person register(String sector) {
        Random random = new Random();
        String voornaam = "Fen" + letters(random);
        String achternaam = "Tjoel" + letters(random);
        String email = TestCandidates.uniqueEmail("scan");
        String phone = "06 " + (10_000_000 + random.nextInt(89_999_999));
        registrations.register(new Registration(voornaam, achternaam, email, phone, "utrecht-stad", sector, null,
                "Boekhouder bij " + achternaam + " BV", "HBO", false, true));
        UUID dossier = candidates.dossierIdOf(email);
        return new EngineTableScan.Person(dossier, voornaam + " " + achternaam, email, phone);
    }

    private static String letters(Random random) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private TestRestTemplate kr() {
        return http.withBasicAuth("kr.utrecht", "demo");
    }
}
