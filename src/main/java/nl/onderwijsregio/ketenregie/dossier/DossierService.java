package nl.onderwijsregio.ketenregie.dossier;

import nl.onderwijsregio.ketenregie.organisation.Sector;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
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
    private final CoachingHoursRepository coachingHours;
    private final FollowUpRepository followUps;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final DossierNumbers numbers;

    DossierService(DossierRepository dossiers, StageTransitionRepository transitions, DossierNoteRepository notes,
            CoachingHoursRepository coachingHours, FollowUpRepository followUps, Clock clock,
            ApplicationEventPublisher events, DossierNumbers numbers) {
        this.numbers = numbers;
        this.dossiers = dossiers;
        this.transitions = transitions;
        this.notes = notes;
        this.coachingHours = coachingHours;
        this.followUps = followUps;
        this.clock = clock;
        this.events = events;
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
        Dossier dossier = Dossier.register(candidate, regionCode, now());
        dossier.assignNumber(numbers.next(regionCode, dossier.getRegisteredAt()));
        Dossier saved = dossiers.saveAndFlush(dossier);
        changed(saved.getId());
        return Optional.of(saved);
    }

    /**
     * Records that the dossier entered a stage; the stage it was in counts as moved on. Coming back to the
     * stage it is in (a rematch, an extended period) is not a transition and records nothing.
     */
    public void enterStage(UUID dossierId, Stage stage, String actor) {
        Dossier dossier = require(dossierId);
        Instant now = now();
        Optional<StageTransition> open = transitions.findByDossierIdAndLeftAtIsNull(dossierId);
        if (open.isPresent() && open.get().getStage() == stage) {
            return;
        }
        open.ifPresent(current -> current.close(Outcome.DOORGESTROOMD, null, null, now, null));
        transitions.save(StageTransition.enter(dossierId, stage, now, actor));
        dossier.enter(stage);
        changed(dossierId);
    }

    /** Closes the current stage with how the track ended, and ends the dossier. */
    public void endTrack(UUID dossierId, Outcome outcome, DropoutReason reason, Boolean avoidable, String actor) {
        Dossier dossier = require(dossierId);
        transitions.findByDossierIdAndLeftAtIsNull(dossierId)
                .orElseThrow(() -> new IllegalStateException("Dossier " + dossierId + " has no open stage"))
                .close(outcome, reason, avoidable, now(), actor);
        dossier.end(outcome);
        changed(dossierId);
        // In this transaction: e.g. the exit question mail is written to the outbox with the outcome.
        events.publishEvent(new TrackEnded(dossierId, outcome, reason));
    }

    /** Stores what the intake conversation established about the candidate. */
    public void recordIntake(UUID dossierId, Sector sector, String vak, EducationLevel opleidingsniveau,
            boolean buitenlandsDiploma, boolean eerderBevoegd) {
        require(dossierId).updateIntake(sector, vak, opleidingsniveau, buitenlandsDiploma, eerderBevoegd);
        changed(dossierId);
    }

    public void recordRouteAdvice(UUID dossierId, Route advice) {
        require(dossierId).adviseRoute(advice);
    }

    /** The route the ketenregisseur chose; a choice against the advice is noted with its reason. */
    public void chooseRoute(UUID dossierId, Route route, String deviationReason, String actor) {
        Dossier dossier = require(dossierId);
        if (dossier.getRouteAdvies() != null && dossier.getRouteAdvies() != route) {
            addNote(dossierId, actor, "Route " + route.label() + " gekozen in plaats van het advies "
                    + dossier.getRouteAdvies().label() + ". Reden: " + deviationReason + ".");
        }
        dossier.chooseRoute(route);
        changed(dossierId);
    }

    public void referTo(UUID dossierId, String opleidingCode) {
        require(dossierId).referTo(opleidingCode);
    }

    public void hostVliegendeStart(UUID dossierId, String schoolCode) {
        require(dossierId).hostVliegendeStart(schoolCode);
    }

    public void matchWith(UUID dossierId, String bestuurCode, String schoolCode) {
        require(dossierId).matchWith(bestuurCode, schoolCode);
        changed(dossierId);
    }

    public void appoint(UUID dossierId, Appointment appointment) {
        require(dossierId).appoint(appointment);
        changed(dossierId);
    }

    public void recordQualification(UUID dossierId, LocalDate date) {
        require(dossierId).qualify(date);
    }

    public void logCoachingHours(UUID dossierId, BigDecimal hours, String actor) {
        coachingHours.save(new CoachingHours(dossierId, hours, actor, now()));
    }

    @Transactional(readOnly = true)
    public BigDecimal coachingHoursTotal(UUID dossierId) {
        return coachingHours.totalFor(dossierId);
    }

    public void markCoaching(UUID dossierId, boolean behind) {
        require(dossierId).markCoaching(behind);
    }

    public void recordFollowUp(UUID dossierId, int years, boolean stillInEducation, String workplace,
            DropoutReason reason, String actor) {
        followUps.save(new FollowUp(dossierId, years, stillInEducation, workplace, reason, actor, now()));
        changed(dossierId);
    }

    /**
     * Warm handover: a new dossier for the same candidate in the receiving region, linked to this one.
     * This dossier's stage history is closed by the journey (outcome OVERGEDRAGEN), not here.
     */
    public Dossier handOver(UUID dossierId, String toRegion, String actor) {
        Dossier from = require(dossierId);
        if (from.getRegionCode().equals(toRegion)) {
            throw new IllegalArgumentException("A warm handover goes to another region");
        }
        Dossier received = from.handOverTo(toRegion, now());
        received.assignNumber(numbers.next(toRegion, received.getRegisteredAt()));
        Dossier to = dossiers.saveAndFlush(received);
        changed(to.getId());
        addNote(to.getId(), actor, "Warm overgedragen vanuit een andere onderwijsregio.");
        addNote(dossierId, actor, "Warm overgedragen aan een andere onderwijsregio.");
        return to;
    }

    /**
     * Corrects the candidate's name, email or phone. A change needs a reason; the old and new values and
     * the reason are recorded as a note, so the dossier's history shows what changed, when and by whom.
     *
     * @return whether anything changed
     * @throws IllegalStateException when another open dossier in the region already has the new email
     */
    public boolean correctDetails(UUID dossierId, String voornaam, String achternaam, String email, String telefoon,
            String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A correction of candidate details needs a reason");
        }
        Dossier dossier = require(dossierId);
        if (dossier.isOpen() && !Dossier.normalisedEmail(email).equals(Dossier.normalisedEmail(dossier.getEmail()))
                && dossiers.findByRegionCodeAndOpenEmailKey(dossier.getRegionCode(), Dossier.normalisedEmail(email))
                        .isPresent()) {
            throw new IllegalStateException("Another open dossier in the region has this email");
        }
        java.util.List<String> changes = dossier.correctDetails(voornaam, achternaam, email, telefoon);
        if (changes.isEmpty()) {
            return false;
        }
        dossiers.flush();
        addNote(dossierId, actor, "Gegevens van de kandidaat gewijzigd (" + String.join("; ", changes) + "). Reden: "
                + reason.trim());
        return true;
    }

    /** Whether the candidate already has an open dossier in that region (then a handover there is refused). */
    @Transactional(readOnly = true)
    public boolean hasOpenDossierIn(UUID dossierId, String region) {
        return dossiers.findByRegionCodeAndOpenEmailKey(region, Dossier.normalisedEmail(require(dossierId).getEmail()))
                .isPresent();
    }

    /** When the dossier last entered the stage, if it did. */
    @Transactional(readOnly = true)
    public Optional<Instant> enteredAt(UUID dossierId, Stage stage) {
        return transitions.findByDossierIdOrderByEnteredAtAscIdAsc(dossierId).stream()
                .filter(transition -> transition.getStage() == stage)
                .map(StageTransition::getEnteredAt)
                .reduce((first, last) -> last);
    }

    @Transactional(readOnly = true)
    /** The open dossier of this email address in the region, if any (a referral links to it instead of a new one). */
    public Optional<Dossier> openDossier(String email, String regionCode) {
        return dossiers.findByRegionCodeAndOpenEmailKey(regionCode, Dossier.normalisedEmail(email));
    }

    public Dossier get(UUID dossierId) {
        return require(dossierId);
    }

    public void addNote(UUID dossierId, String author, String text) {
        notes.save(DossierNote.of(dossierId, author, text, now()));
    }

    /** The reports count what this transaction leaves of the dossier (see {@link DossierChanged}). */
    private void changed(UUID dossierId) {
        events.publishEvent(new DossierChanged(dossierId));
    }

    private Dossier require(UUID dossierId) {
        return dossiers.findById(dossierId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown dossier " + dossierId));
    }

    private Instant now() {
        return clock.instant();
    }
}
