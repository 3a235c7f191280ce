package nl.onderwijsregio.ketenregie.journey;

import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.identity.CamundaIdentity;
import nl.onderwijsregio.ketenregie.identity.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When HR arranges the appointment: the schoolopleiders of the matched school, as options for the form. */
@Component("schoolopleidersVanSchool")
class SchoolopleiderOptions implements TaskListener {

    private final CamundaIdentity identity;

    SchoolopleiderOptions(CamundaIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        String schoolGroup = Groups.school((String) task.getVariable(ProcessVariables.SCHOOL));
        List<Map<String, String>> options = identity.membersWithRole(schoolGroup, Groups.SCHOOLOPLEIDER).stream()
                .map(member -> Map.of("value", member.userId(), "label", member.name()))
                .toList();
        task.setVariableLocal(ProcessVariables.SCHOOLOPLEIDER_OPTIES, SchoolOptions.asJson(options));
    }
}
