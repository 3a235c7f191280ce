package nl.onderwijsregio.ketenregie.kwaliteit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.process.TaskVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Zelfevaluatie invullen": a score from 1 to 4 for every criterion of the round's framework version,
 * evidence (a link or a document reference), strengths and points to improve. Stored in our tables with
 * the framework version; the answers stay local to the partnership's part of the process.
 */
@Component("zelfevaluatieIngediend")
class SelfEvaluationSubmitted implements TaskListener {

    static final String SCORE_PREFIX = "score_";

    private final MonitorRounds rounds;
    private final QualityFramework framework;
    private final Clock clock;

    SelfEvaluationSubmitted(MonitorRounds rounds, QualityFramework framework, Clock clock) {
        this.rounds = rounds;
        this.framework = framework;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        UUID roundId = CycleTasks.round(task);
        MonitorRound round = rounds.get(roundId).orElseThrow();
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (QualityFramework.Criterion criterion : framework.version(round.frameworkVersion()).orElseThrow().criteria()) {
            Integer score = score(task.getVariable(SCORE_PREFIX + criterion.code()));
            if (score == null) {
                variables.problem("Kies bij criterium " + criterion.code() + " een score van 1 tot en met 4.");
            } else {
                scores.put(criterion.code(), score);
            }
        }
        String evidence = variables.requiredText("bewijs", 500, "het bewijs (een link of documentverwijzing)");
        String strengths = variables.requiredText("sterkePunten", 2000, "de sterke punten");
        String improvements = variables.requiredText("verbeterpunten", 2000, "de verbeterpunten");
        variables.failIfInvalid();
        rounds.submit(roundId, CycleTasks.partnership(task), round.frameworkVersion(), scores, evidence, strengths,
                improvements, variables.actor(), clock.instant());
    }

    /** A form's radio sends "3", the API may send 3. */
    static Integer score(Object value) {
        String text = value instanceof Number number ? number.toString() : value instanceof String s ? s.trim() : "";
        return text.matches("[1-4](\\.0+)?") ? Integer.valueOf(text.substring(0, 1)) : null;
    }
}
