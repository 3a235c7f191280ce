package nl.onderwijsregio.ketenregie.journey;

import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The journey's own durations and limits for its BPMN, as expressions like
 * {@code ${traject.dubbeleBezetting()}}; task due dates come from the platform's {@code termijnen}. All
 * values come from {@link JourneySettings} ({@code ketenregie.traject.*}).
 */
@Component("traject")
public class JourneyDurations {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final JourneySettings settings;

    JourneyDurations(JourneySettings settings) {
        this.settings = settings;
    }

    public String dubbeleBezetting() {
        return settings.dubbeleBezetting().toString();
    }

    public String begeleidingsjaar() {
        return settings.begeleidingsjaar().toString();
    }

    public String inductie() {
        return settings.inductie().toString();
    }

    public String begeleidingsurenCyclus() {
        return settings.begeleidingsurenCyclus();
    }

    /** The moment of the retention follow-up {@code years} after the qualification date. */
    public Date navraag(Date qualifiedOn, int years) {
        return Date.from(qualifiedOn.toInstant().atZone(NETHERLANDS).plusYears(years).toInstant());
    }

    public int maxMatchRondes() {
        return settings.matching().maxRondes();
    }
}
