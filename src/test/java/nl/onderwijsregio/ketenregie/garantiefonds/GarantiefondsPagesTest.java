package nl.onderwijsregio.ketenregie.garantiefonds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver.Journey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The garantiefonds pages over real HTTP: applying from the dossier page with Dutch refusals, the committee's
 * work list and application page with the same access as the API, and the budget page.
 */
@IntegrationTest
class GarantiefondsPagesTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JourneyDriver driver;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    JdbcTemplate jdbc;

    Journey journey;

    @BeforeEach
    void matchedCandidate() {
        organisation.ensure();
        journey = driver.matchedInMiddenNederland();
    }

    @Test
    void theDossierPageAppliesAndShowsRefusalsInDutch() {
        BrowserSession hr = BrowserSession.login(http, "hr.mnl", "demo");
        String page = hr.get(dossier()).getBody();
        assertThat(page).contains("Garantiefonds").contains("Garantie aanvragen")
                .contains(RiskType.LOONKOSTEN_VOOR_START.label()).contains(Motivation.TEKORTVAK.label());

        ResponseEntity<String> zero = hr.postForm(dossier() + "/garantiefonds", form(hr, "0", "hu", future()));
        assertThat(zero.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(zero.getBody()).contains("Het bedrag moet meer dan € 0 zijn.");
        ResponseEntity<String> unreadable = hr.postForm(dossier() + "/garantiefonds", form(hr, "veel", "hu", future()));
        assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unreadable.getBody()).contains("Vul een bedrag in euro in").doesNotContain("Failed to convert");
        ResponseEntity<String> tooMuch = hr.postForm(dossier() + "/garantiefonds", form(hr, "7500.01", "hu", future()));
        assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooMuch.getBody()).contains("hoger dan het maximum van het fonds");
        ResponseEntity<String> otherInstitute = hr.postForm(dossier() + "/garantiefonds", form(hr, "3000", "marnix", future()));
        assertThat(otherInstitute.getBody()).contains("Kies een lerarenopleiding die meedoet aan het fonds");
        ResponseEntity<String> past = hr.postForm(dossier() + "/garantiefonds",
                form(hr, "3000", "hu", LocalDate.now().minusDays(1).toString()));
        assertThat(past.getBody()).contains("moet in de toekomst liggen");
        assertThat(count()).isZero();

        ResponseEntity<String> applied = hr.postForm(dossier() + "/garantiefonds", form(hr, "3000", "hu", future()));
        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(count()).isOne();

        String after = BrowserSession.login(http, "kr.mnl", "demo").get(dossier()).getBody();
        assertThat(after).contains(FundStatus.INGEDIEND.label()).contains("€ 3.000,00")
                .contains("loopt al een garantiefondsaanvraag").doesNotContain("id=\"garantie-form\"");
        BrowserSession kr = BrowserSession.login(http, "kr.mnl", "demo");
        ResponseEntity<String> again = kr.postForm(dossier() + "/garantiefonds", form(kr, "3000", "hu", future()));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("loopt al een garantiefondsaanvraag");
        assertThat(count()).isOne();
    }

    @Test
    void othersSeeNoFormAndCannotApply() {
        BrowserSession so = BrowserSession.login(http, "lo.hu", "demo");
        ResponseEntity<String> institutePage = so.get(dossier());
        assertThat(institutePage.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(institutePage.getBody()).doesNotContain("Garantie aanvragen").doesNotContain("id=\"garantiefonds\"");
        ResponseEntity<String> refused = so.postForm(dossier() + "/garantiefonds", form(so, "3000", "hu", future()));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> invalid = so.postForm(dossier() + "/garantiefonds", form(so, "0", "hu", future()));
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(count()).isZero();
    }

    @Test
    void theWorkListAndApplicationPageFollowTheApiAccess() {
        BrowserSession kr = BrowserSession.login(http, "kr.mnl", "demo");
        assertThat(kr.postForm(dossier() + "/garantiefonds", form(kr, "3000", "hu", future())).getStatusCode())
                .isEqualTo(HttpStatus.FOUND);
        UUID id = jdbc.queryForObject("select id from fund_application where dossier_id = ?", UUID.class, journey.dossierId);

        BrowserSession committee = BrowserSession.login(http, "gf.commissie", "demo");
        ResponseEntity<String> list = committee.get("/garantiefonds?status=INGEDIEND");
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).contains("/garantiefonds/" + id).contains(FundStatus.INGEDIEND.label())
                .contains("href=\"/garantiefonds\"").doesNotContain("/dossiers/" + journey.dossierId);
        assertThat(committee.get("/garantiefonds?status=AFGEWEZEN").getBody()).doesNotContain("/garantiefonds/" + id);

        ResponseEntity<String> detail = committee.get("/garantiefonds/" + id);
        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        String taskId = jdbc.queryForObject("select t.id_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_ "
                + "where e.business_key_ = ? and t.task_def_key_ = 'Task_AanvraagControleren'", String.class,
                journey.dossierId.toString());
        assertThat(detail.getBody()).contains("Garantiefondsaanvraag controleren")
                .contains("/camunda/app/tasklist/default/#/?task=" + taskId).contains("Statushistorie")
                .contains(FundStatus.INGEDIEND.label()).contains("door kr.mnl");
        assertThat(BrowserSession.login(http, "hr.mnl", "demo").get("/garantiefonds/" + id).getBody())
                .contains("/dossiers/" + journey.dossierId);

        for (String outsider : new String[] { "kr.utrecht", "hr.ksu" }) {
            assertThat(BrowserSession.login(http, outsider, "demo").get("/garantiefonds/" + id).getStatusCode())
                    .as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
        }
        for (String noScope : new String[] { "mgmt.mnl", "so.mnl.amersfoort" }) {
            BrowserSession session = BrowserSession.login(http, noScope, "demo");
            assertThat(session.get("/garantiefonds").getStatusCode()).as(noScope).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(session.get("/garantiefonds/" + id).getStatusCode()).as(noScope).isIn(HttpStatus.FORBIDDEN,
                    HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void theBudgetPageShowsTheFiguresAndOnlyTheAdministratorSetsIt() {
        int year = LocalDate.now().getYear() + 3;
        String page = "/garantiefonds/budget?regio=midden-nederland&jaar=" + year;
        BrowserSession admin = BrowserSession.login(http, "admin", "demo");
        MultiValueMap<String, String> negative = new LinkedMultiValueMap<>();
        negative.add("budget", "-1");
        negative.add("_csrf", admin.csrfTokenFrom(page));
        ResponseEntity<String> refused = admin.postForm(page, negative);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Het budget kan niet negatief zijn.");

        MultiValueMap<String, String> set = new LinkedMultiValueMap<>();
        set.add("budget", "42000");
        set.add("_csrf", admin.csrfTokenFrom(page));
        assertThat(admin.postForm(page, set).getStatusCode()).isEqualTo(HttpStatus.FOUND);

        BrowserSession management = BrowserSession.login(http, "mgmt.mnl", "demo");
        ResponseEntity<String> figures = management.get(page);
        assertThat(figures.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(figures.getBody()).contains("€ 42.000,00").contains("Beschikbaar").doesNotContain("Budget opslaan")
                .contains("href=\"/garantiefonds/budget\"");
        MultiValueMap<String, String> byManagement = new LinkedMultiValueMap<>();
        byManagement.add("budget", "1");
        byManagement.add("_csrf", management.csrfTokenFrom(page));
        assertThat(management.postForm(page, byManagement).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(BrowserSession.login(http, "mgmt.utrecht", "demo").get(page).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(BrowserSession.login(http, "so.mnl.amersfoort", "demo").get(page).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(management.get("/garantiefonds/budget?regio=midden-nederland&jaar=1999").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private String dossier() {
        return "/dossiers/" + journey.dossierId;
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from fund_application where dossier_id = ?", Long.class, journey.dossierId);
    }

    private MultiValueMap<String, String> form(BrowserSession session, String amount, String institute, String start) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("bedrag", amount);
        form.add("risico", "LOONKOSTEN_VOOR_START");
        form.add("opleiding", institute);
        form.add("startdatumOpleiding", start);
        form.add("motivatie", "TEKORTVAK");
        form.add("_csrf", session.csrfTokenFrom(dossier()));
        return form;
    }

    private static String future() {
        return LocalDate.now().plusDays(60).toString();
    }
}
