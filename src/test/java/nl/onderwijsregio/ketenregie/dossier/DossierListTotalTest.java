package nl.onderwijsregio.ketenregie.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.StatementCounter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The API list's total for a ketenregisseur comes from the maintained counts per stage (docs/adr/0022), not from
 * counting the region's dossiers, and is still the number of dossiers of every status in their regions, per stage
 * and for a text search (which is counted live).
 */
@IntegrationTest
class DossierListTotalTest {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    IdentityService identities;

    @Test
    void theTotalIsEveryDossierOfTheRegionsWithoutCountingThem() throws Exception {
        StatementCounter.start();
        long total = total("/api/dossiers");
        List<String> sql = StatementCounter.sql().stream().map(q -> q.toLowerCase(Locale.ROOT)).toList();
        StatementCounter.stop();

        assertThat(total).isEqualTo(count(""));
        assertThat(sql).as("the counts per stage read").anyMatch(q -> q.contains(" from report_cell "));
        assertThat(sql).as("no count of the region's dossiers").noneMatch(q -> q.contains("count(") && q.contains(" dossier "));
        assertThat(total("/api/dossiers?fase=ORIENTATIE")).isEqualTo(count(" and current_stage = 'ORIENTATIE'"));
        assertThat(total("/api/dossiers?fase=AANMELDING&q=example")).isEqualTo(
                count(" and current_stage = 'AANMELDING' and lower(email) like '%example%'"));
    }

    private long total(String path) throws Exception {
        JsonNode page = json.readTree(http.withBasicAuth("kr.utrecht", "demo").getForEntity(path, String.class).getBody());
        return page.get("total").asLong();
    }

    /** The dossiers of kr.utrecht's regions, of every status, counted in the table. */
    private long count(String condition) {
        List<String> regions = identities.createTenantQuery().userMember("kr.utrecht").includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        return jdbc.queryForObject("select count(*) from dossier where region_code in (:regions)" + condition,
                new MapSqlParameterSource("regions", regions), Long.class);
    }
}
