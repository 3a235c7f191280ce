package nl.onderwijsregio.ketenregie.garantiefonds;

import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.process.BusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The inputs of the decision table {@code GarantiefondsToelaatbaarheid}, from case data at the moment it is
 * evaluated (transient: never stored), and its result as the advice the forms show. Execution listeners
 * on "Toelaatbaarheid bepalen": bean {@code toelaatbaarheidInvoer} on start, {@code toelaatbaarheidOntvangen}
 * on end.
 */
@Component
class Eligibility {

    static final String RESULT = "toelaatbaarheid";
    static final String ADVICE = "advies";

    private final FundApplications applications;
    private final FundSettings settings;
    private final DossierService dossiers;

    Eligibility(FundApplications applications, FundSettings settings, DossierService dossiers) {
        this.applications = applications;
        this.settings = settings;
        this.dossiers = dossiers;
    }

    @Component("toelaatbaarheidInvoer")
    static class Inputs implements org.camunda.bpm.engine.delegate.ExecutionListener {

        private final Eligibility eligibility;

        Inputs(Eligibility eligibility) {
            this.eligibility = eligibility;
        }

        @Override
        public void notify(DelegateExecution execution) {
            eligibility.inputs(execution).forEach((name, value) ->
                    execution.setVariable(name, Variables.untypedValue(value, true)));
        }
    }

    @Component("toelaatbaarheidOntvangen")
    static class Received implements org.camunda.bpm.engine.delegate.ExecutionListener {

        @Override
        @SuppressWarnings("unchecked")
        public void notify(DelegateExecution execution) {
            Map<String, Object> result = (Map<String, Object>) execution.getVariable(RESULT);
            execution.removeVariable(RESULT);
            boolean eligible = Boolean.TRUE.equals(result.get("toelaatbaar"));
            execution.setVariable(ADVICE, (eligible ? "Toelaatbaar. " : "Niet toelaatbaar. ") + result.get("advies"));
        }
    }

    Map<String, Object> inputs(DelegateExecution execution) {
        FundApplication application = applications.get(FundTrack.applicationOf(execution)).orElseThrow();
        FundSettings.RegionFund fund = settings.region(application.regionCode()).orElseThrow();
        UUID dossierId = BusinessKey.of(execution);
        return Map.of(
                "aanvraagdatum", application.appliedAt().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate().toString(),
                "pilotVan", fund.pilotVan().toString(),
                "pilotTot", fund.pilotTot().toString(),
                "regionaalVanaf", fund.regionaalVanaf().toString(),
                "fase", dossiers.get(dossierId).getCurrentStage().name(),
                "opleidingDoetMee", settings.takesPart(application.regionCode(), application.opleidingCode()),
                "aanvraagBedrag", application.requestedAmount(),
                "maxBedrag", fund.maxBedrag());
    }
}
