package nl.onderwijsregio.ketenregie.kwaliteit;

import java.time.Instant;
import java.util.UUID;

/** A yearly monitor round of a region, measured against one version of the framework. */
public record MonitorRound(UUID id, String regionCode, int year, int frameworkVersion, CycleStatus status,
        String summary, String openedBy, Instant openedAt, Instant closedAt) {

    public boolean isOpen() {
        return closedAt == null;
    }
}
