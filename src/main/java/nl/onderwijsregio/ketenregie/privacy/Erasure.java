package nl.onderwijsregio.ketenregie.privacy;

import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierRetention;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.journey.JourneyCommands;
import nl.onderwijsregio.ketenregie.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure on request (art. 17 AVG), by the region's privacy officer: every dossier of the person that warm
 * handovers link (also in another region) is handled. A running journey ends through the candidate's own
 * withdrawal path (UITGEVALLEN, KANDIDAAT_GESTOPT), so other processes hear it as they do for any dropout
 * (a garantiefonds application is withdrawn or goes to its claim); then the anonymisation runs at once.
 * All in one transaction: a journey that cannot be stopped leaves everything as it was.
 */
@Service
public class Erasure {

    private static final Logger log = LoggerFactory.getLogger(Erasure.class);

    private final DossierService dossiers;
    private final DossierRetention retention;
    private final JourneyCommands journey;
    private final Anonymisation anonymisation;
    private final EntityManager entityManager;

    Erasure(DossierService dossiers, DossierRetention retention, JourneyCommands journey, Anonymisation anonymisation,
            EntityManager entityManager) {
        this.dossiers = dossiers;
        this.retention = retention;
        this.journey = journey;
        this.anonymisation = anonymisation;
        this.entityManager = entityManager;
    }

    /** @return the number of dossiers erased (the dossier and the ones linked to it) */
    @Transactional
    public int erase(KetenregieUser user, UUID dossierId, PrivacyRequests.Erasure request) {
        PrivacyAccess.requireOfficerFor(user, dossierId, dossiers);
        return erase(user.userId(), dossierId, request.reden().strip());
    }

    /**
     * The erasure itself, for a caller that checked who may do it: the API and page above, or the completion of
     * "Verwijderverzoek beoordelen", which only the region's privacy officers can complete (candidate group and
     * tenant of the task).
     */
    @Transactional
    int erase(String actor, UUID dossierId, String reason) {
        Set<UUID> linked = retention.linkedByHandover(dossierId);
        for (UUID id : linked) {
            Dossier dossier = dossiers.get(id);
            if (dossier.isOpen() && !journey.candidateStops(id, DropoutReason.KANDIDAAT_GESTOPT, false, null, actor)) {
                throw new ConflictException("id", "Voor een gekoppeld dossier loopt geen traject in de procesmotor; "
                        + "neem contact op met de beheerder.");
            }
        }
        // The journey's changes to the dossier rows go to the database before the rows are anonymised.
        entityManager.flush();
        int erased = 0;
        for (UUID id : linked) {
            if (anonymisation.anonymise(id, DossierRetention.Reason.VERZOEK)) {
                erased++;
            }
        }
        entityManager.clear();
        for (UUID id : linked) {
            dossiers.addNote(id, actor, "Persoonsgegevens gewist op verzoek (art. 17 AVG). Reden: " + reason);
        }
        log.info("Erasure on request: {} dossiers anonymised by {}", erased, actor);
        return erased;
    }
}
