package nl.onderwijsregio.ketenregie.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.ErasureRequested;
import nl.onderwijsregio.ketenregie.journey.JourneyCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the stop link does: a valid, unexpired, unused token for an open dossier starts the journey's
 * withdrawal path with reason KANDIDAAT_GESTOPT (at whatever stage the track is), notes the candidate's
 * optional reason, passes an erasure request on, and marks the token used, all in one transaction. Anything
 * else changes nothing.
 */
@Service
class StopService {

    static final String ACTOR = "kandidaat";
    static final int MAX_REASON = 1000;
    private static final Logger log = LoggerFactory.getLogger(StopService.class);

    enum Result { READY, STOPPED, TAMPERED, EXPIRED, USED, ENDED }

    private final StopLinks links;
    private final DossierService dossiers;
    private final JourneyCommands journey;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StopService(StopLinks links, DossierService dossiers, JourneyCommands journey, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.dossiers = dossiers;
        this.journey = journey;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
    }

    /** Whether the token may stop a track now (READY), or why not. Changes nothing. */
    Result check(String token) {
        StopLinks.Verification verification = links.verify(token);
        if (verification instanceof StopLinks.Invalid invalid) {
            return invalid.problem() == StopLinks.Problem.EXPIRED ? Result.EXPIRED : Result.TAMPERED;
        }
        StopLinks.Valid valid = (StopLinks.Valid) verification;
        if (used(valid.tokenId())) {
            return Result.USED;
        }
        Dossier dossier = dossier(valid.dossierId());
        return dossier != null && dossier.isOpen() ? Result.READY : Result.ENDED;
    }

    /**
     * Stops the track if the token allows it; {@code reason} is the candidate's optional explanation. With
     * {@code erase} the candidate also asks for erasure: in the same transaction the request goes to the
     * region's privacy officer ({@link ErasureRequested}), who reviews it; nothing is erased here.
     */
    Result stop(String token, String reason, boolean erase) {
        Result check = check(token);
        if (check != Result.READY) {
            return check;
        }
        StopLinks.Valid valid = (StopLinks.Valid) links.verify(token);
        boolean stopped;
        try {
            stopped = Boolean.TRUE.equals(transaction.execute(status -> {
                // The primary key makes a second use fail, also when two requests race.
                jdbc.update("insert into stop_token_use (token_id, dossier_id, used_at) values (?, ?, ?)",
                        valid.tokenId(), valid.dossierId(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                if (!journey.candidateStops(valid.dossierId(), DropoutReason.KANDIDAAT_GESTOPT, false, note(reason), ACTOR)) {
                    status.setRollbackOnly(); // the track ended meanwhile: the link stays unused
                    return false;
                }
                if (erase) {
                    dossiers.addNote(valid.dossierId(), ACTOR, "De kandidaat vraagt via de stoplink ook om de "
                            + "persoonsgegevens te wissen; de privacyfunctionaris beoordeelt het verzoek.");
                    events.publishEvent(new ErasureRequested(valid.dossierId()));
                }
                return true;
            }));
        } catch (DataIntegrityViolationException alreadyUsed) {
            return Result.USED;
        }
        if (!stopped) {
            return Result.ENDED;
        }
        log.info("Dossier {} stopped by the candidate through a stop link{}", valid.dossierId(),
                erase ? ", with an erasure request" : "");
        return Result.STOPPED;
    }

    private static String note(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            return "de kandidaat is gestopt via de stoplink in een e-mail (geen reden opgegeven).";
        }
        if (text.length() > MAX_REASON) {
            text = text.substring(0, MAX_REASON);
        }
        return "de kandidaat is gestopt via de stoplink in een e-mail. Reden van de kandidaat: " + text;
    }

    private boolean used(UUID tokenId) {
        return jdbc.queryForObject("select count(*) from stop_token_use where token_id = ?", Integer.class, tokenId) > 0;
    }

    private Dossier dossier(UUID dossierId) {
        try {
            return dossiers.get(dossierId);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
