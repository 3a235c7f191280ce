package nl.onderwijsregio.ketenregie.langstudeerders;

import java.time.Clock;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.process.Track;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The langstudeerder's track: intake, agreement with the school, guidance, steering, and how it ended. */
@Component
class LangstudeerderTrack implements Track {

    private final Langstudeerders students;
    private final Clock clock;

    LangstudeerderTrack(Langstudeerders students, Clock clock) {
        this.students = students;
        this.clock = clock;
    }

    @Override
    public String processKey() {
        return LangstudeerderProcess.PROCESS_KEY;
    }

    @Override
    public void enter(UUID studentId, String code, String actor, DelegateExecution execution) {
        students.enter(studentId, LangstudeerderStatus.valueOf(code), actor, clock.instant());
    }

    @Override
    public void end(UUID studentId, String code, String actor, DelegateExecution execution) {
        students.close(studentId, LangstudeerderStatus.valueOf(code), actor, clock.instant());
    }
}
