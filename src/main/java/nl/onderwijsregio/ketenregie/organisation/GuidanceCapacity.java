package nl.onderwijsregio.ketenregie.organisation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guidance capacity ("absorptievermogen") of schools: how many zij-instromers their schoolopleiders
 * can coach at once. A place is claimed at appointment and released when coaching ends or the track stops.
 */
@Service
@Transactional
public class GuidanceCapacity {

    private final SchoolRepository schools;
    private final SchoolPlacementRepository placements;
    private final EntityManager entityManager;
    private final Clock clock;

    GuidanceCapacity(SchoolRepository schools, SchoolPlacementRepository placements, EntityManager entityManager,
            Clock clock) {
        this.schools = schools;
        this.placements = placements;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A school with its free places. */
    public record SchoolWithRoom(School school, int freePlaces) {
    }

    /** Schools of a region and sector that have room, most room first; smaller besturen are included. */
    @Transactional(readOnly = true)
    public List<SchoolWithRoom> schoolsWithRoom(String regionCode, Sector sector) {
        Map<String, Long> taken = placements.countOpenPerSchool().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
        return schools.findByRegionCodeAndSector(regionCode, sector).stream()
                .map(school -> new SchoolWithRoom(school,
                        school.getGuidanceCapacity() - taken.getOrDefault(school.getCode(), 0L).intValue()))
                .filter(room -> room.freePlaces() > 0)
                .sorted(Comparator.comparingInt(SchoolWithRoom::freePlaces).reversed()
                        .thenComparing(room -> room.school().getName()))
                .toList();
    }

    @Transactional(readOnly = true)
    public int freePlaces(String schoolCode) {
        School school = schools.findById(schoolCode).orElseThrow(() -> new IllegalArgumentException(
                "Unknown school " + schoolCode));
        return school.getGuidanceCapacity() - (int) placements.countBySchoolCodeAndReleasedAtIsNull(schoolCode);
    }

    /**
     * Claims a place at the school for the dossier. The school row is locked first, so two claims for the
     * last place are serialised and only one succeeds.
     *
     * @return false when the school has no free place
     */
    public boolean claim(String schoolCode, UUID dossierId) {
        School school = entityManager.find(School.class, schoolCode, LockModeType.PESSIMISTIC_WRITE);
        if (school == null) {
            throw new IllegalArgumentException("Unknown school " + schoolCode);
        }
        Optional<SchoolPlacement> existing = placements.findByDossierIdAndReleasedAtIsNull(dossierId);
        if (existing.isPresent() && existing.get().getSchoolCode().equals(schoolCode)) {
            return true;
        }
        existing.ifPresent(placement -> placement.release(clock.instant()));
        if (placements.countBySchoolCodeAndReleasedAtIsNull(schoolCode) >= school.getGuidanceCapacity()) {
            return false;
        }
        placements.save(new SchoolPlacement(dossierId, schoolCode, clock.instant()));
        return true;
    }

    /** Frees the dossier's place, if it holds one. */
    public void release(UUID dossierId) {
        placements.findByDossierIdAndReleasedAtIsNull(dossierId).ifPresent(placement -> placement.release(clock.instant()));
    }
}
