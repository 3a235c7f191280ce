package nl.onderwijsregio.ketenregie.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A zij-instromer holding one of a school's guidance places, until released. */
@Entity
@Table(name = "school_placement")
class SchoolPlacement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", updatable = false)
    private UUID dossierId;

    @Column(name = "school_code", updatable = false)
    private String schoolCode;

    @Column(name = "claimed_at", updatable = false)
    private Instant claimedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    protected SchoolPlacement() {
    }

    SchoolPlacement(UUID dossierId, String schoolCode, Instant claimedAt) {
        this.dossierId = dossierId;
        this.schoolCode = schoolCode;
        this.claimedAt = claimedAt;
    }

    void release(Instant at) {
        this.releasedAt = at;
    }

    String getSchoolCode() {
        return schoolCode;
    }
}
