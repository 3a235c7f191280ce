package nl.onderwijsregio.ketenregie.garantiefonds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import org.springframework.stereotype.Component;

/** The region and budget year of a budget request ({@code regio}, {@code jaar}), for the API and the budget page. */
@Component
class FundPeriod {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final OrganisationService organisations;
    private final Clock clock;

    FundPeriod(OrganisationService organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    String region(String code) {
        if (code == null || !organisations.regionExists(code)) {
            throw new InvalidRequestException("regio", "Kies een bestaande onderwijsregio.");
        }
        return code;
    }

    int year(Integer year) {
        int current = currentYear();
        if (year == null) {
            return current;
        }
        if (year < 2025 || year > current + 5) {
            throw new InvalidRequestException("jaar", "Kies een jaar van 2025 tot en met " + (current + 5) + ".");
        }
        return year;
    }

    int currentYear() {
        return LocalDate.now(clock.withZone(NETHERLANDS)).getYear();
    }
}
