package nl.onderwijsregio.ketenregie.dossier;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DossierRepository extends JpaRepository<Dossier, UUID>, JpaSpecificationExecutor<Dossier> {

    Optional<Dossier> findByRegionCodeAndOpenEmailKey(String regionCode, String openEmailKey);
}
