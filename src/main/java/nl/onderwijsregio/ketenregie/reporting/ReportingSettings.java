package nl.onderwijsregio.ketenregie.reporting;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reports (ketenregie.rapportage.*), documented in docs/operations.md.
 *
 * @param uitvalnorm the region's dropout norm as a fraction (0.10 = 10%), per stage and overall
 * @param minimumCel counts below this (and above 0) are shown as "&lt;5", at least 3; see docs/adr/0008
 * @param tekortvakken subjects with a teacher shortage (lower case), for the "tekortvak" filter
 */
@ConfigurationProperties("ketenregie.rapportage")
record ReportingSettings(@DefaultValue("0.10") double uitvalnorm, @DefaultValue("5") int minimumCel,
        @DefaultValue({ "informatica", "nederlands", "natuurkunde", "duits", "wiskunde", "scheikunde", "frans" })
        List<String> tekortvakken) {

    ReportingSettings {
        if (minimumCel < 3) {
            // With "<2" the mark alone tells a reader the value is 1; refuse at start-up, not on the first report.
            throw new IllegalArgumentException("ketenregie.rapportage.minimum-cel moet minstens 3 zijn, is " + minimumCel);
        }
    }
}
