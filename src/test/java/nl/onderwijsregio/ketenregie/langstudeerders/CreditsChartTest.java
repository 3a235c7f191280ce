package nl.onderwijsregio.ketenregie.langstudeerders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The case page's chart of credits: a line from the first to the last check-in, scaled to the credits required. */
class CreditsChartTest {

    @Test
    void twoOrMoreCheckInsMakeALineFromLeftToRightScaledToTheCreditsRequired() {
        CreditsChart chart = CreditsChart.of(List.of(checkin(0), checkin(120), checkin(240)), 240);

        assertThat(chart.points()).isEqualTo("6,114 160,60 314,6");
        assertThat(chart.description()).isEqualTo("Behaalde studiepunten per check-in: 0, 120, 240 van de 240.");
    }

    @Test
    void oneCheckInIsNoLine() {
        assertThat(CreditsChart.of(List.of(checkin(100)), 240).points()).isEmpty();
    }

    private static LangstudeerderJson.Checkin checkin(int credits) {
        return new LangstudeerderJson.Checkin(Instant.parse("2026-01-01T00:00:00Z"), credits, true, "CHECKIN", "lo.hu");
    }
}
