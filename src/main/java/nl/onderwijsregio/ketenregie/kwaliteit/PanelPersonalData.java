package nl.onderwijsregio.ketenregie.kwaliteit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.onderwijsregio.ketenregie.dossier.RetainedPersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Names and email addresses of a peer review's panel members, many of them guests from another region or an
 * institute. Their guest accounts go when the review closes (GuestAccounts); the names stay on the closed
 * review for {@code ketenregie.privacy.bewaartermijn.peerreview-panel}, for questions about the report, and are
 * then blanked. Role, origin and organisation stay: the panel's make-up is part of the review's quality record.
 */
@Component
class PanelPersonalData implements RetainedPersonalData {

    static final String ANONYMISED_NAME = "Geanonimiseerd panellid";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PanelPersonalData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "peerreview-panel";
    }

    @Override
    public Statement statement() {
        return new Statement("Naam en e-mailadres van leden van een peer-reviewpanel", "na het afsluiten van de peer review");
    }

    @Override
    public int anonymiseEndedBefore(Instant cutoff) {
        return jdbc.update("update peer_review_panel_member set name = ?, email = '', anonymised_at = ? "
                + "where anonymised_at is null and review_id in (select id from peer_review where closed_at < ?)",
                ANONYMISED_NAME, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
    }
}
