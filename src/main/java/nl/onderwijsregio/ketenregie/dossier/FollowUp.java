package nl.onderwijsregio.ketenregie.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** The answer to a retention follow-up (1, 3 or 5 years after qualification). */
@Entity
@Immutable
@Table(name = "follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id")
    private UUID dossierId;

    private int years;

    @Column(name = "still_in_education")
    private boolean stillInEducation;

    private String workplace;

    @Enumerated(EnumType.STRING)
    private DropoutReason reason;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected FollowUp() {
    }

    FollowUp(UUID dossierId, int years, boolean stillInEducation, String workplace, DropoutReason reason,
            String recordedBy, Instant recordedAt) {
        this.dossierId = dossierId;
        this.years = years;
        this.stillInEducation = stillInEducation;
        this.workplace = workplace;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public int getYears() {
        return years;
    }

    public boolean isStillInEducation() {
        return stillInEducation;
    }

    public String getWorkplace() {
        return workplace;
    }

    public DropoutReason getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
