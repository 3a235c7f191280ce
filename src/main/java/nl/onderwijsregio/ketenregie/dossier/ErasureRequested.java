package nl.onderwijsregio.ketenregie.dossier;

import java.util.UUID;

/**
 * The candidate asked to have their data erased (the box "verwijder ook mijn gegevens" on the stop-link page).
 * Published inside the transaction that records the request, so the privacy officer's task and the stop commit
 * or roll back together. A request is reviewed, never carried out blindly.
 */
public record ErasureRequested(UUID dossierId) {
}
