package nl.onderwijsregio.ketenregie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.journey.JourneyCommands;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver.Journey;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Every mail to candidates reaches GreenMail: right recipient, Dutch, region name and contact, working links. */
@IntegrationTest
class CandidateMailsTest {

    static final Pattern STOP_LINK = Pattern.compile("http://localhost:8080(/stoppen/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");
    static final String PO = TestOrganisation.PO_SCHOOL;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    TestCandidates candidates;

    @Autowired
    JourneyDriver driver;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    JourneyCommands commands;

    @Autowired
    MailTestSupport mail;

    @Autowired
    TestRestTemplate http;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void registrationIsConfirmedWithWhatHappensNextAndAnIntakeInvitation() {
        String email = TestCandidates.uniqueEmail("bevestiging");
        candidates.registerAgain(email, "utrecht-stad");
        mail.drain();

        MailTestSupport.Received confirmation = MailTestSupport.only(greenMail, email, "Bedankt voor je aanmelding");
        assertThat(confirmation.subject()).isEqualTo("Bedankt voor je aanmelding, Test")
                .as("only the first name in the subject").doesNotContain("Kandidaat");
        assertThat(confirmation.replyTo()).isEqualTo("loket@utrechtleert.nl");
        for (String body : new String[] {confirmation.text(), confirmation.html()}) {
            assertThat(body).contains("Onderwijsregio Utrecht Stad", "Wat gebeurt er nu?",
                    "loket@utrechtleert.nl", "https://www.utrechtleert.nl", "stoppen met je traject");
        }
        assertThat(confirmation.text()).contains("Beste Test,");
        assertThat(confirmation.html()).contains("<html lang=\"nl\"", "Beste <span>Test</span>");
        ResponseEntity<String> stopPage = new PublicSession(http).get(stopPath(confirmation.text()));
        assertThat(stopPage.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stopPage.getBody()).contains("Stoppen met je traject", "Waarom stop je?");
        assertThat(stopPath(confirmation.html())).as("the HTML version has the link too").startsWith("/stoppen/");

        MailTestSupport.Received invitation = MailTestSupport.only(greenMail, email, "intakegesprek");
        assertThat(invitation.subject()).isEqualTo("Test, we nodigen je uit voor een intakegesprek");
        assertThat(invitation.text()).contains("We nemen uiterlijk", "contact met je op", "Onderwijsregio Utrecht Stad");

        // A repeated registration reveals nothing and sends nothing.
        candidates.registerAgain(email, "utrecht-stad");
        mail.drain();
        assertThat(MailTestSupport.to(greenMail, email)).hasSize(2);
        assertThat(mail.kinds(email)).containsExactlyInAnyOrder("REGISTRATION_CONFIRMATION", "INTAKE_INVITATION");
    }

    @Test
    void theJourneySendsVliegendeStartInvitationApplicationOutcomesAndFollowUps() {
        organisation.ensure();
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        String email = mail.emailOf(journey.dossierId);
        journey.intake("PO", "HBO", false, false).continueWithAdvice("marnix");
        journey.vliegendeStart(PO, "go");
        journey.match(PO, "spo-utrecht", "afwijzing");
        journey.match(PO, "spo-utrecht", "aanbod");
        journey.asGroup("Task_Geschiktheidsonderzoek", "opleiding:marnix", "geschiktheid", "positief");
        journey.appoint("spo-utrecht", TestOrganisation.SCHOOLOPLEIDER, LocalDate.now().plusDays(14));
        journey.fireTimer("Timer_ContractStart").fireTimer("Timer_DubbeleBezetting");
        journey.asGroup("Task_DubbeleBezettingEvalueren", "school:" + PO, "evaluatie", "zelfstandig");
        journey.fireTimer("Timer_Jaar1");
        journey.asGroup("Task_BeoordelingJaar1", "school:" + PO, "beoordeling", "voldoende");
        journey.fireTimer("Timer_Jaar2");
        journey.asGroup("Task_BevoegdheidBevestigen", "opleiding:marnix", "bevoegdOp", LocalDate.now().toString());
        journey.asGroup("Task_InductieStarten", "school:" + PO, "coachToegewezen", true);
        journey.fireTimer("Timer_Behoud1");
        journey.asKetenregisseur("Task_BehoudNavragen1", "nogInOnderwijs", "ja", "werkplek", "ZELFDE_SCHOOL");
        journey.fireTimer("Timer_Inductie");
        journey.asGroup("Task_InductieAfsluiten", "school:" + PO, "inductieUitkomst", "afgerond");
        for (int years : new int[] {3, 5}) {
            journey.fireTimer("Timer_Behoud" + years);
            journey.asKetenregisseur("Task_BehoudNavragen" + years, "nogInOnderwijs", "ja", "werkplek", "ZELFDE_SCHOOL");
        }
        mail.drain();

        MailTestSupport.Received vliegendeStart = MailTestSupport.only(greenMail, email, "Vliegende Start");
        assertThat(vliegendeStart.subject()).isEqualTo("Uitnodiging voor de Vliegende Start, Test");
        assertThat(vliegendeStart.text()).contains("Testschool PO", "loopt mee", "Onderwijsregio Utrecht Stad")
                .containsPattern(STOP_LINK);

        assertThat(MailTestSupport.to(greenMail, email).stream().filter(m -> m.subject().contains("sollicitatie")))
                .extracting(MailTestSupport.Received::text)
                .as("one rejection, then an offer, both from the bestuur by name")
                .satisfiesExactlyInAnyOrder(
                        text -> assertThat(text).contains("geen aanbod", "SPO Utrecht"),
                        text -> assertThat(text).contains("Goed nieuws", "SPO Utrecht"));

        for (int years : new int[] {1, 3, 5}) {
            MailTestSupport.Received followUp = MailTestSupport.only(greenMail, email, "na " + years + " jaar");
            assertThat(followUp.subject()).isEqualTo("Hoe gaat het met je, Test? Een paar vragen na " + years + " jaar");
            assertThat(followUp.text()).contains("Werk je nog in het onderwijs?", "antwoorden")
                    .as("no stop link once qualified").doesNotContainPattern(STOP_LINK);
        }
        assertThat(MailTestSupport.to(greenMail, email)).extracting(MailTestSupport.Received::subject)
                .noneMatch(subject -> subject.contains("Jammer"));
    }

    @Test
    void aDropoutGetsTheExitQuestion() {
        UUID dossier = candidates.register("midden-nederland");
        String email = mail.emailOf(dossier);
        commands.candidateStops(dossier, DropoutReason.ANDERE_BAAN, false, null, "kr.mnl");
        mail.drain();

        MailTestSupport.Received exit = MailTestSupport.only(greenMail, email, "Jammer dat je stopt");
        assertThat(exit.subject()).isEqualTo("Jammer dat je stopt, Test");
        assertThat(exit.replyTo()).isEqualTo("loket@middennederlandleert.nl");
        assertThat(exit.text()).contains("Wil je ons vertellen waarom je bent gestopt?",
                "Onderwijsregio Midden Nederland Leert VO MBO").doesNotContain("afmelding ontvangen")
                .doesNotContainPattern(STOP_LINK);
    }

    static String stopPath(String body) {
        Matcher matcher = STOP_LINK.matcher(body);
        assertThat(matcher.find()).as("stop link in " + body).isTrue();
        return matcher.group(1);
    }
}
