package nl.onderwijsregio.ketenregie.dossier;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notes staff wrote on a dossier: free text, so anything may be in it. Anonymising replaces the text; who
 * wrote a note and when stays, as part of the dossier's history.
 */
@Component
class NoteTexts implements PersonalDataHolder {

    static final String REMOVED = "[verwijderd]";

    private final JdbcTemplate jdbc;

    NoteTexts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "notities";
    }

    @Override
    public Object inzage(UUID dossierId) {
        return InzageRows.query(jdbc, "select created_at, author, text from dossier_note where dossier_id = ? order by created_at, id",
                dossierId);
    }

    @Override
    public int anonymise(UUID dossierId) {
        return jdbc.update("update dossier_note set text = ? where dossier_id = ? and text <> ?", REMOVED, dossierId,
                REMOVED);
    }
}
