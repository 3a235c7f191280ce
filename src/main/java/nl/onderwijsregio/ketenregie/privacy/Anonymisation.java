package nl.onderwijsregio.ketenregie.privacy;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierRetention;
import nl.onderwijsregio.ketenregie.dossier.PersonalDataHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the personal data of one dossier from every feature that holds some ({@link PersonalDataHolder}),
 * and marks the dossier anonymised, all in one transaction under a claim on the dossier row.
 */
@Service
class Anonymisation {

    private final DossierRetention retention;
    private final List<PersonalDataHolder> holders;
    private final Clock clock;

    Anonymisation(DossierRetention retention, List<PersonalDataHolder> holders, Clock clock) {
        this.retention = retention;
        this.holders = holders;
        this.clock = clock;
    }

    /**
     * @return false when the dossier was anonymised already, or another instance is anonymising it right now
     *     (that one finishes it)
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean anonymise(UUID dossierId, DossierRetention.Reason reason) {
        if (!retention.claim(dossierId)) {
            return false;
        }
        holders.forEach(holder -> holder.anonymise(dossierId));
        retention.markAnonymised(dossierId, reason, clock.instant());
        return true;
    }
}
