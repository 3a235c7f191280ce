package nl.onderwijsregio.ketenregie.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V27 gives every dossier the aggregate already counts its CURRENT cell (status and current stage), with the cohort
 * quarter and characteristics of its candidate cell, on H2 and PostgreSQL: a database upgraded from V26 has the
 * work list's counts at once, without recounting every dossier on start.
 */
class CurrentStageCellsMigrationTest {

    @Test
    void anUpgradedH2DatabaseCountsItsDossiersPerStage() {
        upgradeCountsEveryCountedDossier("jdbc:h2:mem:v27-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa");
    }

    @Test
    void anUpgradedPostgresDatabaseCountsItsDossiersPerStage() {
        String url = PostgresTestDatabase.urlOf("ketenregie_test_v27");
        PostgresTestDatabase.recreate(url);
        upgradeCountsEveryCountedDossier(url, "postgres");
    }

    private static void upgradeCountsEveryCountedDossier(String url, String user) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, "");
        Flyway.configure().dataSource(dataSource).target("26").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into region (code, name, contact_email) values ('r', 'Regio', 'r@example.nl')");
        dossier(jdbc, "LOPEND", "SOLLICITATIE", 100, "PO");
        dossier(jdbc, "LOPEND", "SOLLICITATIE", 100, "PO");
        dossier(jdbc, "LOPEND", "ORIENTATIE", 100, "VO");
        dossier(jdbc, "UITGEVALLEN", "ORIENTATIE", 101, "PO");
        UUID notCounted = dossier(jdbc, "LOPEND", "ORIENTATIE", 101, "PO");
        jdbc.update("delete from report_dossier_cell where dossier_id = ?", notCounted);

        Flyway.configure().dataSource(dataSource).load().migrate();

        assertThat(jdbc.queryForObject("select count(*) from report_dossier_cell where measure = 'CURRENT'",
                Integer.class)).as("one cell per counted dossier").isEqualTo(4);
        assertThat(cells(jdbc, "REGION")).containsExactlyInAnyOrder(
                Map.of("COHORT_QUARTER", 100, "KEY1", "LOPEND", "KEY2", "SOLLICITATIE", "SECTOR", "", "N", 2L),
                Map.of("COHORT_QUARTER", 100, "KEY1", "LOPEND", "KEY2", "ORIENTATIE", "SECTOR", "", "N", 1L),
                Map.of("COHORT_QUARTER", 101, "KEY1", "UITGEVALLEN", "KEY2", "ORIENTATIE", "SECTOR", "", "N", 1L));
        assertThat(cells(jdbc, "DETAIL")).containsExactlyInAnyOrder(
                Map.of("COHORT_QUARTER", 100, "KEY1", "LOPEND", "KEY2", "SOLLICITATIE", "SECTOR", "PO", "N", 2L),
                Map.of("COHORT_QUARTER", 100, "KEY1", "LOPEND", "KEY2", "ORIENTATIE", "SECTOR", "VO", "N", 1L),
                Map.of("COHORT_QUARTER", 101, "KEY1", "UITGEVALLEN", "KEY2", "ORIENTATIE", "SECTOR", "PO", "N", 1L));
    }

    /** A dossier as V26 left it: counted by the aggregate with its candidate cell. */
    private static UUID dossier(JdbcTemplate jdbc, String status, String stage, int quarter, String sector) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into dossier (id, voornaam, achternaam, email, region_code, sector, opleidingsniveau, "
                + "buitenlands_diploma, consent_given_at, current_stage, status, registered_at, dossier_number) values "
                + "(?, 'Test', 'Kandidaat', 'k@example.nl', 'r', ?, 'HBO', false, current_timestamp, ?, ?, "
                + "current_timestamp, ?)", id, sector, stage, status, "R-" + id.toString().substring(0, 8));
        jdbc.update("insert into report_dossier_cell (dossier_id, region_code, cohort_quarter, sector, route, "
                + "bestuur_code, school_code, buitenlands_diploma, vak, measure, key1, key2, key3, amount, n) values "
                + "(?, 'r', ?, ?, '', '', '', 'false', '', 'CANDIDATE', '', '', '', 0, 1)", id, quarter, sector);
        return id;
    }

    private static List<Map<String, Object>> cells(JdbcTemplate jdbc, String scope) {
        return jdbc.queryForList("select cohort_quarter, key1, key2, sector, n from report_cell where scope = ? "
                + "and measure = 'CURRENT'", scope).stream().map(row -> Map.<String, Object>of(
                        "COHORT_QUARTER", ((Number) row.get("cohort_quarter")).intValue(), "KEY1", row.get("key1"),
                        "KEY2", row.get("key2"), "SECTOR", row.get("sector"),
                        "N", ((Number) row.get("n")).longValue())).toList();
    }
}
