package nl.onderwijsregio.ketenregie.dossier;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoachingHoursRepository extends JpaRepository<CoachingHours, Long> {

    @Query("select coalesce(sum(c.hours), 0) from CoachingHours c where c.dossierId = ?1")
    BigDecimal totalFor(UUID dossierId);
}

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByDossierIdOrderByYears(UUID dossierId);
}
