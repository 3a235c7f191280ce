package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.TaskVariables;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import nl.onderwijsregio.ketenregie.organisation.GuidanceCapacity;
import nl.onderwijsregio.ketenregie.organisation.School;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A chosen school must be in the dossier's region and sector; a school where the candidate is to be
 * appointed must also have a free guidance place (a Vliegende Start host school claims none).
 */
@Component
class SchoolChoice {

    private final OrganisationService organisations;
    private final GuidanceCapacity capacity;

    SchoolChoice(OrganisationService organisations, GuidanceCapacity capacity) {
        this.organisations = organisations;
        this.capacity = capacity;
    }

    String require(TaskVariables variables, DelegateTask task, String variable, boolean needsPlace) {
        Object code = task.getVariable(variable);
        School school = code instanceof String text ? organisations.school(text).orElse(null) : null;
        if (school == null || !school.getRegionCode().equals(task.getVariable(ProcessVariables.REGIO))
                || school.getSector() != Sector.valueOf((String) task.getVariable(ProcessVariables.SECTOR))) {
            variables.problem("Kies een school in de eigen regio en sector.");
            return null;
        }
        if (needsPlace && capacity.freePlaces(school.getCode()) <= 0) {
            variables.problem("Op " + school.getName() + " is geen begeleidingsplek meer vrij; kies een andere school.");
            return null;
        }
        return school.getCode();
    }
}
