package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.TaskVariables;
import java.util.List;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Sollicitatieprocedure": HR's offer or rejection; a rejection counts as a match round and is noted. */
@Component("sollicitatieAfgerond")
class ApplicationCompleted implements TaskListener {

    static final List<String> OUTCOMES = List.of("aanbod", "afwijzing");
    static final List<String> REJECTION_REASONS = List.of("GEEN_KLIK", "VAARDIGHEDEN", "GEEN_PLEK",
            "KANDIDAAT_ZIET_AF", "ANDERS");

    private final DossierService dossiers;

    ApplicationCompleted(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        String outcome = variables.requiredChoice(ProcessVariables.SOLLICITATIE_UITKOMST, OUTCOMES, "uitkomst");
        String reason = "afwijzing".equals(outcome)
                ? variables.requiredChoice(ProcessVariables.AFWIJZING_REDEN, REJECTION_REASONS, "reden van afwijzing")
                : null;
        variables.failIfInvalid();
        dossiers.addNote(variables.caseId(), variables.actor(), "Sollicitatieprocedure: kennismakingsgesprek "
                + (variables.optionalBoolean("gesprekGevoerd") ? "gevoerd" : "niet gevoerd") + ", proefles "
                + (variables.optionalBoolean("proeflesGegeven") ? "gegeven" : "niet gegeven") + ".");
        if (reason != null) {
            Object round = task.getVariable(ProcessVariables.MATCH_RONDE);
            task.getExecution().setVariable(ProcessVariables.MATCH_RONDE, (round instanceof Number n ? n.intValue() : 1) + 1);
            dossiers.addNote(variables.caseId(), variables.actor(), "Sollicitatie afgewezen door het bestuur ("
                    + reason.toLowerCase().replace('_', ' ') + "); er volgt een nieuwe matchronde of een besluit.");
        }
    }
}
