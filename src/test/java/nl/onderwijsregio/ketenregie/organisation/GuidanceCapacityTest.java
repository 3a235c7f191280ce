package nl.onderwijsregio.ketenregie.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Guidance places of schools: claimed once, freed on release, never over-booked. */
@IntegrationTest
class GuidanceCapacityTest {

    @Autowired
    GuidanceCapacity capacity;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    TestCandidates candidates;

    @Test
    void twoConcurrentClaimsForTheLastPlaceCannotBothSucceed() throws Exception {
        String school = "cap-" + UUID.randomUUID().toString().substring(0, 8);
        organisation.school(school, "Capaciteitsschool", "spo-utrecht", "utrecht-stad", "PO", 1);
        UUID first = candidates.register("utrecht-stad");
        UUID second = candidates.register("utrecht-stad");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> claims = threads.invokeAll(List.<Callable<Boolean>>of(
                    () -> { together.await(); return capacity.claim(school, first); },
                    () -> { together.await(); return capacity.claim(school, second); }));

            assertThat(claims.stream().map(this::result).filter(Boolean::booleanValue)).hasSize(1);
            assertThat(capacity.freePlaces(school)).isZero();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void releaseFreesThePlaceAndSchoolsWithoutRoomAreNotOffered() {
        String school = "cap-" + UUID.randomUUID().toString().substring(0, 8);
        organisation.school(school, "Volle school", "spo-utrecht", "utrecht-stad", "PO", 1);
        UUID dossier = candidates.register("utrecht-stad");

        assertThat(capacity.claim(school, dossier)).isTrue();
        assertThat(capacity.claim(school, dossier)).as("claiming again is idempotent").isTrue();
        assertThat(capacity.schoolsWithRoom("utrecht-stad", Sector.PO)).extracting(room -> room.school().getCode())
                .doesNotContain(school);

        capacity.release(dossier);
        assertThat(capacity.freePlaces(school)).isEqualTo(1);
        assertThat(capacity.schoolsWithRoom("utrecht-stad", Sector.PO)).extracting(room -> room.school().getCode())
                .contains(school);
    }

    private boolean result(Future<Boolean> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
