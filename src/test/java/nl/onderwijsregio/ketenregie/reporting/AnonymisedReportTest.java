package nl.onderwijsregio.ketenregie.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.privacy.EndedCandidates;
import nl.onderwijsregio.ketenregie.privacy.RetentionJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Anonymising ended dossiers changes no report figure: funnel, reasons, lead times, besturen and retention. */
@IntegrationTest
class AnonymisedReportTest {

    @Autowired
    EndedCandidates ended;

    @Autowired
    RetentionJob retention;

    @Autowired
    FunnelReport report;

    @Test
    void everyTableAndTotalIsTheSameBeforeAndAfterAnonymisation() {
        ended.endedLongAgo(15);
        ReportFilter filter = new ReportFilter("utrecht-stad", EndedCandidates.OLD_YEAR, null, null, null, null, null,
                null, null);
        FunnelReport.Result before = report.run(filter, Set.of("utrecht-stad"));

        assertThat(retention.run().anonymised()).isGreaterThanOrEqualTo(15);
        FunnelReport.Result after = report.run(filter, Set.of("utrecht-stad"));

        assertThat(before.table("doorlooptijd-per-fase").rijen()).as("lead times to compare").isNotEmpty();
        assertThat(before.table("behoud").rijen()).as("retention rows to compare").isNotEmpty();
        assertThat(after.tabellen()).isEqualTo(before.tabellen());
        assertThat(after.kandidaten().display(after.minimum())).isEqualTo(before.kandidaten().display(before.minimum()))
                .isNotEqualTo("0");
    }
}
