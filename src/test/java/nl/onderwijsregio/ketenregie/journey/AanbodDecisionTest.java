package nl.onderwijsregio.ketenregie.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.onderwijsregio.ketenregie.DecisionTable;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the Aanbod Vliegende Start decision table, on the standalone DMN engine. */
class AanbodDecisionTest {

    private static DecisionTable table;

    @BeforeAll
    static void parseDecision() {
        table = DecisionTable.load("aanbod.dmn", "Aanbod");
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
        DmnDecisionTableResult result = table.evaluate(Map.of("regio", regio, "sector", sector));

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().<Boolean>getEntry("vliegendeStart")).isEqualTo(expectedVliegendeStart);
        assertThat(result.<Boolean>getSingleEntry()).isEqualTo(expectedVliegendeStart);
        assertThat(table.matchingRules())
            .containsExactly(expectedRule);
    }
}
