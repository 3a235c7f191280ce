package nl.onderwijsregio.ketenregie.langstudeerders;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.InzageRows;
import nl.onderwijsregio.ketenregie.dossier.PersonalDataHolder;
import nl.onderwijsregio.ketenregie.dossier.RetainedPersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The personal data of a langstudeerder: name, email and student number, as the institute's list gave them.
 * A closed case keeps them for {@code ketenregie.privacy.bewaartermijn.langstudeerder}; a student referred to
 * the zij-instroom journey is the same person as that dossier, so the dossier's erasure, anonymisation and
 * access export include the student's case too. Anonymising keeps the row with its codes, credits, track and
 * check-ins, so the langstudeerders report counts the same; the student number becomes the case number, which
 * is unique and no personal data, and the next list of the institute no longer matches the old row.
 */
@Component
class LangstudeerderPersonalData implements PersonalDataHolder, RetainedPersonalData {

    static final String ANONYMISED_NAME = "Geanonimiseerd";
    private static final String BLANK = "set first_name = '" + ANONYMISED_NAME + "', last_name = '', email = '', "
            + "student_number = 'ANON-' || case_number, anonymised_at = ? ";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LangstudeerderPersonalData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String part() {
        return "langstudeerders";
    }

    @Override
    public Object inzage(UUID dossierId) {
        return InzageRows.query(jdbc, "select case_number, opleiding_code, student_number, first_name, last_name, email, "
                + "programme, sector, start_year, credits_obtained, credits_required, school_code, status, "
                + "target_date, stop_reason, imported_at, intake_at, closed_at from langstudeerder "
                + "where referred_dossier_id = ? order by imported_at", dossierId);
    }

    @Override
    public int anonymise(UUID dossierId) {
        return jdbc.update("update langstudeerder " + BLANK + "where referred_dossier_id = ? and anonymised_at is null",
                now(), dossierId);
    }

    @Override
    public String kind() {
        return "langstudeerder";
    }

    @Override
    public Statement statement() {
        return new Statement("Je gegevens als langstudeerder van een lerarenopleiding", "na het afsluiten van je begeleiding");
    }

    @Override
    public int anonymiseEndedBefore(Instant cutoff) {
        return jdbc.update("update langstudeerder " + BLANK + "where anonymised_at is null and closed_at < ?", now(),
                OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
