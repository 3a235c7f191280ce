package nl.onderwijsregio.ketenregie.kwaliteit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A developmental peer review of a region with other onderwijsregio's. */
public record PeerReview(UUID id, String regionCode, int frameworkVersion, CycleStatus status, UUID roundId,
        String freeSection, LocalDate visitDate, LocalDate reportDeadline, String recommendations, String conclusion,
        String startedBy, Instant startedAt, Instant closedAt) {

    public boolean isOpen() {
        return closedAt == null;
    }
}
