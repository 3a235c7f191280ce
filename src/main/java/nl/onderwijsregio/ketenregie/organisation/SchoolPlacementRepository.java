package nl.onderwijsregio.ketenregie.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SchoolPlacementRepository extends JpaRepository<SchoolPlacement, Long> {

    long countBySchoolCodeAndReleasedAtIsNull(String schoolCode);

    Optional<SchoolPlacement> findByDossierIdAndReleasedAtIsNull(UUID dossierId);

    /** Open placements per school in one query: [schoolCode, count]. */
    @Query("select p.schoolCode, count(p) from SchoolPlacement p where p.releasedAt is null group by p.schoolCode")
    List<Object[]> countOpenPerSchool();
}
