package nl.onderwijsregio.ketenregie.process;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The append-only history one process keeps of its case: the journey's stages, or an application's
 * statuses. A BPMN element that starts a step carries the extension property {@code stage} with a code of
 * the track; an end event that ends the track carries {@code outcome}. {@link TrackListener} calls the
 * track of the process the element belongs to, and no other: a garantiefonds status never touches the
 * journey's stages.
 */
public interface Track {

    /** The process whose elements this track records. */
    String processKey();

    /** The case entered the step {@code code}; a code the track does not know is a modelling error. */
    void enter(UUID caseId, String code, String actor, DelegateExecution execution);

    /** The track ended with {@code outcome}. */
    void end(UUID caseId, String outcome, String actor, DelegateExecution execution);
}
