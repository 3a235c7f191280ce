package nl.onderwijsregio.ketenregie.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** Coaching hours a schoolopleider logged for a zij-instromer. Appended, never edited. */
@Entity
@Immutable
@Table(name = "coaching_hours")
class CoachingHours {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id")
    private UUID dossierId;

    @Column(name = "logged_at")
    private Instant loggedAt;

    private BigDecimal hours;

    @Column(name = "logged_by")
    private String loggedBy;

    protected CoachingHours() {
    }

    CoachingHours(UUID dossierId, BigDecimal hours, String loggedBy, Instant loggedAt) {
        this.dossierId = dossierId;
        this.hours = hours;
        this.loggedBy = loggedBy;
        this.loggedAt = loggedAt;
    }

    Instant getLoggedAt() {
        return loggedAt;
    }

    BigDecimal getHours() {
        return hours;
    }

    String getLoggedBy() {
        return loggedBy;
    }
}
