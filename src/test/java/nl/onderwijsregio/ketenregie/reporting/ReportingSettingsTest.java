package nl.onderwijsregio.ketenregie.reporting;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A minimum cell size below 3 is refused at start-up: with "&lt;2" the mark alone reveals the value 1. */
class ReportingSettingsTest {

    @Test
    void aMinimumCellSizeBelowThreeIsRefused() {
        assertThatThrownBy(() -> new ReportingSettings(0.10, 2, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimum-cel");
        new ReportingSettings(0.10, 3, List.of());
    }
}
