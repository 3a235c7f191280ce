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

/**
 * One stage a dossier entered. History is appended, never rewritten: a row is created on entering
 * and closed exactly once on leaving; a correction is a new row, not an edit.
 */
@Entity
@Table(name = "stage_transition")
public class StageTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private UUID dossierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Stage stage;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    @Column(name = "left_at")
    private Instant leftAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    private DropoutReason reason;

    private Boolean avoidable;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "ended_by")
    private String endedBy;

    protected StageTransition() {
    }

    static StageTransition enter(UUID dossierId, Stage stage, Instant at, String actor) {
        StageTransition transition = new StageTransition();
        transition.dossierId = dossierId;
        transition.stage = stage;
        transition.enteredAt = at;
        transition.actor = actor;
        return transition;
    }

    void close(Outcome outcome, DropoutReason reason, Boolean avoidable, Instant at, String endedBy) {
        if (leftAt != null) {
            throw new IllegalStateException("Stage " + stage + " of dossier " + dossierId + " is already closed");
        }
        if (outcome == Outcome.UITGEVALLEN && (reason == null || avoidable == null)) {
            throw new IllegalArgumentException("A dropout needs a reason code and the avoidable flag");
        }
        this.leftAt = at;
        this.outcome = outcome;
        this.reason = reason;
        this.avoidable = avoidable;
        this.endedBy = endedBy;
    }

    /** Who ended the track at this stage (registered the dropout or handover); null when it moved on. */
    public String getEndedBy() {
        return endedBy;
    }

    public Long getId() {
        return id;
    }

    public UUID getDossierId() {
        return dossierId;
    }

    public Stage getStage() {
        return stage;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public DropoutReason getReason() {
        return reason;
    }

    public Boolean getAvoidable() {
        return avoidable;
    }

    public String getActor() {
        return actor;
    }
}
