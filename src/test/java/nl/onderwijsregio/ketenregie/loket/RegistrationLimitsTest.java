package nl.onderwijsregio.ketenregie.loket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.onderwijsregio.ketenregie.TestCandidates;
import nl.onderwijsregio.ketenregie.web.RefusedRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The per-email limit and the global ceiling of registrations, which together bound the mail strangers cause. */
class RegistrationLimitsTest {

    @Test
    void anEmailAddressOverItsLimitIsDroppedWhateverItsSpelling() {
        RegistrationLimits limits = new RegistrationLimits(3, 100);
        String email = TestCandidates.uniqueEmail("herhaal");
        assertThat(limits.admit(TestCandidates.registration(email, "utrecht-stad"))).isTrue();
        assertThat(limits.admit(TestCandidates.registration(email.toUpperCase(), "utrecht-stad"))).isTrue();
        assertThat(limits.admit(TestCandidates.registration(" " + email, "midden-nederland"))).isTrue();
        assertThat(limits.admit(TestCandidates.registration(email, "utrecht-stad"))).isFalse();
        assertThat(limits.admit(TestCandidates.registration(TestCandidates.uniqueEmail("ander"), "utrecht-stad"))).isTrue();
    }

    @Test
    void theGlobalCeilingRefusesEveryoneWith429() {
        RegistrationLimits limits = new RegistrationLimits(3, 5);
        for (int i = 0; i < 5; i++) {
            assertThat(limits.admit(TestCandidates.registration(TestCandidates.uniqueEmail("veel"), "utrecht-stad"))).isTrue();
        }
        assertThatThrownBy(() -> limits.admit(TestCandidates.registration(TestCandidates.uniqueEmail("veel"), "utrecht-stad")))
                .isInstanceOfSatisfying(RefusedRequestException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
                    assertThat(refused.headers()).containsKey("Retry-After");
                    assertThat(refused.getMessage()).contains("te veel aanmeldingen").contains("seconden opnieuw");
                });
    }
}
