package nl.onderwijsregio.ketenregie.privacy;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** A retention period as the privacy statement says it: "2 jaar", "3 maanden", "1 jaar en 6 maanden". */
final class DutchPeriods {

    private DutchPeriods() {
    }

    static String text(Period period) {
        Period normalized = period.normalized();
        List<String> parts = new ArrayList<>();
        if (normalized.getYears() > 0) {
            parts.add(normalized.getYears() + " jaar");
        }
        if (normalized.getMonths() > 0) {
            parts.add(normalized.getMonths() + (normalized.getMonths() == 1 ? " maand" : " maanden"));
        }
        if (normalized.getDays() > 0 || parts.isEmpty()) {
            parts.add(normalized.getDays() + (normalized.getDays() == 1 ? " dag" : " dagen"));
        }
        return String.join(" en ", parts);
    }
}
