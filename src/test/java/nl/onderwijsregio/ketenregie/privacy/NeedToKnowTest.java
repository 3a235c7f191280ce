package nl.onderwijsregio.ketenregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.journey.JourneyCommands;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Organisation staff see a dossier only while they need to: the Vliegende Start host school until it ended
 * plus 30 days, any organisation until the track ended plus 3 months (ketenregie.privacy.toegang).
 */
@IntegrationTest
class NeedToKnowTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JourneyDriver driver;

    @Autowired
    JourneyCommands journey;

    @Autowired
    TestCandidates candidates;

    @Autowired
    TestOrganisation organisation;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theHostSchoolOfAVliegendeStartLosesAccessAfterItsGracePeriod() {
        organisation.ensure();
        JourneyDriver.Journey candidate = driver.start("utrecht-stad", "PO", "HBO").intake("PO", "HBO", false, false)
                .continueWithAdvice("marnix").vliegendeStart("ksu-regenboog", "go");
        candidate.asKetenregisseur("Task_MatchVoorstellen", "school", TestOrganisation.PO_SCHOOL);

        assertThat(status("so.ksu.leidscherijn", candidate.dossierId)).as("within the grace period")
                .isEqualTo(HttpStatus.OK);
        later(Duration.ofDays(31));

        assertThat(status("so.ksu.leidscherijn", candidate.dossierId)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("so.ksu.leidscherijn", "demo").getForEntity("/api/dossiers?size=100",
                String.class).getBody()).doesNotContain(candidate.dossierId.toString());
        assertThat(status("kr.utrecht", candidate.dossierId)).isEqualTo(HttpStatus.OK);
    }

    @Test
    void organisationStaffLoseAccessSomeMonthsAfterTheTrackEnded() {
        UUID dossier = candidates.register("utrecht-stad");
        candidates.placeAtSchool(dossier, "spo-utrecht", "spo-zonnewijzer");
        journey.candidateStops(dossier, DropoutReason.ANDERE_BAAN, false, null, "kr.test");

        later(Duration.ofDays(80));
        assertThat(status("so.spo.overvecht", dossier)).isEqualTo(HttpStatus.OK);
        assertThat(status("hr.spo", dossier)).isEqualTo(HttpStatus.OK);
        later(Duration.ofDays(100));

        assertThat(status("so.spo.overvecht", dossier)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("hr.spo", dossier)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("kr.utrecht", dossier)).as("the ketenregisseur keeps the region's dossiers")
                .isEqualTo(HttpStatus.OK);
    }

    private HttpStatus status(String user, UUID dossier) {
        return HttpStatus.valueOf(http.withBasicAuth(user, "demo").getForEntity("/api/dossiers/" + dossier, String.class)
                .getStatusCode().value());
    }

    private static void later(Duration duration) {
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + duration.toMillis()));
    }
}
