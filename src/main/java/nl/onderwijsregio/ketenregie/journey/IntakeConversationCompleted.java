package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.TaskVariables;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.EducationLevel;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Intakegesprek voeren": the facts the route advice is based on go into the dossier. */
@Component("intakeGesprekAfgerond")
class IntakeConversationCompleted implements TaskListener {

    private final DossierService dossiers;

    IntakeConversationCompleted(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        Sector sector = variables.requiredEnum(ProcessVariables.SECTOR, Sector.class, "sector");
        EducationLevel level = variables.requiredEnum(ProcessVariables.OPLEIDINGSNIVEAU, EducationLevel.class,
                "opleidingsniveau");
        boolean foreignDiploma = variables.requiredBoolean(ProcessVariables.BUITENLANDS_DIPLOMA,
                "diploma behaald in het buitenland");
        boolean qualifiedBefore = variables.requiredBoolean(ProcessVariables.EERDER_BEVOEGD,
                "had eerder een onderwijsbevoegdheid");
        String subject = variables.optionalText(ProcessVariables.VAK, 100, "vak");
        variables.failIfInvalid();
        dossiers.recordIntake(variables.caseId(), sector, subject, level, foreignDiploma, qualifiedBefore);
    }
}
