package nl.onderwijsregio.ketenregie.dossier;

import java.util.UUID;

/**
 * Published inside the transaction that changed what the reports count of a dossier: its registration, its
 * characteristics (sector, vak, route, bestuur, school, appointment, status), its stage history or its
 * follow-ups. The reports' aggregate takes the dossier's new state at commit (docs/adr/0016).
 */
public record DossierChanged(UUID dossierId) {
}
