package nl.onderwijsregio.ketenregie.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Working days are Monday to Friday in Dutch time (public holidays are not taken into account). */
final class WorkingDays {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private WorkingDays() {
    }

    /** The moment {@code days} working days after {@code from}, at the same time of day. */
    static Instant plus(Instant from, int days) {
        ZonedDateTime moment = from.atZone(NETHERLANDS);
        int added = 0;
        while (added < days) {
            moment = moment.plusDays(1);
            if (isWorkingDay(moment)) {
                added++;
            }
        }
        return moment.toInstant();
    }

    /** Whether a task due at {@code due} is due within {@code days} working days of {@code now}. */
    static boolean dueWithin(Instant due, Instant now, int days) {
        return due != null && !due.isAfter(plus(now, days));
    }

    private static boolean isWorkingDay(ZonedDateTime moment) {
        DayOfWeek day = moment.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
