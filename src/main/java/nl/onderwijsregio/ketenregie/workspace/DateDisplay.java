package nl.onderwijsregio.ketenregie.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Dates as Dutch users read them, in Dutch time; used in templates as {@code @datum}. */
@Component("datum")
public class DateDisplay {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    public String dag(Instant instant) {
        return day(instant);
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZONE));
    }

    public String dag(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String tijd(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(ZONE));
    }

    /** Machine-readable form for the datetime attribute of time elements. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
