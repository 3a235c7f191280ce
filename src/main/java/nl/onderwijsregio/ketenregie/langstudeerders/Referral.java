package nl.onderwijsregio.ketenregie.langstudeerders;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.Candidate;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.EducationLevel;
import nl.onderwijsregio.ketenregie.process.Actor;
import nl.onderwijsregio.ketenregie.process.BusinessKey;
import nl.onderwijsregio.ketenregie.process.ProcessRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Doorverwijzen naar zij-instroom": the student moves to the zij-instroom route. As at the loket, a journey
 * dossier opens in the student's region and its journey starts, so the region's ketenregisseur gets the intake
 * task; a student who already has an open dossier there is linked to it instead. The case links to the dossier.
 */
@Component("langstudeerderDoorverwijzen")
class Referral implements JavaDelegate {

    /** The journey's process key (design contract); started through the platform, not the journey package. */
    static final String JOURNEY = "ZijInstroomTraject";

    private final Langstudeerders students;
    private final DossierService dossiers;
    private final ProcessRegistry processes;

    Referral(Langstudeerders students, DossierService dossiers, ProcessRegistry processes) {
        this.students = students;
        this.dossiers = dossiers;
        this.processes = processes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID id = BusinessKey.of(execution);
        Langstudeerder student = students.get(id).orElseThrow();
        String actor = Actor.of(execution);
        Candidate candidate = new Candidate(student.firstName(), student.lastName(), student.email(), null,
                student.sector(), null, null, EducationLevel.ANDERS, false);
        Dossier dossier = dossiers.register(candidate, student.regionCode(), actor).map(opened -> {
            processes.startOnDossier(JOURNEY, opened, actor);
            return opened;
        }).orElseGet(() -> dossiers.openDossier(student.email(), student.regionCode()).orElseThrow());
        dossiers.addNote(dossier.getId(), actor, "Doorverwezen vanuit de begeleiding van langstudeerders ("
                + student.caseNumber() + ", " + student.programme() + ").");
        students.referred(id, dossier.getId());
    }
}
