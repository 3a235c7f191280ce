package nl.onderwijsregio.ketenregie.langstudeerders;

import java.util.List;
import nl.onderwijsregio.ketenregie.process.TaskVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Ondersteuning school afspreken": the schoolopleider confirms study leave hours and timetable, or no support. */
@Component("langstudeerderSchoolAfspraak")
class SchoolAgreed implements TaskListener {

    static final String AGREEMENT = "afspraakSchool";
    static final String AGREED = "afgesproken";
    static final String NO_SUPPORT = "geen_ondersteuning";
    static final String LEAVE_HOURS = "studieverlofUren";
    static final String TIMETABLE = "roosterAanpassing";

    private final Langstudeerders students;

    SchoolAgreed(Langstudeerders students) {
        this.students = students;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        String agreement = variables.requiredChoice(AGREEMENT, List.of(AGREED, NO_SUPPORT), "afspraak met de school");
        Integer hours = AGREED.equals(agreement)
                ? variables.requiredInteger(LEAVE_HOURS, 0, 400, "studieverlof (uren per jaar)") : Integer.valueOf(0);
        boolean timetable = AGREED.equals(agreement) && variables.optionalBoolean(TIMETABLE);
        variables.failIfInvalid();
        students.recordSchoolAgreement(variables.caseId(), hours, timetable);
    }
}
