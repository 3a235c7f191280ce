package nl.onderwijsregio.ketenregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import nl.onderwijsregio.ketenregie.dossier.RetainedPersonalData;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.langstudeerders.LangstudeerderImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal data outside the candidates' own dossier rows: a langstudeerder referred to the journey is part of
 * that dossier's export and erasure; closed langstudeerders and the panel of a closed peer review lose names and
 * addresses after their own periods, once, also with two instances at work. (The langstudeerders report stays
 * the same: LangstudeerderReportTest.)
 */
@IntegrationTest
class PersonalDataOutsideDossiersTest {

    @Autowired
    LangstudeerderImport imports;

    @Autowired
    TestCandidates candidates;

    @Autowired
    RetentionJob job;

    @Autowired
    List<RetainedPersonalData> holders;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    String institute;
    KetenregieUser instituteUser;

    @BeforeEach
    void institute() {
        institute = "test-priv-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into lerarenopleiding (code, name) values (?, ?)", institute, "Privacyopleiding " + institute);
        instituteUser = new KetenregieUser("lo." + institute, "Test", Set.of("lerarenopleiding", "opleiding:" + institute),
                Set.of("utrecht-stad"));
    }

    @Test
    void aStudentReferredToTheJourneyIsInTheDossiersExportAndGoesWithItsErasure() {
        importStudents("R1");
        UUID dossier = candidates.register("utrecht-stad");
        jdbc.update("update langstudeerder set status = 'DOORVERWEZEN', closed_at = current_timestamp, "
                + "referred_dossier_id = ? where opleiding_code = ?", dossier, institute);
        String studentEmail = email("R1");

        ResponseEntity<Map> export = as("privacy.utrecht").getForEntity("/api/dossiers/" + dossier + "/inzage", Map.class);
        assertThat(export.getBody().get("langstudeerders").toString()).contains(studentEmail, "R1");

        assertThat(as("privacy.utrecht").postForEntity("/api/dossiers/" + dossier + "/wissen",
                Map.of("reden", "Verzoek per e-mail."), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(jdbc.queryForMap("select first_name, last_name, email, student_number, anonymised_at, status "
                + "from langstudeerder where opleiding_code = ?", institute))
                .containsEntry("first_name", "Geanonimiseerd").containsEntry("email", "")
                .containsEntry("status", "DOORVERWEZEN").doesNotContainValue(studentEmail).doesNotContainValue("R1")
                .extractingByKey("anonymised_at").isNotNull();
    }

    @Test
    void thePanelOfAReviewClosedLongerAgoThanItsPeriodLosesNamesAndAddressesOnce() {
        UUID old = review(Instant.now().minus(800, ChronoUnit.DAYS));
        UUID recent = review(Instant.now().minus(30, ChronoUnit.DAYS));
        UUID open = review(null);

        Map<String, Integer> others = job.run().others();

        assertThat(others.get("peerreview-panel")).isGreaterThanOrEqualTo(2);
        assertThat(panel(old)).containsExactlyInAnyOrder("Geanonimiseerd panellid||VOORZITTER|ANDERE_REGIO|Regio Oost",
                "Geanonimiseerd panellid||REVIEWER|LERARENOPLEIDING|Regio Oost");
        assertThat(panel(recent)).allMatch(row -> row.contains("@")).hasSize(2);
        assertThat(panel(open)).allMatch(row -> row.contains("@")).hasSize(2);
        assertThat(job.run().others().get("peerreview-panel")).as("a second run changes nothing").isZero();
    }

    @Test
    void twoInstancesNeverAnonymiseTheSameStudentTwice() throws Exception {
        importStudents("T1", "T2", "T3");
        jdbc.update("update langstudeerder set status = 'GESTOPT', closed_at = current_timestamp - interval '3' year "
                + "where opleiding_code = ?", institute);
        RetainedPersonalData students = holders.stream().filter(h -> h.kind().equals("langstudeerder")).findFirst()
                .orElseThrow();
        Instant cutoff = Instant.now().minus(365, ChronoUnit.DAYS);
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        ExecutorService thisNode = Executors.newSingleThreadExecutor();
        try {
            // The other instance anonymises and holds its transaction open; this one runs meanwhile and waits on the
            // rows, then finds them anonymised and leaves them.
            Future<Integer> other = otherNode.submit(() -> new TransactionTemplate(transactions).execute(status -> {
                int count = students.anonymiseEndedBefore(cutoff);
                done.countDown();
                await(release);
                return count;
            }));
            assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
            Future<Integer> thisRun = thisNode.submit(() -> students.anonymiseEndedBefore(cutoff));
            release.countDown();

            assertThat(other.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(3);
            assertThat(thisRun.get(60, TimeUnit.SECONDS)).as("rows the other instance took").isZero();
            assertThat(jdbc.queryForList("select first_name from langstudeerder where opleiding_code = ?", String.class,
                    institute)).containsOnly("Geanonimiseerd").hasSize(3);
        } finally {
            release.countDown();
            otherNode.shutdownNow();
            thisNode.shutdownNow();
        }
    }

    @Test
    void dataWithoutARetentionPeriodStopsTheStart() {
        RetainedPersonalData unknown = holders.get(0);
        org.springframework.mock.env.MockEnvironment settings = new org.springframework.mock.env.MockEnvironment();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RetentionPeriods(List.of(unknown), settings))
                .hasMessageContaining("ketenregie.privacy.bewaartermijn." + unknown.kind());
        assertThat(new RetentionPeriods(List.of(unknown), settings.withProperty(
                "ketenregie.privacy.bewaartermijn." + unknown.kind(), "P3M")).of(unknown)).isEqualTo(java.time.Period.ofMonths(3));
    }

    private void importStudents(String... numbers) {
        StringBuilder csv = new StringBuilder("studentnummer;voornaam;achternaam;email;opleiding;sector;startjaar;"
                + "ec_behaald;ec_totaal;school;regio\r\n");
        for (String number : numbers) {
            csv.append(number).append(";Roos;Langstudeer;").append(email(number))
                    .append(";Leraar Biologie;VO;2016;100;240;;utrecht-stad\r\n");
        }
        assertThat(imports.importFile(instituteUser, null, "lijst.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
                .fouten()).isEmpty();
    }

    private String email(String number) {
        return number.toLowerCase() + "@" + institute + ".example.nl";
    }

    /** A peer review (closed at {@code closedAt}, or open) with a guest chair and a reviewer. */
    private UUID review(Instant closedAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into peer_review (id, region_code, framework_version, status, started_by, started_at, "
                + "closed_at) values (?, 'midden-nederland', 1, ?, 'wk.test', current_timestamp, ?)", id,
                closedAt == null ? "BEVINDINGEN" : "AFGESLOTEN",
                closedAt == null ? null : java.sql.Timestamp.from(closedAt));
        jdbc.update("insert into peer_review_panel_member (id, review_id, name, email, panel_role, origin, organisation) "
                + "values (?, ?, 'Gea Gast', 'gea@oost.example.nl', 'VOORZITTER', 'ANDERE_REGIO', 'Regio Oost'), "
                + "(?, ?, 'Lex Lector', 'lex@oost.example.nl', 'REVIEWER', 'LERARENOPLEIDING', 'Regio Oost')",
                UUID.randomUUID(), id, UUID.randomUUID(), id);
        return id;
    }

    private List<String> panel(UUID review) {
        return jdbc.queryForList("select name || '|' || email || '|' || panel_role || '|' || origin || '|' || organisation "
                + "from peer_review_panel_member where review_id = ?", String.class, review);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
