package nl.onderwijsregio.ketenregie.dossier;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierNoteRepository extends JpaRepository<DossierNote, Long> {

    List<DossierNote> findByDossierIdOrderByCreatedAtAscIdAsc(UUID dossierId);
}
