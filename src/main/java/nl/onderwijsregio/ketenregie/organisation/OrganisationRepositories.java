package nl.onderwijsregio.ketenregie.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, String> {
}

interface BestuurRepository extends JpaRepository<Bestuur, String> {
}

interface SchoolRepository extends JpaRepository<School, String> {

    java.util.List<School> findByRegionCodeAndSector(String regionCode, nl.onderwijsregio.ketenregie.organisation.Sector sector);
}

interface LerarenopleidingRepository extends JpaRepository<Lerarenopleiding, String> {
}
