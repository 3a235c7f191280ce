package nl.onderwijsregio.ketenregie.loket;

import java.util.UUID;

/**
 * Published inside the registration transaction when a registration opened a new dossier (never for a
 * repeated registration, which only adds a note). Listeners that write must join that transaction.
 */
public record CandidateRegistered(UUID dossierId) {
}
