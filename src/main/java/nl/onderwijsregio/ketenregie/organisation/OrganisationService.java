package nl.onderwijsregio.ketenregie.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regions, besturen, schools and institutes: the other features look them up here. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final RegionRepository regions;
    private final BestuurRepository besturen;
    private final SchoolRepository schools;
    private final LerarenopleidingRepository opleidingen;
    private final Partnerships partnerships;

    OrganisationService(RegionRepository regions, BestuurRepository besturen, SchoolRepository schools,
            LerarenopleidingRepository opleidingen, Partnerships partnerships) {
        this.regions = regions;
        this.besturen = besturen;
        this.schools = schools;
        this.opleidingen = opleidingen;
        this.partnerships = partnerships;
    }

    /** All partnerships, or those of one region when {@code region} is not null. */
    public List<Partnership> partnerships(String region) {
        return partnerships.list(region);
    }

    public Optional<Partnership> partnership(String code) {
        return code == null ? Optional.empty() : partnerships.get(code);
    }

    /**
     * Adds or replaces a partnership. The caller checked who may; the members must exist and the schools
     * must lie in the partnership's region.
     */
    @Transactional
    public void savePartnership(Partnership partnership) {
        partnerships.save(partnership);
    }

    public List<Region> regions() {
        return regions.findAll();
    }

    public Optional<Region> region(String code) {
        return code == null ? Optional.empty() : regions.findById(code);
    }

    public boolean regionExists(String code) {
        return code != null && regions.existsById(code);
    }

    public Optional<School> school(String code) {
        return code == null ? Optional.empty() : schools.findById(code);
    }

    public List<School> schools() {
        return schools.findAll();
    }

    public List<Bestuur> besturen() {
        return besturen.findAll();
    }

    public List<Lerarenopleiding> opleidingen() {
        return opleidingen.findAll();
    }

    /** Names of all besturen by code, for showing lists without a query per row. */
    public Map<String, String> bestuurNames() {
        return besturen.findAll().stream().collect(Collectors.toMap(Bestuur::getCode, Bestuur::getName));
    }

    /** Names of all schools by code, for showing lists without a query per row. */
    public Map<String, String> schoolNames() {
        return schools.findAll().stream().collect(Collectors.toMap(School::getCode, School::getName));
    }
}
