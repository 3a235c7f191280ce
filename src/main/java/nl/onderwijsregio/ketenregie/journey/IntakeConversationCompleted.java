package nl.onderwijsregio.ketenregie.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.EducationLevel;
import nl.onderwijsregio.ketenregie.dossier.Sector;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of the intake conversation ("Intakegesprek voeren"). The Camunda Form validates in the
 * browser, but the REST API can bypass it, so the values are checked again here; a bad value rejects the
 * completion with a Dutch message and the task stays open (Camunda's REST API reports a listener's
 * rejection as HTTP 500 with that message). Valid values go into the dossier.
 */
@Component("intakeGesprekAfgerond")
class IntakeConversationCompleted implements TaskListener {

    static final String CONTINUE = "doorgaan";
    static final String NOT_NOW = "niet_nu";

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
        boolean foreignDiploma = variables.requiredBoolean(ProcessVariables.BUITENLANDS_DIPLOMA, "buitenlands diploma");
        String subject = variables.optionalText(ProcessVariables.VAK, 100, "vak");
        String outcome = variables.requiredChoice(ProcessVariables.UITKOMST, List.of(CONTINUE, NOT_NOW), "uitkomst");
        if (NOT_NOW.equals(outcome)) {
            variables.requiredEnum(ProcessVariables.UITVAL_REDEN, DropoutReason.class,
                    "reden van uitval");
            variables.requiredBoolean(ProcessVariables.ONNODIG, "onnodige uitval");
        }
        variables.failIfInvalid();
        dossiers.recordIntake(UUID.fromString(task.getExecution().getProcessBusinessKey()), sector, subject, level,
                foreignDiploma);
    }

    /** Reads and checks task variables, collecting every problem before rejecting the completion. */
    static final class TaskVariables {

        private final DelegateTask task;
        private final List<String> problems = new ArrayList<>();

        TaskVariables(DelegateTask task) {
            this.task = task;
        }

        <E extends Enum<E>> E requiredEnum(String name, Class<E> type, String label) {
            Object value = task.getVariable(name);
            if (value instanceof String text) {
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(text)) {
                        return constant;
                    }
                }
            }
            problems.add("Kies een geldige waarde voor " + label + ".");
            return null;
        }

        String requiredChoice(String name, List<String> choices, String label) {
            Object value = task.getVariable(name);
            if (value instanceof String text && choices.contains(text)) {
                return text;
            }
            problems.add("Kies een geldige waarde voor " + label + " (" + String.join(" of ", choices) + ").");
            return null;
        }

        boolean requiredBoolean(String name, String label) {
            Object value = task.getVariable(name);
            if (value instanceof Boolean bool) {
                return bool;
            }
            problems.add("Geef aan of er sprake is van " + label + " (ja of nee).");
            return false;
        }

        String optionalText(String name, int maxLength, String label) {
            Object value = task.getVariable(name);
            if (value == null || (value instanceof String text && text.isBlank())) {
                return null;
            }
            if (!(value instanceof String text) || text.length() > maxLength || text.matches(".*[<>].*")) {
                problems.add("Vul bij " + label + " gewone tekst in van hoogstens " + maxLength + " tekens.");
                return null;
            }
            return text.trim();
        }

        void failIfInvalid() {
            if (!problems.isEmpty()) {
                throw new BadUserRequestException("Het formulier is niet afgerond: " + String.join(" ", problems));
            }
        }
    }
}
