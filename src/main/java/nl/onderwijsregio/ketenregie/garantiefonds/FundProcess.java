package nl.onderwijsregio.ketenregie.garantiefonds;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.process.KetenProcess;
import nl.onderwijsregio.ketenregie.process.PlatformVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;

/**
 * The process {@value #PROCESS_KEY}: one instance per application, on the dossier (business key) in the
 * dossier's region (tenant). It carries codes, amounts and dates only; the candidate stays in the dossier.
 */
@Service
public class FundProcess implements KetenProcess {

    public static final String PROCESS_KEY = "GarantiefondsAanvraag";
    /** The message the journey's end sends to a running application. */
    static final String JOURNEY_ENDED = "TrajectBeeindigd";

    static final String APPLICATION = "aanvraag";
    static final String BESTUUR = "bestuur";
    static final String OPLEIDING = "opleiding";
    static final String OPLEIDING_OPTIONS = "opleidingOpties";
    static final String REQUESTED = "aangevraagdBedrag";
    static final String AMOUNT = "bedrag";
    static final String RISK = "risico";
    static final String MOTIVATION = "motivatie";
    static final String TRAINING_START = "startdatumOpleiding";
    /** Server-set: the moment the guarantee waits for (the planned training start), for the timer. */
    static final String GUARANTEE_UNTIL = "garantieTot";
    static final String FOUR_EYES = "vierOgen";
    static final String GRANTED = "toegekendBedrag";
    static final String CLAIM_AMOUNT = "claimBedrag";

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final RuntimeService runtimeService;
    private final FundSettings settings;
    private final OrganisationService organisations;

    FundProcess(RuntimeService runtimeService, FundSettings settings, OrganisationService organisations) {
        this.runtimeService = runtimeService;
        this.settings = settings;
        this.organisations = organisations;
    }

    @Override
    public String key() {
        return PROCESS_KEY;
    }

    @Override
    public String label() {
        return "Garantiefondsaanvraag";
    }

    void start(FundApplication application, String dossierNumber, String actor) {
        runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(application.dossierId().toString())
                .setVariable(PlatformVariables.REGIO, application.regionCode())
                .setVariable(PlatformVariables.DOSSIERNUMMER, dossierNumber)
                .setVariable(APPLICATION, application.id().toString())
                .setVariable(BESTUUR, application.bestuurCode())
                .setVariable(OPLEIDING_OPTIONS, opleidingOptions(application.regionCode()))
                .setVariables(applicationVariables(application.requestedAmount(), application.risk(),
                        application.opleidingCode(), application.trainingStart(), application.motivation()))
                .setVariable(PlatformVariables.ACTOR, Variables.stringValue(actor, true))
                .execute();
    }

    /** What the forms show of the application and the timer waits for; set at the start and after a supplement. */
    static Map<String, Object> applicationVariables(java.math.BigDecimal amount, RiskType risk, String opleiding,
            LocalDate trainingStart, Motivation motivation) {
        return Map.of(REQUESTED, amount.doubleValue(), AMOUNT, amount.doubleValue(), RISK, risk.name(),
                OPLEIDING, opleiding, TRAINING_START, trainingStart.toString(), MOTIVATION, motivation.name(),
                GUARANTEE_UNTIL, Date.from(trainingStart.atStartOfDay(NETHERLANDS).toInstant()));
    }

    private Object opleidingOptions(String region) {
        List<String> codes = settings.region(region).map(FundSettings.RegionFund::opleidingen).orElse(List.of());
        List<Map<String, String>> options = organisations.opleidingen().stream()
                .filter(opleiding -> codes.contains(opleiding.getCode()))
                .map(opleiding -> Map.of("value", opleiding.getCode(), "label", opleiding.getName()))
                .toList();
        return SpinValues.jsonValue(Spin.JSON(options)).create();
    }
}
