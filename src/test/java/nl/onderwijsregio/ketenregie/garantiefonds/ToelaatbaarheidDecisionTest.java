package nl.onderwijsregio.ketenregie.garantiefonds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.onderwijsregio.ketenregie.DecisionTable;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the GarantiefondsToelaatbaarheid decision table, on the standalone DMN engine. */
class ToelaatbaarheidDecisionTest {

    private static DecisionTable table;

    @BeforeAll
    static void parseDecision() {
        table = DecisionTable.load("garantiefonds-toelaatbaarheid.dmn", "GarantiefondsToelaatbaarheid");
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
        DmnDecisionTableResult result = table.evaluate(Map.of("aanvraagdatum", date,
                "pilotVan", "2026-01-01", "pilotTot", "2026-03-31", "regionaalVanaf", "2026-10-01", "fase", stage,
                "opleidingDoetMee", participating, "aanvraagBedrag", amount, "maxBedrag", 7500));

        assertThat(result.getSingleResult().<Boolean>getEntry("toelaatbaar")).isEqualTo(eligible);
        assertThat(result.getSingleResult().<String>getEntry("advies")).isNotBlank();
        assertThat(table.matchingRules()).containsExactly(rule);
    }
}
