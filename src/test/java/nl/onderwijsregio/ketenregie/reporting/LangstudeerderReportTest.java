package nl.onderwijsregio.ketenregie.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.langstudeerders.LangstudeerderImport;
import nl.onderwijsregio.ketenregie.privacy.RetentionJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The langstudeerders in the report: per institute and programme with small cells suppressed, the CSV export,
 * the median only over enough students, and for management and ketenregisseurs only. Other tests import too, so
 * the test's own institute (a new code per run) carries the figures it checks.
 */
@IntegrationTest
class LangstudeerderReportTest {

    @Autowired
    LangstudeerderReport report;

    @Autowired
    LangstudeerderImport imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RetentionJob retention;

    @Autowired
    TestRestTemplate http;

    @Test
    void aProgrammeWithFewStudentsIsShownAsLessThanFiveInThePageAndTheCsv() {
        String code = "test-rap-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Rapportageopleiding " + code;
        jdbc.update("insert into lerarenopleiding (code, name) values (?, ?)", code, name);
        KetenregieUser institute = new KetenregieUser("lo." + code, "Test", Set.of("lerarenopleiding", "opleiding:" + code),
                Set.of("utrecht-stad"));
        List<String> lines = new java.util.ArrayList<>(List.of("studentnummer;voornaam;achternaam;email;opleiding;sector;"
                + "startjaar;ec_behaald;ec_totaal;school;regio"));
        IntStream.range(0, 7).forEach(i -> lines.add("G" + i + ";Gert;Groot;g" + i + "@example.nl;Leraar Geschiedenis;VO;2016;100;240;;utrecht-stad"));
        IntStream.range(0, 2).forEach(i -> lines.add("K" + i + ";Kim;Klein;k" + i + "@example.nl;Leraar Klassieke talen;VO;2016;100;240;;utrecht-stad"));
        assertThat(imports.importFile(institute, null, "rapport.csv",
                String.join("\r\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8)).fouten()).isEmpty();

        LangstudeerderReport.Result result = report.run(List.of("utrecht-stad"));
        int minimum = result.minimum();
        assertThat(result.opleidingen()).filteredOn(r -> r.lerarenopleiding().equals(name))
                .extracting(r -> r.opleiding() + "=" + r.aantal().display(minimum))
                // The larger cell is shown, unless the secondary rule hides it to protect a small cell ("x").
                .containsAnyOf("Leraar Geschiedenis=7", "Leraar Geschiedenis=x")
                .contains("Leraar Klassieke talen=<" + minimum).noneMatch(text -> text.endsWith("=2"));
        assertThat(result.table("langstudeerders-opleidingen").rijen())
                .contains(List.of(name, "Leraar Klassieke talen", "<" + minimum));

        BrowserSession management = BrowserSession.login(http, "mgmt.utrecht", "demo");
        assertThat(management.get("/rapportage").getBody()).contains("Langstudeerders").contains(name)
                .contains("Leraar Klassieke talen");
        ResponseEntity<String> csv = management.get("/rapportage/langstudeerders-opleidingen.csv");
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith("\uFEFFlerarenopleiding;opleiding;aantal\r\n")
                .contains(name + ";Leraar Klassieke talen;<" + minimum);
        assertThat(management.get("/rapportage/langstudeerders-uitkomsten.csv").getBody()).contains("Aandeel op koers");
        assertThat(BrowserSession.login(http, "lo.hu", "demo").get("/rapportage/langstudeerders-opleidingen.csv")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anonymisingStudentsWhoseCaseClosedLongAgoChangesNoFigure() {
        String code = "test-anon-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into lerarenopleiding (code, name) values (?, ?)", code, "Anonimiseeropleiding " + code);
        KetenregieUser institute = new KetenregieUser("lo." + code, "Test", Set.of("lerarenopleiding", "opleiding:" + code),
                Set.of("utrecht-stad"));
        List<String> lines = new java.util.ArrayList<>(List.of("studentnummer;voornaam;achternaam;email;opleiding;sector;"
                + "startjaar;ec_behaald;ec_totaal;school;regio"));
        IntStream.range(0, 8).forEach(i -> lines.add("A" + i + ";Annelies;Oud;a" + i + "@" + code + ".example.nl;"
                + "Leraar Aardrijkskunde;VO;2015;100;240;;utrecht-stad"));
        assertThat(imports.importFile(institute, null, "oud.csv",
                String.join("\r\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8)).fouten()).isEmpty();
        // Six of them stopped three years ago; two are still in guidance.
        jdbc.update("update langstudeerder set status = 'GESTOPT', stop_reason = 'PERSOONLIJK', "
                + "closed_at = current_timestamp - interval '3' year where opleiding_code = ? and student_number <> 'A6' "
                + "and student_number <> 'A7'", code);
        List<FunnelReport.Table> before = report.run(List.of("utrecht-stad")).tables();

        RetentionJob.Result run = retention.run();

        assertThat(run.others().get("langstudeerder")).isGreaterThanOrEqualTo(6);
        assertThat(before).as("figures to compare").anyMatch(table -> table.rijen().toString().contains(code));
        assertThat(report.run(List.of("utrecht-stad")).tables()).isEqualTo(before);
        assertThat(jdbc.queryForList("select first_name || '|' || last_name || '|' || email || '|' || student_number "
                + "|| '|' || case_number from langstudeerder where opleiding_code = ? and closed_at is not null", String.class,
                code)).hasSize(6).allSatisfy(row -> assertThat(row).matches("Geanonimiseerd\\|\\|\\|ANON-(.+)\\|\\1"));
        assertThat(jdbc.queryForList("select email from langstudeerder where opleiding_code = ? and closed_at is null",
                String.class, code)).containsExactlyInAnyOrder("a6@" + code + ".example.nl", "a7@" + code + ".example.nl");
        assertThat(retention.run().others().get("langstudeerder")).as("a second run changes nothing").isZero();
    }

    @Test
    void theMedianNeedsAsManyStudentsAsASmallCell() {
        assertThat(LangstudeerderReport.median(List.of(10L, 20L, 30L, 40L), 5)).isNull();
        assertThat(LangstudeerderReport.median(List.of(14L, 10L, 20L, 30L, 12L), 5)).isEqualTo("14,0");
        assertThat(LangstudeerderReport.median(List.of(14L, 10L, 20L, 30L, 12L, 16L), 5)).isEqualTo("15,0");
    }
}
