package nl.onderwijsregio.ketenregie.journey;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Durations and limits of the zij-instroom journey (ketenregie.traject.*), documented in
 * docs/operations.md. Task due periods (ketenregie.traject.termijnen.*) are read by the platform's
 * {@code Deadlines}. Periods are ISO-8601 (P10D, P4M, P2Y).
 *
 * @param dubbeleBezetting length of a period of double staffing
 * @param begeleidingsjaar length of a coaching year
 * @param inductie length of the induction period
 * @param begeleidingsurenCyclus ISO-8601 repetition of the coaching-hours task, e.g. R24/P1M
 */
@ConfigurationProperties("ketenregie.traject")
record JourneySettings(Period dubbeleBezetting,
        Period begeleidingsjaar, Period inductie, String begeleidingsurenCyclus,
        Matching matching, Begeleiding begeleiding) {

    /** @param maxRondes match rounds (proposal plus application) before the ketenregisseur must decide */
    record Matching(int maxRondes) {
    }

    /**
     * @param streefurenJaar1 coaching hours targeted in year 1 (40 weeks x 1 day = 320)
     * @param wekenJaar1 weeks over which the year-1 target is spread
     * @param ondergrens share of the target curve below which a dossier is flagged as behind
     */
    record Begeleiding(int streefurenJaar1, int wekenJaar1, double ondergrens) {
    }
}
