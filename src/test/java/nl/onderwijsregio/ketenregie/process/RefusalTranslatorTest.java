package nl.onderwijsregio.ketenregie.process;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderwijsregio.ketenregie.web.ConflictException;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import nl.onderwijsregio.ketenregie.web.ResourceNotFoundException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/**
 * A service a task listener calls refuses with its own exception (the erasure of the privacy officer's review
 * answers a conflict); wrapped by the engine, it still reaches Tasklist as a refusal with its status and
 * Dutch message, and keeps the service's exception as cause for our API's handlers.
 */
class RefusalTranslatorTest {

    @Test
    void aServicesConflictInsideTheEngineBecomesA409Refusal() {
        ConflictException conflict = new ConflictException("id", "Voor een gekoppeld dossier loopt geen traject.");
        RuntimeException translated = RefusalTranslator.translate(new ProcessEngineException(
                "ENGINE-03051 There was an exception while invoking the TaskListener", conflict));

        assertThat(translated).isInstanceOf(Refusal.class).hasMessage("Voor een gekoppeld dossier loopt geen traject.")
                .hasCause(conflict);
        assertThat(((Refusal) translated).status()).isEqualTo(409);
    }

    @Test
    void invalidAndMissingKeepTheirStatusToo() {
        assertThat(((Refusal) RefusalTranslator.translate(new ProcessEngineException("wrapped",
                new InvalidRequestException("reden", "Geef een reden.")))).status()).isEqualTo(400);
        assertThat(((Refusal) RefusalTranslator.translate(new ProcessEngineException("wrapped",
                new ResourceNotFoundException("Dossier niet gevonden.")))).status()).isEqualTo(404);
    }
}
