package nl.onderwijsregio.ketenregie.notification;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per staff member: a daily digest of new tasks (the default) or a mail per task at once. */
@Service
public class MailPreferences {

    public enum Mode {
        DIGEST("Eén overzicht per dag (standaard)"),
        IMMEDIATE("Meteen een e-mail per nieuwe taak");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MailPreferences(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Mode of(String userId) {
        return jdbc.query("select mode from mail_preference where user_id = ?",
                (rs, row) -> Mode.valueOf(rs.getString(1)), userId).stream().findFirst().orElse(Mode.DIGEST);
    }

    /** The choice of each of these staff members in one query; who chose nothing gets the digest. */
    @Transactional(readOnly = true)
    public Map<String, Mode> of(Collection<String> userIds) {
        Map<String, Mode> modes = new HashMap<>();
        userIds.forEach(userId -> modes.put(userId, Mode.DIGEST));
        if (!userIds.isEmpty()) {
            jdbc.query("select user_id, mode from mail_preference where user_id in ("
                    + String.join(",", Collections.nCopies(userIds.size(), "?")) + ")",
                    (ResultSet rs) -> {
                        modes.put(rs.getString(1), Mode.valueOf(rs.getString(2)));
                    }, userIds.toArray());
        }
        return modes;
    }

    @Transactional
    public void set(String userId, Mode mode) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (jdbc.update("update mail_preference set mode = ?, updated_at = ? where user_id = ?", mode.name(), now,
                userId) == 0) {
            jdbc.update("insert into mail_preference (user_id, mode, updated_at) values (?, ?, ?)", userId, mode.name(),
                    now);
        }
    }
}
