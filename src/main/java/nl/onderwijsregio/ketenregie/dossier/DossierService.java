package nl.onderwijsregio.ketenregie.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to dossiers: registration, stage history and notes. Stage history is only written from the
 * journey's stage listener, so the BPMN decides what a stage is.
 */
@Service
@Transactional
public class DossierService {

    private final DossierRepository dossiers;
    private final StageTransitionRepository transitions;
    private final DossierNoteRepository notes;
    private final Clock clock;

    DossierService(DossierRepository dossiers, StageTransitionRepository transitions, DossierNoteRepository notes,
            Clock clock) {
        this.dossiers = dossiers;
        this.transitions = transitions;
        this.notes = notes;
        this.clock = clock;
    }

    /**
     * Opens a dossier for the candidate, unless an open dossier with the same email exists in the region:
     * then the repeated registration is noted on that dossier and nothing new is created.
     *
     * @return the new dossier, or empty when the registration was a repeat
     */
    public Optional<Dossier> register(Candidate candidate, String regionCode, String actor) {
        Optional<Dossier> existing = dossiers.findByRegionCodeAndOpenEmailKey(regionCode,
                Dossier.normalisedEmail(candidate.email()));
        if (existing.isPresent()) {
            addNote(existing.get().getId(), actor,
                    "De kandidaat heeft zich opnieuw aangemeld; er is geen tweede dossier aangemaakt.");
            return Optional.empty();
        }
        return Optional.of(dossiers.saveAndFlush(Dossier.register(candidate, regionCode, now())));
    }

    /** Records that the dossier entered a stage; the stage it was in counts as moved on. */
    public void enterStage(UUID dossierId, Stage stage, String actor) {
        Dossier dossier = require(dossierId);
        Instant now = now();
        transitions.findByDossierIdAndLeftAtIsNull(dossierId)
                .ifPresent(open -> open.close(Outcome.DOORGESTROOMD, null, null, now));
        transitions.save(StageTransition.enter(dossierId, stage, now, actor));
        dossier.enter(stage);
    }

    /** Closes the current stage with how the track ended, and ends the dossier. */
    public void endTrack(UUID dossierId, Outcome outcome, DropoutReason reason, Boolean avoidable) {
        Dossier dossier = require(dossierId);
        transitions.findByDossierIdAndLeftAtIsNull(dossierId)
                .orElseThrow(() -> new IllegalStateException("Dossier " + dossierId + " has no open stage"))
                .close(outcome, reason, avoidable, now());
        dossier.end(outcome);
    }

    /** Stores what the intake conversation established about the candidate. */
    public void recordIntake(UUID dossierId, Sector sector, String vak, EducationLevel opleidingsniveau,
            boolean buitenlandsDiploma) {
        require(dossierId).updateIntake(sector, vak, opleidingsniveau, buitenlandsDiploma);
    }

    public void addNote(UUID dossierId, String author, String text) {
        notes.save(DossierNote.of(dossierId, author, text, now()));
    }

    private Dossier require(UUID dossierId) {
        return dossiers.findById(dossierId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown dossier " + dossierId));
    }

    private Instant now() {
        return clock.instant();
    }
}
