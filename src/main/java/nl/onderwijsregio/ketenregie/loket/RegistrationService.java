package nl.onderwijsregio.ketenregie.loket;

import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.journey.ZijInstroomJourney;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a valid registration into a dossier in stage AANMELDING with a running journey, or, for someone
 * who already has an open dossier in the region, into a note on that dossier. The caller learns nothing
 * about which of the two happened.
 */
@Service
public class RegistrationService {

    static final String LOKET = "loket";
    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

    private final DossierService dossiers;
    private final ZijInstroomJourney journey;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    RegistrationService(DossierService dossiers, ZijInstroomJourney journey, TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.dossiers = dossiers;
        this.journey = journey;
        this.transaction = transaction;
        this.events = events;
    }

    public void register(Registration registration) {
        try {
            registerOnce(registration);
        } catch (DataIntegrityViolationException concurrentDuplicate) {
            // The same person registered twice at the same moment; the other request created the dossier.
            log.info("Concurrent duplicate registration in region {}; noting it on the existing dossier",
                    registration.regio());
            registerOnce(registration);
        }
    }

    private void registerOnce(Registration registration) {
        transaction.executeWithoutResult(status -> dossiers
                .register(registration.toCandidate(), registration.regio(), LOKET)
                .ifPresent(dossier -> {
                    journey.start(dossier, LOKET);
                    // Only a new dossier is announced (the confirmation mail joins this transaction); a
                    // repeated registration sends nothing, so it cannot be used to learn or spam anything.
                    events.publishEvent(new CandidateRegistered(dossier.getId()));
                }));
    }
}
