package nl.onderwijsregio.ketenregie.kwaliteit;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.Partnership;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the model of PeerReviewCyclus asks the case data ({@code ${kwaliteitTaken...}}): the partnerships
 * of a round and the actions of a review to fan out over, an action's owner and reporting moment, and
 * the moment of the early warning before the peer review's due date.
 */
@Component("kwaliteitTaken")
public class KwaliteitTaken {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final MonitorRounds rounds;
    private final PeerReviews reviews;
    private final OrganisationService organisations;
    private final LocalDate dueDate;
    private final Period warnBefore;
    private final Period reportBefore;

    KwaliteitTaken(MonitorRounds rounds, PeerReviews reviews, OrganisationService organisations,
            @Value("${ketenregie.peerreview.uiterlijk}") LocalDate dueDate,
            @Value("${ketenregie.peerreview.waarschuwen-voor}") Period warnBefore,
            @Value("${ketenregie.peerreview.termijnen.rapporteren}") Period reportBefore) {
        this.rounds = rounds;
        this.reviews = reviews;
        this.organisations = organisations;
        this.dueDate = dueDate;
        this.warnBefore = warnBefore;
        this.reportBefore = reportBefore;
    }

    public List<String> partnerschappen(DelegateExecution execution) {
        return rounds.partnerships(UUID.fromString((String) execution.getVariable(KwaliteitProcess.ROUND)));
    }

    /** The partnership's name, shown read-only on its tasks. */
    public String naam(String partnership) {
        return organisations.partnership(partnership).map(Partnership::name).orElse(partnership);
    }

    public List<String> verbeteracties(DelegateExecution execution) {
        return reviews.actions(UUID.fromString((String) execution.getVariable(KwaliteitProcess.REVIEW))).stream()
                .map(action -> action.id().toString()).toList();
    }

    public String eigenaar(String action) {
        return reviews.action(UUID.fromString(action)).orElseThrow().partnershipCode();
    }

    /** The owner's reporting task appears this long before the deadline, so that it is due on the deadline. */
    public Date meldmoment(String action) {
        LocalDate deadline = reviews.action(UUID.fromString(action)).orElseThrow().deadline();
        return Date.from(deadline.minus(reportBefore).atStartOfDay(NETHERLANDS).toInstant());
    }

    /** The werkgroep is warned this long before the due date when the visit is not planned yet. */
    public Date waarschuwing() {
        return Date.from(dueDate.minus(warnBefore).atStartOfDay(NETHERLANDS).toInstant());
    }

    LocalDate dueDate() {
        return dueDate;
    }
}
