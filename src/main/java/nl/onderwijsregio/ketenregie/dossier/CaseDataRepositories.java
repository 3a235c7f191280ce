package nl.onderwijsregio.ketenregie.dossier;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoachingHoursRepository extends JpaRepository<CoachingHours, Long> {

    @Query("select coalesce(sum(c.hours), 0) from CoachingHours c where c.dossierId = ?1")
    BigDecimal totalFor(UUID dossierId);

    /** Totals for a page of dossiers in one query: rows of (dossier id, hours). */
    @Query("select c.dossierId, coalesce(sum(c.hours), 0) from CoachingHours c where c.dossierId in ?1 group by c.dossierId")
    List<Object[]> totalsFor(java.util.Collection<UUID> dossierIds);

    List<CoachingHours> findByDossierIdOrderByLoggedAtAscIdAsc(UUID dossierId);
}

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByDossierIdOrderByYears(UUID dossierId);
}
