package nl.onderwijsregio.ketenregie.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.onderwijsregio.ketenregie.DecisionTable;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the Trajectadvies decision table, on the standalone DMN engine. */
class TrajectadviesDecisionTest {

    private static DecisionTable table;

    @BeforeAll
    static void parseDecision() {
        table = DecisionTable.load("trajectadvies.dmn", "Trajectadvies");
    }

    @ParameterizedTest(name = "[{index}] eerderBevoegd={0}, buitenlands={1}, {2}/{3} -> {4} ({5})")
    @CsvSource({
        // eerderBevoegd wins over everything, including a foreign diploma
        "true, false, PO, HBO, HERINTREDER, Rule_Herintreder",
        "true, true, PO, HBO, HERINTREDER, Rule_Herintreder",
        "true, true, VO, MBO, HERINTREDER, Rule_Herintreder",
        "true, false, MBO, ANDERS, HERINTREDER, Rule_Herintreder",
        "true, false, , , HERINTREDER, Rule_Herintreder",
        // a foreign diploma wins over every sector row
        "false, true, PO, HBO, STATUSHOUDER, Rule_Statushouder",
        "false, true, PO, MBO, STATUSHOUDER, Rule_Statushouder",
        "false, true, VO, WO, STATUSHOUDER, Rule_Statushouder",
        "false, true, VO, ANDERS, STATUSHOUDER, Rule_Statushouder",
        "false, true, MBO, HBO, STATUSHOUDER, Rule_Statushouder",
        "false, true, MBO, MBO, STATUSHOUDER, Rule_Statushouder",
        "false, true, , , STATUSHOUDER, Rule_Statushouder",
        // every sector x level combination
        "false, false, PO, HBO, PO_ZIJINSTROOM, Rule_PoZijinstroom",
        "false, false, PO, WO, PO_ZIJINSTROOM, Rule_PoZijinstroom",
        "false, false, PO, MBO, DEELTIJD_PABO, Rule_DeeltijdPabo",
        "false, false, PO, ANDERS, DEELTIJD_PABO, Rule_DeeltijdPabo",
        "false, false, VO, HBO, ZIB_VO, Rule_ZibVo",
        "false, false, VO, WO, ZIB_VO, Rule_ZibVo",
        "false, false, VO, MBO, DEELTIJD_LERARENOPLEIDING, Rule_DeeltijdLerarenopleiding",
        "false, false, VO, ANDERS, DEELTIJD_LERARENOPLEIDING, Rule_DeeltijdLerarenopleiding",
        "false, false, MBO, HBO, ZIB_MBO, Rule_ZibMbo",
        "false, false, MBO, WO, ZIB_MBO, Rule_ZibMbo",
        "false, false, MBO, MBO, PDG, Rule_Pdg",
        "false, false, MBO, ANDERS, PDG, Rule_Pdg",
    })
    void adviceFollowsTheFirstMatchingRule(boolean eerderBevoegd, boolean buitenlandsDiploma, String sector,
                                           String opleidingsniveau, String expectedRoute, String expectedRule) {
        DmnDecisionTableResult result = table.evaluate(variables(eerderBevoegd, buitenlandsDiploma, sector, opleidingsniveau));

        assertThat(result).hasSize(1);
        DmnDecisionRuleResult advice = result.getSingleResult();
        assertThat(advice.<String>getEntry("routeAdvies")).isEqualTo(expectedRoute);
        assertThat(table.matchingRules())
            .containsExactly(expectedRule);
    }

    @Test
    void unknownLevelGivesNoAdvice() {
        DmnDecisionTableResult result = table.evaluate(variables(false, false, "PO", "HAVO"));

        assertThat(result).isEmpty();
        assertThat(table.matchingRules()).isEmpty();
    }

    private static Map<String, Object> variables(boolean eerderBevoegd, boolean buitenlandsDiploma, String sector,
                                                 String opleidingsniveau) {
        // Map.of rejects nulls; a candidate may not have a sector or level yet.
        Map<String, Object> variables = new HashMap<>();
        variables.put("eerderBevoegd", eerderBevoegd);
        variables.put("buitenlandsDiploma", buitenlandsDiploma);
        variables.put("sector", sector);
        variables.put("opleidingsniveau", opleidingsniveau);
        return variables;
    }
}
