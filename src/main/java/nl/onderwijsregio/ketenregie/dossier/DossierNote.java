package nl.onderwijsregio.ketenregie.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A note on a dossier. Notes are appended and never edited. */
@Entity
@Immutable
@Table(name = "dossier_note")
public class DossierNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id")
    private UUID dossierId;

    @Column(name = "created_at")
    private Instant createdAt;

    private String author;

    private String text;

    protected DossierNote() {
    }

    static DossierNote of(UUID dossierId, String author, String text, Instant at) {
        DossierNote note = new DossierNote();
        note.dossierId = dossierId;
        note.author = author;
        note.text = text;
        note.createdAt = at;
        return note;
    }

    public UUID getDossierId() {
        return dossierId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }
}
