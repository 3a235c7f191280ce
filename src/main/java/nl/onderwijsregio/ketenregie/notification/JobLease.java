package nl.onderwijsregio.ketenregie.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A job that runs on one instance at a time ({@code mail_job_lease}): every instance's schedule fires, the first
 * takes the lease, the others skip. Each take and release is its own statement, so no transaction stays open
 * for the run; a lease of an instance that died ends by itself. The lease also records the day a run started and
 * the day one completed, so that a run that died can be resumed the same day ({@link #unfinishedOn}).
 */
@Component
class JobLease {

    private final JdbcTemplate jdbc;

    JobLease(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the lease of job {@code name} until {@code now + length} for a run on {@code day}, unless another
     * instance holds it.
     */
    boolean take(String name, Instant now, Duration length, LocalDate day) {
        return jdbc.update("update mail_job_lease set leased_until = ?, started_on = ? where name = ? "
                + "and (leased_until is null or leased_until < ?)", utc(now.plus(length)), day, name, utc(now)) == 1;
    }

    /** The run of {@code day} got to its end. */
    void completed(String name, LocalDate day) {
        jdbc.update("update mail_job_lease set completed_on = ? where name = ?", day, name);
    }

    /** A run started on {@code day}, none completed since and no instance holds the lease at {@code now}: it died. */
    boolean unfinishedOn(String name, LocalDate day, Instant now) {
        Integer unfinished = jdbc.queryForObject("select count(*) from mail_job_lease where name = ? "
                + "and started_on = ? and (completed_on is null or completed_on < started_on) "
                + "and (leased_until is null or leased_until < ?)", Integer.class, name, day, utc(now));
        return unfinished != null && unfinished == 1;
    }

    void release(String name) {
        jdbc.update("update mail_job_lease set leased_until = null where name = ?", name);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
