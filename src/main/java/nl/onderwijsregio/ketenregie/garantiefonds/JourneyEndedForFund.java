package nl.onderwijsregio.ketenregie.garantiefonds;

import java.util.Map;
import nl.onderwijsregio.ketenregie.dossier.Outcome;
import nl.onderwijsregio.ketenregie.dossier.TrackEnded;
import nl.onderwijsregio.ketenregie.process.Correlation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the candidate drops out or is handed over, a running application of the dossier hears it: before
 * the decision it is withdrawn, during an active guarantee the claim step opens at once. In the journey's
 * transaction; an application that waits for nothing of the kind (already in its claim) is left alone.
 */
@Component
class JourneyEndedForFund {

    private final Correlation correlation;

    JourneyEndedForFund(Correlation correlation) {
        this.correlation = correlation;
    }

    @EventListener
    public void trackEnded(TrackEnded event) {
        if (event.outcome() == Outcome.UITGEVALLEN || event.outcome() == Outcome.OVERGEDRAGEN) {
            correlation.correlate(FundProcess.PROCESS_KEY, event.dossierId(), FundProcess.JOURNEY_ENDED, Map.of());
        }
    }
}
