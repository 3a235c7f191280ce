package nl.onderwijsregio.ketenregie.dossier;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StageTransitionRepository extends JpaRepository<StageTransition, Long> {

    List<StageTransition> findByDossierIdOrderByEnteredAtAscIdAsc(UUID dossierId);

    Optional<StageTransition> findByDossierIdAndLeftAtIsNull(UUID dossierId);
}
