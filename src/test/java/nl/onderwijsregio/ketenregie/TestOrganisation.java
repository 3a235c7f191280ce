package nl.onderwijsregio.ketenregie;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Schools with room for every test (the demo schools have only a few guidance places, and tests in one
 * run share the database), with a schoolopleider each. Created once, idempotently.
 */
@Component
public class TestOrganisation {

    public static final String PO_SCHOOL = "test-po-school";
    public static final String VO_SCHOOL_MNL = "test-vo-school-mnl";
    public static final String SCHOOLOPLEIDER = "so.test";

    private final JdbcTemplate jdbc;
    private final IdentityService identityService;

    TestOrganisation(JdbcTemplate jdbc, IdentityService identityService) {
        this.jdbc = jdbc;
        this.identityService = identityService;
    }

    public void ensure() {
        school(PO_SCHOOL, "Testschool PO", "spo-utrecht", "utrecht-stad", "PO", 10_000);
        school(VO_SCHOOL_MNL, "Testschool VO", "vo-eemland", "midden-nederland", "VO", 10_000);
        if (identityService.createUserQuery().userId(SCHOOLOPLEIDER).count() == 0) {
            User user = identityService.newUser(SCHOOLOPLEIDER);
            user.setFirstName("Test");
            user.setLastName("Schoolopleider");
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(SCHOOLOPLEIDER, "schoolopleider");
            identityService.createMembership(SCHOOLOPLEIDER, "school:" + PO_SCHOOL);
            identityService.createMembership(SCHOOLOPLEIDER, "school:" + VO_SCHOOL_MNL);
        }
    }

    /** A school with exactly {@code capacity} guidance places, for capacity tests. */
    public void school(String code, String name, String bestuur, String region, String sector, int capacity) {
        if (jdbc.queryForObject("select count(*) from school where code = ?", Integer.class, code) == 0) {
            jdbc.update("insert into school (code, name, bestuur_code, region_code, sector, wijk, guidance_capacity) "
                    + "values (?, ?, ?, ?, ?, 'Testwijk', ?)", code, name, bestuur, region, sector, capacity);
        }
        if (identityService.createGroupQuery().groupId("school:" + code).count() == 0) {
            identityService.saveGroup(identityService.newGroup("school:" + code));
        }
    }
}
