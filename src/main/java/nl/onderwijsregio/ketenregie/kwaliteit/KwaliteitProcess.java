package nl.onderwijsregio.ketenregie.kwaliteit;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.process.KetenProcess;
import nl.onderwijsregio.ketenregie.process.PlatformVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * The process {@value #PROCESS_KEY} with its two kinds of cycle: a monitor round (business key: the round
 * id) and a peer review (business key: the review id), in the region's tenant. It carries ids and codes
 * only; answers, panel members and reports live in our tables.
 */
@Service
public class KwaliteitProcess implements KetenProcess {

    public static final String PROCESS_KEY = "PeerReviewCyclus";

    static final String KIND = "soort";
    static final String MONITOR_ROUND = "monitorronde";
    static final String PEER_REVIEW = "peerreview";
    /** The round's id, on a monitor round. */
    static final String ROUND = "ronde";
    /** The review's id, on a peer review; also the panel's group suffix. */
    static final String REVIEW = "peerreview";
    /** Element variable of a self-evaluation: the partnership's code. */
    static final String PARTNERSHIP = "partnerschap";
    /** Element variable of the follow-up of an improvement action: the action's id. */
    static final String ACTION = "actie";
    /** Server-set: the visit's day, for the timer before the findings. */
    static final String VISIT_AT = "visitatieOp";

    private final RuntimeService runtimeService;

    KwaliteitProcess(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public String key() {
        return PROCESS_KEY;
    }

    @Override
    public String label() {
        return "Kwaliteitsmonitor en peer review";
    }

    void startRound(MonitorRound round, String actor) {
        start(round.id(), round.regionCode(), MONITOR_ROUND, ROUND, actor);
    }

    void startReview(PeerReview review, String actor) {
        start(review.id(), review.regionCode(), PEER_REVIEW, REVIEW, actor);
    }

    private void start(UUID id, String region, String kind, String idVariable, String actor) {
        runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(id.toString())
                .setVariable(PlatformVariables.REGIO, region)
                .setVariable(KIND, kind)
                .setVariable(idVariable, id.toString())
                .setVariable(PlatformVariables.ACTOR, Variables.stringValue(actor, true))
                .execute();
    }

    static boolean isRound(DelegateExecution execution) {
        return MONITOR_ROUND.equals(execution.getVariable(KIND));
    }
}
