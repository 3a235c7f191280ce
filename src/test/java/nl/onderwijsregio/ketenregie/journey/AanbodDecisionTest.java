package nl.onderwijsregio.ketenregie.journey;

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

/** Every rule of the Aanbod Vliegende Start decision table, on the standalone DMN engine. */
class AanbodDecisionTest {

    private static final AtomicReference<DmnDecisionTableEvaluationEvent> lastEvaluation = new AtomicReference<>();
    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws Exception {
        DmnEngineConfiguration configuration = DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionEvaluationListeners(List.of(
            event -> lastEvaluation.set((DmnDecisionTableEvaluationEvent) event.getDecisionResult())));
        engine = configuration.buildEngine();
        try (InputStream dmn = AanbodDecisionTest.class.getClassLoader().getResourceAsStream("aanbod.dmn")) {
            assertThat(dmn).as("aanbod.dmn on the classpath").isNotNull();
            decision = engine.parseDecision("Aanbod", dmn);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}/{1} -> vliegendeStart={2} ({3})")
    @CsvSource({
        "utrecht-stad,     PO,  true,  Rule_UtrechtStadPo",
        "utrecht-stad,     VO,  true,  Rule_UtrechtStadVo",
        "utrecht-stad,     MBO, false, Rule_GeenVliegendeStart",
        "midden-nederland, PO,  false, Rule_GeenVliegendeStart",
        "midden-nederland, VO,  false, Rule_GeenVliegendeStart",
        "midden-nederland, MBO, false, Rule_GeenVliegendeStart",
    })
    void offerFollowsTheFirstMatchingRule(String regio, String sector, boolean expectedVliegendeStart,
                                          String expectedRule) {
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision,
            Map.of("regio", regio, "sector", sector));

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().<Boolean>getEntry("vliegendeStart")).isEqualTo(expectedVliegendeStart);
        assertThat(result.<Boolean>getSingleEntry()).isEqualTo(expectedVliegendeStart);
        assertThat(lastEvaluation.get().getMatchingRules())
            .extracting(DmnEvaluatedDecisionRule::getId)
            .containsExactly(expectedRule);
    }
}
