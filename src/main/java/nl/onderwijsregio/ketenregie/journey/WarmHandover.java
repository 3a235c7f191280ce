package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.Actor;
import nl.onderwijsregio.ketenregie.process.BusinessKey;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Warm handover: a linked dossier in the receiving region, whose journey starts with an intake task for
 * that region's ketenregisseurs. The outgoing dossier ends with outcome OVERGEDRAGEN (not dropout).
 */
@Component("warmOverdragen")
class WarmHandover implements JavaDelegate {

    private final DossierService dossiers;
    private final ZijInstroomJourney journey;

    WarmHandover(DossierService dossiers, @Lazy ZijInstroomJourney journey) {
        this.dossiers = dossiers;
        this.journey = journey;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String actor = Actor.of(execution);
        Dossier received = dossiers.handOver(BusinessKey.of(execution),
                (String) execution.getVariable(ProcessVariables.NAAR_REGIO), actor);
        journey.start(received, actor);
    }
}
