package nl.onderwijsregio.ketenregie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.langstudeerders.LangstudeerderStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's langstudeerders: both lists come in through the real import and the guidance runs through the real
 * process, so afterwards every outcome, steering, the schools' agreements and import check-ins exist. The lists
 * are uploaded for institutes of the test's own (other tests share the database and the demo institutes).
 */
@IntegrationTest
class DemoLangstudeerdersTest {

    @Autowired
    DemoLangstudeerders demo;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bothListsAreImportedAndEveryCourseOfTheGuidanceExists() {
        DemoLangstudeerders.InstituteList hu = copy(DemoLangstudeerders.HU);
        DemoLangstudeerders.InstituteList marnix = copy(DemoLangstudeerders.MARNIX);

        Map<LangstudeerderStatus, Long> statuses = demo.generate(List.of(hu, marnix), Instant.now());

        assertThat(statuses.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(55);
        assertThat(statuses).containsKeys(LangstudeerderStatus.BEVOEGD, LangstudeerderStatus.GESTOPT,
                LangstudeerderStatus.DOORVERWEZEN, LangstudeerderStatus.NIET_BEREIKBAAR, LangstudeerderStatus.BEGELEIDING,
                LangstudeerderStatus.AFSPRAAK_SCHOOL);
        String codes = "('" + code(hu) + "', '" + code(marnix) + "')";
        assertThat(jdbc.queryForObject("select count(*) from langstudeerder where opleiding_code = ?", Integer.class,
                code(hu))).isEqualTo(40);
        assertThat(jdbc.queryForObject("select count(*) from langstudeerder_import where opleiding_code in " + codes,
                Integer.class)).as("two uploads per institute").isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from langstudeerder_checkin c join langstudeerder l on "
                + "l.id = c.langstudeerder_id where c.source = 'IMPORT' and l.opleiding_code in " + codes, Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from langstudeerder_status s join langstudeerder l on "
                + "l.id = s.langstudeerder_id where s.status = 'BIJSTUREN' and l.opleiding_code in " + codes, Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from langstudeerder where school_leave_hours > 0 and "
                + "opleiding_code in " + codes, Integer.class)).as("schools agreed support").isPositive();
        assertThat(jdbc.queryForObject("select max(checked_at) from langstudeerder_checkin c join langstudeerder l on "
                + "l.id = c.langstudeerder_id where l.opleiding_code in " + codes, java.sql.Timestamp.class).toInstant())
                .as("simulated time never passes now").isBefore(Instant.now());
    }

    private DemoLangstudeerders.InstituteList copy(DemoLangstudeerders.InstituteList list) {
        String code = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into lerarenopleiding (code, name) values (?, ?)", code, "Demo-opleiding " + code);
        return new DemoLangstudeerders.InstituteList(new KetenregieUser(list.uploader().userId(), "Demo",
                Set.of("lerarenopleiding", "opleiding:" + code), list.uploader().regions()), list.size(), list.sector(),
                list.programmes(), list.placements());
    }

    private static String code(DemoLangstudeerders.InstituteList list) {
        return list.uploader().opleidingCodes().iterator().next();
    }
}
