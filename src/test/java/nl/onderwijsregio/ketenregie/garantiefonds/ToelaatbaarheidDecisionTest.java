package nl.onderwijsregio.ketenregie.garantiefonds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the GarantiefondsToelaatbaarheid decision table, on the standalone DMN engine. */
class ToelaatbaarheidDecisionTest {

    private static final AtomicReference<DmnDecisionTableEvaluationEvent> lastEvaluation = new AtomicReference<>();
    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws Exception {
        DmnEngineConfiguration configuration = DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionEvaluationListeners(List.of(
                event -> lastEvaluation.set((DmnDecisionTableEvaluationEvent) event.getDecisionResult())));
        engine = configuration.buildEngine();
        try (InputStream dmn = ToelaatbaarheidDecisionTest.class.getClassLoader()
                .getResourceAsStream("garantiefonds-toelaatbaarheid.dmn")) {
            assertThat(dmn).isNotNull();
            decision = engine.parseDecision("GarantiefondsToelaatbaarheid", dmn);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3} -> {4} ({5})")
    @CsvSource({
        "2025-12-31, SOLLICITATIE,           true,  3000, false, Rule_VoorPilot",
        "2026-01-01, SOLLICITATIE,           true,  3000, true,  Rule_Toelaatbaar",
        "2026-03-31, AANSTELLING,            true,  7500, true,  Rule_Toelaatbaar",
        "2026-04-01, SOLLICITATIE,           true,  3000, false, Rule_TussenPilotEnRegionaal",
        "2026-09-30, SOLLICITATIE,           true,  3000, false, Rule_TussenPilotEnRegionaal",
        "2026-10-01, GESCHIKTHEIDSONDERZOEK, true,  3000, true,  Rule_Toelaatbaar",
        "2026-11-30, BEGELEIDING,            true,  3000, false, Rule_FaseTeLaat",
        "2026-11-30, ORIENTATIE,             true,  3000, false, Rule_FaseTeLaat",
        "2026-11-30, SOLLICITATIE,           false, 3000, false, Rule_OpleidingDoetNietMee",
        "2026-11-30, SOLLICITATIE,           true,  7500.01, false, Rule_BedragTeHoog",
    })
    void adviceFollowsTheFirstMatchingRule(String date, String stage, boolean participating, double amount,
            boolean eligible, String rule) {
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, Map.of("aanvraagdatum", date,
                "pilotVan", "2026-01-01", "pilotTot", "2026-03-31", "regionaalVanaf", "2026-10-01", "fase", stage,
                "opleidingDoetMee", participating, "aanvraagBedrag", amount, "maxBedrag", 7500));

        assertThat(result.getSingleResult().<Boolean>getEntry("toelaatbaar")).isEqualTo(eligible);
        assertThat(result.getSingleResult().<String>getEntry("advies")).isNotBlank();
        assertThat(lastEvaluation.get().getMatchingRules()).extracting(DmnEvaluatedDecisionRule::getId).containsExactly(rule);
    }
}
