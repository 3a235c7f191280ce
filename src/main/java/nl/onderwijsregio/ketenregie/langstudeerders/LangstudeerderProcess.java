package nl.onderwijsregio.ketenregie.langstudeerders;

import java.util.Map;
import nl.onderwijsregio.ketenregie.process.Correlation;
import nl.onderwijsregio.ketenregie.process.KetenProcess;
import nl.onderwijsregio.ketenregie.process.PlatformVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * The process {@value #PROCESS_KEY}: one instance per langstudeerder (business key = the student's id) in the
 * student's region (tenant). It carries codes and the case number only; the student stays in our tables.
 */
@Service
public class LangstudeerderProcess implements KetenProcess {

    public static final String PROCESS_KEY = "LangstudeerderBegeleiding";
    /** The message an import sends when it brings new credits of a student in guidance: a check-in without task. */
    static final String CREDITS_IMPORTED = "StudievoortgangGeimporteerd";

    static final String OPLEIDING = "opleiding";
    static final String SCHOOL = "school";
    /** Server-set: whether the student teaches at a school of the region (then the school agrees support). */
    static final String AT_SCHOOL = "opSchool";
    /** Server-set: how many check-ins in a row found the student off track. */
    static final String OFF_TRACK_SERIES = "nietOpKoersReeks";

    private final RuntimeService runtimeService;
    private final Correlation correlation;

    LangstudeerderProcess(RuntimeService runtimeService, Correlation correlation) {
        this.runtimeService = runtimeService;
        this.correlation = correlation;
    }

    @Override
    public String key() {
        return PROCESS_KEY;
    }

    @Override
    public String label() {
        return "Begeleiding langstudeerder";
    }

    void start(Langstudeerder student, String actor) {
        runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(student.id().toString())
                .setVariable(PlatformVariables.REGIO, student.regionCode())
                .setVariable(PlatformVariables.DOSSIERNUMMER, student.caseNumber())
                .setVariable(OPLEIDING, student.opleidingCode())
                .setVariable(SCHOOL, student.schoolCode())
                .setVariable(AT_SCHOOL, student.schoolCode() != null)
                .setVariable(OFF_TRACK_SERIES, 0)
                .setVariable(PlatformVariables.ACTOR, Variables.stringValue(actor, true))
                .execute();
    }

    /** Tells the student's running guidance that an import brought new credits; false if it waits for none. */
    boolean creditsImported(Langstudeerder student, int offTrackSeries, String actor) {
        return correlation.correlate(PROCESS_KEY, student.id(), CREDITS_IMPORTED, Map.of(OFF_TRACK_SERIES, offTrackSeries,
                PlatformVariables.ACTOR, Variables.stringValue(actor, true)));
    }
}
