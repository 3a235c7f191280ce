package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.process.StartsOnDossier;
import nl.onderwijsregio.ketenregie.process.PlatformVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Starts the zij-instroom process for a dossier. The process knows the dossier by its business key and
 * carries only what its gateways need; the candidate's personal data stays in the dossier tables.
 */
@Service
public class ZijInstroomJourney implements StartsOnDossier {

    public static final String PROCESS_KEY = "ZijInstroomTraject";

    private final RuntimeService runtimeService;

    ZijInstroomJourney(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public String key() {
        return PROCESS_KEY;
    }

    @Override
    public String label() {
        return "Zij-instroomtraject";
    }

    /** Starts the journey in the dossier's region (tenant); {@code actor} is who registered the candidate. */
    @Override
    public void start(Dossier dossier, String actor) {
        runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(dossier.getId().toString())
                .setVariable(ProcessVariables.REGIO, dossier.getRegionCode())
                .setVariable(PlatformVariables.DOSSIERNUMMER, dossier.getDossierNumber())
                .setVariable(ProcessVariables.SECTOR, dossier.getSector().name())
                .setVariable(ProcessVariables.MATCH_RONDE, 1)
                // Transient: only the stage listener of the first step reads it; it is never stored.
                .setVariable(ProcessVariables.ACTOR, Variables.stringValue(actor, true))
                .execute();
    }
}
