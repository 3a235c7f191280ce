package nl.onderwijsregio.ketenregie.langstudeerders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Who sees and does what with langstudeerders, over real HTTP (API and pages): an institute imports and sees
 * only its own students, a schoolopleider only those teaching at their school, a ketenregisseur the region,
 * management nothing but aggregates; outside your scope is 404, without a scope 403, without login 401.
 */
@IntegrationTest
class LangstudeerderAccessTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    String tag;
    UUID huAtSchool;
    UUID huWithoutSchool;
    UUID huMiddenNederland;
    UUID marnix;

    @BeforeEach
    void students() {
        // Letters only: the tag is part of a last name.
        tag = new java.util.Random().ints(6, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
        ResponseEntity<Map> hu = importAs("lo.hu", TestInstitute.file(
                TestInstitute.line("A" + tag, "Anna", "Zon" + tag, "a" + tag + "@example.nl", "100", "240", "spo-zonnewijzer", TestInstitute.UTRECHT),
                TestInstitute.line("B" + tag, "Bram", "Zon" + tag, "b" + tag + "@example.nl", "100", "240", "", TestInstitute.UTRECHT),
                TestInstitute.line("C" + tag, "Cas", "Zon" + tag, "c" + tag + "@example.nl", "100", "240", "eemland-college", TestInstitute.MIDDEN_NEDERLAND)));
        assertThat(hu.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> mx = importAs("lo.marnix", TestInstitute.file(
                TestInstitute.line("D" + tag, "Dewi", "Zon" + tag, "d" + tag + "@example.nl", "100", "240", "spo-zonnewijzer", TestInstitute.UTRECHT)));
        assertThat(mx.getStatusCode()).isEqualTo(HttpStatus.OK);
        huAtSchool = id("hu", "A");
        huWithoutSchool = id("hu", "B");
        huMiddenNederland = id("hu", "C");
        marnix = id("marnix", "D");
    }

    @Test
    void eachRoleSeesItsOwnScope() {
        assertThat(names("lo.hu")).containsExactlyInAnyOrder("Anna", "Bram", "Cas");
        assertThat(names("lo.marnix")).containsExactly("Dewi");
        assertThat(names("so.spo.overvecht")).as("teaching at spo-zonnewijzer").containsExactlyInAnyOrder("Anna", "Dewi");
        assertThat(names("kr.utrecht")).containsExactlyInAnyOrder("Anna", "Bram", "Dewi");
        assertThat(names("kr.mnl")).containsExactly("Cas");

        assertThat(detail("lo.hu", huAtSchool).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(detail("lo.hu", marnix).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(detail("lo.marnix", huAtSchool).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(detail("so.spo.overvecht", huAtSchool).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(detail("so.spo.overvecht", huWithoutSchool).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(detail("kr.utrecht", huMiddenNederland).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(detail("kr.mnl", huMiddenNederland).getStatusCode()).isEqualTo(HttpStatus.OK);

        for (String noScope : List.of("mgmt.utrecht", "hr.spo", "kw.utrecht")) {
            assertThat(as(noScope).getForEntity("/api/langstudeerders", String.class).getStatusCode()).as(noScope)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(detail(noScope, huAtSchool).getStatusCode()).as(noScope).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.getForEntity("/api/langstudeerders", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theDetailCarriesThePlanCheckInsAndTimelineAndTheListFilters() {
        ResponseEntity<Map> answer = detail("kr.utrecht", huAtSchool);
        assertThat(answer.getBody()).containsEntry("voornaam", "Anna").containsEntry("lerarenopleiding", "hu")
                .containsEntry("status", "INTAKE").containsKeys("plan", "checkins", "tijdlijn");
        assertThat((List<?>) answer.getBody().get("tijdlijn")).hasSize(1);

        Map<?, ?> page = as("kr.utrecht").getForObject("/api/langstudeerders?lerarenopleiding=marnix&size=100", Map.class);
        assertThat(((List<Map<String, Object>>) page.get("items"))).extracting(item -> item.get("lerarenopleiding"))
                .containsOnly("marnix");
        assertThat(as("kr.utrecht").getForEntity("/api/langstudeerders?status=ONZIN", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("kr.utrecht").getForEntity("/api/langstudeerders?size=500", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void onlyAnInstituteImportsAndABadFileIsAProblemWithEveryError() {
        byte[] file = TestInstitute.file(TestInstitute.line("E" + tag));
        assertThat(importAs("kr.utrecht", file).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(importAs("so.spo.overvecht", file).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(importAs("mgmt.utrecht", file).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("lo.hu").postForEntity("/api/langstudeerders/import?opleiding=marnix", csv(file), Map.class)
                .getStatusCode()).as("another institute").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity("/api/langstudeerders/import", csv(file), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertThat(as("lo.hu").exchange("/api/langstudeerders/import", HttpMethod.POST, new HttpEntity<>("{}", json),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(count("E")).isZero();

        ResponseEntity<Map> bad = importAs("lo.hu", TestInstitute.file(TestInstitute.line("E" + tag),
                TestInstitute.line("F" + tag, "Fien", "Zon", "", "300", "240", "", TestInstitute.UTRECHT)));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(bad.getBody()).containsEntry("toegevoegd", 0).containsEntry("bijgewerkt", 0);
        assertThat((List<Map<String, Object>>) bad.getBody().get("fouten")).extracting(f -> f.get("regel") + ":" + f.get("kolom"))
                .containsExactly("3:email", "3:ec_behaald");
        assertThat(count("E")).as("all or nothing").isZero();

        ResponseEntity<Map> good = importAs("lo.hu", file);
        assertThat(good.getBody()).containsEntry("toegevoegd", 1).containsKeys("bijgewerkt", "ongewijzigd", "ontbrekend")
                .containsEntry("fouten", List.of()).doesNotContainKey("stored");
    }

    @Test
    void thePagesFollowTheSameRulesAndTheUploadShowsEveryError() {
        BrowserSession institute = BrowserSession.login(http, "lo.hu", "demo");
        assertThat(institute.get("/langstudeerders?q=Zon" + tag).getBody()).contains("Zon" + tag).contains("Lijst importeren");
        assertThat(institute.get("/langstudeerders/" + huAtSchool).getBody()).contains("Anna").contains("Plan")
                .contains("Check-ins").contains("Intake door de opleiding");
        assertThat(institute.get("/langstudeerders/" + marnix).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        jdbc.update("update langstudeerder set stop_reason = 'OPLEIDING_TE_ZWAAR' where id = ?", huAtSchool);
        assertThat(institute.get("/langstudeerders/" + huAtSchool).getBody()).as("the reason by its label")
                .contains("Opleiding te zwaar").doesNotContain("OPLEIDING_TE_ZWAAR");
        assertThat(detail("lo.hu", huAtSchool).getBody()).as("the API keeps the code")
                .containsEntry("stopReden", "OPLEIDING_TE_ZWAAR");

        MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
        upload.add("_csrf", institute.csrfTokenFrom("/langstudeerders/import"));
        upload.add("bestand", new ByteArrayResource(("studentnummer;voornaam\r\nG" + tag + ";Gijs\r\n")
                .getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "fout.csv";
            }
        });
        ResponseEntity<String> refused = institute.postMultipart("/langstudeerders/import", upload);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Niet geïmporteerd").contains("De kolom achternaam ontbreekt in de kopregel.");

        BrowserSession school = BrowserSession.login(http, "so.spo.overvecht", "demo");
        assertThat(school.get("/langstudeerders?q=Zon" + tag).getBody()).contains("Anna").doesNotContain("Bram");
        assertThat(school.get("/langstudeerders/import").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(BrowserSession.login(http, "mgmt.utrecht", "demo").get("/langstudeerders").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private List<String> names(String user) {
        Map<?, ?> page = as(user).getForObject("/api/langstudeerders?size=100&q=Zon" + tag, Map.class);
        // Other tests import too: only this test's students (their last name carries the tag) count.
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .filter(item -> ("Zon" + tag).equals(item.get("achternaam"))).map(item -> (String) item.get("voornaam"))
                .toList();
    }

    private ResponseEntity<Map> detail(String user, UUID id) {
        return as(user).getForEntity("/api/langstudeerders/" + id, Map.class);
    }

    private ResponseEntity<Map> importAs(String user, byte[] file) {
        return as(user).postForEntity("/api/langstudeerders/import", csv(file), Map.class);
    }

    private static HttpEntity<byte[]> csv(byte[] file) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return new HttpEntity<>(file, headers);
    }

    private UUID id(String institute, String prefix) {
        return jdbc.queryForObject("select id from langstudeerder where opleiding_code = ? and student_number = ?",
                UUID.class, institute, prefix + tag);
    }

    private int count(String prefix) {
        return jdbc.queryForObject("select count(*) from langstudeerder where student_number = ?", Integer.class,
                prefix + tag);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }
}
