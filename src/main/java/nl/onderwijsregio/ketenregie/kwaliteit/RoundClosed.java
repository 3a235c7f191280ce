package nl.onderwijsregio.ketenregie.kwaliteit;

import nl.onderwijsregio.ketenregie.process.TaskVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Monitorronde afsluiten": the werkgroep writes the regional summary; the track then closes the round. */
@Component("monitorrondeAfgesloten")
class RoundClosed implements TaskListener {

    private final MonitorRounds rounds;

    RoundClosed(MonitorRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        String summary = variables.requiredText("samenvatting", 4000, "de regionale samenvatting");
        variables.failIfInvalid();
        rounds.summarise(CycleTasks.round(task), summary);
    }
}
