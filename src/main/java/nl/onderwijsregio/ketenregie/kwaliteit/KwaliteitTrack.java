package nl.onderwijsregio.ketenregie.kwaliteit;

import java.time.Clock;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.process.Track;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The track of a monitor round or peer review: its status history (the timeline of its page) and current
 * status. When a peer review closes, its guest accounts expire with it.
 */
@Component
class KwaliteitTrack implements Track {

    private final MonitorRounds rounds;
    private final PeerReviews reviews;
    private final CycleHistory history;
    private final GuestAccounts guests;
    private final Clock clock;

    KwaliteitTrack(MonitorRounds rounds, PeerReviews reviews, CycleHistory history, GuestAccounts guests, Clock clock) {
        this.rounds = rounds;
        this.reviews = reviews;
        this.history = history;
        this.guests = guests;
        this.clock = clock;
    }

    @Override
    public String processKey() {
        return KwaliteitProcess.PROCESS_KEY;
    }

    @Override
    public void enter(UUID caseId, String code, String actor, DelegateExecution execution) {
        CycleStatus status = CycleStatus.valueOf(code);
        history.append(caseId, status, actor, clock.instant());
        if (KwaliteitProcess.isRound(execution)) {
            rounds.enter(caseId, status);
        } else {
            reviews.enter(caseId, status);
        }
    }

    @Override
    public void end(UUID caseId, String code, String actor, DelegateExecution execution) {
        history.append(caseId, CycleStatus.valueOf(code), actor, clock.instant());
        if (KwaliteitProcess.isRound(execution)) {
            rounds.close(caseId, clock.instant());
        } else {
            reviews.close(caseId, clock.instant());
            guests.expire(caseId);
        }
    }
}
