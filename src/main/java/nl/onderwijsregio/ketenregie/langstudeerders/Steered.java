package nl.onderwijsregio.ketenregie.langstudeerders;

import java.time.Clock;
import java.util.List;
import nl.onderwijsregio.ketenregie.process.TaskVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Bijsturen" by the ketenregisseur with the institute, after two check-ins off track in a row: a new plan
 * (the series starts over) or a referral to another route.
 */
@Component("langstudeerderBijgestuurd")
class Steered implements TaskListener {

    static final String DECISION = "bijsturing";
    static final String NEW_PLAN = "plan_bijgesteld";
    static final String REFER = "doorverwijzen";

    private final Langstudeerders students;
    private final Clock clock;

    Steered(Langstudeerders students, Clock clock) {
        this.students = students;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        String decision = variables.requiredChoice(DECISION, List.of(NEW_PLAN, REFER), "bijsturing");
        LangstudeerderTasks.Plan plan = NEW_PLAN.equals(decision) ? LangstudeerderTasks.plan(variables, clock) : null;
        variables.failIfInvalid();
        if (plan != null) {
            students.adjustPlan(variables.caseId(), plan.targetDate(), plan.creditsPerPeriod());
            task.getExecution().setVariable(LangstudeerderProcess.OFF_TRACK_SERIES, 0);
        }
    }
}
