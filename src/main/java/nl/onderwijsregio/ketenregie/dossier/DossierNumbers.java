package nl.onderwijsregio.ketenregie.dossier;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

/**
 * Hands out dossier numbers such as UTR-2026-0042: the region's prefix, the year of registration and a
 * counter per region and year that only goes up, so a number is never reused. The counter row is locked
 * while a number is taken, so concurrent registrations get different numbers; the first number of a new
 * year may race on the insert, which the registration's retry absorbs.
 */
@Component
class DossierNumbers {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final JdbcTemplate jdbc;
    private final Map<String, String> prefixes;

    DossierNumbers(JdbcTemplate jdbc, Settings settings) {
        this.jdbc = jdbc;
        this.prefixes = settings.voorvoegsels() == null ? Map.of() : settings.voorvoegsels();
    }

    /** @param voorvoegsels the prefix per region code; a region without one uses the first letters of its code */
    @ConfigurationProperties("ketenregie.dossiernummer")
    record Settings(Map<String, String> voorvoegsels) {
    }

    /** Dossiers from before numbers existed get theirs at the next start, in order of registration. */
    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void numberOlderDossiers() {
        jdbc.query("select id, region_code, registered_at from dossier where dossier_number is null order by registered_at, id",
                (rs, row) -> new Object[] {rs.getObject(1, java.util.UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant()})
                .forEach(old -> jdbc.update("update dossier set dossier_number = ? where id = ?",
                        next((String) old[1], (Instant) old[2]), old[0]));
    }

    String next(String region, Instant registeredAt) {
        int year = registeredAt.atZone(NETHERLANDS).getYear();
        Integer last = jdbc.query("select last_number from dossier_number_counter where region_code = ? and number_year = ? "
                + "for update", (rs, row) -> rs.getInt(1), region, year).stream().findFirst().orElse(null);
        int next = last == null ? 1 : last + 1;
        if (last == null) {
            jdbc.update("insert into dossier_number_counter (region_code, number_year, last_number) values (?, ?, ?)",
                    region, year, next);
        } else {
            jdbc.update("update dossier_number_counter set last_number = ? where region_code = ? and number_year = ?",
                    next, region, year);
        }
        return String.format(Locale.ROOT, "%s-%d-%04d", prefix(region), year, next);
    }

    private String prefix(String region) {
        String letters = region.replaceAll("[^a-zA-Z]", "").toUpperCase(Locale.ROOT);
        return prefixes.getOrDefault(region, letters.substring(0, Math.min(3, letters.length())));
    }
}
