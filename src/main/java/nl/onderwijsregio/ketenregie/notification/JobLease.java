package nl.onderwijsregio.ketenregie.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A job that runs on one instance at a time ({@code mail_job_lease}): every instance's schedule fires, the first
 * takes the lease, the others skip. Each take and release is its own statement, so no transaction stays open
 * for the run; a lease of an instance that died ends by itself.
 */
@Component
class JobLease {

    private final JdbcTemplate jdbc;

    JobLease(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the lease of job {@code name} until {@code now + length}, unless another instance holds it. */
    boolean take(String name, Instant now, Duration length) {
        return jdbc.update("update mail_job_lease set leased_until = ? where name = ? "
                + "and (leased_until is null or leased_until < ?)", utc(now.plus(length)), name, utc(now)) == 1;
    }

    void release(String name) {
        jdbc.update("update mail_job_lease set leased_until = null where name = ?", name);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
