package nl.onderwijsregio.ketenregie.casework;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.journey.HandoverTarget;
import nl.onderwijsregio.ketenregie.journey.JourneyCommands;
import nl.onderwijsregio.ketenregie.web.ConflictException;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import nl.onderwijsregio.ketenregie.web.ResourceNotFoundException;
import nl.onderwijsregio.ketenregie.web.Text;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a case worker does to a dossier: register dropout, hand over warmly, add a note, correct the
 * candidate's details. The API and the dossier page both come here, so the same checks hold on both:
 * <ul>
 * <li>a dossier outside the user's scope is not found (404), exactly like an unknown one;</li>
 * <li>dropout, handover and corrections are for the region's ketenregisseurs (403 for others);</li>
 * <li>dropout and handover need a running track (400), handover a different, existing region (400) where
 * the candidate has no running dossier yet (409).</li>
 * </ul>
 * Field rules are on {@link CaseRequests}; the callers validate those first.
 */
@Service
@Transactional
public class CaseActions {

    private final DossierQueries queries;
    private final DossierService dossiers;
    private final JourneyCommands journey;

    CaseActions(DossierQueries queries, DossierService dossiers, JourneyCommands journey) {
        this.queries = queries;
        this.dossiers = dossiers;
        this.journey = journey;
    }

    /** Reasons a case worker can choose; the stop link's own reason is the candidate's, never typed in. */
    public static final List<DropoutReason> MANUAL_DROPOUT_REASONS = Arrays.stream(DropoutReason.values())
            .filter(reason -> reason != DropoutReason.KANDIDAAT_GESTOPT).toList();

    public void registerDropout(KetenregieUser user, UUID id, CaseRequests.Dropout request) {
        runningDossier(ketenregisseur(user, id));
        if (!MANUAL_DROPOUT_REASONS.contains(request.reden())) {
            throw new InvalidRequestException("reden", "Deze reden geldt alleen als de kandidaat zelf stopt via de "
                    + "stoplink; kies een andere reden.");
        }
        if (!journey.candidateStops(id, request.reden(), request.onnodig(), Text.blankToNull(request.toelichting()),
                user.userId())) {
            throw noRunningJourney();
        }
    }

    public void handOver(KetenregieUser user, UUID id, CaseRequests.Handover request) {
        Dossier dossier = runningDossier(ketenregisseur(user, id));
        switch (journey.handoverTarget(id, dossier.getRegionCode(), request.naarRegio())) {
            case NOT_A_REGION -> throw new InvalidRequestException("naarRegio", HandoverTarget.Verdict.NOT_A_REGION.message());
            case ALREADY_RUNNING_THERE -> throw new ConflictException("naarRegio",
                    HandoverTarget.Verdict.ALREADY_RUNNING_THERE.message());
            case ACCEPTED -> {
                if (!journey.handOver(id, request.naarRegio(), Text.blankToNull(request.toelichting()), user.userId())) {
                    throw noRunningJourney();
                }
            }
        }
    }

    public void addNote(KetenregieUser user, UUID id, CaseRequests.Note request) {
        visible(user, id);
        dossiers.addNote(id, user.userId(), request.tekst().trim());
    }

    /** @return whether anything changed; the change and its reason land in the dossier's history */
    public boolean correctDetails(KetenregieUser user, UUID id, CaseRequests.Correction request) {
        ketenregisseur(user, id);
        try {
            return dossiers.correctDetails(id, request.voornaam().trim(), request.achternaam().trim(),
                    request.email().trim(), Text.blankToNull(request.telefoon()), request.reden().trim(), user.userId());
        } catch (IllegalStateException duplicate) {
            throw new ConflictException("email", "Er is al een lopend dossier met dit e-mailadres in deze regio.");
        }
    }

    private Dossier visible(KetenregieUser user, UUID id) {
        return queries.find(user, id).orElseThrow(() -> new ResourceNotFoundException("Dossier niet gevonden."));
    }

    private Dossier ketenregisseur(KetenregieUser user, UUID id) {
        Dossier dossier = visible(user, id);
        if (!user.isKetenregisseur()) {
            throw new AccessDeniedException("Alleen de ketenregisseur van de regio doet dit.");
        }
        return dossier;
    }

    private static Dossier runningDossier(Dossier dossier) {
        if (!dossier.isOpen()) {
            throw new InvalidRequestException("id", "Dit traject loopt niet meer.");
        }
        return dossier;
    }

    private static ConflictException noRunningJourney() {
        return new ConflictException("id", "Voor dit dossier loopt geen traject in de procesmotor; neem contact op "
                + "met de beheerder.");
    }
}
