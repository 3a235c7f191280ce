package nl.onderwijsregio.ketenregie.langstudeerders;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import nl.onderwijsregio.ketenregie.process.TaskVariables;

/**
 * "Intake langstudeerder" by the institute: guidance (obstacles and a plan), no guidance needed (the check-ins
 * follow the student all the same), or not reachable.
 */
@Component("langstudeerderIntakeAfgerond")
class IntakeCompleted implements TaskListener {

    static final String OUTCOME = "intakeUitkomst";
    static final String GUIDANCE = "begeleiding";
    static final String NO_GUIDANCE = "geen_begeleiding";
    static final String NOT_REACHABLE = "niet_bereikbaar";
    static final String OBSTACLES = "belemmeringen";
    static final String MEASURES = "ondersteuning";

    private final Langstudeerders students;
    private final Clock clock;

    IntakeCompleted(Langstudeerders students, Clock clock) {
        this.students = students;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        String outcome = variables.requiredChoice(OUTCOME, List.of(GUIDANCE, NO_GUIDANCE, NOT_REACHABLE),
                "uitkomst van de intake");
        Set<Obstacle> obstacles = EnumSet.noneOf(Obstacle.class);
        Set<SupportMeasure> measures = EnumSet.noneOf(SupportMeasure.class);
        LangstudeerderTasks.Plan plan = new LangstudeerderTasks.Plan(null, null);
        if (GUIDANCE.equals(outcome)) {
            obstacles = variables.enumSet(OBSTACLES, Obstacle.class, true, "belemmeringen");
            plan = LangstudeerderTasks.plan(variables, clock);
            measures = variables.enumSet(MEASURES, SupportMeasure.class, false, "ondersteuning");
        } else if (NO_GUIDANCE.equals(outcome)) {
            obstacles = variables.enumSet(OBSTACLES, Obstacle.class, false, "belemmeringen");
        }
        variables.failIfInvalid();
        if (!NOT_REACHABLE.equals(outcome)) {
            students.recordIntake(variables.caseId(), obstacles, plan.targetDate(), plan.creditsPerPeriod(), measures,
                    clock.instant());
        }
    }
}
