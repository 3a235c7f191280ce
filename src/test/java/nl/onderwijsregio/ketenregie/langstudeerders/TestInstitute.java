package nl.onderwijsregio.ketenregie.langstudeerders;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A lerarenopleiding of its own for one test (tests share the database), its user, and lists in the import's
 * CSV format. Schools are demo schools: spo-zonnewijzer in Utrecht Stad, eemland-college in Midden Nederland.
 */
final class TestInstitute {

    static final String HEADER = "studentnummer;voornaam;achternaam;email;opleiding;sector;startjaar;ec_behaald;ec_totaal;school;regio";
    static final String UTRECHT = "utrecht-stad";
    static final String MIDDEN_NEDERLAND = "midden-nederland";

    final String code;
    final KetenregieUser user;

    TestInstitute(JdbcTemplate jdbc) {
        this(jdbc, Set.of(UTRECHT, MIDDEN_NEDERLAND));
    }

    TestInstitute(JdbcTemplate jdbc, Set<String> regions) {
        code = "test-lo-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into lerarenopleiding (code, name) values (?, ?)", code, "Testopleiding " + code);
        user = new KetenregieUser("lo." + code, "Test", Set.of("lerarenopleiding", "opleiding:" + code), regions);
    }

    /** A valid line for student {@code number}: VO, started five years ago, 120 of 240 credits, no school. */
    static String line(String number) {
        return line(number, "Sanne", "de Vries", number + "@student.example.nl", "120", "240", "", UTRECHT);
    }

    static String line(String number, String firstName, String lastName, String email, String obtained, String total,
            String school, String region) {
        return String.join(";", number, firstName, lastName, email, "Leraar Wiskunde tweedegraads", "VO",
                String.valueOf(LocalDate.now().getYear() - 5), obtained, total, school, region);
    }

    static byte[] file(String... lines) {
        return file(List.of(lines));
    }

    static byte[] file(List<String> lines) {
        List<String> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(lines);
        return (String.join("\r\n", all) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
