package nl.onderwijsregio.ketenregie.kwaliteit;

import java.time.Clock;
import java.util.List;
import nl.onderwijsregio.ketenregie.process.TaskVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Zelfevaluatie beoordelen": the werkgroep accepts, or sends it back with its questions. */
@Component("zelfevaluatieBeoordeeld")
class SelfEvaluationReviewed implements TaskListener {

    private final MonitorRounds rounds;
    private final Clock clock;

    SelfEvaluationReviewed(MonitorRounds rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        String decision = variables.requiredChoice("beoordeling", List.of("akkoord", "terugsturen"), "de beoordeling");
        String questions = "terugsturen".equals(decision)
                ? variables.requiredText("vragen", 2000, "de vragen aan het partnerschap")
                : null;
        variables.failIfInvalid();
        rounds.review(CycleTasks.round(task), CycleTasks.partnership(task), "akkoord".equals(decision), questions,
                variables.actor(), clock.instant());
    }
}
