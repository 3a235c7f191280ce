package nl.onderwijsregio.ketenregie.journey;

import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import nl.onderwijsregio.ketenregie.organisation.GuidanceCapacity;
import nl.onderwijsregio.ketenregie.organisation.GuidanceCapacity.SchoolWithRoom;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * When a task to choose a school is created: the schools of the dossier's region and sector that still
 * have guidance capacity, as options for the form's select (task-local, JSON). Completion is checked
 * against the same rule, since capacity may have changed in between.
 */
@Component("scholenMetRuimte")
class SchoolOptions implements TaskListener {

    private final GuidanceCapacity capacity;
    private final OrganisationService organisations;

    SchoolOptions(GuidanceCapacity capacity, OrganisationService organisations) {
        this.capacity = capacity;
        this.organisations = organisations;
    }

    @Override
    public void notify(DelegateTask task) {
        List<SchoolWithRoom> schools = capacity.schoolsWithRoom((String) task.getVariable(ProcessVariables.REGIO),
                Sector.valueOf((String) task.getVariable(ProcessVariables.SECTOR)));
        Map<String, String> bestuurNames = organisations.bestuurNames();
        List<Map<String, String>> options = schools.stream()
                .map(room -> Map.of("value", room.school().getCode(), "label", room.school().getName() + " ("
                        + bestuurNames.get(room.school().getBestuurCode()) + ", " + room.school().getWijk() + "; "
                        + room.freePlaces() + (room.freePlaces() == 1 ? " plek vrij)" : " plekken vrij)")))
                .toList();
        task.setVariableLocal(ProcessVariables.SCHOOL_OPTIES, asJson(options));
    }

    static JsonValue asJson(List<Map<String, String>> options) {
        return SpinValues.jsonValue(org.camunda.spin.Spin.JSON(options)).create();
    }
}
