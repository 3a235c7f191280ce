package nl.onderwijsregio.ketenregie.dossier;

import java.util.UUID;

/**
 * Published inside the transaction that ended a dossier's track (from the journey's stage listener).
 * {@code reason} is set for UITGEVALLEN only.
 */
public record TrackEnded(UUID dossierId, Outcome outcome, DropoutReason reason) {
}
