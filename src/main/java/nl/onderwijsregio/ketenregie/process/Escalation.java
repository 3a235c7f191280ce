package nl.onderwijsregio.ketenregie.process;

import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.Groups;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Escalation of overdue tasks, declared once per task in the BPMN as a timeout task listener
 * ({@code <camunda:taskListener event="timeout" delegateExpression="${termijnVerstreken}">} with the timer
 * {@code ${termijnen.escalatie(proces, taak)}}). When it fires, the region's ketenregisseurs get a
 * "Verlopen taak opvolgen" task in the small process {@value #PROCESS_KEY}, on the same case; the overdue
 * task stays open. A process whose work is not the ketenregisseur's names the group that follows up its
 * overdue tasks in the process property {@value #FOLLOWERS_PROPERTY} (the peer review: the werkgroep
 * kwaliteit). When the track of the case ends, open follow-ups of it end too.
 */
@Component("termijnVerstreken")
public class Escalation implements TaskListener, KetenProcess {

    public static final String PROCESS_KEY = "VerlopenTaakOpvolgen";
    static final String FOLLOWERS_PROPERTY = "opvolgers";

    private final RuntimeService runtimeService;

    Escalation(@Lazy RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public String key() {
        return PROCESS_KEY;
    }

    @Override
    public String label() {
        return "Verlopen taak opvolgen";
    }

    @Override
    public void notify(DelegateTask task) {
        runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(task.getExecution().getProcessBusinessKey())
                .setVariable(PlatformVariables.REGIO, task.getVariable(PlatformVariables.REGIO))
                .setVariable(PlatformVariables.DOSSIERNUMMER, task.getVariable(PlatformVariables.DOSSIERNUMMER))
                .setVariable("proces", ProcessModel.keyOf(task))
                .setVariable("verlopenTaak", task.getName())
                .setVariable("verlopenTaakId", task.getId())
                .setVariable(FOLLOWERS_PROPERTY, ExtensionProperties.get(ProcessModel.processOf(task), FOLLOWERS_PROPERTY)
                        .orElse(Groups.KETENREGISSEUR))
                .setVariable(PlatformVariables.ACTOR, Variables.stringValue(Actor.SYSTEM, true))
                .execute();
    }

    /**
     * Ends the open follow-ups of overdue tasks of {@code processKey} for the case. This is the system's
     * housekeeping, not the user's act: whoever completed the step that ended the track (an institute, the
     * werkgroep) need not see the follow-ups, so it runs without the engine's authorization checks.
     */
    void endFollowUps(String processKey, UUID caseId) {
        Context.getCommandContext().runWithoutAuthorization(() -> {
            List<ProcessInstance> followUps = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                    .processInstanceBusinessKey(caseId.toString()).variableValueEquals("proces", processKey).list();
            followUps.forEach(followUp -> runtimeService.deleteProcessInstance(followUp.getId(),
                    "Het traject is beëindigd", true, true));
            return null;
        });
    }
}
